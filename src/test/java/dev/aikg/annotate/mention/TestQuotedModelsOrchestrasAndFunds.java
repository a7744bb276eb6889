package dev.aikg.annotate.mention;

import dev.aikg.annotate.Extract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names the hundred-and-twentieth blind round (couriers and parcels; grain, poultry and eggs; orchestras and ticketing)
 * showed: a model's or an assistant's name in quotes after its noun, to the closing quote; orchestras and farms by their
 * last word; the French "Banque" opening a bank's name; a German fund named by a capitalised adjective; no name from a
 * German abstract noun after a company noun, or from a media noun used as a common noun; "chief technologist". Our own
 * sentences.
 */
class TestQuotedModelsOrchestrasAndFunds {
    private static final String DE = "Die Branche wächst seit Jahren kräftig. ";
    private static final String EN = "The industry has grown for years. ";

    @Test
    void aQuotedNameAfterAModelOrAssistantNoun() {
        List<String> owned = Extract.entities(DE + "Herzstück ist Saalwerks Prognosemodell „Kolibra“. Es wertet Vorverkaufsdaten aus.", "de");
        assertTrue(owned.contains("AIModel:Kolibra"), owned.toString());
        List<String> named = Extract.entities(DE + "Im Kundendienst antwortet ein Chat-Assistent namens „Klara“, der auf Mistral Large 2 basiert.", "de");
        assertTrue(named.contains("AIModel:Klara"), named.toString());
        List<String> words = Extract.entities(DE + "Die Zeitung testet einen Chatbot namens „Frag die Redaktion“, der Leserfragen beantwortet.", "de");
        assertTrue(words.contains("AIModel:Frag die Redaktion"), words.toString());
        List<String> english = Extract.entities(EN + "The paper runs a chatbot called \"Ask the Desk\", which answers readers.", "en");
        assertTrue(english.contains("AIModel:Ask the Desk"), english.toString());
        // A quoted word after a noun of no model names nothing.
        List<String> slogan = Extract.entities(DE + "Das Motto der Saison lautet „Aufbruch“, sagt die Intendantin.", "de");
        assertFalse(slogan.contains("AIModel:Aufbruch"), slogan.toString());
    }

    @Test
    void orchestrasAndFarmsByTheirLastWord() {
        List<String> chamber = Extract.entities(EN + "The Tamar Chamber Orchestra began testing the tool for its autumn season.", "en");
        assertTrue(chamber.contains("Organization:Tamar Chamber Orchestra"), chamber.toString());
        List<String> german = Extract.entities(DE + "Wer ein Konzert der Uckermärkischen Sinfoniker besucht, zahlt nun mehr.", "de");
        assertTrue(german.contains("Organization:Uckermärkischen Sinfoniker"), german.toString());
        List<String> farms = Extract.entities(EN + "Maple Ridge Farms, a family-owned producer from Indiana, is among the largest.", "en");
        assertTrue(farms.contains("Organization:Maple Ridge Farms"), farms.toString());
    }

    @Test
    void theFrenchBankNounAndAFundNamedByAnAdjective() {
        List<String> banque = Extract.entities(DE + "Skeptischer ist Claire Dumont von der Pariser Banque Morvan.", "de");
        assertTrue(banque.contains("Organization:Banque Morvan"), banque.toString());
        List<String> fund = Extract.entities(DE + "Die Runde führt Elbtal Ventures an, außerdem steigt der Mitteldeutsche Beteiligungsfonds ein.", "de");
        assertTrue(fund.contains("Organization:Mitteldeutsche Beteiligungsfonds"), fund.toString());
        // A country's wealth fund is described, not named.
        List<String> wealth = Extract.entities(DE + "Auch der Norwegische Staatsfonds hält Aktien des Konzerns.", "de");
        assertFalse(wealth.contains("Organization:Norwegische Staatsfonds"), wealth.toString());
    }

    @Test
    void germanCommonNounsAfterACompanyOrMediaNoun() {
        List<String> hope = Extract.entities(DE + "Die Aktie stieg, nachdem der Mannheimer Konzern Hoffnung auf eine bessere Ernte gemacht hatte.", "de");
        assertFalse(hope.contains("Organization:Hoffnung"), hope.toString());
        List<String> courier = Extract.entities(DE + "Als erster Anbieter hat der kleinere Kurier Lanxin Express aus Wuhan das Modell eingebaut.", "de");
        assertFalse(courier.contains("Organization:Kurier Lanxin Express"), courier.toString());
        assertTrue(courier.contains("Organization:Lanxin Express"), courier.toString());
    }

    @Test
    void aChiefTechnologistIsAPerson() {
        List<String> role = Extract.entities(EN + "Tye Brody, chief technologist at Amazon Robotics, has said the company agrees.", "en");
        assertTrue(role.contains("Person:Tye Brody"), role.toString());
    }
}
