package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rivalry stated by a compete verb with an adverb or a second "with", as the fourth blind round showed. Our own sentences. */
class TestCompetitionVerbs {
    @Test
    void anAdverbBetweenTheVerbAndWithAndASecondWith() {
        var de = Docs.relations("Nordlicht konkurriert vor allem mit Polaris sowie mit Lumen und Vela.", "de",
                "org/nordlicht=Nordlicht", "org/polaris=Polaris", "org/lumen=Lumen", "org/vela=Vela");
        var facts = Docs.facts(de);
        assertTrue(facts.contains("org/nordlicht competesWith org/polaris"), facts.toString());
        assertTrue(facts.contains("org/nordlicht competesWith org/lumen"), facts.toString());
        assertTrue(facts.contains("org/nordlicht competesWith org/vela"), facts.toString());
        var en = Docs.relations("Nordlicht competes mainly with Polaris, and with Lumen in Europe.", "en",
                "org/nordlicht=Nordlicht", "org/polaris=Polaris", "org/lumen=Lumen");
        assertTrue(Docs.facts(en).contains("org/nordlicht competesWith org/polaris"), Docs.facts(en).toString());
        assertTrue(Docs.facts(en).contains("org/nordlicht competesWith org/lumen"), Docs.facts(en).toString());
    }

    @Test
    void ringtMit() {
        var d = Docs.relations("Nordlicht ringt mit Polaris um Entwickler und zahlende Kunden.", "de",
                "org/nordlicht=Nordlicht", "org/polaris=Polaris");
        assertTrue(Docs.facts(d).contains("org/nordlicht competesWith org/polaris"), Docs.facts(d).toString());
        var not = Docs.relations("Nordlicht arbeitet vor allem mit Polaris zusammen.", "de",
                "org/nordlicht=Nordlicht", "org/polaris=Polaris");
        assertFalse(Docs.facts(not).contains("org/nordlicht competesWith org/polaris"), Docs.facts(not).toString());
    }
}
