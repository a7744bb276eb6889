package dev.aikg.eval;

import java.util.List;
import java.util.Map;

/**
 * The result of {@link GoldScorer}: counts per section (entities, relations, stockMoves), entity
 * counts per type, and the errors (document, kind, item) in the order score.py prints them.
 */
public record Score(Map<String, Counts> sections, Map<String, Counts> entitiesByType, List<List<String>> errors) {

    /** True positives, false positives and false negatives, with the derived measures. */
    public record Counts(int tp, int fp, int fn) {
        public double precision() { return tp + fp == 0 ? 0 : (double) tp / (tp + fp); }

        public double recall() { return tp + fn == 0 ? 0 : (double) tp / (tp + fn); }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(int dtp, int dfp, int dfn) { return new Counts(tp + dtp, fp + dfp, fn + dfn); }
    }

    public Counts entities() { return sections.get("entities"); }

    public Counts relations() { return sections.get("relations"); }

    public Counts stockMoves() { return sections.get("stockMoves"); }

    /** The same lines as {@code score.py} prints, errors included when asked. */
    public String format(boolean withErrors) {
        StringBuilder sb = new StringBuilder();
        for (String k : List.of("entities", "relations", "stockMoves")) {
            Counts c = sections.get(k);
            sb.append(String.format(java.util.Locale.ROOT, "%-11s P=%s R=%s F1=%s  (tp=%d fp=%d fn=%d)%n", k,
                    GoldScorer.round3(c.precision()), GoldScorer.round3(c.recall()), GoldScorer.round3(c.f1()),
                    c.tp(), c.fp(), c.fn()));
        }
        for (Map.Entry<String, Counts> e : entitiesByType.entrySet()) {
            Counts c = e.getValue();
            sb.append(String.format(java.util.Locale.ROOT, "  %-13s F1=%s (tp=%d fp=%d fn=%d)%n", e.getKey(),
                    GoldScorer.round3(c.f1()), c.tp(), c.fp(), c.fn()));
        }
        if (withErrors) {
            for (List<String> err : errors) sb.append("   ").append(String.join(" ", err)).append('\n');
        }
        return sb.toString();
    }
}
