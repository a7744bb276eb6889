package dev.aikg.annotate.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestAbbreviations {

    private static String[] words(String name) { return name.split(" "); }

    @Test
    void initialsOfCapitalisedWords() {
        assertTrue(Abbreviations.fits("TII", words("Technology Innovation Institute")));
        assertTrue(Abbreviations.fits("BSC", words("Brightwater Semiconductor Corp")));
    }

    @Test
    void lowerCaseWordsMayGiveTheirInitialOrNothing() {
        assertTrue(Abbreviations.fits("DFKI", words("Deutsches Forschungszentrum für Künstliche Intelligenz")));
        assertTrue(Abbreviations.fits("MBZUAI", words("Mohamed bin Zayed University of Artificial Intelligence")));
    }

    @Test
    void aLegalSuffixMayBeLeftOutAndCamelCaseGivesItsCapitals() {
        assertTrue(Abbreviations.fits("ND", words("Nordlicht Datensysteme AG")));
        assertTrue(Abbreviations.fits("NDA", words("Nordlicht Datensysteme AG")));
        assertTrue(Abbreviations.fits("GDM", words("Google DeepMind")));
        assertTrue(Abbreviations.fits("GD", words("Google DeepMind")));
    }

    @Test
    void anythingElseInBracketsIsNoAbbreviation() {
        assertFalse(Abbreviations.fits("NVDA", words("Nvidia Corporation")), "a ticker");
        assertFalse(Abbreviations.fits("USA", words("Brightwater Semiconductor Corp")), "a country");
        assertFalse(Abbreviations.fits("TI", words("Technology Innovation Institute")), "a capitalised word left out");
        assertFalse(Abbreviations.fits("Tii", words("Technology Innovation Institute")), "one capital is a word, not an abbreviation");
        assertFalse(Abbreviations.fits("T2I", words("Technology Innovation Institute")), "digits");
    }

    @Test
    void theBracketMustFollowTheName() {
        String text = "Technology Innovation Institute (TII) said so.";
        assertEquals(text.indexOf("TII"), Abbreviations.definedAfter(text, text.indexOf(" ("), words("Technology Innovation Institute")));
        String corp = "Brightwater Semiconductor Corp. (BSC) said so.";
        assertEquals(corp.indexOf("BSC"), Abbreviations.definedAfter(corp, corp.indexOf("."), words("Brightwater Semiconductor Corp")));
        String later = "Technology Innovation Institute said (TII) so.";
        assertEquals(-1, Abbreviations.definedAfter(later, later.indexOf(" said"), words("Technology Innovation Institute")));
    }
}
