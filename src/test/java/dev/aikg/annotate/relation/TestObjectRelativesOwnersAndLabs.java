package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Relations of the hundred-and-twenty-third blind round (theme parks; confectionery; wastewater): founders in a German
 * object relative with a plural verb and a dative description, "which X runs", a teacher's or researcher's university, an
 * ownership of some years ("has owned X since 2018"), and a lab in its owner's possessive apposition, which also ends a
 * list of employers. Our own sentences.
 */
class TestObjectRelativesOwnersAndLabs {
    private static final String[] IDS = {"org/vega=Vega", "org/lumen=Lumen", "org/ostara=Ostara", "org/kestrel=Kestrel Capital",
        "org/tarn=Tarn Labs", "person/ines-kaur=Ines Kaur", "person/jana-reiter=Jana Reiter", "person/felix-baum=Felix Baum"};
    private static final String DE = "Die Branche wächst seit Jahren kräftig. ";
    private static final String EN = "The industry has grown for years. ";

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void foundersInAGermanObjectRelative() {
        var plural = facts(DE + "Die Technik stammt von Tarn Labs, einem Start-up aus Freiburg, das Jana Reiter und Felix Baum 2022 gegründet "
                + "haben.", "de");
        assertTrue(plural.contains("person/jana-reiter founderOf org/tarn") && plural.contains("person/felix-baum founderOf org/tarn"),
                plural.toString());
        var dative = facts(DE + "Das Unternehmen gehört zu einem großen Teil Kestrel Capital, dem Investmentfonds, welcher von Ines Kaur "
                + "gegründet wurde.", "de");
        assertTrue(dative.contains("person/ines-kaur founderOf org/kestrel"), dative.toString());
    }

    @Test
    void whichXRunsAndAResearchersUniversity() {
        var runs = facts(EN + "Vega, which Ines Kaur runs from Philadelphia, saw its shares ease 0.8% on Thursday.", "en");
        assertTrue(runs.contains("person/ines-kaur ceoOf org/vega"), runs.toString());
        // Run by someone else: no chief.
        var runBy = facts(EN + "Vega, which Ines Kaur said is run by a committee, saw its shares ease.", "en");
        assertFalse(runBy.contains("person/ines-kaur ceoOf org/vega"), runBy.toString());
        var studies = facts(EN + "\"It is too much,\" said Ines Kaur, who studies hospitality pricing at Tarn Labs.", "en");
        assertTrue(studies.contains("person/ines-kaur worksFor org/tarn"), studies.toString());
    }

    @Test
    void anOwnershipOfSomeYearsAndALabInItsOwnersApposition() {
        var owned = facts(EN + "Vega, the Osaka-based maker of stage machinery, has owned Dutch roller-coaster builder Lumen since 2018.", "en");
        assertTrue(owned.contains("org/lumen spinOffOf org/vega"), owned.toString());
        // Shares owned for years are a stake, no unit.
        var shares = facts(EN + "Vega has owned shares in Lumen since 2018.", "en");
        assertFalse(shares.contains("org/lumen spinOffOf org/vega"), shares.toString());
        var lab = facts(EN + "Ines Kaur previously worked as a research engineer at Ostara, Lumen's artificial intelligence lab.", "en");
        assertTrue(lab.contains("org/ostara spinOffOf org/lumen"), lab.toString());
        assertTrue(lab.contains("person/ines-kaur worksFor org/ostara"), lab.toString());
        assertFalse(lab.contains("person/ines-kaur worksFor org/lumen"), lab.toString());
    }
}
