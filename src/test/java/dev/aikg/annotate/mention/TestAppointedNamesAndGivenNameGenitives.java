package dev.aikg.annotate.mention;

import dev.aikg.annotate.Extract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names the hundred-and-third blind round (fishing and aquaculture; motorcycles and boats; ceramics and glass) showed.
 * Our own sentences.
 */
class TestAppointedNamesAndGivenNameGenitives {
    @Test
    void twoNameWordsAppointedToARoleAreAPerson() {
        List<String> named = Extract.entities("After the audit, Adhy Wibisono was named interim CEO of Nvidia.", "en");
        assertTrue(named.contains("Person:Adhy Wibisono"), named.toString());
        List<String> appointed = Extract.entities("Mara Quist has been appointed chief executive, Nvidia said.", "en");
        assertTrue(appointed.contains("Person:Mara Quist"), appointed.toString());
        // A company appointed as an adviser is no person.
        List<String> firm = Extract.entities("Nvidia said Goldman Sachs was named adviser on the deal.", "en");
        assertFalse(firm.contains("Person:Goldman Sachs"), firm.toString());
    }

    @Test
    void aGivenNameBeforeANameWordIsNoCompanysGenitive() {
        // The company is named in the article, so its context label would be accepted.
        List<String> de = Extract.entities("Luka Inc. wächst. Zu den Geldgebern zählt die von Lukas Walton gegründete Plattform, "
                + "sagte Nvidia.", "de");
        assertTrue(de.contains("Person:Lukas Walton"), de.toString());
    }

    @Test
    void anAdjectiveBeforeAGenericMoneyNounOpensNoName() {
        List<String> de = Extract.entities("Frisches Kapital von Bayern Kapital und Nvidia\nDas Start-up wächst.", "de");
        assertFalse(de.contains("Organization:Frisches Kapital"), de.toString());
        assertTrue(de.contains("Organization:Bayern Kapital"), de.toString());
    }

    @Test
    void aBanksMarketsAndInvestmentBankingArms() {
        List<String> en = Extract.entities("Kristine Aas, a seafood analyst at DNB Markets, praised Nvidia.", "en");
        assertTrue(en.contains("Organization:DNB Markets"), en.toString());
        List<String> banking = Extract.entities("Kelvin Tan, an analyst at Nvidia Investment Banking, was cautious.", "en");
        assertTrue(banking.contains("Organization:Nvidia Investment Banking"), banking.toString());
    }

    @Test
    void aRoleAppositionClosedByTheSentencesEnd() {
        List<String> en = Extract.entities("The first-time-right rate rose to 88%, said Nvidia's chief executive, Rafiq Hasanuddin.", "en");
        assertTrue(en.contains("Person:Rafiq Hasanuddin"), en.toString());
    }

    @Test
    void aGermanCompanyNounBeforeOrAfterAFoundersNameMakesItTheCompanys() {
        List<String> after = Extract.entities("Zu Nvidia gehört in Deutschland die Marek Lohberg Konzertagentur.", "de");
        assertFalse(after.contains("Person:Marek Lohberg Konzertagentur"), after.toString());
        assertFalse(after.contains("Person:Marek Lohberg"), after.toString());
        List<String> before = Extract.entities("Der Wirkmaschinenhersteller Karl Meyerhof aus Obertshausen testet Nvidia-Chips.", "de");
        assertFalse(before.contains("Person:Karl Meyerhof"), before.toString());
        assertTrue(before.contains("Organization:Karl Meyerhof"), before.toString());
        // A person's role noun before the name keeps the person.
        List<String> person = Extract.entities("Der Informatiker Karl Meyerhof aus Obertshausen testet Nvidia-Chips.", "de");
        assertTrue(person.contains("Person:Karl Meyerhof"), person.toString());
    }

    @Test
    void theSeatBeforeANameAfterSharesOfIsNoPartOfIt() {
        List<String> en = Extract.entities("Shares of Ahmedabad-based Arvindo jumped 5.1 percent on Monday after Nvidia's deal.", "en");
        assertTrue(en.contains("Organization:Arvindo"), en.toString());
        assertFalse(en.contains("Organization:Ahmedabad-based Arvindo"), en.toString());
    }

    @Test
    void aRoleCompoundBeforeASpeakersNameIsNoPartOfIt() {
        List<String> de = Extract.entities("„Die Fehler sind gesunken“, sagt Produktionsleiter Markus Hölscher von Nvidia.", "de");
        assertTrue(de.contains("Person:Markus Hölscher"), de.toString());
        assertFalse(de.contains("Person:Produktionsleiter Markus"), de.toString());
    }

    @Test
    void aFoundersNameBeforeAndCompanyIsNoPerson() {
        List<String> en = Extract.entities("The company is backed by Nvidia and Henry Crown and Company, the filing shows.", "en");
        assertFalse(en.contains("Person:Henry Crown"), en.toString());
    }

    @Test
    void aCountrysAdjectiveAndBankBeforeANameDescribeIt() {
        List<String> de = Extract.entities("„Das ist ein Signal“, sagte Pieter van Loon, Analyst bei der Schweizer Bank Nvidia.", "de");
        assertFalse(de.contains("Organization:Schweizer Bank"), de.toString());
        // A bank named after its city keeps its name.
        List<String> name = Extract.entities("Die Berliner Bank AG gehört zu Nvidia.", "de");
        assertTrue(name.stream().anyMatch(e -> e.startsWith("Organization:Berliner Bank")), name.toString());
    }

    @Test
    void aGerundOpeningAQuoteBeforeAiIsNoName() {
        List<String> en = Extract.entities("\"Using AI to target buyers is risky,\" said Fiona Drummond of Nvidia.", "en");
        assertFalse(en.contains("Organization:Using AI"), en.toString());
        List<String> name = Extract.entities("Shares of Nvidia rose after Sling AI raised money.", "en");
        assertTrue(name.contains("Organization:Sling AI"), name.toString());
    }
}
