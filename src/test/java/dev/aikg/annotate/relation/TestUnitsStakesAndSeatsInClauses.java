package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Relations the hundred-and-eighth blind round (wind power; auction houses; bakeries, mills and sugar) showed: a German
 * unit led at a company, a unit in a person's relative clause, seats before a trade of several words or after a rival's
 * adjective, a holder glued to its noun, a second relative stake clause, a split-off told in a relative clause. Our own
 * sentences.
 */
class TestUnitsStakesAndSeatsInClauses {
    private static final String[] IDS = {"org/vega=Vega", "org/lumen=Lumen", "org/ostara=Ostara", "org/kestrel=Kestrel Holding",
        "person/ines-kaur=Ines Kaur", "person/tomas-berg=Tomas Berg"};

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void aGermanUnitLedAtACompanyIsARoleInIt() {
        var bei = facts("Ines Kaur, die das Servicegeschäft bei Vega leitet, sagte, die Kunden wollten weniger Stillstand.", "de");
        assertTrue(bei.contains("person/ines-kaur worksFor org/vega"), bei.toString());
        assertFalse(bei.contains("person/ines-kaur ceoOf org/vega"), bei.toString());
        var am = facts("Das sei nicht so einfach, sagt Tomas Berg, der am Lumen die Gruppe für Wetterdaten leitet.", "de");
        assertTrue(am.contains("person/tomas-berg worksFor org/lumen"), am.toString());
        // The company itself, led: its chief.
        var chief = facts("Ines Kaur, die auch Vega leitet, sagte, die Kunden wollten weniger Stillstand.", "de");
        assertTrue(chief.contains("person/ines-kaur ceoOf org/vega"), chief.toString());
    }

    @Test
    void aUnitInAPersonsRelativeClauseIsNoEarlierCompanys() {
        var facts = facts("The firm was founded by Ines Kaur, a former engineer at Lumen, and Tomas Berg, who spent six years "
                + "in the offshore division of Vega.", "en");
        assertFalse(facts.contains("org/lumen spinOffOf org/vega"), facts.toString());
    }

    @Test
    void seatsBeforeATradeOfSeveralWordsOrAfterARivalsAdjective() {
        var office = facts("It was led by Ostara, with Lumen and Aalborg-based family office Kestrel Holding taking part.", "en");
        assertTrue(office.contains("org/kestrel headquarteredIn Aalborg"), office.toString());
        assertFalse(office.contains("org/lumen headquarteredIn Aalborg"), office.toString());
        var unit = facts("Lumen, the Leeds-based research unit of Vega, builds the models.", "en");
        assertFalse(unit.contains("org/vega headquarteredIn Leeds"), unit.toString());
        var rival = facts("Der Karlsruher Konkurrent Ostara prüft die Software.", "de");
        assertTrue(rival.contains("org/ostara headquarteredIn Karlsruhe"), rival.toString());
        var glued = facts("Der Berliner Vega-Konkurrent Lumen hat Geld eingesammelt.", "de");
        assertTrue(glued.contains("org/lumen headquarteredIn Berlin"), glued.toString());
        assertFalse(glued.contains("org/vega headquarteredIn Berlin"), glued.toString());
    }

    @Test
    void aHolderGluedToItsNounAndASecondRelativeStakeClause() {
        var glued = facts("Der Turbinenbauer Vega, dessen größter Aktionär der spanische Lumen-Konzern ist, verkauft mehr Wartung.", "de");
        assertTrue(glued.contains("org/lumen investedIn org/vega"), glued.toString());
        var second = facts("Vega, das mehrheitlich dem Ostara-Konzern gehört und an dem die Staatsbank Lumen 20 Prozent hält, "
                + "geht einen anderen Weg.", "de");
        assertTrue(second.contains("org/lumen investedIn org/vega"), second.toString());
        assertFalse(second.contains("org/lumen investedIn org/ostara"), second.toString());
    }

    @Test
    void aSplitOffToldInARelativeClause() {
        var facts = facts("Lumen, welches im April von Vega abgespalten wurde, hat seine Pläne gekürzt.", "de");
        assertTrue(facts.contains("org/lumen spinOffOf org/vega"), facts.toString());
    }

    @Test
    void leavingToFoundACompanyOrAPronounAfterAColon() {
        var left = facts("Ines Kaur spent four years at Vega before leaving in the spring to start Lumen, a small lab.", "en");
        assertTrue(left.contains("person/ines-kaur founderOf org/lumen"), left.toString());
        assertFalse(left.contains("person/ines-kaur founderOf org/vega"), left.toString());
        var coFound = facts("Tomas Berg left in April to co-found Ostara, which builds evaluation tools.", "en");
        assertTrue(coFound.contains("person/tomas-berg founderOf org/ostara"), coFound.toString());
        var german = facts("Ines Kaur verließ im Frühjahr Vega, um Lumen zu gründen.", "de");
        assertTrue(german.contains("person/ines-kaur founderOf org/lumen"), german.toString());
        var pronoun = facts("Tomas Berg took a longer road: he co-founded Ostara in Graz.", "en");
        assertTrue(pronoun.contains("person/tomas-berg founderOf org/ostara"), pronoun.toString());
        // Leaving to work for a company founds nothing.
        var job = facts("Ines Kaur left Vega in the spring to start working for Lumen.", "en");
        assertFalse(job.contains("person/ines-kaur founderOf org/lumen"), job.toString());
    }

    @Test
    void aFrontedPassiveWithAPlaceOrAPartnerAfterARelativeClause() {
        var place = facts("Gegründet wurde Lumen in San Francisco von Ines Kaur und Tomas Berg.", "de");
        assertTrue(place.contains("person/ines-kaur founderOf org/lumen") && place.contains("person/tomas-berg founderOf org/lumen"),
                place.toString());
        var partner = facts("Gegründet wurde Lumen von Ines Kaur, die zuvor bei Vega gearbeitet hatte, zusammen mit Tomas Berg.", "de");
        assertTrue(partner.contains("person/tomas-berg founderOf org/lumen"), partner.toString());
        var pluperfect = facts("Ines Kaur had previously co-founded Ostara.", "en");
        assertTrue(pluperfect.contains("person/ines-kaur founderOf org/ostara"), pluperfect.toString());
    }
}
