package dev.aikg.annotate.relation;

import dev.aikg.lexicon.Lexicon;
import dev.aikg.lexicon.LexiconEntry;
import dev.aikg.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Relations of the hundred-and-thirty-third blind round (smart meters; public transport operators; ropeways and ski
 * resorts), learnt after it was scored: a subsidiary's seat after its parent's name when the lexicon places the parent
 * elsewhere ("Vega, eine Tochter des Konzerns Halde mit Sitz in Jerusalem"), no investment by a speaker who reports that
 * "der Fonds" invested, and no chief of the one known company when the title follows "whose" in the apposition of a name
 * the finders do not know; and from round 134 (testing and certification; motorhomes; fasteners) no seat from the
 * adjective of a part of a country ("des Ostschweizer Befestigungsspezialisten"). Our own sentences.
 */
class TestRound133SeatsSpeakersAndWhose {
    private static final String[] IDS = {"org/vega=Vega", "org/halde=Halde", "org/ostara=Ostara", "person/ines-kaur=Ines Kaur"};
    private static final String DE = "Die Branche wächst seit Jahren kräftig. ";
    private static final String EN = "The industry has grown for years. ";

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void aSubsidiarysSeatWhenTheParentSitsElsewhere() {
        Lexicon lexicon = new Lexicon(List.of(new LexiconEntry("org/halde", EntityType.ORGANIZATION, "Company", "Halde",
                List.of("Halde"), List.of(), null, null, null, Map.of("headquarteredIn", List.of("Santa Clara")))));
        var unit = Docs.facts(Docs.run(Docs.of(DE + "Vega, eine börsennotierte Tochter des US-Chipkonzerns Halde mit Sitz in Jerusalem, "
                + "liefert Kameras.", "de", null, IDS), lexicon));
        assertTrue(unit.contains("org/vega headquarteredIn Jerusalem"), unit.toString());
        assertFalse(unit.contains("org/halde headquarteredIn Jerusalem"), unit.toString());
    }

    @Test
    void noInvestmentByTheSpeaker() {
        var speaker = facts(DE + "Fondspartnerin Ines Kaur sagte, dass der Fonds in Vega investiert hat, weil das Problem groß ist.", "de");
        assertFalse(speaker.contains("person/ines-kaur investedIn org/vega"), speaker.toString());
    }

    @Test
    void noChiefOfTheKnownCompanyBeforeAnUnknownNamesWhose() {
        var whose = facts(EN + "Vega competes head-on with Bidwell, the Los Altos company whose founder and chief executive Ines Kaur "
                + "has spent a decade selling software.", "en");
        assertFalse(whose.contains("person/ines-kaur ceoOf org/vega"), whose.toString());
        var own = facts(EN + "Vega, which runs salons inside its stores and whose chief executive Ines Kaur has praised the tool, rose.", "en");
        assertTrue(own.contains("person/ines-kaur ceoOf org/vega"), own.toString());
    }

    @Test
    void noSeatFromAPartOfACountry() {
        var region = facts(DE + "Die Papiere des Ostschweizer Befestigungsspezialisten Vega, der von Ines Kaur geführt wird, legten zu.", "de");
        assertFalse(region.stream().anyMatch(f -> f.startsWith("org/vega headquarteredIn")), region.toString());
        var city = facts(DE + "Die Papiere des Zürcher Befestigungsspezialisten Vega legten zu.", "de");
        assertTrue(city.contains("org/vega headquarteredIn Zürich"), city.toString());
    }
}
