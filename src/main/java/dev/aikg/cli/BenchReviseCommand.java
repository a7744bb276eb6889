package dev.aikg.cli;

import dev.aikg.bench.corpus.CorpusReviser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "revise", description = "Edits a share of a generated corpus in place (a changed number, an update "
        + "paragraph, a corrected sentence), for measuring incremental rebuilds; the same seed makes the same edits.",
        footer = {"", "Example:", "  aikg bench revise /tmp/corpus-10k --percent 1 --seed 7"})
final class BenchReviseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "corpus written by 'aikg bench generate'")
    Path dir;

    @Option(names = "--percent", required = true, paramLabel = "P", description = "percentage of documents to edit")
    double percent;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Mixin
    ReferenceOptions reference;

    @Override
    public Integer call() throws Exception {
        CorpusReviser reviser = new CorpusReviser(reference.load().lexicon());
        spec.commandLine().getOut().println(reviser.revise(dir, percent, seed).format(dir));
        return 0;
    }
}
