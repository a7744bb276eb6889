package dev.aikg.annotate.relation;

import dev.aikg.annotate.relation.MentionIndex.Ref;
import dev.aikg.model.Entity;
import dev.aikg.model.EntityType;
import dev.aikg.model.Predicate;
import dev.aikg.model.Quantity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Models and chips: who developed a model ("DeepSeeks Modell R1", "das o1-Modell von OpenAI",
 * "Llama von Meta", "Google Gemini", "X hat R1 vorgestellt"), what it is based on ("das auf V3
 * basierende R1", "R1, built on V3"), what it was trained on ("trained on 2,048 Nvidia H800 GPUs") and
 * who makes a chip ("Nvidia H800", "H800 von Nvidia").
 */
final class ModelRules {
    private static final Pattern MODEL_NOUNS = Pattern.compile(
            "\\s*((ki-|ai-|sprach|open-source-|neue[snm]? |new |latest |jüngste[snm]? |neueste[snm]? )*"
            + "(modell|modells|model|chatbot|llm|system|assistent|assistant|reasoning-modell|reasoning model)\\s+)?");
    private static final Pattern VON_ORG = Pattern.compile(
            "(-?(ki-)?(modell|modells|model|chatbot|llm))?\\s+(von|vom|from|by|developed by|entwickelt von|made by|"
            + "des unternehmens|der firma)\\s+((dem|der|den|the|us-|us|amerikanischen|chinesischen|chinese|american|"
            + "start-up|startup|unternehmen|konzern|company|firm)\\s+){0,2}");
    private static final Pattern OWN = Pattern.compile("\\s*(sein|ihr|its|seine|ihre|their)\\s+(eigenes?|eigenen|own)\\s+");
    private static final String[] LAUNCH = {"veröffentlich", "vorgestellt", "stellte", "lanciert", "präsentiert",
            "released", "launched", "unveiled", "introduced", "rolled out", "brachte", "herausgebracht", "entwickelt",
            "developed", "vorankündigung", "angekündigt", "kündigte", "announced", "unveils", "releases", "launches"};
    private static final String[] ANAPHOR = {"es ", "das unternehmen", "the company", "it ", "the startup",
            "das startup", "die firma", "the firm", "der konzern"};
    private static final String[] TRAIN = {"trainiert", "training", "trained", "train ", "lernprozess", "baute",
            "aufgebaut", "built on", "built using", "trainings"};
    private static final int TRAIN_LOOKBACK = 8;

    void apply(SentenceView v, RelationSink sink) {
        boolean models = v.hasType(EntityType.AI_MODEL), chips = v.hasType(EntityType.CHIP);
        if (models) {
            developer(v, sink);
            basedOn(v, sink);
        }
        if (chips) {
            maker(v, sink);
            if (v.hasAny(TRAIN)) trainedOn(v, sink);
        }
    }

    private void developer(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        for (Ref m : v.of(EntityType.AI_MODEL)) {
            namePrefix(v, m, sink);
            for (Ref o : orgs) {
                if (o.end() <= m.start()) {
                    String gap = v.gap(o.end(), m.start());
                    boolean gen = SentenceView.genitiveSurface(o) || SentenceView.genitiveGap(gap);
                    String rest = SentenceView.genitiveSurface(o) ? gap : SentenceView.stripGenitive(gap);
                    if (gen && MODEL_NOUNS.matcher(rest).matches()) {
                        sink.add(v, m, Predicate.DEVELOPED_BY, o, "model.possessive", 0.85);
                    } else if (OWN.matcher(gap).matches()) {
                        sink.add(v, m, Predicate.DEVELOPED_BY, o, "model.own", 0.8);
                    }
                } else if (o.start() >= m.end() && o.start() - m.end() < 60) {
                    if (VON_ORG.matcher(v.gap(m.end(), o.start())).matches()) {
                        sink.add(v, m, Predicate.DEVELOPED_BY, o, "model.von", 0.85);
                    }
                }
            }
        }
        if (v.hasAny(LAUNCH)) launch(v, orgs, sink);
    }

    /** "DeepSeek R1", "DeepSeek-V3", "OpenAI o1": a model named after its maker. */
    private void namePrefix(SentenceView v, Ref m, RelationSink sink) {
        String s = SentenceView.normalise(m.mention().surface().toLowerCase());
        for (Entity e : v.doc.entities()) {
            if (e.type() != EntityType.ORGANIZATION) continue;
            for (String label : labels(e)) {
                if (label.length() >= 2 && s.length() > label.length() + 1 && s.startsWith(label)
                        && (s.charAt(label.length()) == ' ' || s.charAt(label.length()) == '-')) {
                    sink.add(v, m.id(), Predicate.DEVELOPED_BY, e.id(), null, null, null, null, m.start(), m.end(),
                            "model.name-prefix", 0.75);
                    return;
                }
            }
        }
    }

    static List<String> labels(Entity e) {
        List<String> out = new java.util.ArrayList<>();
        out.add(e.name().toLowerCase());
        for (var mm : e.mentions()) {
            String l = mm.surface().toLowerCase();
            if (!out.contains(l)) out.add(l);
        }
        return out;
    }

    /** "X hat R1 vorgestellt", "X released R1", "…, als es mit V2 und V3 KI-Anwendungen lancierte". */
    private void launch(SentenceView v, List<Ref> orgs, RelationSink sink) {
        List<Ref> models = v.of(EntityType.AI_MODEL);
        if (orgs.isEmpty()) {
            Ref subject = v.previousSubject(EntityType.ORGANIZATION);
            if (subject == null || !v.hasAny(ANAPHOR)) return;
            for (Ref m : models) {
                sink.add(v, m.id(), Predicate.DEVELOPED_BY, subject.id(), null, null, null, null, m.start(), m.end(),
                        "model.launch-anaphor", 0.55);
            }
            return;
        }
        for (Ref m : models) {
            Ref best = null;
            int bestDist = Integer.MAX_VALUE;
            for (Ref o : orgs) {
                Ref a = o.start() < m.start() ? o : m, b = a == o ? m : o;
                if (v.typeBetween(a.end(), b.start(), EntityType.ORGANIZATION)) continue;
                if (v.typeBetween(a.end(), b.start(), EntityType.PERSON)) continue;
                int d = b.start() - a.end();
                if (d < bestDist && d < 90) { bestDist = d; best = o; }
            }
            if (best == null) continue;
            int from = Math.min(best.start(), m.start()), to = Math.min(v.sentence.end(), Math.max(best.end(), m.end()) + 40);
            String window = v.gap(from, to);
            for (String c : LAUNCH) {
                if (window.contains(c)) {
                    sink.add(v, m, Predicate.DEVELOPED_BY, best, "model.launch", 0.7);
                    break;
                }
            }
        }
    }

    /** "das auf V3 basierende R1", "R1, einem auf V3 basierenden Chatbot", "R1, built on V3", "R1 basiert auf V3". */
    private void basedOn(SentenceView v, RelationSink sink) {
        if (!v.hasAny("basier", "based on", "built on", "builds on", "baut auf", "aufbauend auf", "derived from",
                "abgeleitet", "fine-tuned", "distilled from", "destilliert")) return;
        List<Ref> models = v.of(EntityType.AI_MODEL);
        for (int i = 0; i < models.size(); i++) {
            Ref base = models.get(i);
            String before = v.gap(Math.max(v.sentence.start(), base.start() - 40), base.start());
            String after = v.gap(base.end(), Math.min(v.sentence.end(), base.end() + 30));
            boolean participle = before.endsWith("auf ") && after.matches("\\s*(-\\w+\\s+)?basierende?[nmrs]?\\b.*");
            boolean verb = before.matches(".*\\b(based on|built on|builds on|basiert auf|baut auf|aufbauend auf|"
                    + "derived from|abgeleitet von|fine-tuned from|distilled from|destilliert aus|basierend auf) (the |dem |der )?$");
            if (!participle && !verb) continue;
            Ref derived = participle ? derivedAround(v, models, i) : previousModel(v, models, i);
            if (derived != null) sink.add(v, derived, Predicate.BASED_ON, base, "model.based-on", 0.8);
        }
    }

    /** For "auf V3 basierende": the model named next (attributive) or, in an apposition, the one before. */
    private static Ref derivedAround(SentenceView v, List<Ref> models, int i) {
        Ref base = models.get(i);
        if (i + 1 < models.size()) {
            Ref next = models.get(i + 1);
            String gap = v.gap(base.end(), next.start());
            if (next.start() - base.end() < 60 && gap.indexOf(',') < 0) return next;
        }
        Ref prev = previousModel(v, models, i);
        if (prev != null && v.gap(prev.end(), base.start()).matches("\\s*[,–-]\\s*(ein|einem|einen|eine|einer|das|dem|der|die|a|an|the)?\\b.*")) {
            return prev;
        }
        return null;
    }

    private static Ref previousModel(SentenceView v, List<Ref> models, int i) {
        Ref base = models.get(i);
        for (int k = i - 1; k >= 0; k--) {
            if (!models.get(k).id().equals(base.id()) && base.start() - models.get(k).end() < 80) return models.get(k);
        }
        return null;
    }

    /** "trained on 2,048 Nvidia H800 GPUs"; when the sentence names no model, the model named shortly before. */
    private void trainedOn(SentenceView v, RelationSink sink) {
        Ref model = v.first(EntityType.AI_MODEL);
        String rule = "model.trained-on";
        double conf = 0.75;
        if (model == null) {
            model = modelOfNamedMaker(v, sink);
            if (model == null) model = v.index.lastBefore(v.index(), EntityType.AI_MODEL, TRAIN_LOOKBACK);
            rule = "model.trained-on-anaphor";
            conf = 0.55;
        }
        if (model == null) return;
        for (Ref c : v.of(EntityType.CHIP)) {
            Quantity q = chipCount(v, c);
            Long count = q == null ? null : (long) q.value();
            sink.add(v, model.id(), Predicate.TRAINED_ON, c.id(), null, null, count, null,
                    Math.min(c.start(), model.start()), c.end(), rule, conf);
        }
    }

    /** The last model before this sentence developed by an organisation this sentence names ("die Aussage von DeepSeek"). */
    private static Ref modelOfNamedMaker(SentenceView v, RelationSink sink) {
        for (int s = v.index() - 1; s >= Math.max(0, v.index() - TRAIN_LOOKBACK); s--) {
            List<Ref> l = v.index.in(s);
            for (int k = l.size() - 1; k >= 0; k--) {
                Ref m = l.get(k);
                if (!m.is(EntityType.AI_MODEL)) continue;
                for (Ref o : v.of(EntityType.ORGANIZATION)) if (sink.has(m.id(), Predicate.DEVELOPED_BY, o.id())) return m;
            }
        }
        return null;
    }

    private static Quantity chipCount(SentenceView v, Ref chip) {
        Quantity any = null;
        for (Quantity q : v.doc.quantities()) {
            if (!"chipCount".equals(q.kind()) || q.evidence().sentence() != v.index()) continue;
            if (chip.id().equals(q.subjectId())) return q;
            if (q.subjectId() == null && any == null) any = q;
        }
        return any;
    }

    /** "Nvidia H800", "Nvidias H800", "Nvidia’s H800 chips", "H800 von Nvidia", "H800-Chip sei von Nvidia entwickelt". */
    private void maker(SentenceView v, RelationSink sink) {
        for (Ref c : v.of(EntityType.CHIP)) {
            for (Ref o : v.of(EntityType.ORGANIZATION)) {
                if (o.end() <= c.start()) {
                    String gap = v.gap(o.end(), c.start());
                    if (gap.matches("\\s*('s|s|-)?\\s*")) sink.add(v, c, Predicate.MANUFACTURED_BY, o, "chip.maker-prefix", 0.85);
                } else if (o.start() >= c.end() && o.start() - c.end() <= 45 && !v.otherBetween(c, o)) {
                    String gap = v.gap(c.end(), o.start());
                    if (gap.matches("(-?(chips?|gpus?|prozessoren|processors)\\b)?[^,.;]*\\b(von|vom|by|from|made by)\\s+(the |dem |der )?")) {
                        sink.add(v, c, Predicate.MANUFACTURED_BY, o, "chip.von", 0.8);
                    }
                }
            }
            chipNamePrefix(v, c, sink);
        }
    }

    private void chipNamePrefix(SentenceView v, Ref c, RelationSink sink) {
        String s = c.mention().surface().toLowerCase();
        for (Entity e : v.doc.entities()) {
            if (e.type() != EntityType.ORGANIZATION) continue;
            String n = e.name().toLowerCase();
            if (s.length() > n.length() + 1 && s.startsWith(n) && (s.charAt(n.length()) == ' ' || s.charAt(n.length()) == '-')) {
                sink.add(v, c.id(), Predicate.MANUFACTURED_BY, e.id(), null, null, null, null, c.start(), c.end(),
                        "chip.name-prefix", 0.75);
            }
        }
    }
}
