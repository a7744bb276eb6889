package dev.aikg.bench.corpus;

import java.util.SplittableRandom;

/**
 * Sentences and paragraphs for one article: draws templates of a kind (avoiding one the article
 * already used, as a writer would) and fills them from the article's cast.
 */
final class Prose {
    /** Kinds of body sentences and how often each comes up: about a quarter carry no entity at all. */
    private static final Kind[] BODY = {Kind.CEO, Kind.FOUNDER, Kind.STARTUP_FOUNDER, Kind.WORKS_FOR, Kind.DEVELOPED,
            Kind.BASED_ON, Kind.TRAINED_ON, Kind.MADE_BY, Kind.FUNDING, Kind.SPIN_OFF, Kind.COMPETES, Kind.QUOTE,
            Kind.STOCK, Kind.INDEX, Kind.FILLER};
    private static final int[] WEIGHTS = {5, 3, 5, 5, 7, 4, 5, 4, 6, 2, 5, 8, 8, 3, 28};
    private static final int TOTAL = java.util.Arrays.stream(WEIGHTS).sum();

    private final TemplateTable table;
    private final SlotValues values;
    private final SplittableRandom r;
    /** Per kind, a bit per template already used in this article. */
    private final long[] used = new long[Kind.values().length];

    Prose(Cast cast, SplittableRandom r) {
        this.table = TemplateTable.of(cast.german);
        this.values = new SlotValues(cast, r);
        this.r = r;
    }

    void sentence(StringBuilder sb, Kind kind) {
        Template[] ts = table.get(kind);
        int start = r.nextInt(ts.length), i = start;
        for (int k = 0; k < ts.length; k++) {
            int j = (start + k) % ts.length;
            if ((used[kind.ordinal()] & (1L << j)) == 0) {
                i = j;
                break;
            }
        }
        used[kind.ordinal()] |= 1L << i;
        ts[i].render(sb, values);
    }

    private boolean exhausted(Kind kind) {
        return used[kind.ordinal()] == (1L << table.get(kind).length) - 1;
    }

    /** A body kind with a template left, so a long article does not repeat itself; filler when all are spent. */
    private Kind bodyKind() {
        for (int tries = 0; tries < 8; tries++) {
            Kind k = BODY[Pick.weighted(r, WEIGHTS, TOTAL)];
            if (!exhausted(k)) return k;
        }
        return Kind.FILLER;
    }

    /** A paragraph: the given opening kinds, then body sentences up to {@code sentences}. */
    void paragraph(StringBuilder sb, int sentences, Kind... opening) {
        for (int s = 0; s < sentences; s++) {
            if (s > 0) sb.append(' ');
            sentence(sb, s < opening.length ? opening[s] : bodyKind());
        }
    }
}
