package dev.aikg.annotate.relation;

import dev.aikg.annotate.relation.MentionIndex.Ref;
import dev.aikg.model.EntityType;
import dev.aikg.model.Predicate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * People who change jobs: "OpenAI hired A, B and C from Google DeepMind" (they worked for both), "Hinton left Google in
 * 2023", "Hinton hatte 2023 Google verlassen" (a former employer is still {@code worksFor}, as the gold convention has
 * it). The hiring company is the organisation that opens the clause of the verb.
 */
final class JobMoveRules {
    private static final String[] CUES = {"hired", "hiring", "hires", "poach", "recruit", "lured", "luring", "left", "quit",
        "verließ", "verlassen", "warb", "abgeworben", "joined", "joins", "joining", "moved", "switched", "defected", "wechsel",
        "kommt vo", "kam vo"};
    /** Between the hirer and the first person: the verb, perhaps after a conjunction or an auxiliary. */
    private static final Pattern HIRE_VERB = Pattern.compile("(?s).*\\b(hired|hiring|hires|poached|poaching|recruited|recruiting|"
            + "lured|luring|warb|hat|hatte)\\s+((away|also|auch)\\s+)?$");
    /** After the last person: "from X", "away from X", "im Frühjahr von X ab(geworben)". */
    private static final Pattern FROM = Pattern.compile("\\s+([\\p{L}\\d]+\\s+){0,3}?((away\\s+)?from|von|vom)\\s+((the|der|dem)\\s+)?([\\p{L}-]+\\s+)?");
    /** "Hinton left Google", "who quit OpenAI", "X verließ Google": the verb right before the employer. */
    private static final Pattern LEFT = Pattern.compile("\\s*(,\\s*(who|der|die)\\s+)?((had|has|have|recently|abruptly|then|later|"
            + "also|zuvor|bereits|\\d{4})\\s+)*(left|quit|departed|verließ|verliess)\\s+((the|his|her|den|die|das)\\s+)?");
    /** "Hinton hatte 2023 Google verlassen", "…, der Google 2023 verlassen hatte": the participle after the employer. */
    private static final Pattern LEFT_DE_BEFORE = Pattern.compile("\\s*(,\\s*(der|die)|\\s+(hatte|hat|hatten|haben))\\s+(\\S+\\s+){0,2}");
    private static final Pattern LEFT_DE_AFTER = Pattern.compile("\\s+((im jahr\\s+)?\\d{4}\\s+|[\\p{L}]+\\s+){0,2}verlassen\\b.*");

    void apply(SentenceView v, RelationSink sink) {
        if (!v.hasType(EntityType.PERSON) || !v.hasType(EntityType.ORGANIZATION) || !v.hasAny(CUES)) return;
        hiredFrom(v, sink);
        left(v, sink);
        joined(v, sink);
        switched(v, sink);
    }

    /** "Technikchef Albrecht kommt vom US-Spezialisten DDN": where a person comes from is a former employer. */
    private static final Pattern COMES_FROM = Pattern.compile("\\s+(kommt|kam)\\s+((ursprünglich|zuvor|eigentlich|direkt)\\s+)?"
            + "(von|vom)\\s+((der|dem)\\s+)?([\\p{L}-]+\\s+)?");

    /** "who joined in April from Intel", "joined Orbis from Lumen": the verb, then the new house or "from" the old one. */
    /** Between a person and the verb: a relative pronoun and auxiliaries or adverbs ("…, who had recently joined"). */
    private static final String LEAD = "\\s*(,\\s*who\\s+)?((had|has|have|recently|also|later|then|\\d{4})\\s+)*";
    // "is joining Meta to lead …", "who also joined the board of OpenAI in January": a board seat is work for the house too.
    private static final Pattern JOINED = Pattern.compile(LEAD
            + "(joined|joins|is joining|will join|(?:is|was) set to join)\\s+((in \\p{L}+|last year|this year|in \\d{4}|earlier this year)\\s+)?"
            + "(?<from>from\\s+)?((the)\\s+)?((supervisory\\s+)?board\\s+of\\s+(the\\s+)?)?");
    /** "moved to Orbis", "defected to Orbis": a new house. */
    // "quit for Anthropic in May", "left for a rival": a new house after "for".
    private static final Pattern MOVED = Pattern.compile(LEAD
            + "((moved|switched|defected)\\s+(over\\s+)?to|(quit|left|departed)\\s+for)\\s+((the)\\s+)?");
    /** What may follow a house that is someone's employer: the clause or sentence goes on, no noun qualifies the house. */
    private static final Pattern HOUSE_ENDS = Pattern.compile("(\\s*[,.;:)–—]|\\s+(in|as|at|last|this|earlier|from|where|after|before|"
            + "and|to|on|im|als|von|vom|zu|und|nach)\\b|\\s*$).*");
    private static final Pattern THEN_FROM = Pattern.compile("\\s+((in \\p{L}+|last year|this year|in \\d{4})\\s+)?from\\s+((the)\\s+)?");

