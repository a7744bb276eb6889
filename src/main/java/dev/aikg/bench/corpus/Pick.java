package dev.aikg.bench.corpus;

import java.util.List;
import java.util.SplittableRandom;

/** Small helpers for drawing from lists and ranges with a given stream. */
final class Pick {
    private Pick() { }

    static <T> T one(SplittableRandom r, List<T> list) { return list.get(r.nextInt(list.size())); }

    static <T> T one(SplittableRandom r, T[] items) { return items[r.nextInt(items.length)]; }

    static boolean chance(SplittableRandom r, double p) { return r.nextDouble() < p; }

    /** An index drawn with the given relative weights. */
    static int weighted(SplittableRandom r, int[] weights, int total) {
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.length - 1;
    }
}
