package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Units named by the clause that says whom they belong to, as held-out articles write it: a parent described by an
 * adjective and a noun ("der zum niederländischen Investor X gehört"), a parent glued to its noun ("zum südkoreanischen
 * X-Konzern"), a seat or a listing before the clause, the parent opening the sentence ("Zu X gehört auch der Verlag Y"),
 * "die X-Töchter Y und Z", and the English "whose payments arm Y", "whose Y unit", "whose brands include Y, Z".
 * Our own sentences.
 */
class TestBelongingClauses {
    private static final String[] IDS = {"org/lumen=Lumen", "org/vantor=Vantor", "org/ostara=Ostara", "org/kestrel=Kestrel",
        "person/jonas-paulsen=Jonas Paulsen"};

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void aParentDescribedByAnAdjectiveAndANoun() {
        var d = facts("Dort trifft das Start-up auf den Marktführer Vantor, der zum niederländischen Investor Lumen gehört.", "de");
        assertTrue(d.contains("org/vantor spinOffOf org/lumen"), d.toString());
        var dative = facts("Beim polnischen Studio Vantor, das seit 2023 mehrheitlich dem chinesischen Konzern Lumen gehört, testet man KI-Stimmen.", "de");
        assertTrue(dative.contains("org/vantor spinOffOf org/lumen"), dative.toString());
        // "zu den …": one among many, no owner.
        var among = facts("Vantor, das zu den größten Kunden von Lumen gehört, testet KI-Stimmen.", "de");
        assertFalse(among.contains("org/vantor spinOffOf org/lumen"), among.toString());
    }

    @Test
    void aParentFoundedByAPersonInsideTheClause() {
        var d = facts("Der Flügelbauer Vantor, der seit 2013 zum von Jonas Paulsen gegründeten Hedgefonds Lumen gehört, schweigt.", "de");
        assertTrue(d.contains("person/jonas-paulsen founderOf org/lumen"), d.toString());
        assertTrue(d.contains("org/vantor spinOffOf org/lumen"), d.toString());
        // The participle describes the fund after it; the piano maker before was not founded by him.
        assertFalse(d.contains("person/jonas-paulsen founderOf org/vantor"), d.toString());
    }

    @Test
    void aParentGluedToItsNoun() {
        var d = facts("Vantor, das zum südkoreanischen Lumen-Konzern gehört, baut Roboter.", "de");
        assertTrue(d.contains("org/vantor spinOffOf org/lumen"), d.toString());
    }

    @Test
    void aSeatOrAListingBeforeTheClause() {
        var seat = facts("Auch der Konkurrent Vantor mit Sitz in Basel, der zum chinesischen Staatskonzern Lumen gehört, investiert kräftig.", "de");
        assertTrue(seat.contains("org/vantor spinOffOf org/lumen"), seat.toString());
        var listing = facts("Die Aktie von Lumen (Xetra: LUM), zu dem das Nachrichtenportal Vantor gehört, gab um 2,3 Prozent nach.", "de");
        assertTrue(listing.contains("org/vantor spinOffOf org/lumen"), listing.toString());
    }

    @Test
    void theParentOpeningTheSentence() {
        var d = facts("Zu Lumen gehört auch die amerikanische Kaffeehauskette Vantor aus Emeryville.", "de");
        assertTrue(d.contains("org/vantor spinOffOf org/lumen"), d.toString());
        var glued = facts("Zur Lumen-Gruppe gehört zudem der Getränkelieferdienst Vantor aus Münster.", "de");
        assertTrue(glued.contains("org/vantor spinOffOf org/lumen"), glued.toString());
        // A group of people or customers is no parent.
        var customers = facts("Zu den Kunden von Lumen gehört auch Vantor.", "de");
        assertFalse(customers.contains("org/vantor spinOffOf org/lumen"), customers.toString());
    }

    @Test
    void aPluralUnitNounGluedToTheParent() {
        var d = facts("Die Lumen-Töchter Vantor und Ostara testen inzwischen generative Assistenten.", "de");
        assertTrue(d.contains("org/vantor spinOffOf org/lumen"), d.toString());
        assertTrue(d.contains("org/ostara spinOffOf org/lumen"), d.toString());
    }

    @Test
    void whoseUnitInEnglish() {
        var arm = facts("Lumen (NASDAQ: LUM), whose payments arm Vantor is Ostara's fiercest competitor, gained 1.6%.", "en");
        assertTrue(arm.contains("org/vantor spinOffOf org/lumen"), arm.toString());
        var named = facts("Lumen, whose Vantor unit designs the Kirin processors, builds its own chips.", "en");
        assertTrue(named.contains("org/vantor spinOffOf org/lumen"), named.toString());
        // "whose chief executive": a person, and a company named later is not the unit.
        var chief = facts("Lumen, whose chief executive moved the fleet into Vantor, fell 2.1%.", "en");
        assertFalse(chief.contains("org/vantor spinOffOf org/lumen"), chief.toString());
    }

    @Test
    void brandsOrUnitsThatIncludeAList() {
        var d = facts("Munich-based Lumen, whose brands include Vantor, Ostara and Kestrel, has been rolling out an assistant.", "en");
        assertTrue(d.contains("org/vantor spinOffOf org/lumen"), d.toString());
        assertTrue(d.contains("org/kestrel spinOffOf org/lumen"), d.toString());
        var units = facts("Besides its cloud business, Lumen holds a stake in Kestrel, and its units include the robotics developer Vantor "
                + "and the education platform Ostara.", "en");
        assertTrue(units.contains("org/vantor spinOffOf org/lumen"), units.toString());
        assertTrue(units.contains("org/ostara spinOffOf org/lumen"), units.toString());
        assertFalse(units.contains("org/vantor spinOffOf org/kestrel"), units.toString());
        // Customers are no units.
        var customers = facts("Lumen, whose customers include Vantor and Ostara, gained 2%.", "en");
        assertFalse(customers.contains("org/vantor spinOffOf org/lumen"), customers.toString());
    }

    @Test
    void aListOfUnitsBeforeThePluralVerb() {
        var d = facts("Der Münchner Softwarekonzern Lumen, zu dem Marken wie Vantor und Ostara gehören, baut Assistenten ein.", "de");
        assertTrue(d.contains("org/vantor spinOffOf org/lumen"), d.toString());
        assertTrue(d.contains("org/ostara spinOffOf org/lumen"), d.toString());
    }
}
