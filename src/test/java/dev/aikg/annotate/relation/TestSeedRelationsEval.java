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
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    /** The full pipeline (real entity finding) on the seeds; the article date of 004 as its header states it. */
    @Test
    void fullPipelineFloor() throws Exception {
        assumeTrue(Files.isDirectory(SeedOracle.SEEDS) && Files.exists(SeedOracle.GOLD), "seeds not present");
        Pipeline pipeline = Pipelines.standard(LexiconLoader.load(Path.of("data/lexicon")), StageTimings.NONE);
        List<Extraction> xs = new ArrayList<>();
        try (var files = Files.list(SeedOracle.SEEDS)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                String id = f.getFileName().toString().replace(".txt", "");
                String text = Files.readString(f);
                LocalDate pub = id.startsWith("004_") ? LocalDate.of(2025, 1, 29) : null;
                xs.add(pipeline.extract(new Document(id, null, text, "de", pub, f.toString(), null)));
            }
        }
        Path out = Path.of("target/seed-pred-pipeline.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, PredictionJson.write("seeds", xs));
        Score s = new GoldScorer().score(SeedOracle.GOLD, out);
        assertTrue(s.relations().f1() >= FULL_RELATION_FLOOR, s.format(true));
        assertTrue(s.stockMoves().f1() >= FULL_MOVE_FLOOR, s.format(true));
    }

    private static final double FULL_RELATION_FLOOR = 0.95;
    private static final double FULL_MOVE_FLOOR = 0.95;
}
