package dev.aikg.cli;

import dev.aikg.bench.ExtractionBenchmark;
import dev.aikg.model.Document;
import dev.aikg.read.DocumentReader;
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

@Command(name = "extract", description = "Extraction throughput in MB/s and documents/s on one thread and on all cores.",
        footer = {"", "Example:", "  aikg bench extract data/articles --mb 50"})
final class BenchExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters( paramLabel = "PATH", arity = "0..*", description = "corpus (default: data/articles)")
    List<Path> inputs;

    @Option(names = "--mb", defaultValue = "50", description = "MB of text to measure per run (default: ${DEFAULT-VALUE})")
    double mb;

    @Option(names = "--warmup-mb", defaultValue = "30", description = "MB of text to warm up on (default: ${DEFAULT-VALUE})")
    double warmupMb;

    @Option(names = "--threads", split = ",", description = "thread counts to run (default: 1 and all cores)")
    List<Integer> threads;

    @Mixin
    ReferenceOptions reference;

    @Override
    public Integer call() throws Exception {
        List<Path> in = inputs == null || inputs.isEmpty() ? List.of(AikgHome.resolve("data/articles")) : inputs;
        List<Document> corpus = new DocumentReader().readAll(in, p -> spec.commandLine().getErr().println(p.format()));
        ExtractionBenchmark bench = new ExtractionBenchmark(reference.load().lexicon(), corpus);
        int cores = Runtime.getRuntime().availableProcessors();
        List<Integer> counts = threads != null ? threads : cores > 1 ? List.of(1, cores) : List.of(1);
        var out = spec.commandLine().getOut();
        out.printf("corpus: %d documents; warm-up %.0f MB, measure %.0f MB per run; %d cores%n", corpus.size(), warmupMb, mb, cores);
        for (int t : counts) {
            ExtractionBenchmark.Result r = bench.run(t, warmupMb, mb);
            out.println(r.format());
            if (t == 1) {
                for (Map.Entry<String, Double> e : r.stageMillis().entrySet()) {
                    out.printf(java.util.Locale.ROOT, "  %-24s %5.1f%%%n", e.getKey(),
                            100 * e.getValue() / (r.seconds() * 1000));
                }
            }
            out.flush();
        }
        return 0;
    }
}
