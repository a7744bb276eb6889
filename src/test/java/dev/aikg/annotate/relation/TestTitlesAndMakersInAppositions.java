package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Titles and makers the ninety-first blind round (tobacco, paper, gambling) showed in appositions: "who is still its chief
 * executive", "the company's chief technology officer", "a generative design model built by X". Our own sentences.
 */
class TestTitlesAndMakersInAppositions {
    private static List<String> facts(String text, String... ids) {
        return Docs.facts(Docs.relations(text, "en", ids));
    }

    @Test
    void whoIsStillItsChief() {
        var d = facts("Lumen was founded in 2021 by Mira Patel, a former partner at Vantor, who is still its chief executive.",
                "org/lumen=Lumen", "org/vantor=Vantor", "person/mira-patel=Mira Patel");
        assertTrue(d.contains("person/mira-patel ceoOf org/lumen"), d.toString());
        assertFalse(d.contains("person/mira-patel ceoOf org/vantor"), d.toString());
    }

    @Test
    void theCompanysTitleAfterAName() {
        var d = facts("Chief executive Jon Berg co-founded Lumen in 2023 with Mira Patel, the company's chief technology officer.",
                "org/lumen=Lumen", "person/jon-berg=Jon Berg", "person/mira-patel=Mira Patel");
        assertTrue(d.contains("person/mira-patel worksFor org/lumen"), d.toString());
        // A workplace named before is not "the company": the last sentence's subject is.
        var at = facts("Lumen builds optical links. \"Everyone here learned the trade at Vantor,\" said Patel, the company's chief "
                + "executive.", "org/lumen=Lumen", "org/vantor=Vantor", "person/mira-patel=Patel");
        assertTrue(at.contains("person/mira-patel ceoOf org/lumen"), at.toString());
        assertFalse(at.contains("person/mira-patel ceoOf org/vantor"), at.toString());
    }

    @Test
    void aModelOfTwoWordsOfKindBuiltByItsMaker() {
        var d = facts("Engineers are piloting Crease, a generative design model built by Lumen, a Boston start-up.",
                "model/crease=Crease", "org/lumen=Lumen");
        assertTrue(d.contains("model/crease developedBy org/lumen"), d.toString());
        // The owner of the maker named after "from" is not the maker.
        var unit = facts("Orion, an Arabic-language model from Vantor subsidiary Lumen, runs in Abu Dhabi.",
                "model/orion=Orion", "org/vantor=Vantor", "org/lumen=Lumen");
        assertFalse(unit.contains("model/orion developedBy org/vantor"), unit.toString());
        var owner = facts("Its engineers use Orion, the coding assistant from Vantor's Lumen, to write the software.",
                "model/orion=Orion", "org/vantor=Vantor", "org/lumen=Lumen");
        assertFalse(owner.contains("model/orion developedBy org/vantor"), owner.toString());
    }
}
