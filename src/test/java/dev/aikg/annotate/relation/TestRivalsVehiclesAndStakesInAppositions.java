package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Relations the hundred-and-eleventh blind round (water; laundry and cleaning; steel and metals) showed: a described rival
 * "im Wettbewerb mit", an investment vehicle, a German field after a title, a relative seat's antecedent, an investor's long
 * apposition, a denied stake, the house a company came out of. Our own sentences.
 */
class TestRivalsVehiclesAndStakesInAppositions {
    private static final String[] IDS = {"org/vega=Vega", "org/lumen=Lumen", "org/ostara=Ostara", "org/kestrel=Kestrel Capital",
        "org/unlisted-uni=Northbridge University", "person/ines-kaur=Ines Kaur", "person/tomas-berg=Tomas Berg"};

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void aDescribedRivalInCompetitionButNoWorkplaceAsSubject() {
        var described = facts("Vega steht im Wettbewerb mit dem kanadischen Hersteller Lumen und mit Ostara aus San Diego.", "de");
        assertTrue(described.contains("org/vega competesWith org/lumen") && described.contains("org/vega competesWith org/ostara"),
                described.toString());
        var workplace = facts("Gründer Tomas Berg, früher Berater bei Vega, sieht sein Unternehmen im Wettbewerb mit dem Londoner Anbieter Lumen.", "de");
        assertFalse(workplace.contains("org/vega competesWith org/lumen"), workplace.toString());
    }

    @Test
    void anInvestmentVehicleAndAFieldAfterAGermanTitle() {
        var vehicle = facts("Die Runde wurde angeführt von Lumen, dem Investmentvehikel der japanischen Vega.", "de");
        assertTrue(vehicle.contains("org/lumen spinOffOf org/vega"), vehicle.toString());
        var field = facts("„Das rechnet sich“, sagt Ines Kaur, Bereichsleiterin Innovation bei Vega.", "de");
        assertTrue(field.contains("person/ines-kaur worksFor org/vega"), field.toString());
    }

    @Test
    void aRelativeSeatNeedsItsAntecedentBeforeTheComma() {
        var unnamed = facts("Gemeinsam mit Lumen betreibt Vega das Gemeinschaftsunternehmen Elysium, das in Montreal sitzt.", "de");
        assertFalse(unnamed.contains("org/lumen headquarteredIn Montreal") || unnamed.contains("org/vega headquarteredIn Montreal"),
                unnamed.toString());
        var named = facts("Die Firma arbeitet mit Ostara, das in Bremen sitzt.", "de");
        assertTrue(named.contains("org/ostara headquarteredIn Bremen"), named.toString());
    }

    @Test
    void anInvestorsLongAppositionAndADeniedStake() {
        var apposition = facts("Kestrel Capital, the holding company of the Czech billionaire Tomas Berg, bought a 20% stake in Vega this year.", "en");
        assertTrue(apposition.contains("org/kestrel investedIn org/vega"), apposition.toString());
        assertFalse(apposition.contains("person/tomas-berg investedIn org/vega"), apposition.toString());
        var denied = facts("Ines Kaur, a partner at Tokyo-based venture firm Kestrel Capital, which invests in AI start-ups but holds no "
                + "stake in Vega, praised the company.", "en");
        assertFalse(denied.contains("org/kestrel investedIn org/vega") || denied.contains("person/ines-kaur investedIn org/vega"),
                denied.toString());
    }

    @Test
    void theHouseACompanyCameOutOfIsNotTheCompany() {
        var facts = facts("Corvex was spun out of Northbridge University in 2021 by Ines Kaur, who runs the company as chief executive.", "en");
        assertFalse(facts.contains("person/ines-kaur ceoOf org/unlisted-uni"), facts.toString());
    }

    @Test
    void aHousesDirectorsWhoseTitleFollowsAnotherCompanyAndAFoundingClauseAfterASeat() {
        var intendant = facts("Die Oper Vega, deren Intendant Tomas Berg als Verfechter redigierter Übertitel gilt, bleibt dabei.", "de");
        assertTrue(intendant.contains("person/tomas-berg worksFor org/vega"), intendant.toString());
        assertFalse(intendant.contains("person/tomas-berg ceoOf org/vega"), intendant.toString());
        var directors = facts("Pilot customers include Lumen, whose co-artistic directors are Ines Kaur and Tomas Berg.", "en");
        assertTrue(directors.contains("person/ines-kaur worksFor org/lumen"), directors.toString());
        var challenger = facts("Vega, the New York-based challenger to Lumen whose chief executive Ines Kaur co-founded the company, grew.", "en");
        assertFalse(challenger.contains("person/ines-kaur ceoOf org/lumen"), challenger.toString());
        var seat = facts("Hinter dem System steht Ostara, ein Start-up mit Sitz in Berlin, das die frühere Dramaturgin Ines Kaur 2022 "
                + "gemeinsam mit dem Informatiker Tomas Berg gegründet hat.", "de");
        assertTrue(seat.contains("person/ines-kaur founderOf org/ostara"), seat.toString());
        var inTurn = facts("Lumen is a unit of Ostara, which in turn belongs to Vega.", "en");
        assertTrue(inTurn.contains("org/ostara spinOffOf org/vega"), inTurn.toString());
    }
}
