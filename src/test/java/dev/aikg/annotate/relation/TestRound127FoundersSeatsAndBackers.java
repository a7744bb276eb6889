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
 * Relations of the hundred-and-twenty-seventh blind round (bathrooms and plumbing; paints and adhesives; DIY retail),
 * learnt after it was scored: founders of the subject when a university only qualifies its predicate noun ("X ist eine
 * Ausgründung der RWTH Aachen und wurde … von A gegründet"), no seat from a state ("the New Jersey-based cloud provider"),
 * a city adjective of a city ending in "-en" ("Saarbrücker" is Saarbrücken's when the lexicon knows that city), and no
 * backing of a founder's former employer named in the founder's apposition; and from the hundred-and-twenty-eighth round
 * (tyres; vets; dialysis and care homes) "one of Vega's largest investors" after a copula and "Vega's bigger competitors";
 * and from the hundred-and-twenty-ninth (venues; wellness; yachts) "Avigilon, the camera maker it bought in 2018" when the
 * buyer opens the sentence, and an investor's kind before it in a counted list. Our own sentences.
 */
class TestRound127FoundersSeatsAndBackers {
    private static final String[] IDS = {"org/vega=Vega", "org/lumen-university=Lumen University", "org/ostara=Ostara",
        "org/kestrel=Kestrel", "person/ines-kaur=Ines Kaur", "person/tom-ried=Tom Ried"};
    private static final String DE = "Die Branche wächst seit Jahren kräftig. ";
    private static final String EN = "The industry has grown for years. ";

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void foundersOfTheSubjectNotOfTheUniversityQualifyingItsNoun() {
        var de = facts(DE + "Vega ist eine Ausgründung der Lumen University und wurde 2021 von der Chemikerin Ines Kaur und dem Informatiker "
                + "Tom Ried gegründet.", "de");
        assertTrue(de.contains("person/ines-kaur founderOf org/vega") && de.contains("person/tom-ried founderOf org/vega"), de.toString());
        assertFalse(de.contains("person/ines-kaur founderOf org/lumen-university"), de.toString());
        var en = facts(EN + "Vega is a spin-off of Lumen University and was founded in 2021 by Ines Kaur.", "en");
        assertTrue(en.contains("person/ines-kaur founderOf org/vega"), en.toString());
    }

    @Test
    void noSeatFromAStateAndTheCityOfAnAdjectiveEndingInEn() {
        var state = facts(EN + "Training ran on chips rented from Vega, the New Jersey-based cloud provider.", "en");
        assertFalse(state.stream().anyMatch(f -> f.startsWith("org/vega headquarteredIn")), state.toString());
        Lexicon saarbruecken = new Lexicon(List.of(new LexiconEntry("org/dfki", EntityType.ORGANIZATION, "ResearchOrganization", "DFKI",
                List.of("DFKI"), List.of(), null, null, null, Map.of("headquarteredIn", List.of("Saarbrücken")))));
        var adjective = Docs.facts(Docs.run(Docs.of(DE + "Das Werkzeug stammt von dem Saarbrücker Start-up Vega, welches 2022 gegründet wurde.",
                "de", null, IDS), saarbruecken));
        assertTrue(adjective.contains("org/vega headquarteredIn Saarbrücken"), adjective.toString());
    }

    @Test
    void noBackingOfTheFoundersFormerEmployer() {
        var backed = facts(EN + "The start-up was founded in 2022 by Ines Kaur, a former product manager at Ostara, and is also backed by "
                + "Kestrel, a Tokyo venture fund.", "en");
        assertFalse(backed.contains("org/kestrel investedIn org/ostara"), backed.toString());
    }

    @Test
    void round128sOneOfTheLargestInvestorsAndBiggerCompetitors() {
        var oneOf = facts(EN + "Kestrel is also one of Vega's largest investors, having committed several billion dollars to the company.", "en");
        assertTrue(oneOf.contains("org/kestrel investedIn org/vega"), oneOf.toString());
        var bigger = facts(EN + "Vega's bigger competitors, Ostara and Kestrel, both earn higher margins.", "en");
        assertTrue(bigger.contains("org/vega competesWith org/ostara") || bigger.contains("org/ostara competesWith org/vega"), bigger.toString());
    }

    @Test
    void round129sTheOneItBoughtAndAnInvestorsKindInACountedList() {
        var bought = facts(EN + "Vega sells video analytics to stadiums through Ostara, the camera maker it "
                + "bought in 2018.", "en");
        assertTrue(bought.contains("org/ostara spinOffOf org/vega"), bought.toString());
        var described = facts(EN + "The Redditch-based group will install software from Vega in the branches of Ostara, the chain it bought in 2021.", "en");
        assertFalse(described.contains("org/ostara spinOffOf org/vega"), described.toString());
        var counted = facts(EN + "Vega, which counts private equity firm Kestrel among its investors, now wants to bring similar systems to the gates.", "en");
        assertTrue(counted.contains("org/kestrel investedIn org/vega"), counted.toString());
    }
}
