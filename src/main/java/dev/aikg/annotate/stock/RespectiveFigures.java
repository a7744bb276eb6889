package dev.aikg.annotate.stock;

import dev.aikg.annotate.relation.MentionIndex.Ref;
import dev.aikg.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "Hensoldt and Renk gained 1.9% and 3.4% respectively", "Infineon und Aixtron legten um 2,1 Prozent
 * beziehungsweise 3,4 Prozent zu": a run of figures that pairs, in order, with the run of names before
 * it. Without the word that says so, the figures of one clause belong to its one subject as usual.
 */
final class RespectiveFigures {
    /** What may stand between two figures of the run. */
    private static final Pattern JOIN = Pattern.compile("\\s*(,|and|und|sowie|bzw\\.|beziehungsweise|respectively,?)?\\s*(,\\s*)?(and|und)?\\s*");
    /** What may stand between two names of the run: a list link, and a bracketed ticker after a name. */
    private static final Pattern NAME_JOIN = Pattern.compile("\\s*(\\([^()]{1,30}\\))?\\s*(,|and|und|sowie)\\s*(the\\s+|die\\s+|der\\s+)?");
    private static final Pattern MARKER = Pattern.compile("(?s).*\\b(respectively|beziehungsweise|bzw\\.)(\\W.*)?");

    private RespectiveFigures() { }

    /**
     * For each figure of the sentence, the name it pairs with, or null. Empty unless a marker word stands
     * within the run of figures or right after it.
     */
    static Ref[] assign(String text, List<PercentFinder.Percent> pcts, List<Ref> refs, int sentenceEnd) {
        Ref[] out = new Ref[pcts.size()];
        for (int k = 0; k + 1 < pcts.size(); ) {
            int last = k;
            while (last + 1 < pcts.size() && JOIN.matcher(text.substring(pcts.get(last).end(), pcts.get(last + 1).start())).matches()) {
                last++;
            }
            int n = last - k + 1;
            if (n >= 2 && marked(text, pcts.get(k).start(), Math.min(sentenceEnd, pcts.get(last).end() + 25))) {
                List<Ref> names = namesBefore(text, refs, pcts.get(k).start(), n);
                if (names != null) for (int j = 0; j < n; j++) out[k + j] = names.get(j);
            }
            k = last + 1;
        }
        return out;
    }

    private static boolean marked(String text, int from, int to) {
        return MARKER.matcher(text.substring(from, to)).matches();
    }

    /** The last n listed names before the figures, each joined to the next by a list link; null if there are fewer. */
    private static List<Ref> namesBefore(String text, List<Ref> refs, int firstFigure, int n) {
        List<Ref> before = new ArrayList<>();
        for (Ref r : refs) {
            if (r.end() <= firstFigure && (r.is(EntityType.ORGANIZATION) || r.is(EntityType.STOCK_INDEX))) before.add(r);
        }
        if (before.size() < n) return null;
        List<Ref> run = before.subList(before.size() - n, before.size());
        for (int j = 0; j + 1 < n; j++) {
            if (!NAME_JOIN.matcher(text.substring(run.get(j).end(), run.get(j + 1).start())).matches()) return null;
        }
        // The run is the clause's subject: the figures follow it within a short predicate.
        if (firstFigure - run.get(n - 1).end() > 60) return null;
        return new ArrayList<>(run);
    }
}
