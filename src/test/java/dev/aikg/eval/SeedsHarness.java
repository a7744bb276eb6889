package dev.aikg.eval;

import dev.aikg.annotate.Pipeline;
import dev.aikg.annotate.Pipelines;
import dev.aikg.annotate.StageTimings;
import dev.aikg.lexicon.Lexicon;
import dev.aikg.lexicon.LexiconLoader;
import dev.aikg.model.Document;
import dev.aikg.model.Extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Extracts the seed articles and scores them against their gold file (dev harness, test scope). */
final class SeedsHarness {
    /** The shared folder beside the repository (CI), or beside the worktrees folder (development). */
    static final Path SHARED = Files.isDirectory(Path.of("../shared")) ? Path.of("../shared") : Path.of("../../shared");
    static final Path SEEDS = SHARED.resolve("seeds");
    static final Path GOLD = SHARED.resolve("eval/seeds-gold.json");

    private SeedsHarness() { }

    static boolean available() {
        return Files.isDirectory(SEEDS) && Files.isRegularFile(GOLD) && Files.isDirectory(Path.of("data/lexicon"));
    }

    static List<Document> seeds() throws IOException {
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> s = Files.list(SEEDS)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String id = p.getFileName().toString().replaceFirst("\\.txt$", "");
                docs.add(new Document(id, null, Files.readString(p), "de", null, p.toString(), null));
            }
        }
        return docs;
    }

    static List<Extraction> extract(Lexicon lexicon, List<Document> docs) {
        Pipeline pipeline = Pipelines.standard(lexicon, StageTimings.NONE);
        List<Extraction> out = new ArrayList<>();
        for (Document d : docs) out.add(pipeline.extract(d));
        return out;
    }

    /** Dev entry point: {@code java -cp ... dev.aikg.eval.SeedsHarness [pred.json]} prints the score with errors. */
    public static void main(String[] args) throws IOException {
        Lexicon lexicon = LexiconLoader.load(Path.of("data/lexicon"));
        List<Extraction> xs = extract(lexicon, seeds());
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/seeds-pred.json");
        Files.writeString(out, PredictionJson.write("seeds", xs));
        System.out.print(new GoldScorer().score(GOLD, out).format(true));
    }
}
