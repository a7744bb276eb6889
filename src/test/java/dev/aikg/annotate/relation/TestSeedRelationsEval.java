package dev.aikg.annotate.relation;

import dev.aikg.lexicon.LexiconLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Floors on the seed articles. With gold entities as input the relation stage is measured on its own
 * (entity finding errors excluded); predictions are written to target/ for score.py.
 */
class TestSeedRelationsEval {
    @Test
    void oracleEntitiesFloor() throws Exception {
        assumeTrue(Files.isDirectory(SeedOracle.SEEDS) && Files.exists(SeedOracle.GOLD), "seeds not present");
        var docs = SeedOracle.run(LexiconLoader.load(Path.of("data/lexicon")));
        String json = SeedOracle.toJson(docs);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/seed-pred-oracle.json"), json);
        SeedScore.F1[] s = SeedScore.score(Files.readString(SeedOracle.GOLD), json);
        assertTrue(s[0].f1() >= 0.95, "relation F1 " + s[0]);
        assertTrue(s[1].f1() >= 0.95, "stock-move F1 " + s[1]);
    }
}
