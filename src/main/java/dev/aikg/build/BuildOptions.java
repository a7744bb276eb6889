package dev.aikg.build;

import java.nio.file.Path;
import java.util.List;

/**
 * What to build.
 *
 * @param inputs  files and directories of articles
 * @param store   the TDB2 store directory
 * @param rebuild start from an empty store
 * @param prune   drop graphs of documents that are no longer in the inputs
 * @param threads extraction threads (the store is written by one thread in one transaction)
 * @param compaction when to compact the store after writing
 */
public record BuildOptions(List<Path> inputs, Path store, boolean rebuild, boolean prune, int threads,
                           Compaction compaction) {
    public BuildOptions {
        inputs = List.copyOf(inputs);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        if (compaction == null) throw new IllegalArgumentException("compaction policy missing");
    }

    /** Options with the automatic compaction policy. */
    public BuildOptions(List<Path> inputs, Path store, boolean rebuild, boolean prune, int threads) {
        this(inputs, store, rebuild, prune, threads, Compaction.AUTO);
    }
}
