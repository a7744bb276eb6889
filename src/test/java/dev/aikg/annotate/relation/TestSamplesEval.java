package dev.aikg.annotate.relation;

import dev.aikg.annotate.Pipeline;
import dev.aikg.annotate.Pipelines;
import dev.aikg.annotate.StageTimings;
import dev.aikg.eval.GoldScorer;
import dev.aikg.eval.PredictionJson;
import dev.aikg.eval.Score;
import dev.aikg.lexicon.LexiconLoader;
import dev.aikg.model.Document;
import dev.aikg.model.Extraction;
import dev.aikg.read.DocumentReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Floors on the sample corpus (data/articles with data/gold/samples-gold.json, our own articles, not
 * the seeds): the closest stand-in for unseen text. Skipped where the corpus is absent; the folder
 * can be moved with -Dsamples.dir.
 */
class TestSamplesEval {
    @Test
    void samplesFloor() throws Exception {
        Path dir = Path.of(System.getProperty("samples.dir", "data/articles"));
        Path gold = dir.resolveSibling("gold").resolve("samples-gold.json");
        assumeTrue(Files.isDirectory(dir) && Files.exists(gold), "sample corpus not present");
        Pipeline pipeline = Pipelines.standard(LexiconLoader.load(Path.of("data/lexicon")), StageTimings.NONE);
        List<Extraction> xs = new ArrayList<>();
        for (Document d : new DocumentReader().readAll(List.of(dir), p -> { })) xs.add(pipeline.extract(d));
        Path out = Path.of("target/samples-pred.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, PredictionJson.write("samples", xs));
        Score s = new GoldScorer().score(gold, out);
        assertTrue(s.relations().f1() >= RELATION_FLOOR, s.format(false));
        assertTrue(s.stockMoves().f1() >= MOVE_FLOOR, s.format(false));
    }

    private static final double RELATION_FLOOR = 0.62;
    private static final double MOVE_FLOOR = 0.90;
}
