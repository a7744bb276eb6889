package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Relations the hundred-and-fourteenth blind round (footwear and leather; schools and education; beer and breweries)
 * showed: a buyer's relative clause before its takeover noun, a seat's state inside an apposition, founders after a
 * seat and a year or in a translation's word order, an apposition of the founders, years spent, a German "came from", a
 * contest between two, a holding company leading a round, a model a company fine-tuned, a German subsidiary's long noun,
 * an institution of a parent, a possessor that only describes the company founded. Our own sentences.
 */
class TestTakeoversFoundersAndContests {
    private static final String[] IDS = {"org/vega=Vega", "org/lumen=Lumen", "org/ostara=Ostara", "org/kestrel=Kestrel Capital",
        "model/brewmind=Hopfenmind", "person/ines-kaur=Ines Kaur", "person/tomas-berg=Tomas Berg"};

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void aBuyersRelativeClauseAndASeatsStateInAnApposition() {
        var relative = facts("In Britain, Vega, which completed its $1.1 billion takeover of the US chain Lumen last July, runs a pilot.", "en");
        assertTrue(relative.contains("org/lumen spinOffOf org/vega"), relative.toString());
        var state = facts("The incumbent is Lumen, the Scottsdale, Arizona-based software group that Vega bought in 2021.", "en");
        assertTrue(state.contains("org/lumen spinOffOf org/vega"), state.toString());
    }

    @Test
    void foundersAfterASeatAndAYearOrInATranslationsWordOrder() {
        var year = facts("Das Start-up Vega aus Zürich, gegründet im Jahr 2023 von dem ehemaligen ETH-Doktoranden Tomas Berg und der "
                + "Bildungsforscherin Ines Kaur, hat ein Modell entwickelt.", "de");
        assertTrue(year.contains("person/tomas-berg founderOf org/vega") && year.contains("person/ines-kaur founderOf org/vega"),
                year.toString());
        var translated = facts("Einer der Lieferanten ist Vega, ein Start-up aus Shenzhen, welches gegründet wurde von Tomas Berg.", "de");
        assertTrue(translated.contains("person/tomas-berg founderOf org/vega"), translated.toString());
        var appositionOfFounders = facts("Vega, die Wiener Plattform der Gründer Tomas Berg und Ines Kaur, hatte Geld eingesammelt.", "de");
        assertTrue(appositionOfFounders.contains("person/tomas-berg founderOf org/vega")
                && appositionOfFounders.contains("person/ines-kaur founderOf org/vega"), appositionOfFounders.toString());
        // The possessor only describes the company founded.
        var possessor = facts("Lumen, Vega's closest rival among the start-ups, was founded in 2023 by chief executive Tomas Berg.", "en");
        assertFalse(possessor.contains("person/tomas-berg founderOf org/vega"), possessor.toString());
    }

    @Test
    void yearsSpentAndAGermanCameFrom() {
        var spent = facts("The effort is led by Ines Kaur, who previously spent the better part of a decade in senior roles at Vega.", "en");
        assertTrue(spent.contains("person/ines-kaur worksFor org/vega"), spent.toString());
        var came = facts("Der neue Lumen-Chef Tomas Berg, der im Januar von Vega kam, hat das Unternehmen umgebaut.", "de");
        assertTrue(came.contains("person/tomas-berg worksFor org/vega"), came.toString());
    }

    @Test
    void aContestBetweenTwoAndAHoldingCompanyLeadingARound() {
        var contest = facts("Für Hochschulen könnte der Wettbewerb zwischen Vega und Lumen die Preise drücken.", "de");
        assertTrue(contest.contains("org/vega competesWith org/lumen") || contest.contains("org/lumen competesWith org/vega"),
                contest.toString());
        var rivalry = facts("The rivalry between Vega and Lumen has pushed prices down.", "en");
        assertTrue(rivalry.contains("org/vega competesWith org/lumen") || rivalry.contains("org/lumen competesWith org/vega"),
                rivalry.toString());
        var holding = facts("Vega hat eine Finanzierungsrunde über 22 Millionen Franken abgeschlossen, angeführt von der Zuger "
                + "Beteiligungsgesellschaft Kestrel Capital.", "de");
        assertTrue(holding.contains("org/kestrel investedIn org/vega"), holding.toString());
    }

    @Test
    void aFineTunedModelAGermanSubsidiaryAndAnInstitution() {
        var tuned = facts("The readings feed Hopfenmind, an in-house forecasting model that Vega fine-tuned from an open model.", "en");
        assertTrue(tuned.contains("model/brewmind developedBy org/vega"), tuned.toString());
        var subsidiary = facts("Vegas Tochtergesellschaft Lumen soll die Technik als erste einführen.", "de");
        assertTrue(subsidiary.contains("org/lumen spinOffOf org/vega"), subsidiary.toString());
        var institution = facts("Begleitet wird der Versuch von Lumen, einer Einrichtung der Vega.", "de");
        assertTrue(institution.contains("org/lumen spinOffOf org/vega"), institution.toString());
    }

    @Test
    void aPairCompetingInALongGermanClauseAndABuyerDescribedByThreeWords() {
        // Round 119: "UPM und Stora Enso, die seit Jahrzehnten um Kunden in der Papier- und Zellstoffindustrie konkurrieren".
        var pair = facts("Vega und Lumen, die seit mehr als einem Jahrhundert in der Region Nürnberg um die Gunst von Schülern "
                + "konkurrieren, spüren das weniger.", "de");
        assertTrue(pair.contains("org/vega competesWith org/lumen") || pair.contains("org/lumen competesWith org/vega"), pair.toString());
        var buyer = facts("Lumen's oldest rival is Vega, which the private-equity firm Ostara bought in 2017.", "en");
        assertTrue(buyer.contains("org/vega spinOffOf org/ostara"), buyer.toString());
    }
}
