package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * German clauses of ownership, founding and seat the ninety-first blind round showed: "hält die Mehrheit am", "Mehrheitseigner
 * ist", "zu dem … gehört" after the parent's town, "der knapp neun Prozent an X hält", "Gründer ist", "ebenfalls in X
 * beheimatet", an analyst's house described by two words. Our own sentences.
 */
class TestGermanOwnershipClauses {
    private static final String[] IDS = {"org/lumen=Lumen", "org/vantor=Vantor", "org/kestrel=Kestrel Research",
        "person/jon-berg=Jon Berg"};

    private static List<String> facts(String text) {
        return Docs.facts(Docs.relations(text, "de", IDS));
    }

    @Test
    void aMajorityHeldOrItsOwnerNamed() {
        var holds = facts("Lumen hält zudem die Mehrheit am australischen Automatenhersteller Vantor.");
        assertTrue(holds.contains("org/vantor spinOffOf org/lumen"), holds.toString());
        var owner = facts("Die Aktie von Lumen (Xetra: LUM) aus Düsseldorf, Mehrheitseigner ist die französische Vantor, fiel um 4,5 Prozent.");
        assertTrue(owner.contains("org/lumen spinOffOf org/vantor"), owner.toString());
        // A minority is a stake, no unit: "hält eine Minderheit an".
        var minority = facts("Lumen hält eine Minderheit an Vantor.");
        assertFalse(minority.contains("org/vantor spinOffOf org/lumen"), minority.toString());
    }

    @Test
    void aUnitBelongingAfterTheParentsTown() {
        var d = facts("Der Lotterievermittler Lumen aus Hamburg, zu dem das Portal Vantor gehört, setzt KI gegen Betrug ein.");
        assertTrue(d.contains("org/vantor spinOffOf org/lumen"), d.toString());
    }

    @Test
    void aShareHeldInARelativeClause() {
        var d = facts("Auch Großaktionär Lumen aus China, der knapp neun Prozent an Vantor hält, begrüßte den Schritt.");
        assertTrue(d.contains("org/lumen investedIn org/vantor"), d.toString());
        // Without the holding verb the percentage is something else: "der neun Prozent an Umsatz bei Vantor macht".
        var other = facts("Lumen aus China, der neun Prozent an Vantor verlor, begrüßte den Schritt.");
        assertFalse(other.contains("org/lumen investedIn org/vantor"), other.toString());
    }

    @Test
    void theFounderNamedInAClause() {
        var d = facts("Der österreichische Konkurrent Lumen aus Gumpoldskirchen, Gründer ist der Milliardär Jon Berg, setzt auf Daten.");
        assertTrue(d.contains("person/jon-berg founderOf org/lumen"), d.toString());
    }

    @Test
    void aSeatInAParticiplesApposition() {
        var d = facts("Auch der Rivale Lumen, ebenfalls in Helsinki beheimatet, testet vergleichbare Systeme.");
        assertTrue(d.contains("org/lumen headquarteredIn Helsinki"), d.toString());
    }

    @Test
    void anAnalystsHouseDescribedByTwoWords() {
        var d = Docs.facts(Docs.relations("„Das ist die Wachstumsstory“, urteilt Mira Patel, Analystin beim unabhängigen Research-Haus "
                + "Kestrel Research in Düsseldorf.", "de", "org/unlinked-kestrel=Kestrel Research", "person/mira-patel=Mira Patel"));
        assertTrue(d.contains("org/unlinked-kestrel headquarteredIn Düsseldorf"), d.toString());
    }
}
