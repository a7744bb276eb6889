package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Relations of the hundred-and-twenty-fourth blind round (perfume; bicycles; libraries): a seat named after "the town
 * of", the English "headquarters in" as a seat noun (a possessive's apostrophe left off the city), a chief in a perfect
 * passive relative clause ("which has been run by"), and a translation's "ist gegründet worden in 2022 von". Our own
 * sentences.
 */
class TestTownsOfSeatsAndPerfectPassives {
    private static final String[] IDS = {"org/vega=Vega", "org/lumen=Lumen", "person/ines-kaur=Ines Kaur", "person/theo-marx=Theo Marx"};
    private static final String DE = "Die Branche wächst seit Jahren kräftig. ";
    private static final String EN = "The industry has grown for years. ";

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void aTownOfAndTheHeadquartersNoun() {
        var town = facts(EN + "Vega, based in the German town of Holzminden, was one of the first to experiment.", "en");
        assertTrue(town.contains("org/vega headquarteredIn Holzminden"), town.toString());
        var caption = facts(EN + "The Vega headquarters in Brussels' North district.", "en");
        assertTrue(caption.contains("org/vega headquarteredIn Brussels"), caption.toString());
        assertFalse(caption.contains("org/vega headquarteredIn Brussels'"), caption.toString());
    }

    @Test
    void aChiefInAPerfectPassiveAndAFounderInATranslationsPerfect() {
        var perfect = facts(EN + "Vega, which has been run by Ines Kaur since February, and Lumen have both grown.", "en");
        assertTrue(perfect.contains("person/ines-kaur ceoOf org/vega"), perfect.toString());
        var translated = facts(DE + "Vega ist gegründet worden in 2022 von Ines Kaur, einer früheren Beraterin, und dem Informatiker "
                + "Theo Marx.", "de");
        assertTrue(translated.contains("person/ines-kaur founderOf org/vega"), translated.toString());
    }
}
