package dev.aikg.cli;

import picocli.CommandLine.Command;

/** The benchmark family: each measurement is its own subcommand so bin/bench can run them one by one. */
@Command(name = "bench", description = "Benchmarks: generate a corpus, extraction throughput, catalog-query latency, load on a served store. "
                + "bin/bench runs them all at scale.",
        subcommands = {BenchExtractCommand.class,
                BenchGenerateCommand.class,
                BenchReviseCommand.class,
                BenchQueriesCommand.class,
                BenchLoadCommand.class,
                BenchPlotCommand.class,
                BenchReportCommand.class},
        footer = {"", "Example:", "  aikg bench extract data/articles --mb 50"})
final class BenchCommand {
}
