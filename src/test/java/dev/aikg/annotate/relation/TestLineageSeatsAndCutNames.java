package dev.aikg.annotate.relation;

import dev.aikg.annotate.Extract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the ninety-ninth blind round (cinemas, ticketing and museums; books, audiobooks and libraries; laundry, florists
 * and car rental) showed about relations. Our own sentences.
 */
class TestLineageSeatsAndCutNames {
    private static final String[] IDS = {"org/vega=Vega", "chip/v100=V100", "model/lyra=Lyra-2", "model/nimbus=Nimbus 3.1",
        "org/lumen=Lumen", "person/ines-kaur=Ines Kaur",
        "org/hollis=Hollis Motors", "org/ostara=Ostara"};

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void whatAModelWasBuiltFromOrTrainedOnIsToldNotJudged() {
        var en = facts("Ines Kaur said the assistant Lyra-2 is built on Nimbus 3.1 and was trained on Vega V100 chips.", "en");
        assertFalse(en.contains("person/ines-kaur commentedOn model/nimbus"), en.toString());
        assertFalse(en.contains("person/ines-kaur commentedOn org/vega"), en.toString());
        var de = facts("Ines Kaur sagte, Lyra-2 basiere auf Nimbus 3.1 und sei auf V100-Chips von Vega trainiert worden.", "de");
        assertFalse(de.contains("person/ines-kaur commentedOn model/nimbus"), de.toString());
        assertFalse(de.contains("person/ines-kaur commentedOn org/vega"), de.toString());
    }

    @Test
    void aNameEndingInSTakesTheApostropheAloneAsItsPossessive() {
        var d = facts("Mara Lind later ran operations at Hollis Motors' robotaxi unit Ostara.", "en");
        assertTrue(d.contains("org/ostara spinOffOf org/hollis"), d.toString());
    }

    @Test
    void theBrandImprintOrServiceOfACompanyInAnAppositionIsItsUnit() {
        var brand = facts("Drivers now book Ostara, the mobility brand of carmaker Hollis Motors, through an app.", "en");
        assertTrue(brand.contains("org/ostara spinOffOf org/hollis"), brand.toString());
        var imprint = facts("Lumen, the academic imprint of London-listed Vega, sold access to its books.", "en");
        assertTrue(imprint.contains("org/lumen spinOffOf org/vega"), imprint.toString());
        var dienst = facts("Lumen, der Streamingdienst des schwedischen Medienhauses Vega, startet eine Reihe.", "de");
        assertTrue(dienst.contains("org/lumen spinOffOf org/vega"), dienst.toString());
        // "the brand of" after no company is no unit.
        var none = facts("Ines Kaur prefers the brand of Vega chips to the one Lumen sells.", "en");
        assertFalse(none.contains("org/lumen spinOffOf org/vega"), none.toString());
    }

    @Test
    void aCapitalisedGermanTitleAfterGefuehrtVon() {
        var d = facts("Lumen, geführt von Mitgründerin Ines Kaur, bereitet einen Börsengang vor.", "de");
        assertTrue(d.contains("person/ines-kaur ceoOf org/lumen"), d.toString());
        assertTrue(d.contains("person/ines-kaur founderOf org/lumen"), d.toString());
    }

    @Test
    void aPossessiveTitleOverAField() {
        var d = facts("Ines Kaur, Lumen's head of product, apologised publicly.", "en");
        assertTrue(d.contains("person/ines-kaur worksFor org/lumen"), d.toString());
        var s = facts("Ines Kaur, Hollis Motors' head of research, apologised publicly.", "en");
        assertTrue(s.contains("person/ines-kaur worksFor org/hollis"), s.toString());
        // A chief over a field runs no company.
        var chief = facts("Ines Kaur, Lumen's CEO of Applications, announced the deal.", "en");
        assertFalse(chief.contains("person/ines-kaur ceoOf org/lumen"), chief.toString());
    }

    @Test
    void twoWordsMayDescribeTheBuyerOfAnObjectRelative() {
        var d = facts("Lumen, which private-equity firm Vega bought in October last year, declined to comment.", "en");
        assertTrue(d.contains("org/lumen spinOffOf org/vega"), d.toString());
    }

    @Test
    void underItsChiefExecutiveTheCompanyOfTheClause() {
        var d = facts("Under chief executive Ines Kaur, Lumen has put online sales at the centre of its strategy.", "en");
        assertTrue(d.contains("person/ines-kaur ceoOf org/lumen"), d.toString());
        // A chief of something else is no chief of the company after the comma.
        var other = facts("Under chief executive officer Ines Kaur of Vega, Lumen grew.", "en");
        assertFalse(other.contains("person/ines-kaur ceoOf org/lumen"), other.toString());
    }

    @Test
    void backedByBothOfAList() {
        var d = facts("Lumen, which is run by Ines Kaur, is backed by both Vega and Ostara.", "en");
        assertTrue(d.contains("org/vega investedIn org/lumen"), d.toString());
        assertTrue(d.contains("org/ostara investedIn org/lumen"), d.toString());
    }

