package dev.aikg.cli;

import dev.aikg.bench.ScalingPlot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "plot", sortOptions = false,
        description = "Draw the scaling plot (PNG) from bin/bench results: build and loader seconds against documents, query p95 by size.",
        footer = {"", "Example:", "  aikg bench plot --results target/bench/results --out docs/bench-scaling.png"})
final class BenchPlotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--results", paramLabel = "DIR", defaultValue = "target/bench/results",
            description = "results directory of bin/bench (default: ${DEFAULT-VALUE})")
    Path results;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "docs/bench-scaling.png",
            description = "PNG to write (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws Exception {
        System.setProperty("java.awt.headless", "true");
        ScalingPlot.fromResults(results).write(out);
        spec.commandLine().getOut().println("wrote " + out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
