package dev.aikg.cli;

import dev.aikg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "compact", description = "Compact the store: copy its live data into a new generation and free the "
        + "space that earlier builds left behind.",
        footer = {"", "Example:", "  aikg compact --store kg"})
final class CompactCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (KnowledgeStore ks = store.openExisting()) {
            long before = ks.sizeOnDisk();
            long t0 = System.nanoTime();
            ks.compact();
            double secs = (System.nanoTime() - t0) / 1e9;
            long after = ks.sizeOnDisk();
            spec.commandLine().getOut().printf(java.util.Locale.ROOT,
                    "compacted %s: %,d bytes before, %,d bytes after, in %.1f s%n", store.store, before, after, secs);
        }
        return 0;
    }
}
