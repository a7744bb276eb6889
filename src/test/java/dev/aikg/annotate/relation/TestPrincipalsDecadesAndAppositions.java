package dev.aikg.annotate.relation;

import dev.aikg.annotate.Extract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the ninety-fourth blind round (motorsport, boats, staffing) showed: a team principal works for the team, a former
 * post held "fast zwei Jahrzehnte", "Gegründet wurde X einst von Y", a rival's noun and town after "tritt … gegen",
 * "ein CV3-Chip des kalifornischen Halbleiterherstellers Y", "X, part of Y,", a unit's seat and "seit dem vergangenen
 * Jahr" around "gehört zum", a Korean given name after "CEO", and Welsh, Estonian and Finnish given names. Our own sentences.
 */
class TestPrincipalsDecadesAndAppositions {
    private static final String[] IDS = {"org/lumen=Lumen", "org/vantor=Vantor", "org/ostara=Ostara",
        "person/mara-lind=Mara Lind", "chip/cv3=CV3"};

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void aTeamPrincipalWorksForTheTeam() {
        var d = facts("Lumen team principal Mara Lind has called the partnership the most important deal the team has.", "en");
        assertTrue(d.contains("person/mara-lind worksFor org/lumen"), d.toString());
    }

    @Test
    void aFormerPostHeldForDecades() {
        var d = facts("Teamchef ist seit diesem Jahr Mara Lind, die zuvor fast zwei Jahrzehnte bei Lumen gearbeitet hatte.", "de");
        assertTrue(d.contains("person/mara-lind worksFor org/lumen"), d.toString());
        var one = facts("Chefin ist Mara Lind, die zuvor ein Jahrzehnt bei Lumen gearbeitet hatte.", "de");
        assertTrue(one.contains("person/mara-lind worksFor org/lumen"), one.toString());
    }

    @Test
    void aFrontedFoundingWithAnAdverbOfTime() {
        var d = facts("Gegründet wurde Lumen einst von Mara Lind, die mit der Familie des Autobauers nicht verwandt ist.", "de");
        assertTrue(d.contains("person/mara-lind founderOf org/lumen"), d.toString());
    }

    @Test
    void aRivalsNounAndTownAfterTheSeparableVerb() {
        var d = facts("Mit dem Angebot tritt die Lumen direkt gegen den Londoner Konkurrenten Vantor an, der ebenfalls Geld einsammelte.", "de");
        assertTrue(d.contains("org/lumen competesWith org/vantor"), d.toString());
        // A subject that names no one ("das Start-up") leaves the rival without a partner in this sentence.
        var anaphor = facts("Mit der Chipfamilie Ostara tritt das Start-up nun deutlich offener gegen Vantor aus Tel Aviv an.", "de");
        assertFalse(anaphor.contains("org/ostara competesWith org/vantor"), anaphor.toString());
    }

    @Test
    void aChipOfADescribedMaker() {
        var d = facts("An Bord rechnet ein CV3-Chip des kalifornischen Halbleiterherstellers Lumen.", "de");
        assertTrue(d.contains("chip/cv3 manufacturedBy org/lumen"), d.toString());
    }

    @Test
    void aBarePartOfApposition() {
        var d = facts("The move pits the group against Ostara, which is owned by Vantor, part of Lumen, the US conglomerate.", "en");
        assertTrue(d.contains("org/vantor spinOffOf org/lumen"), d.toString());
        // "part of a deal": the apposition goes on after the name; no parent.
        var deal = facts("Ostara, part of Lumen's new alliance with Vantor, fell 2%.", "en");
        assertFalse(deal.contains("org/ostara spinOffOf org/lumen"), deal.toString());
    }

    @Test
    void aUnitsSeatAndATimeAroundBelonging() {
        var d = facts("Der Elektromotorenhersteller Vantor aus Gilching bei München gehört seit dem vergangenen Jahr zum japanischen "
                + "Lumen-Konzern.", "de");
        assertTrue(d.contains("org/vantor spinOffOf org/lumen"), d.toString());
    }

    @Test
    void aKoreanGivenNameAfterATitle() {
        List<String> found = Extract.entities("Avikus CEO Lim Do-hyeong said last year that leisure boating would be the next market.", "en");
        assertTrue(found.contains("Person:Lim Do-hyeong"), found.toString());
    }

    @Test
    void welshEstonianAndFinnishGivenNames() {
        List<String> found = Extract.entities("Elfyn Evans won the rally, and Ott Tänak crashed on Saturday.", "en");
        assertTrue(found.contains("Person:Elfyn Evans"), found.toString());
        assertTrue(found.contains("Person:Ott Tänak"), found.toString());
        List<String> de = Extract.entities("Gegründet wurde die Firma von Noora Heikkilä, die zuvor bei Nokia forschte.", "de");
        assertTrue(de.contains("Person:Noora Heikkilä"), de.toString());
    }

    @Test
    void anInvestorsActiveVerbBeforeTheTarget() {
        var d = facts("Lumen has also backed Vantor, leaving the firm on both sides of the dispute.", "en");
        assertTrue(d.contains("org/lumen investedIn org/vantor"), d.toString());
        var described = facts("Lumen backed the payroll start-up Vantor in 2021.", "en");
        assertTrue(described.contains("org/lumen investedIn org/vantor"), described.toString());
        // The passive names the investor after the verb.
        var passive = facts("Lumen, backed by Vantor, fell 2%.", "en");
        assertFalse(passive.contains("org/lumen investedIn org/vantor"), passive.toString());
    }

    @Test
    void aTitleOfADepartmentAtTheHouse() {
        var d = facts("Mara Lind was previously vice president of engineering at Lumen.", "en");
        assertTrue(d.contains("person/mara-lind worksFor org/lumen"), d.toString());
    }

    @Test
    void anAgreedTakeoverInAnObjectRelative() {
        var d = facts("Its chief is absorbing Vantor, which Lumen agreed in January to buy for about $4.1 billion.", "en");
        assertTrue(d.contains("org/vantor spinOffOf org/lumen"), d.toString());
    }

    @Test
    void rivalsWithAnAdverbBeforeTheVerbButNotTheirSource() {
        var d = facts("Lumen, Vantor and Ostara now compete head to head for the same pool of experts.", "en");
        assertTrue(d.contains("org/lumen competesWith org/vantor"), d.toString());
        assertTrue(d.contains("org/vantor competesWith org/ostara"), d.toString());
        var source = facts("According to Lumen, Vantor and Ostara now compete for second place behind Hisense.", "en");
        assertTrue(source.contains("org/vantor competesWith org/ostara"), source.toString());
        assertFalse(source.contains("org/lumen competesWith org/vantor"), source.toString());
    }

    @Test
    void aPossessiveTitleWithTheYearItBegan() {
        var d = facts("Mara Lind, Lumen's CEO since 2021, is expected to stay on through the closing.", "en");
        assertTrue(d.contains("person/mara-lind ceoOf org/lumen"), d.toString());
    }

    @Test
    void goingUpAgainstARival() {
        var d = facts("On the design side, Lumen goes up against Vantor, whose chief has built a following.", "en");
        assertTrue(d.contains("org/lumen competesWith org/vantor"), d.toString());
    }
}
