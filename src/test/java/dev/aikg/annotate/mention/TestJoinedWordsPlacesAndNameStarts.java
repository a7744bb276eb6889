package dev.aikg.annotate.mention;

import dev.aikg.annotate.Extract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names the ninety-ninth blind round (cinemas and museums, books and audiobooks, laundries, florists and car rental)
 * showed. Our own sentences.
 */
class TestJoinedWordsPlacesAndNameStarts {
    @Test
    void aJoinedWordMatchesALabelOfTwoWordsOnlyInItsOwnCase() {
        List<String> de = Extract.entities("Die ersten Titel kommen in Genres, in denen das Tempo zählt, sagte Nvidia.", "de");
        assertFalse(de.contains("Organization:Gen Re"), de.toString());
        List<String> en = Extract.entities("Gen Re and GenRe analysts disagreed with Nvidia.", "en");
        assertTrue(en.contains("Organization:Gen Re"), en.toString());
    }

    @Test
    void aCountOfThousandsOpensNoNameAfterACompanyNoun() {
        List<String> de = Extract.entities("Die Frage ist, was bleibt, wenn jeder Anbieter Tausende Titel in wenigen Tagen vertont.", "de");
        assertTrue(de.stream().noneMatch(e -> e.contains("Tausende")), de.toString());
    }

    @Test
    void wordsBeforeAGermanVerbAndItsSubjectPronounAreNoSpeaker() {
        List<String> de = Extract.entities("Direkte Konkurrenz sieht sie vor allem bei Nvidia, sagte die Gründerin.", "de");
        assertFalse(de.contains("Person:Direkte Konkurrenz"), de.toString());
        // A speaker before the verb stays one.
        List<String> speaker = Extract.entities("Große Sorgen macht sich Jana Brockmann nicht, sagte sie.", "de");
        assertTrue(speaker.contains("Person:Jana Brockmann"), speaker.toString());
    }

    @Test
    void aGivenNameWhereSomethingIsBasedIsAPlace() {
        List<String> de = Extract.entities("Die Tochter des in Beverly Hills ansässigen Konzerns Nvidia wächst.", "de");
        assertFalse(de.contains("Person:Beverly Hills"), de.toString());
        List<String> en = Extract.entities("The Beverly Hills-based group said Nvidia would supply it.", "en");
        assertFalse(en.contains("Person:Beverly Hills"), en.toString());
    }

    @Test
    void aNameAfterFromIsWholeBeforeItsApposition() {
        List<String> en = Extract.entities("The figures came from Curio Metrics, a London-based start-up that counts visitors.", "en");
        assertTrue(en.contains("Organization:Curio Metrics"), en.toString());
        assertFalse(en.contains("Organization:Metrics"), en.toString());
    }

    @Test
    void moreGivenNamesOpenAPerson() {
        List<String> de = Extract.entities("Zurückhaltender ist Corinne Maeder von der Bank, die Nvidia beobachtet.", "de");
        assertTrue(de.contains("Person:Corinne Maeder"), de.toString());
        List<String> en = Extract.entities("Fiona Trask and Reuben Osei said Nvidia had won the tender.", "en");
        assertTrue(en.contains("Person:Fiona Trask"), en.toString());
        assertTrue(en.contains("Person:Reuben Osei"), en.toString());
    }

    @Test
    void aWordNamingThePostBeforeAChiefIsNoCompany() {
        List<String> de = Extract.entities("Interims-Chef Kevin Sheehan und Finanz-Chefin Ada Lind sagten, Nvidia liefere.", "de");
        assertFalse(de.contains("Organization:Interims"), de.toString());
        assertFalse(de.contains("Organization:Finanz"), de.toString());
        assertTrue(de.contains("Person:Kevin Sheehan"), de.toString());
        // The company's own name before "-Chef" stays one.
        List<String> own = Extract.entities("Velora-Chef Kevin Sheehan sagte, Nvidia liefere.", "de");
        assertTrue(own.contains("Organization:Velora"), own.toString());
    }

    @Test
    void aGermanNounOfAWomansTradeIsNoName() {
        List<String> de = Extract.entities("Die Hamburger Online-Lotterievermittlerin, eine Tochter von Nvidia, rechnet nachts.", "de");
        assertFalse(de.contains("Organization:Lotterievermittlerin"), de.toString());
    }

    @Test
    void aKnownNameBeforeANameWordAndAHousesEndingOpensAnotherName() {
        List<String> en = Extract.entities("The unit is now owned by Nvidia Business Partners, a Toronto investor.", "en");
        assertTrue(en.contains("Organization:Nvidia Business Partners"), en.toString());
        assertFalse(en.contains("Organization:Nvidia"), en.toString());
        // Not after a possessive, and not German "& Co." ("and the like").
        List<String> own = Extract.entities("The deal went to Nvidia's Global Partners arm.", "en");
        assertTrue(own.contains("Organization:Nvidia"), own.toString());
        List<String> de = Extract.entities("Die Pensionskassen setzen auf Anthropic & Co. und auf Nvidia.", "de");
        assertTrue(de.contains("Organization:Anthropic"), de.toString());
    }

    @Test
    void aTradesGenitiveOpensNoPapersName() {
        List<String> de = Extract.entities("Nvidia hat die Übernahme des Brüsseler Badausstatters Ideal Standard abgeschlossen.", "de");
        assertFalse(de.stream().anyMatch(e -> e.contains("Badausstatters")), de.toString());
        assertTrue(de.contains("Organization:Ideal Standard"), de.toString());
    }

    @Test
    void aGermanRoleNounBeforeAFundsNameIsNoPartOfIt() {
        List<String> de = Extract.entities("Neben Nvidia beteiligt sich auch die bestehende Investorin Revontuli Ventures an der Runde.", "de");
        assertTrue(de.contains("Organization:Revontuli Ventures"), de.toString());
        assertFalse(de.contains("Organization:Investorin Revontuli Ventures"), de.toString());
    }
}
