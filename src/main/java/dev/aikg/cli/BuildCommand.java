package dev.aikg.cli;

import dev.aikg.bench.MemoryPeaks;
import dev.aikg.build.BuildOptions;
import dev.aikg.build.BuildReport;
import dev.aikg.build.Compaction;
import dev.aikg.build.Builder;
import dev.aikg.build.ReferenceData;
import dev.aikg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "build", sortOptions = false,
        description = "Extract articles and build them into the TDB2 store, one named graph per article.",
        footer = {"", "Examples:",
                "  aikg build                          # data/articles into ./kg",
                "  aikg build news/ feed.jsonl --store /srv/kg",
                "  aikg build data/articles --prune    # drop articles no longer in the input",
                "  aikg build --rebuild --profile      # start empty, print stage timings"})
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "files or directories of .txt, .md, .html, .jsonl articles (default: data/articles)")
    List<Path> inputs;

    @Mixin
    StoreOption store;

    @Mixin
    ReferenceOptions reference;

    @Option(names = "--rebuild", description = "start from an empty store")
    boolean rebuild;

    @Option(names = "--prune", description = "drop graphs of documents that are no longer in the inputs")
    boolean prune;

    @Option(names = "--threads", paramLabel = "N", description = "extraction threads (default: all cores)")
    Integer threads;

    @Option(names = "--compact", paramLabel = "WHEN", defaultValue = "auto",
            description = "compact the store after writing: auto (when it has grown 1.5× "
                    + "since the last compaction), always, never (default: ${DEFAULT-VALUE})")
    String compact;

    @Option(names = "--profile", description = "print time per pipeline stage, store size and peak memory")
    boolean profile;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        List<Path> in = inputs == null || inputs.isEmpty() ? List.of(AikgHome.resolve("data/articles")) : inputs;
        ReferenceData ref = reference.loadInBackground();
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        var err = spec.commandLine().getErr();
        Progress progress = new Progress(err, System.console() != null);
        BuildReport report;
        String peaks;
        double setupMillis;
        try (MemoryPeaks memory = MemoryPeaks.start(); KnowledgeStore ks = KnowledgeStore.open(store.store)) {
            Builder builder = new Builder(ref);
            // Hashing the reference files and opening the store; the lexicon is parsed and the pipeline built in the
            // background meanwhile (the "pipeline" stage), overlapped with the reader hashing the inputs.
            setupMillis = (System.nanoTime() - t0) / 1e6;
            report = builder.build(new BuildOptions(in, store.store, rebuild, prune, n, compaction()), ks, progress);
            peaks = memory.summary();
        }
        progress.clear();
        var out = spec.commandLine().getOut();
        out.println(report.summary());
        if (profile) {
            out.printf(java.util.Locale.ROOT, "  %-24s %10.1f ms%n", "setup", setupMillis);
            for (Map.Entry<String, Double> e : report.stageMillis().entrySet()) {
                out.printf(java.util.Locale.ROOT, "  %-24s %10.1f ms%n", e.getKey(), e.getValue());
            }
            out.printf(java.util.Locale.ROOT, "  store size %,d bytes%s%n", report.storeBytes(),
                    report.compacted() ? " (compacted)" : "");
            out.println("  " + peaks);
        }
        out.flush();
        return report.failed() > 0 ? 1 : 0;
    }

    private Compaction compaction() {
        try {
            return Compaction.valueOf(compact.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--compact must be auto, always or never, not '" + compact + "'");
        }
    }
}
