package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Relations of the hundred-and-thirtieth blind round (self-storage and removals; pawnbrokers and debt collectors; contract
 * catering), learnt after it was scored: no seat for a company named before an indefinite "ein junges Unternehmen aus
 * Leipzig", no rival named after a quote closes ("'… ahead of everybody else,' said A, an analyst at Stephens"), a joint
 * venture's partners the preposition lists ("is a joint venture of A, B and C"), "led by chair and chief executive", the
 * state after the city before "geführt von", a founding and then "und heute geführt von", the fronted German founding with
 * "in 2022" and a second "und von", "who is now Vega's chief executive", "der als Chief Executive Officer das Unternehmen
 * führt", "mit A und B im Wettbewerb steht", "Über Vega sagte A …", and a buyer outside the relative clause that names
 * others. Our own sentences.
 */
class TestRound130ChiefsVenturesAndClauses {
    private static final String[] IDS = {"org/vega=Vega", "org/ostara=Ostara", "org/kestrel=Kestrel", "org/lumen=Lumen",
        "org/halde-bank=Halde Bank", "person/ines-kaur=Ines Kaur", "person/tom-ried=Tom Ried"};
    private static final String DE = "Die Branche wächst seit Jahren kräftig. ";
    private static final String EN = "The industry has grown for years. ";

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void noSeatForACompanyBeforeAnIndefiniteNewcomer() {
        var newcomer = facts(DE + "Nun berechnet der Autovermieter Vega die Preise per Software, und ein junges Unternehmen aus Leipzig "
                + "will Umzugsfirmen die Planung abnehmen.", "de");
        assertFalse(newcomer.contains("org/vega headquarteredIn Leipzig"), newcomer.toString());
        var copula = facts(DE + "Vega ist ein kleines Unternehmen aus Leipzig.", "de");
        assertTrue(copula.contains("org/vega headquarteredIn Leipzig"), copula.toString());
        var apposition = facts(DE + "Ostara hat eine Partnerschaft mit Vega geschlossen, einem Unternehmen aus Leipzig.", "de");
        assertTrue(apposition.contains("org/vega headquarteredIn Leipzig"), apposition.toString());
    }

    @Test
    void noRivalNamedAfterTheQuoteCloses() {
        var quote = facts(EN + "\"Vega is years ahead of everybody else on data,\" said Ines Kaur, an analyst at Halde Bank.", "en");
        assertFalse(Docs.rivals(quote, "org/vega", "org/halde-bank"), quote.toString());
        var plain = facts(EN + "Vega is years ahead of Ostara on data.", "en");
        assertTrue(Docs.rivals(plain, "org/vega", "org/ostara"), plain.toString());
    }

    @Test
    void theJointVenturesListedPartners() {
        var listed = facts(EN + "Lumen, based in Reading, Pennsylvania, is a joint venture of Vega, Ostara and Japan's Kestrel.", "en");
        for (String p : List.of("org/vega", "org/ostara", "org/kestrel")) assertTrue(listed.contains(p + " investedIn org/lumen"), listed.toString());
        var other = facts(EN + "Lumen, the joint venture of Vega and Ostara, is fighting Kestrel for the same customers.", "en");
        assertTrue(other.contains("org/vega investedIn org/lumen") && other.contains("org/ostara investedIn org/lumen"), other.toString());
        assertFalse(other.contains("org/kestrel investedIn org/lumen"), other.toString());
    }

    @Test
    void chiefsLedByChairAndChiefExecutiveAfterAStateAndAfterTheFounding() {
        var chair = facts(EN + "Vega, led by chair and chief executive Ines Kaur, has rolled out the programme.", "en");
        assertTrue(chair.contains("person/ines-kaur ceoOf org/vega"), chair.toString());
        var chairOnly = facts(EN + "Vega, led by chairman Ines Kaur, has rolled out the programme.", "en");
        assertFalse(chairOnly.contains("person/ines-kaur ceoOf org/vega"), chairOnly.toString());
        var state = facts(DE + "Vega aus Bozeman, Montana, geführt von Ines Kaur, hält dagegen.", "de");
        assertTrue(state.contains("person/ines-kaur ceoOf org/vega"), state.toString());
        var founded = facts(DE + "Auch Vega, gegründet von Tom Ried, dem früheren Informatikchef von Ostara, und heute geführt von "
                + "Ines Kaur, verkauft Software.", "de");
        assertTrue(founded.contains("person/ines-kaur ceoOf org/vega") && founded.contains("person/tom-ried founderOf org/vega"),
                founded.toString());
    }

    @Test
    void foundersAndChiefsInClauses() {
        var fronted = facts(DE + "Gegründet wurde Vega in 2022 von Ines Kaur, der als Chief Executive Officer das Unternehmen führt, "
                + "und von Tom Ried, der Technikchef ist.", "de");
        assertTrue(fronted.contains("person/ines-kaur founderOf org/vega") && fronted.contains("person/tom-ried founderOf org/vega"),
                fronted.toString());
        assertTrue(fronted.contains("person/ines-kaur ceoOf org/vega"), fronted.toString());
        var possessive = facts(EN + "Vega was founded in 2022 by Ines Kaur, who previously ran planning at Ostara and is now Vega's chief "
                + "executive.", "en");
        assertTrue(possessive.contains("person/ines-kaur ceoOf org/vega"), possessive.toString());
    }

    @Test
    void competitionAfterTheRivalsTopicFirstAndABuyerOutsideARelativeClause() {
        var after = facts(DE + "Lumen aus Richmond, welche ebenfalls mit Vega und Ostara im Wettbewerb steht, hat 2024 den Großhändler "
                + "Kestrel übernommen.", "de");
        assertTrue(Docs.rivals(after, "org/lumen", "org/vega") && Docs.rivals(after, "org/lumen", "org/ostara"), after.toString());
        assertTrue(after.contains("org/kestrel spinOffOf org/lumen"), after.toString());
        assertFalse(after.contains("org/kestrel spinOffOf org/ostara"), after.toString());
        var topic = facts(DE + "Über Vega sagte Ines Kaur von der Halde Bank, dass das Unternehmen aufgeholt habe.", "de");
        assertTrue(topic.contains("person/ines-kaur commentedOn org/vega"), topic.toString());
    }
}
