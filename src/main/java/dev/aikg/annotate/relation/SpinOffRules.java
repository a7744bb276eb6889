package dev.aikg.annotate.relation;

import dev.aikg.annotate.relation.MentionIndex.Ref;
import dev.aikg.model.EntityType;
import dev.aikg.model.Predicate;

import java.util.regex.Pattern;

/**
 * Spin-offs and subsidiaries: "X entstand als Spin-off aus dem Hedgefonds Y", "das Nebenprojekt von Y",
 * "X, a subsidiary of Y", "die Y-Tochter X", "X was spun off from Y". When the sentence names no child
 * ("Es entstand …", "Das Nebenprojekt von Y …"), the subject of the previous sentence is taken.
 */
final class SpinOffRules {
    private static final String[] TRIGGERS = {"spin-off", "spinoff", "spin off", "spun off", "ausgründung",
            "nebenprojekt", "tochter", "subsidiary", "side project", "ableger", "unit of", "division of", "sparte"};
    private static final Pattern PARENT_CUE = Pattern.compile(".*(spin-?offs?|spin off|spun off|ausgründung|nebenprojekts?|"
            + "tochter(gesellschaft|unternehmen|firma)?|subsidiary|side project|side-project|ableger|unit|division|sparte)"
            + "\\s+(aus|von|vom|of|from|des|der)\\s+((dem|der|den|des|the)\\s+)?(\\S+\\s+){0,2}$");

    /** {@link #PARENT_CUE} cannot match without one of these. */
    private static final String[] PARENT_WORDS = {"spin", "spun", "ausgründung", "nebenprojekt", "tochter", "subsidiary",
        "side project", "side-project", "ableger", "unit", "division", "sparte"};

    void apply(SentenceView v, RelationSink sink) {
        if (!v.hasType(EntityType.ORGANIZATION) || !v.hasAny(TRIGGERS)) return;
        for (Ref parent : v.of(EntityType.ORGANIZATION)) {
            String before = v.gap(Math.max(v.sentence.start(), parent.start() - 60), parent.start());
            if (Prefilter.endsWithSpace(before) && Prefilter.containsAny(before, PARENT_WORDS) && PARENT_CUE.matcher(before).matches()) {
                Ref child = childBefore(v, parent);
                String rule = "spinoff.of";
                if (child == null) {
                    child = v.previousSubject(EntityType.ORGANIZATION);
                    rule = "spinoff.of-anaphor";
                }
                if (child != null) sink.add(v, child.id(), Predicate.SPIN_OFF_OF, parent.id(), null, null, null, null,
                        Math.min(child.start(), parent.start()), parent.end(), rule, rule.endsWith("anaphor") ? 0.6 : 0.8);
            }
            compoundTochter(v, parent, sink);
        }
    }

    /** The organisation named before the cue, with no other organisation in between. */
    private static Ref childBefore(SentenceView v, Ref parent) {
        Ref best = null;
        for (Ref r : v.refs) {
            if (r.start() >= parent.start()) break;
            if (r.is(EntityType.ORGANIZATION) && !r.id().equals(parent.id())) best = r;
        }
        return best;
    }

    /** "die Alphabet-Tochter Waymo", "Alphabet's subsidiary Waymo". */
    private void compoundTochter(SentenceView v, Ref parent, RelationSink sink) {
        int after = Math.min(v.sentence.end(), parent.end() + 25);
        String tail = v.gap(parent.end(), after);
        if (!Rx.matches(tail, "(-tochter|-subsidiary|'s subsidiary|s tochter|-ableger)\\s.*")) return;
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            if (r.start() > parent.end() && r.start() - parent.end() < 25) {
                sink.add(v, r, Predicate.SPIN_OFF_OF, parent, "spinoff.compound", 0.8);
                return;
            }
        }
    }
}
