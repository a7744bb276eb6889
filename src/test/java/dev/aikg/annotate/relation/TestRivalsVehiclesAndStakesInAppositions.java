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
}
