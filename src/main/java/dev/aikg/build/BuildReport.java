package dev.aikg.build;

import java.util.Map;

/**
 * What a build did.
 *
 * @param read       documents read from the inputs
 * @param skipped    unchanged documents left as they were
 * @param failed     files, lines or documents that could not be read or extracted
 * @param written    documents whose graph was (re)written
 * @param pruned     graphs dropped because their document is gone from the inputs
 * @param entities   distinct entities in the written documents
 * @param relations  relations in the written documents
 * @param quads      quads written
 * @param seconds    wall time
 * @param storeBytes store size on disk after the build
 * @param compacted  true when the build compacted the store
 * @param stageMillis time per extraction stage (summed over threads) plus "store" (writing the quads), "summary", "commit" and "compact"
 */
public record BuildReport(int read, int skipped, int failed, int written, int pruned, long entities,
                          long relations, long quads, double seconds, long storeBytes, boolean compacted,
                          Map<String, Double> stageMillis) {

    /** The one-line summary every build prints. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "built %d of %d documents (%d unchanged, %d failed%s): %,d entities, %,d relations, %,d quads in %.1f s",
                written, read, skipped, failed, pruned > 0 ? ", " + pruned + " pruned" : "", entities, relations,
                quads, seconds);
    }
}
