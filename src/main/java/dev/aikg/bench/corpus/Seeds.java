package dev.aikg.bench.corpus;

import java.util.SplittableRandom;

/**
 * Random streams derived from one corpus seed. Each document gets its own stream from the seed and
 * its index alone, so document i is the same in a corpus of any size: the 1k corpus is a prefix of
 * the 10k corpus, and revising one file never disturbs another.
 */
final class Seeds {
    private Seeds() { }

    /** The stream for document {@code index} of the corpus with seed {@code seed}. */
    static SplittableRandom document(long seed, long index) {
        return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + mix(index + 1)));
    }

    /** A stream for a purpose other than writing documents (revisions): salted so it never equals a document's. */
    static SplittableRandom salted(long seed, long salt, long index) {
        return new SplittableRandom(mix(mix(seed ^ salt) + mix(index + 0x632BE59BD9B4E019L)));
    }

    /** SplitMix64's finaliser: neighbouring inputs give unrelated outputs. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
