package dev.aikg.annotate.link;

import dev.aikg.model.EntityType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TestSlugs {
    @Test
    void briefExamples() {
        assertEquals("person/holger-zschaepitz", Slugs.entityId(EntityType.PERSON, "Holger Zschäpitz"));
        assertEquals("org/meta-platforms", Slugs.entityId(EntityType.ORGANIZATION, "Meta Platforms"));
        assertEquals("model/deepseek-r1", Slugs.entityId(EntityType.AI_MODEL, "DeepSeek-R1"));
        assertEquals("index/nasdaq-100", Slugs.entityId(EntityType.STOCK_INDEX, "Nasdaq 100"));
        assertEquals("chip/h800", Slugs.entityId(EntityType.CHIP, "H800"));
    }

    @Test
    void diacriticsAndSeparators() {
        assertEquals("neue-zuercher-zeitung", Slugs.slug("Neue Zürcher Zeitung"));
        assertEquals("strasse-fuer-groesse", Slugs.slug("Straße für Größe"));
        assertEquals("francois-lefevre", Slugs.slug("  François Lefèvre! "));
        assertEquals("you-com", Slugs.slug("You.com"));
        assertEquals("at-t", Slugs.slug("AT&T"));
    }
}
