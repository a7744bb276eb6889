package dev.aikg.annotate.relation;

import dev.aikg.lexicon.LexiconLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Floor on the seed articles, with gold entities as input (the relation stage measured on its own). */
class TestSeedRelationsEval {
    @Test
    void oracleEntitiesFloor() throws Exception {
        assumeTrue(Files.isDirectory(SeedOracle.SEEDS) && Files.exists(SeedOracle.GOLD), "seeds not present");
        var docs = SeedOracle.run(LexiconLoader.load(Path.of("data/lexicon")));
        Path out = Path.of("target/seed-pred-oracle.json");
        Files.writeString(out, SeedOracle.toJson(docs));
    }
}
