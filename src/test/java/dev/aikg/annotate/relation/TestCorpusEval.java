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
 * Floors on our own evaluation corpora: the sample corpus (data/articles with data/gold/samples-gold.json)
 * and the held-out corpus written blind (data/heldout with data/gold/heldout-gold.json), the closest
 * stand-ins for unseen text. Skipped where a corpus is absent; the sample folder can be moved with
 * -Dsamples.dir.
 */
class TestCorpusEval {
    @Test
    void samplesFloor() throws Exception {
        Score s = score(Path.of(System.getProperty("samples.dir", "data/articles")), "samples");
        assertTrue(s.relations().f1() >= 0.62, s.format(false));
        assertTrue(s.stockMoves().f1() >= 0.90, s.format(false));
    }

    @Test
    void heldoutFloor() throws Exception {
        Score s = score(Path.of("data/heldout"), "heldout");
        assertTrue(s.entities().f1() >= 0.95 && s.entities().precision() >= 0.95, s.format(false));
        assertTrue(s.relations().f1() >= 0.60, s.format(false));
        assertTrue(s.stockMoves().f1() >= 0.85, s.format(false));
    }

    private static Score score(Path dir, String corpus) throws Exception {
        Path gold = Path.of("data/gold").resolve(corpus + "-gold.json");
        assumeTrue(Files.isDirectory(dir) && Files.exists(gold), corpus + " corpus not present");
        Pipeline pipeline = Pipelines.standard(LexiconLoader.load(Path.of("data/lexicon")), StageTimings.NONE);
        List<Extraction> xs = new ArrayList<>();
        for (Document d : new DocumentReader().readAll(List.of(dir), p -> { })) xs.add(pipeline.extract(d));
        Path out = Path.of("target/" + corpus + "-pred.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, PredictionJson.write(corpus, xs));
        return new GoldScorer().score(gold, out);
    }
}
