package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seats the blind rounds 115 to 118 showed: German clauses that give a seat ("der in Melbourne seinen Sitz hat", "der aus
 * Bologna stammt", "hat ihren Sitz seit 1795 in Papenburg", "In Kiel, wo X ihren Sitz hat", "die mit Sitz in …"), trades
 * before a city ("the miner and trader from Baar"), and the company an apposition describes, not the one after "of", in a
 * clause or after a clause-final verb. Our own sentences.
 */
class TestSeatsInGermanClausesAndTrades {
    private static final String[] IDS = {"org/vega=Vega", "org/lumen=Lumen", "org/ostara=Ostara"};

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void germanClausesThatGiveASeat() {
        var relative = facts("Der australische Betreiber Vega, der in Melbourne seinen Sitz hat, kassiert ohne Schranken.", "de");
        assertTrue(relative.contains("org/vega headquarteredIn Melbourne"), relative.toString());
        var origin = facts("Ihr Rivale Vega, der aus Bologna stammt, hat ein Modell im Einsatz.", "de");
        assertTrue(origin.contains("org/vega headquarteredIn Bologna"), origin.toString());
        var since = facts("Vega hat ihren Sitz seit 1795 in Papenburg und baut Schiffe.", "de");
        assertTrue(since.contains("org/vega headquarteredIn Papenburg"), since.toString());
        var where = facts("In Kiel, wo die Vega ihren Sitz hat, ist die Stimmung besser.", "de");
        assertTrue(where.contains("org/vega headquarteredIn Kiel"), where.toString());
        var with = facts("Die Firma Vega, die mit Sitz in Bremen das am besten finanzierte Start-up war, hat Insolvenz beantragt.", "de");
        assertTrue(with.contains("org/vega headquarteredIn Bremen"), with.toString());
        // German capitalises the noun after the city: it is no part of the seat's name.
        var noun = facts("Gründerin der Vega, die mit Sitz in München Unternehmen beim Testen berät, ist Ines Kaur.", "de");
        assertTrue(noun.contains("org/vega headquarteredIn München"), noun.toString());
        assertFalse(noun.contains("org/vega headquarteredIn München Unternehmen"), noun.toString());
    }

    @Test
    void aTradeBeforeTheCityAndTheCompanyAnAppositionDescribes() {
        var trade = facts("Vega, the miner and trader from Baar in Switzerland, slipped on Thursday.", "en");
        assertTrue(trade.contains("org/vega headquarteredIn Baar"), trade.toString());
        var owner = facts("Vega, the McLean, Virginia-based owner of Lumen and more than 200 dailies, is trying again.", "en");
        assertTrue(owner.contains("org/vega headquarteredIn McLean"), owner.toString());
        assertFalse(owner.contains("org/lumen headquarteredIn McLean"), owner.toString());
        var clause = facts("The images come from cameras made by Vega, the Oulu-based camera specialist that belongs to Lumen.", "en");
        assertFalse(clause.contains("org/lumen headquarteredIn Oulu"), clause.toString());
        var verb = facts("Dafür hat Ostara eine Minderheitsbeteiligung an Vega erworben, einem Start-up aus Genua.", "de");
        assertTrue(verb.contains("org/vega headquarteredIn Genua"), verb.toString());
        assertFalse(verb.contains("org/ostara headquarteredIn Genua"), verb.toString());
    }
}
