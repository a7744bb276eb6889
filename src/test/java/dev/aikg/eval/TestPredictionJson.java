package dev.aikg.eval;

import dev.aikg.model.Document;
import dev.aikg.model.Entity;
import dev.aikg.model.EntityType;
import dev.aikg.model.Evidence;
import dev.aikg.model.Extraction;
import dev.aikg.model.Mention;
import dev.aikg.model.Method;
import dev.aikg.model.Predicate;
import dev.aikg.model.Relation;
import dev.aikg.model.StockMove;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestPredictionJson {
    private static Mention m(String surface, int start, String id, EntityType type) {
        return new Mention(start, start + surface.length(), surface, type, id, 0, Method.LEXICON, "x", 0.9);
    }

    @Test
    void goldShape() {
        Document doc = new Document("d1", null, "…", "de", LocalDate.of(2025, 1, 28), null, null);
        Entity nv = new Entity("org/nvidia", "Nvidia", EntityType.ORGANIZATION, "Company", true, "Q182477", "NASDAQ:NVDA",
                List.of(m("Nvidia", 0, "org/nvidia", EntityType.ORGANIZATION), m("Nvidias", 10, "org/nvidia", EntityType.ORGANIZATION),
                        m("Nvidia", 30, "org/nvidia", EntityType.ORGANIZATION)));
        Entity h = new Entity("chip/h800", "H800", EntityType.CHIP, null, true, null, null,
                List.of(m("H800", 50, "chip/h800", EntityType.CHIP)));
        Evidence ev = new Evidence("d1", 0, 0, 10, "r", 0.8);
        Relation made = Relation.of("chip/h800", Predicate.MANUFACTURED_BY, "org/nvidia", ev);
        Relation hq = Relation.of("org/nvidia", Predicate.HEADQUARTERED_IN, "Santa Clara", ev);
        StockMove move = new StockMove("org/nvidia", -12.0, true, LocalDate.of(2025, 1, 27), "pre-market", null, ev);
        Extraction x = new Extraction(doc, List.of(), List.of(nv, h), List.of(made, made, hq), List.of(move), List.of(), List.of());

        JsonNode d = PredictionJson.toJson("c", List.of(x)).path("documents").get(0);
        assertEquals("d1", d.path("id").asString());
        assertEquals("2025-01-28", d.path("published").asString());
        JsonNode e = d.path("entities").get(0);
        assertEquals("Organization", e.path("type").asString());
        assertEquals(List.of("Nvidia", "Nvidias"), e.path("mentions").valueStream().map(JsonNode::asString).toList());
        assertEquals("NASDAQ:NVDA", e.path("ticker").asString());
        assertTrue(d.path("entities").get(1).path("wikidata").isNull());
        assertEquals(2, d.path("relations").size(), "duplicate facts are written once");
        assertEquals("H800", d.path("relations").get(0).path("s").asString());
        assertEquals("Nvidia", d.path("relations").get(0).path("o").asString());
        assertEquals("Santa Clara", d.path("relations").get(1).path("o").asString());
        JsonNode mv = d.path("stockMoves").get(0);
        assertEquals("Nvidia", mv.path("company").asString());
        assertEquals(-12.0, mv.path("changePct").asDouble());
        assertEquals("2025-01-27", mv.path("date").asString());
        assertEquals("pre-market", mv.path("note").asString());
    }
}
