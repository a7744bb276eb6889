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
}
