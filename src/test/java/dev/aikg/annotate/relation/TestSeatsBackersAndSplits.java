package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the ninety-sixth blind round (solar, lighting, facility services) showed: a seat in a relative clause on the last
 * name of a pair ("Huawei und Sungrow, das seinen Sitz in Hefei hat"), the backers named after the target ("Zu den
 * Geldgebern von 1Komma5° zählt unter anderem Y": a sign closing the name), and a unit split off from its parent ("X war
 * 2016 als Y vom Z-Konzern abgespalten worden"). Our own sentences.
 */
class TestSeatsBackersAndSplits {
    private static final String[] IDS = {"org/lumen=Lumen", "org/vantor=Vantor", "org/ostara=Ostara"};

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void aSeatInARelativeClauseOnTheLastName() {
        var d = facts("Lumen und Vantor, das seinen Sitz in Hefei hat, haben ihre Marktanteile ausgebaut.", "de");
        assertTrue(d.contains("org/vantor headquarteredIn Hefei"), d.toString());
        assertFalse(d.contains("org/lumen headquarteredIn Hefei"), d.toString());
    }

    @Test
    void backersNamedAfterTheTarget() {
        // "1Komma5°": the brand's sign is the name's (the lexicon finder keeps it; see TestPartnershipsRailwaysAndAdverbs).
        var sign = Docs.facts(Docs.relations("Zu den Geldgebern von 1Komma5° zählt unter anderem Vantor.", "de",
                "org/einskomma=1Komma5°", "org/vantor=Vantor"));
        assertTrue(sign.contains("org/vantor investedIn org/einskomma"), sign.toString());
        // Customers are no backers.
        var customers = facts("Zu den Kunden von Lumen zählt unter anderem Vantor.", "de");
        assertFalse(customers.contains("org/vantor investedIn org/lumen"), customers.toString());
    }

    @Test
    void aUnitSplitOffFromItsParent() {
        var d = facts("Lumen war 2016 als Ostara Lighting vom Vantor-Konzern abgespalten worden.", "de");
        assertTrue(d.contains("org/lumen spinOffOf org/vantor"), d.toString());
    }
}
