package dev.aikg.cli;

import dev.aikg.bench.BenchReport;
import dev.aikg.bench.MarkedRegion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "report", sortOptions = false,
        description = "Rewrite the generated section of BENCHMARKS.md (between <!-- bench:begin --> and <!-- bench:end -->) from bin/bench results.",
        footer = {"", "Example:", "  aikg bench report --results target/bench/results --file BENCHMARKS.md"})
final class BenchReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--results", paramLabel = "DIR", defaultValue = "target/bench/results",
            description = "results directory of bin/bench (default: ${DEFAULT-VALUE})")
    Path results;

    @Option(names = "--file", paramLabel = "FILE", defaultValue = "BENCHMARKS.md",
            description = "Markdown file to update (default: ${DEFAULT-VALUE})")
    Path file;

    @Option(names = "--plot", paramLabel = "FILE", defaultValue = "docs/bench-scaling.png",
            description = "plot image to link, as a path from the repository root (default: ${DEFAULT-VALUE}); 'none' for no link")
    String plot;

    @Option(names = "--query-target-ms", paramLabel = "MS", defaultValue = "1000",
            description = "p95 each catalog query must stay under (default: ${DEFAULT-VALUE})")
    double queryTargetMs;

    @Option(names = "--path-query-target-ms", paramLabel = "MS", defaultValue = "5000",
            description = "p95 each path query (marked by bench queries) must stay under (default: ${DEFAULT-VALUE})")
    double pathQueryTargetMs;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(results)) throw new IllegalArgumentException("no results directory " + results + "; run bin/bench first");
        String link = "none".equals(plot) ? null : linkFrom(file, Path.of(plot));
        String body = new BenchReport(results, link, queryTargetMs, pathQueryTargetMs).render();
        String before = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n";
        Files.writeString(file, MarkedRegion.replace(before, body), StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("updated " + file);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The image path as the Markdown file sees it, forward slashes. */
    static String linkFrom(Path markdown, Path image) {
        Path dir = markdown.toAbsolutePath().normalize().getParent();
        return dir.relativize(image.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