    /** "Hotard, who joined in April from Intel", "Novak joined Orbis from Lumen last year". */
    private void joined(SentenceView v, RelationSink sink) {
        for (Ref p : v.of(EntityType.PERSON)) {
            Ref o = nextOrgAfter(v, p, 50);
            if (o == null) continue;
            java.util.regex.Matcher m = JOINED.matcher(v.gap(p.end(), o.start()));
            boolean joined = m.matches();
            boolean moved = !joined && (MOVED.matcher(v.gap(p.end(), o.start())).matches()
                    || COMES_FROM.matcher(v.gap(p.end(), o.start())).matches());
            if (!joined && !moved || !houseEnds(v, o)) continue;
            sink.add(v, p, Predicate.WORKS_FOR, o, "role.joined", 0.65);
            if (!joined || m.group("from") != null) continue;
            // "joined Orbis from Lumen": the house left behind.
            Ref from = nextOrgAfter(v, o, 30);
            if (from != null && THEN_FROM.matcher(v.gap(o.end(), from.start())).matches() && houseEnds(v, from)) {
                sink.add(v, p, Predicate.WORKS_FOR, from, "role.joined-from", 0.65);
            }
        }
    }

    /** Between a person and the new house: "wechselte (2023) (von X) zu", "war (im Mai) zu … gewechselt". */
    private static final Pattern SWITCH_DE = Pattern.compile("\\s+(wechselte|wechselt|wechselten|ist|war|sei|waren|sind)\\s+"
            + "((im \\p{L}+|\\d{4}|zuletzt|bereits|dann|nun|jetzt|später|anschließend|inzwischen|schließlich)\\s+)*zu(m|r)?\\s+((der|dem)\\s+)?");
    // "war im Mai 2024 von OpenAI zu Anthropic gewechselt": the auxiliary too, its participle checked after the new house.
    private static final Pattern SWITCH_DE_FROM = Pattern.compile("\\s+(wechselte|wechselt|wechselten|ist|war|sei|waren|sind)\\s+"
            + "((im \\p{L}+|\\d{4}|zuletzt|bereits|dann|später|anschließend|schließlich)\\s+)*"
            + "(von|vom)\\s+((der|dem)\\s+)?");
    /** "wechselte Ruoming Pang (im Mai) zu Meta": the verb before the person. */
    private static final Pattern SWITCH_DE_INVERTED = Pattern.compile("\\s+((im \\p{L}+|\\d{4}|zuletzt|dann|schließlich)\\s+)*zu(m|r)?\\s+((der|dem)\\s+)?");

