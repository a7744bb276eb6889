package dev.aikg.annotate.mention;

import dev.aikg.annotate.Extract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Institutions named in full and then abbreviated in brackets. Sentences and names are our own. */
class TestDefinedAbbreviations {

    private static List<String> orgs(String text, String lang) {
        return Extract.entities(text, lang).stream().filter(e -> e.startsWith("Organization:")).toList();
    }

    @Test
    void theBracketFixesWhereTheNameStarts() {
        List<String> de = orgs("Vorgestellt hat das Modell das Institute of Adaptive Systems and Machine Reasoning (IASMR) in Astana. "
                + "Das IASMR gehört zur Universität der Hauptstadt.", "de");
        assertTrue(de.contains("Organization:Institute of Adaptive Systems and Machine Reasoning"), de.toString());
        assertFalse(de.contains("Organization:Institute of Adaptive"), de.toString());
        List<String> en = orgs("The rules come from the Lahore Capital Markets Authority (LCMA), which oversees brokers.", "en");
        assertTrue(en.contains("Organization:Lahore Capital Markets Authority"), en.toString());
    }

    @Test
    void aTermAbbreviatedInBracketsIsNoInstitution() {
        List<String> en = orgs("The start-up trains a Large Language Model (LLM) for Urdu with Artificial Intelligence (AI) chips.", "en");
        assertTrue(en.isEmpty(), en.toString());
        List<String> wrong = orgs("The Karachi Digital Office (PSX) said nothing.", "en");
        assertFalse(wrong.contains("Organization:Karachi Digital Office"), "letters that spell another name: " + wrong);
    }
}
