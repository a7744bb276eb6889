package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who comments: "called" that names a thing is no speech ("an AI agent called X"), nor is a company's "tiefrote Zahlen
 * schreiben"; a person inside a relative clause closed before the verb is not its speaker. Our own sentences.
 */
class TestSpeakersAndNamingVerbs {
    @Test
    void calledThatNamesAThingIsNoSpeech() {
        var named = Docs.facts(Docs.relations("Lumen, a start-up founded by Mira Patel, sells an AI agent called Orion that reads data from "
                + "Vantor systems.", "en", "org/lumen=Lumen", "org/vantor=Vantor", "person/mira-patel=Mira Patel", "model/orion=Orion"));
        assertFalse(named.contains("person/mira-patel commentedOn org/vantor"), named.toString());
        // A verb of judgement stays one, after a clause closed by a comma or an adverb.
        var clause = Docs.facts(Docs.relations("Jon Berg, who founded Lumen and still runs the group, called Vantor \"the natural home\".",
                "en", "org/lumen=Lumen", "org/vantor=Vantor", "person/jon-berg=Jon Berg"));
        assertTrue(clause.contains("person/jon-berg commentedOn org/vantor"), clause.toString());
        var adverb = Docs.facts(Docs.relations("Its chief executive, Jon Berg, has nonetheless called Vantor a \"bad actor\".",
                "en", "org/vantor=Vantor", "person/jon-berg=Jon Berg"));
        assertTrue(adverb.contains("person/jon-berg commentedOn org/vantor"), adverb.toString());
    }

    @Test
    void redNumbersAreNoWriting() {
        var d = Docs.facts(Docs.relations("Jon Berg verantwortet die Sparte Vantor, die zu Lumen gehört und seit Jahren tiefrote Zahlen schreibt.",
                "de", "org/lumen=Lumen", "org/vantor=Vantor", "person/jon-berg=Jon Berg"));
        assertTrue(d.stream().noneMatch(f -> f.contains("commentedOn")), d.toString());
    }

    @Test
    void aPersonInsideARelativeClauseIsNotTheSpeaker() {
        var d = Docs.facts(Docs.relations("Jon Berg, who co-founded the company in 2021 with his sister Mira Berg and other former Vantor "
                + "researchers, said the rollout showed that Lumen was ready.", "en",
                "org/lumen=Lumen", "org/vantor=Vantor", "person/jon-berg=Jon Berg", "person/mira-berg=Mira Berg"));
        assertFalse(d.contains("person/mira-berg commentedOn org/lumen"), d.toString());
        assertFalse(d.contains("person/mira-berg commentedOn org/vantor"), d.toString());
        assertTrue(d.contains("person/jon-berg commentedOn org/lumen"), d.toString());
        assertFalse(d.contains("person/jon-berg commentedOn org/vantor"), d.toString());
    }
}