    @Test
    void aSpeakersMoodAndAColonOpenTheQuote() {
        var en = facts("Ines Kaur of Vega was more sceptical: \"Lumen and Ostara can afford to experiment for a decade.\"", "en");
        assertTrue(en.contains("person/ines-kaur commentedOn org/lumen"), en.toString());
        assertTrue(en.contains("person/ines-kaur commentedOn org/ostara"), en.toString());
        var de = facts("Zurückhaltender ist Ines Kaur von der Bank Vega: „Bei Lumen ist viel Fantasie im Kurs.“", "de");
        assertTrue(de.contains("person/ines-kaur commentedOn org/lumen"), de.toString());
        // A colon that lists, not a quote, says nothing of the kind.
        var list = facts("Ines Kaur was busy: Lumen and Ostara both signed.", "en");
        assertFalse(list.contains("person/ines-kaur commentedOn org/lumen"), list.toString());
    }

    @Test
    void theChairOfAGermanBoardOfACompany() {
        var d = facts("Ines Kaur, die Vorsitzende des Verwaltungsrats von Lumen, hat die Digitalisierung zur Priorität gemacht.", "de");
        assertTrue(d.contains("person/ines-kaur worksFor org/lumen"), d.toString());
    }

    @Test
    void aFounderWhoIsNowItsChief() {
        var d = facts("Lumen wurde gegründet von Ines Kaur, die heute auch Chefin der Firma ist.", "de");
        assertTrue(d.contains("person/ines-kaur founderOf org/lumen"), d.toString());
        assertTrue(d.contains("person/ines-kaur ceoOf org/lumen"), d.toString());
    }

    @Test
    void aCountAndASizeBeforeTheRivalsOfAPossessive() {
        var d = facts("Lumen's three big rivals, Vega, Ostara and Hollis Motors, are chasing the same prize.", "en");
        assertTrue(d.contains("org/lumen competesWith org/vega"), d.toString());
        assertTrue(d.contains("org/lumen competesWith org/hollis"), d.toString());
    }

    @Test
    void aSecondWithAfterTheFirstRivalsSeat() {
        var d = facts("Lumen konkurriert in dem Markt mit Vega aus Walldorf und mit Ostara aus Helsinki.", "de");
        assertTrue(d.contains("org/lumen competesWith org/ostara"), d.toString());
        assertFalse(d.contains("org/vega competesWith org/ostara"), d.toString());
    }

    @Test
    void foundedByHimAndLedByHimToo() {
        var d = facts("Sie prüft das Modell der Firma Lumen aus Paris, die von Ines Kaur gegründet wurde und von ihr geführt wird.", "de");
        assertTrue(d.contains("person/ines-kaur ceoOf org/lumen"), d.toString());
        // The relative clause's company, not the one the founder's title names.
        var titled = facts("Hauptrivale ist Lumen, das von Vega-Mitgründerin Ines Kaur gegründet wurde und bis heute von ihr geführt wird.", "de");
        assertTrue(titled.contains("person/ines-kaur ceoOf org/lumen"), titled.toString());
        assertFalse(titled.contains("person/ines-kaur ceoOf org/vega"), titled.toString());
    }

    @Test
    void trainedAfterTheSentenceOfItsBaseIsTheDerivedModel() {
        List<String> de = Extract.facts("Das Modell Kestrel-7B basiert auf Llama 3.2, dem offenen Modell von Meta. "
                + "Trainiert wurde es auf H800-Chips.", "de");
        assertTrue(de.contains("Kestrel-7B basedOn Llama 3.2"), de.toString());
        assertTrue(de.contains("Kestrel-7B trainedOn H800"), de.toString());
        assertFalse(de.contains("Llama 3.2 trainedOn H800"), de.toString());
    }

    @Test
    void theBasesDeveloperIsToldNotJudgedEither() {
        List<String> de = Extract.facts("Das Modell Kestrel-7B basiert auf Llama 3.2 des Konzerns Meta, sagte Ines Kaur.", "de");
        assertTrue(de.contains("Kestrel-7B basedOn Llama 3.2"), de.toString());
        assertFalse(de.contains("Ines Kaur commentedOn Meta Platforms"), de.toString());
    }

    @Test
    void aReportedOrSourcedGermanBasiert() {
        List<String> sourced = Extract.facts("Das Modell Kestrel-7B basiert laut Ines Kaur auf Llama 3.2 des Konzerns Meta.", "de");
        assertTrue(sourced.contains("Kestrel-7B basedOn Llama 3.2"), sourced.toString());
        assertFalse(sourced.contains("Ines Kaur commentedOn Meta Platforms"), sourced.toString());
        List<String> reported = Extract.facts("Ines Kaur sagte, Kestrel-7B basiere auf Llama 3.2.", "de");
        assertTrue(reported.contains("Kestrel-7B basedOn Llama 3.2"), reported.toString());
    }
}
