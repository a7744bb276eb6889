package dev.aikg.bench;

import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TestPercentiles {
    private static long[] oneTo(int n) { return LongStream.rangeClosed(1, n).toArray(); }

    @Test
    void nearestRankIsTheSampleAtCeilingRank() {
        long[] twenty = oneTo(20);
        assertEquals(10, Percentiles.nearestRank(twenty, 50));
        assertEquals(19, Percentiles.nearestRank(twenty, 95), "95 % of 20 is rank 19 exactly, not 20");
        assertEquals(20, Percentiles.nearestRank(twenty, 100));
        assertEquals(1, Percentiles.nearestRank(twenty, 5));
        assertEquals(2, Percentiles.nearestRank(twenty, 5.1), "a rank just over a whole number rounds up");
        assertEquals(48, Percentiles.nearestRank(oneTo(50), 95));
        assertEquals(25, Percentiles.nearestRank(oneTo(50), 50));
        assertEquals(95, Percentiles.nearestRank(oneTo(100), 95));
        assertEquals(7, Percentiles.nearestRank(new long[] {7}, 95));
    }

    @Test
    void noSamplesOrNoPercentileIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.nearestRank(new long[0], 50));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.nearestRank(oneTo(3), 0));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.nearestRank(oneTo(3), 101));
    }

    @Test
    void summarySortsAndConvertsToMilliseconds() {
        long[] nanos = {5_000_000, 1_000_000, 3_000_000, 2_000_000, 4_000_000};
        Percentiles.Summary s = Percentiles.Summary.ofNanos(nanos);
        assertEquals(5, s.samples());
        assertEquals(3.0, s.p50Ms(), 1e-9);
        assertEquals(5.0, s.p95Ms(), 1e-9);
        assertEquals(5.0, s.maxMs(), 1e-9);
        assertEquals(5_000_000, nanos[0], "the caller's array is left as it was");
    }
}
