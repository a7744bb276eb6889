package dev.aikg.lexicon;

import dev.aikg.annotate.Pipeline;
import dev.aikg.annotate.Pipelines;
import dev.aikg.annotate.StageTimings;
import dev.aikg.model.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The curated lexicon's labels in sentences of our own: a fund's arm after its parent's short code, a
 * context label, is the arm ("EQT Ventures"), not the parent.
 */
class TestCuratedLabelsInContext {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipelines.standard(LexiconLoader.load(Path.of("data/lexicon")), StageTimings.NONE);
    }

    private static List<String> entities(String text, String lang) {
        return pipeline.extract(new Document("t", null, text, lang, null, null, null)).entities().stream()
                .map(e -> e.type().label() + ":" + e.name()).toList();
    }

    @Test
    void anArmAfterAParentsContextLabelIsTheArm() {
        List<String> es = entities("Lumen raised $90 million. Durable Capital Partners led the round, with Altimeter Capital, "
                + "EQT Ventures and Mosaic Ventures participating.", "en");
        assertTrue(es.contains("Organization:EQT Ventures"), es.toString());
        assertFalse(es.contains("Organization:EQT"), es.toString());
    }
}
