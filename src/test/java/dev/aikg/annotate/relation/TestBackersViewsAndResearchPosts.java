package dev.aikg.annotate.relation;

import dev.aikg.annotate.Extract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the ninety-seventh blind round (parking and vending, golf and tennis, funerals and events) showed: backers
 * "bankrolled by Saudi Arabia's X", "led its Series A", "die von X finanziert wird", the head of a backed apposition;
 * "who leads IBM's sports partnerships" (a part of the company, no chief); "sees X as its closest competitor"; research
 * and former posts ("die an der Universität X … forscht", "X, heute Technikchef, arbeitete zuvor … bei Y"); a town
 * after "aus dem dänischen" founded by no one. Our own sentences.
 */
class TestBackersViewsAndResearchPosts {
    private static final String[] IDS = {"org/lumen=Lumen", "org/vantor=Vantor", "org/ostara=Ostara", "org/kestrel=Kestrel",
        "person/mara-lind=Mara Lind", "org/univ=Universität Leipzig"};

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void aPlacesPossessiveBeforeTheBacker() {
        var bankrolled = facts("Lumen, the rival circuit bankrolled by Saudi Arabia's Vantor, has shown little appetite.", "en");
        assertTrue(bankrolled.contains("org/vantor investedIn org/lumen"), bankrolled.toString());
    }

    @Test
    void aGermanRelativeClauseOfFinancing() {
        var german = facts("Durchgesetzt hat sich die Tour Lumen, die von Vantor finanziert wird.", "de");
        assertTrue(german.contains("org/vantor investedIn org/lumen"), german.toString());
    }

    @Test
    void theHeadOfABackedApposition() {
        // The apposition's head is the one backed, not the sentence's subject.
        var head = facts("Ostara walked away, and Lumen, a venture backed by Abu Dhabi's Vantor, stalled.", "en");
        assertTrue(head.contains("org/vantor investedIn org/lumen"), head.toString());
        assertFalse(head.contains("org/vantor investedIn org/ostara"), head.toString());
    }

    @Test
    void leadsOfItsRound() {
        var d = facts("Lumen, the invitation app, has grown quickly; Vantor led its Series A.", "en");
        assertTrue(d.contains("org/vantor investedIn org/lumen"), d.toString());
        // Two leads open the sentence: "its" is the company the sentence before was about.
        var pair = facts("Lumen builds agents for games. Vantor and Ostara had led its $101 million round in 2022.", "en");
        assertTrue(pair.contains("org/ostara investedIn org/lumen"), pair.toString());
        assertFalse(pair.contains("org/ostara investedIn org/vantor"), pair.toString());
    }

    @Test
    void leadingAPartOfTheCompanyIsNoChiefsPost() {
        var d = facts("Mara Lind, who leads Lumen's sports partnerships in the UK and Ireland, said the assistant worked.", "en");
        assertTrue(d.contains("person/mara-lind worksFor org/lumen"), d.toString());
        assertFalse(d.contains("person/mara-lind ceoOf org/lumen"), d.toString());
    }

    @Test
    void aCompanysViewOfItsRival() {
        var d = facts("Lumen sees Vantor as its closest competitor at club level.", "en");
        assertTrue(d.contains("org/lumen competesWith org/vantor"), d.toString());
    }

    @Test
    void aResearchPostInAGermanClause() {
        var research = facts("Mara Lind, die an der Universität Leipzig zu Trauer und Sterbekultur forscht, hält die Assistenten für nützlich.", "de");
        assertTrue(research.contains("person/mara-lind worksFor org/univ"), research.toString());
    }

    @Test
    void aFormerPostAfterAShortApposition() {
        var former = facts("Mara Lind, heute Technikchefin, arbeitete zuvor mehrere Jahre bei Lumen.", "de");
        assertTrue(former.contains("person/mara-lind worksFor org/lumen"), former.toString());
    }

    @Test
    void aTownAfterAnAdjectiveOfOriginIsNoFoundedCompany() {
        List<String> found = Extract.entities("Der Marktführer ist Trackwerk aus dem dänischen Vedbæk, gegründet unter anderem von Klaus Eldrup.", "de");
        assertFalse(found.contains("Organization:Vedbæk"), found.toString());
    }
}
