package dev.aikg.cli;

import picocli.CommandLine.Command;

/** The benchmark family: each measurement is its own subcommand so bin/bench can run them one by one. */
@Command(name = "bench", description = "Benchmarks: extraction throughput (and, with bin/bench, build, queries and serving at scale).",
        subcommands = {BenchExtractCommand.class,
                BenchPlotCommand.class,
                BenchReportCommand.class},
        footer = {"", "Example:", "  aikg bench extract data/articles --mb 50"})
final class BenchCommand {
}
