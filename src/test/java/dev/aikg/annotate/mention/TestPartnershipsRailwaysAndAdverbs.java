package dev.aikg.annotate.mention;

import dev.aikg.annotate.Extract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names the ninety-fifth blind round cut or made up: two surnames a partnership's ampersand joins before an apposition
 * ("Halvorsen & Pike, a Boston research house"), a railway's name ("Keisei Electric Railway"), and a German adverb in
 * front of the verb of raising money ("Gleichzeitig sammelt ein Hamburger Start-up Millionen"). Our own sentences.
 */
class TestPartnershipsRailwaysAndAdverbs {
    private static List<String> orgs(String text, String lang) {
        return Extract.entities(text, lang).stream().filter(e -> e.startsWith("Organization:")).toList();
    }

    @Test
    void twoSurnamesJoinedByAnAmpersand() {
        var d = orgs("Marco Ventresca of Halvorsen & Pike, a Boston research house that tracks park technology, was upbeat.", "en");
        assertTrue(d.contains("Organization:Halvorsen & Pike"), d.toString());
        // Two common nouns are a product line's name, not two surnames.
        var common = orgs("It agreed to buy Racks & Cabinets, a maker of server racks, in March.", "en");
        assertFalse(common.contains("Organization:Racks & Cabinets"), common.toString());
    }

    @Test
    void aRailwaysName() {
        var d = orgs("The rail operator Keisei Electric Railway remains the company's largest shareholder.", "en");
        assertTrue(d.contains("Organization:Keisei Electric Railway"), d.toString());
    }

    @Test
    void anAdverbBeforeTheVerbOfRaising() {
        var d = orgs("Der Hersteller enttäuscht. Gleichzeitig sammelt ein Hamburger Start-up Millionen für ein Sprachmodell.", "de");
        assertTrue(d.isEmpty(), d.toString());
        var name = orgs("Regalwerk sammelte 12 Millionen Euro ein.", "de");
        assertTrue(name.contains("Organization:Regalwerk"), name.toString());
    }

    @Test
    void aCompanyNounBeforeItsFoundingClauseIsNoName() {
        var d = orgs("Der Berliner Anbieter, 2017 von Mario Kohle mitgegründet, setzt auf KI.", "de");
        assertFalse(d.contains("Organization:Anbieter"), d.toString());
        var name = orgs("Sonnwerk, 2017 von Mario Kohle mitgegründet, setzt auf KI.", "de");
        assertTrue(name.contains("Organization:Sonnwerk"), name.toString());
    }

    @Test
    void aNameWordBeforeAFundsLabelOpensALongerName() {
        var d = orgs("Tomasz Wieczorek, an analyst at Kestrel Insight Partners, said the ring was a hit.", "en");
        assertTrue(d.contains("Organization:Kestrel Insight Partners"), d.toString());
        assertFalse(d.contains("Organization:Insight Partners"), d.toString());
        var plain = orgs("The round was led by Insight Partners and two angels.", "en");
        assertTrue(plain.contains("Organization:Insight Partners"), plain.toString());
    }

    @Test
    void aBrandsSignIsPartOfItsName() {
        List<String> surfaces = Extract.surfaces("Zu den Geldgebern von 1Komma5° zählt unter anderem Porsche.", "de", "1Komma5°");
        assertTrue(surfaces.contains("1Komma5°"), surfaces.toString());
    }
}
