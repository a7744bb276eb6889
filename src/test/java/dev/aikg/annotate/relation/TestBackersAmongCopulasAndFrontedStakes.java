package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Investors the held-out articles named in ways the rules did not read: a list "among Vega's backers", a backer named after
 * a copula ("Vega's largest shareholder is …", "Ein wichtiger Anteilseigner von Vega ist …"), a second word of kind ("largest
 * outside shareholder"), a stake's target put first ("An Vega ist … Lumen beteiligt"), "sich … an Vega zu beteiligen", a
 * stake cut to a share still held, shares "of" a company held by the antecedent of a relative clause, an investing arm after
 * its owner's possessive in a "counts … among its backers" list, cornerstone investors, "had led Vega's previous raise",
 * "with participation from Riga-based X" and "holte … – unter anderem von". Our own sentences.
 */
class TestBackersAmongCopulasAndFrontedStakes {
    private static final String[] IDS = {"org/vega=Vega", "org/lumen=Lumen", "org/ostara=Ostara", "org/kestrel=Kestrel",
        "person/ines-kaur=Ines Kaur"};
    private static final String DE = "Die Branche wächst seit Jahren kräftig. ";
    private static final String EN = "The industry has grown for years. ";

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void aListAmongThePossessorsBackersAndASecondWordOfKind() {
        var among = facts(EN + "Lumen and Ostara are among Vega's backers.", "en");
        assertTrue(among.contains("org/lumen investedIn org/vega") && among.contains("org/ostara investedIn org/vega"), among.toString());
        var outside = facts(EN + "Lumen, Vega's largest outside shareholder, remains a key technology partner.", "en");
        assertTrue(outside.contains("org/lumen investedIn org/vega"), outside.toString());
        var cornerstone = facts(EN + "Vega raised about $300 million, with Lumen and the Shenzhen-based Ostara among the cornerstone investors.", "en");
        assertTrue(cornerstone.contains("org/lumen investedIn org/vega") && cornerstone.contains("org/ostara investedIn org/vega"),
                cornerstone.toString());
    }

    @Test
    void aBackerNamedAfterTheCopula() {
        var en = facts(EN + "Vega's largest shareholder is the Swedish investment firm Lumen.", "en");
        assertTrue(en.contains("org/lumen investedIn org/vega"), en.toString());
        var de = facts(DE + "Ein wichtiger Partner und Anteilseigner von Vega ist der südkoreanische Konzern Lumen.", "de");
        assertTrue(de.contains("org/lumen investedIn org/vega"), de.toString());
        var denied = facts(EN + "Vega's largest shareholder is not Lumen but a family trust.", "en");
        assertFalse(denied.contains("org/lumen investedIn org/vega"), denied.toString());
        var verb = facts(EN + "Vega's biggest investor is buying Lumen.", "en");
        assertFalse(verb.contains("org/lumen investedIn org/vega"), verb.toString());
    }

    @Test
    void germanStakesPutFirstOrInTheInfinitive() {
        var fronted = facts(DE + "An Vega ist seit dem Frühjahr auch Lumen beteiligt.", "de");
        assertTrue(fronted.contains("org/lumen investedIn org/vega"), fronted.toString());
        var zu = facts(DE + "Parallel dazu gab Lumen bekannt, sich mit einem kleinen Millionenbetrag an Vega zu beteiligen.", "de");
        assertTrue(zu.contains("org/lumen investedIn org/vega"), zu.toString());
    }

    @Test
    void aStakeCutToAShareStillHeldButNotOneSold() {
        var cut = facts(EN + "Lumen, a London hedge fund, had cut its stake in Vega to 2.9 percent in the first quarter.", "en");
        assertTrue(cut.contains("org/lumen investedIn org/vega"), cut.toString());
        var sold = facts(EN + "Lumen sold its stake in Vega to Ostara last year.", "en");
        assertFalse(sold.contains("org/lumen investedIn org/vega"), sold.toString());
    }

    @Test
    void sharesHeldByTheRelativeClausesAntecedent() {
        var held = facts(EN + "\"Ostara moves faster,\" said Ines Kaur, a portfolio manager at Lumen, which owns shares of both Vega and Ostara.", "en");
        assertTrue(held.contains("org/lumen investedIn org/vega") && held.contains("org/lumen investedIn org/ostara"), held.toString());
        assertFalse(held.contains("org/ostara investedIn org/vega"), held.toString());
    }

    @Test
    void anArmAfterItsOwnersPossessiveAmongTheBackers() {
        var arm = facts(EN + "London-based Vega builds voice agents and counts Lumen's venture arm Ostara among its backers.", "en");
        assertTrue(arm.contains("org/ostara investedIn org/vega"), arm.toString());
    }

    @Test
    void leadsOfAPreviousRaiseAndParticipantsPlacedOrHedged() {
        var led = facts(EN + "Lumen had led Vega's previous raise in July 2024.", "en");
        assertTrue(led.contains("org/lumen investedIn org/vega"), led.toString());
        var placed = facts(EN + "Vega raised €6 million in a round led by Lumen with participation from Riga-based Ostara.", "en");
        assertTrue(placed.contains("org/ostara investedIn org/vega"), placed.toString());
        var hedged = facts(DE + "Vega holte im Dezember 155 Millionen Dollar – unter anderem von Lumen, Ostara und Kestrel.", "de");
        assertTrue(hedged.contains("org/lumen investedIn org/vega") && hedged.contains("org/kestrel investedIn org/vega"), hedged.toString());
    }
}