    /** "Eva Novak wechselte 2023 von Lumen zu Orbis", "Von Lumen wechselte Novak zu Orbis", "war … zu Orbis gewechselt". */
    private void switched(SentenceView v, RelationSink sink) {
        if (!v.lower.contains("wechsel")) return;
        for (Ref p : v.of(EntityType.PERSON)) {
            Ref o = nextOrgAfter(v, p, 60);
            if (o == null) continue;
            String gap = v.gap(p.end(), o.start());
            String before = v.gap(Math.max(v.sentence.start(), p.start() - 12), p.start());
            // "wechselte Pang zu Meta", "Ende 2024 war Luo zu Xiaomi gewechselt": the verb or its auxiliary before the person.
            boolean verbFirst = Rx.matches(before, "(?s).*\\b(wechselte|wechselten|wechselt)\\s+$");
            boolean auxFirst = !verbFirst && Rx.matches(before, "(?s).*\\b(ist|war|sei|waren|sind)\\s+$");
            Ref old = null;
            boolean main = SWITCH_DE.matcher(gap).matches();
            if (!main && SWITCH_DE_FROM.matcher(gap).matches()) {
                // "wechselte 2023 von Lumen zu Orbis": the old house, then the new one.
                Ref next = nextOrgAfter(v, o, 30);
                if (next == null || !SWITCH_DE_INVERTED.matcher(v.gap(o.end(), next.start())).matches()) continue;
                old = o;
                o = next;
                main = true;
            }
            if (!main && !((verbFirst || auxFirst) && SWITCH_DE_INVERTED.matcher(gap).matches())) continue;
            boolean aux = auxFirst || Rx.matches(gap, "\\s+(ist|war|sei|waren|sind)\\b.*");
            if (aux && !Rx.matches(v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 30)), "\\s+(\\p{L}+\\s+){0,2}gewechselt\\b.*")) continue;
            sink.add(v, p, Predicate.WORKS_FOR, o, "role.switched", 0.65);
            if (old == null && verbFirst) old = fromBeforeVerb(v, p);
            if (old != null && !old.id().equals(o.id())) sink.add(v, p, Predicate.WORKS_FOR, old, "role.switched-from", 0.65);
        }
    }

    /** "Von Lumen wechselte Novak": the house named after "von" right before the verb. */
    private static Ref fromBeforeVerb(SentenceView v, Ref p) {
        Ref out = orgBefore(v, p);
        if (out == null || !Rx.matches(v.gap(out.end(), p.start()), "\\s+(wechselte|wechselten|wechselt)\\s+")) return null;
        String head = v.gap(Math.max(v.sentence.start(), out.start() - 5), out.start());
        return Rx.matches(head, "(?s).*\\b(von|vom)\\s+$") ? out : null;
    }

    private static boolean houseEnds(SentenceView v, Ref o) {
        return HOUSE_ENDS.matcher(v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 12))).matches();
    }

    /** The next name after {@code after}, when it is an organisation at most maxGap characters on; else null. */
    private static Ref nextOrgAfter(SentenceView v, Ref after, int maxGap) {
        Ref r = v.refAfter(after.end());
        return r != null && r.is(EntityType.ORGANIZATION) && r.start() - after.end() <= maxGap ? r : null;
    }

    /** "OpenAI opened a Zurich office after hiring A, B and C from Google DeepMind", "Meta warb A von OpenAI ab". */
    private void hiredFrom(SentenceView v, RelationSink sink) {
        List<Ref> people = v.of(EntityType.PERSON);
        for (int i = 0; i < people.size(); i++) {
            Ref first = people.get(i);
            Ref hirer = orgBefore(v, first);
            if (hirer == null || first.start() - hirer.end() > 120) continue;
            java.util.regex.Matcher verb = HIRE_VERB.matcher(v.gap(hirer.end(), first.start()));
            if (!verb.matches()) continue;
            List<Ref> hired = FounderRules.listFrom(v, first, EntityType.PERSON);
            Ref last = hired.get(hired.size() - 1);
            Ref from = null;
            for (Ref r : v.of(EntityType.ORGANIZATION)) {
                if (r.start() >= last.end()) { from = r; break; }
            }
            if (from == null || !FROM.matcher(v.gap(last.end(), from.start())).matches()) continue;
            // "warb … von X ab", "hat … von X abgeworben": the German verb's particle or participle closes the clause.
            String after = v.gap(from.end(), Math.min(v.sentence.end(), from.end() + 40));
            String aux = verb.group(1);
            if (aux.equals("warb") && !Rx.matches(after, "\\s+ab\\b.*")) continue;
            if ((aux.equals("hat") || aux.equals("hatte")) && !Rx.matches(after, "\\s+(\\S+\\s+){0,2}?(abgeworben|angeworben|geholt)\\b.*")) continue;
            for (Ref p : hired) {
                if (!from.id().equals(hirer.id())) sink.add(v, p, Predicate.WORKS_FOR, from, "role.hired-from", 0.7);
                sink.add(v, p, Predicate.WORKS_FOR, hirer, "role.hired-by", 0.7);
            }
            i += hired.size() - 1;
        }
    }

    /** The organisation nearest before the person in its clause (no ";" or "." between), or null. */
    private static Ref orgBefore(SentenceView v, Ref p) {
        Ref out = null;
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            if (r.end() > p.start()) break;
            out = r;
        }
        return out == null || v.gap(out.end(), p.start()).indexOf(';') >= 0 ? null : out;
    }

    /** "Geoffrey Hinton left Google in 2023", "Hinton hatte 2023 Google verlassen": a former employer. */
    private void left(SentenceView v, RelationSink sink) {
        for (Ref p : v.of(EntityType.PERSON)) {
            Ref o = nextOrgAfter(v, p, 60);
            if (o == null) continue;
            String gap = v.gap(p.end(), o.start());
            boolean en = LEFT.matcher(gap).matches();
            boolean de = !en && LEFT_DE_BEFORE.matcher(gap).matches()
                    && LEFT_DE_AFTER.matcher(v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 40))).matches();
            if (en || de) sink.add(v, p, Predicate.WORKS_FOR, o, "role.left", 0.65);
        }
    }
}
