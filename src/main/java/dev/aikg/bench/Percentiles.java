package dev.aikg.bench;

import java.util.Arrays;

/**
 * Latency percentiles by the nearest-rank method: the p-th percentile of n sorted samples is the
 * sample at rank ⌈p/100 · n⌉ (1-based). No interpolation, so every figure reported is a time that
 * was actually measured, and p100 is the maximum.
 */
public final class Percentiles {
    private Percentiles() { }

    /** The nearest-rank percentile of samples sorted in ascending order; p in (0, 100]. */
    public static long nearestRank(long[] sorted, double p) {
        if (sorted.length == 0) throw new IllegalArgumentException("no samples");
        if (!(p > 0 && p <= 100)) throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        // p·n first: exact for whole-number p, so 95 % of 20 is rank 19, not 20 by a rounding error.
        int rank = (int) Math.ceil(p * sorted.length / 100.0);
        return sorted[Math.max(1, rank) - 1];
    }

    /** p50, p95 and maximum of a set of durations in nanoseconds, as milliseconds. */
    public record Summary(int samples, double p50Ms, double p95Ms, double maxMs) {
        public static Summary ofNanos(long[] nanos) {
            long[] s = nanos.clone();
            Arrays.sort(s);
            return new Summary(s.length, ms(nearestRank(s, 50)), ms(nearestRank(s, 95)), ms(s[s.length - 1]));
        }

        private static double ms(long nanos) { return nanos / 1e6; }
    }
}
