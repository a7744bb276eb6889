package dev.aikg.cli;

import dev.aikg.bench.corpus.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "generate", description = "Writes a synthetic benchmark corpus of German and English AI-industry news "
        + "as Markdown, 1,000 files per folder; the same seed gives the same files.",
        footer = {"", "Example:", "  aikg bench generate --docs 10000 --seed 42 --out /tmp/corpus-10k"})
final class BenchGenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--docs", required = true, paramLabel = "N", description = "number of documents")
    long docs;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory (must be empty)")
    Path out;

    @Option(names = "--de-share", defaultValue = "0.5", paramLabel = "SHARE",
            description = "share of German articles, 0 to 1 (default: ${DEFAULT-VALUE})")
    double germanShare;

    @Option(names = "--force", description = "write into a non-empty directory, replacing an earlier corpus's files")
    boolean force;

    @Mixin
    ReferenceOptions reference;

    @Override
    public Integer call() throws Exception {
        CorpusGenerator generator = new CorpusGenerator(reference.load().lexicon());
        CorpusGenerator.Summary s = generator.generate(out, docs, seed, germanShare, force);
        spec.commandLine().getOut().println(s.format(out));
        return 0;
    }
}
