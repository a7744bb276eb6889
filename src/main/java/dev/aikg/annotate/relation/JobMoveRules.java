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
        "verließ", "verlassen", "warb", "abgeworben"};
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
            Ref o = null;
            for (Ref r : v.refs) {
                if (r.start() >= p.end()) { o = r; break; }
            }
            if (o == null || !o.is(EntityType.ORGANIZATION) || o.start() - p.end() > 60) continue;
            String gap = v.gap(p.end(), o.start());
            boolean en = LEFT.matcher(gap).matches();
            boolean de = !en && LEFT_DE_BEFORE.matcher(gap).matches()
                    && LEFT_DE_AFTER.matcher(v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 40))).matches();
            if (en || de) sink.add(v, p, Predicate.WORKS_FOR, o, "role.left", 0.65);
        }
    }
}
