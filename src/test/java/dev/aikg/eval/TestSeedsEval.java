package dev.aikg.eval;

import dev.aikg.lexicon.LexiconLoader;
import dev.aikg.model.Extraction;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The seed articles scored against their gold file. The floors are the scores reached, so a
 * regression fails the build; raise them when the extractor improves.
 */
class TestSeedsEval {
    private static final double ENTITY_F1_FLOOR = 0.99;
    private static final double TYPE_F1_FLOOR = 0.98;

    @Test
    void entityScoreDoesNotRegress() throws Exception {
        assumeTrue(SeedsHarness.available(), "shared seeds or lexicon absent");
        List<Extraction> xs = SeedsHarness.extract(LexiconLoader.load(java.nio.file.Path.of("data/lexicon")), SeedsHarness.seeds());
        var gold = JsonMapper.builder().build().readTree(Files.readString(SeedsHarness.GOLD));
        Score score = new GoldScorer().score(gold, PredictionJson.toJson("seeds", xs));
        String report = score.format(true);
        assertTrue(score.entities().f1() >= ENTITY_F1_FLOOR, report);
        score.entitiesByType().forEach((type, c) -> assertTrue(c.f1() >= TYPE_F1_FLOOR, type + "\n" + report));
    }
}
