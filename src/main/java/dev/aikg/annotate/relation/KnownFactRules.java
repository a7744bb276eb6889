package dev.aikg.annotate.relation;

import dev.aikg.annotate.relation.MentionIndex.Ref;
import dev.aikg.lexicon.Lexicon;
import dev.aikg.lexicon.LexiconEntry;
import dev.aikg.model.EntityType;
import dev.aikg.model.Predicate;

import dev.aikg.model.Relation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A model named in one sentence with the developer the lexicon records for it, or a chip with its
 * maker: the sentence states the pairing even where no pattern reads it ("Anthropic, which positions
 * Claude as the model of choice", "Exportregeln für Nvidia und den H20"). Only facts the lexicon
 * already holds are emitted, so the rule adds evidence, never a new claim; its confidence is below
 * every pattern's. A maker named in the two sentences before counts when this one points back to it
 * ("Its flagship MI300X", "das Unternehmen"). The same knowledge vetoes a pattern that gives such a model or chip another known
 * organisation as its maker ("Unlike OpenAI and Google, it publishes the weights of its Llama models").
 */
final class KnownFactRules {
    static final double CONFIDENCE = 0.6;
    static final double ANAPHOR_CONFIDENCE = 0.5;

    private final Lexicon lexicon;

    /** Lower-case labels of the lexicon's models with a known developer: the families of versions it lacks. */
    private final java.util.Map<String, LexiconEntry> families = new java.util.HashMap<>();

    KnownFactRules(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (LexiconEntry e : lexicon.entries()) {
            if (e.type() != EntityType.AI_MODEL || e.linked(Predicate.DEVELOPED_BY.label()).isEmpty()) continue;
            families.putIfAbsent(e.name().toLowerCase(java.util.Locale.ROOT), e);
            for (String l : e.labels()) families.putIfAbsent(l.toLowerCase(java.util.Locale.ROOT), e);
        }
    }

    /**
     * The lexicon model whose name starts this unlisted model's name at a word, hyphen or letter-digit
     * boundary ("Qwen2.5-Max" → Qwen, "Llama 4 Scout" → Llama 4), the longest such; or null.
     */
    LexiconEntry family(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (int end = lower.length() - 1; end >= 2; end--) {
            char c = lower.charAt(end), b = lower.charAt(end - 1);
            boolean boundary = c == ' ' || c == '-' || Character.isDigit(c) && Character.isLetter(b);
            if (!boundary) continue;
            LexiconEntry e = families.get(lower.substring(0, end).strip());
            if (e != null) return e;
        }
        return null;
    }

    void apply(SentenceView v, RelationSink sink) {
        if (v.hasType(EntityType.AI_MODEL)) pair(v, EntityType.AI_MODEL, Predicate.DEVELOPED_BY, "model.known-developer", sink);
        if (v.hasType(EntityType.CHIP)) pair(v, EntityType.CHIP, Predicate.MANUFACTURED_BY, "chip.known-maker", sink);
    }

    /** Possessives and nouns that point back to an organisation named before ("Its flagship MI300X"). */
    private static final Pattern ANAPHOR = Pattern.compile("(?<![\\p{L}'])(its|seine[snm]?|ihre[snm]?|the company's|the company|"
            + "des unternehmens|das unternehmen|der konzern|des konzerns|the chipmaker's|the group's)\\s");
    private static final int ANAPHOR_LOOKBACK = 2;
    /** A unit speaks for its parent only when it announces or presents (not "available through Alibaba Cloud's API"). */
    private static final String[] ANNOUNCES = {"announc", "unveil", "release", "launch", "introduc", "presented", "said", "says",
        "mitteil", "teilte", "stellte", "vorgestellt", "veröffentlich", "präsentier", "kündigte", "angekündigt", "erklärte", "sagte"};

    private void pair(SentenceView v, EntityType type, Predicate p, String rule, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        Boolean anaphor = null;
        for (Ref x : v.of(type)) {
            LexiconEntry e = lexicon.get(x.id());
            boolean version = false;
            if (e == null && type == EntityType.AI_MODEL) {
                // "Qwen2.5-Max", unlisted: its family's developer, or a unit of it ("die Cloud-Sparte Alibaba Cloud").
                e = family(x.entity().name());
                version = e != null;
            }
            if (e == null) continue;
            List<String> known = e.linked(p.label());
            if (known.isEmpty()) continue;
            boolean found = false;
            for (Ref o : orgs) {
                if (known.contains(o.id())) {
                    sink.add(v, x, p, o, version ? rule + "-family" : rule, CONFIDENCE);
                    found = true;
                } else if (type == EntityType.AI_MODEL) {
                    // "…, teilte die Cloud-Sparte Alibaba Cloud mit": a unit speaks for its parent, the
                    // developer, when the article names the parent too.
                    String parent = unitOf(o.id(), known);
                    if (parent != null && v.doc.entity(parent) != null && v.hasAny(ANNOUNCES)) {
                        sink.add(v, x.id(), p, parent, null, null, null, null, x.start(), o.end(), rule + "-unit", ANAPHOR_CONFIDENCE);
                        found = true;
                    }
                }
            }
            if (found) continue;
            // The maker named in the sentences just before and pointed back to in this one.
            if (anaphor == null) anaphor = ANAPHOR.matcher(v.lower).find();
            if (!anaphor) continue;
            String maker = earlier(v, known);
            if (maker != null) {
                sink.add(v, x.id(), p, maker, null, null, null, null, x.start(), x.end(), rule + "-anaphor", ANAPHOR_CONFIDENCE);
            }
        }
    }

    /** The organisation of {@code parents} that the lexicon records as org's parent, or null. */
    private String unitOf(String org, List<String> parents) {
        LexiconEntry o = lexicon.get(org);
        if (o == null) return null;
        for (String parent : o.linked(Predicate.SPIN_OFF_OF.label())) if (parents.contains(parent)) return parent;
        return null;
    }

    /** A known maker named in one of the sentences just before, or null. */
    private static String earlier(SentenceView v, List<String> known) {
        for (int i = v.index() - 1; i >= Math.max(0, v.index() - ANAPHOR_LOOKBACK); i--) {
            for (Ref r : v.index.in(i)) {
                if (known.contains(r.id())) return r.id();
            }
        }
        return null;
    }

    /**
     * The relations without those that give a model or chip of the lexicon a developer or maker the
     * lexicon knows as another organisation, unrelated to the recorded one (not its parent or unit).
     * An organisation the lexicon does not know may be a unit it lacks, and is kept.
     */
    static final String CO_DEVELOPED = "model.co-developed";
    static final String FOUNDRY_PARTICIPLE = "chip.foundry-participle";

    List<Relation> consistent(List<Relation> relations) {
        List<Relation> out = new ArrayList<>(relations.size());
        for (Relation r : relations) {
            if (!contradicts(r)) out.add(r);
        }
        return out;
    }

    private boolean contradicts(Relation r) {
        if (r.predicate() != Predicate.DEVELOPED_BY && r.predicate() != Predicate.MANUFACTURED_BY) return false;
        // "sein gemeinsam mit OpenAI entwickelter Klarna AI Assistant": a partner the text names beside the known developer.
        if (CO_DEVELOPED.equals(r.evidence().rule())) return false;
        // "designed by Intel and manufactured by TSMC": the foundry the text names beside the known designer.
        if (FOUNDRY_PARTICIPLE.equals(r.evidence().rule())) return false;
        LexiconEntry subject = lexicon.get(r.subjectId());
        LexiconEntry object = lexicon.get(r.object());
        if (subject == null || object == null) return false;
        List<String> known = subject.linked(r.predicate().label());
        if (known.isEmpty() || known.contains(r.object())) return false;
        for (String k : known) {
            LexiconEntry maker = lexicon.get(k);
            if (object.linked(Predicate.SPIN_OFF_OF.label()).contains(k)) return false;
            if (maker != null && maker.linked(Predicate.SPIN_OFF_OF.label()).contains(r.object())) return false;
        }
        return true;
    }
}
