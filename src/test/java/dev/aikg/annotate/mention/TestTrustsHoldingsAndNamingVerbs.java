package dev.aikg.annotate.mention;

import dev.aikg.annotate.Extract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names the hundred-and-fifteenth blind round (newspapers and publishers; copper and lithium; motorways, tolls and
 * parking) showed: a trust named after a person, a trade's holding after a context-only word, a German company noun in a
 * list, a model named by "heißt" or "is called", a German idiom's genitive before a subject; and round 118's name with an
 * ampersand before an apposition. Our own sentences.
 */
class TestTrustsHoldingsAndNamingVerbs {
    @Test
    void aTrustNamedAfterAPersonAndATradesHolding() {
        List<String> trust = Extract.entities("The industry has grown for years. The paper's owner, the Walter Trust, insisted on it.", "en");
        assertTrue(trust.contains("Organization:Walter Trust"), trust.toString());
        assertFalse(trust.contains("Person:Walter Trust"), trust.toString());
        // "Halde" is a context-only name (a heap): before a trade's holding it opens another house's name.
        List<String> holding = Extract.entities("Die Branche wächst seit Jahren kräftig. „Heute sitzen wir hier“, sagt Ines Kaur, Chefin "
                + "der Halde Medienholding, zu der das Blatt gehört.", "de");
        assertTrue(holding.contains("Organization:Halde Medienholding"), holding.toString());
        assertFalse(holding.contains("Organization:Halde Mobility"), holding.toString());
    }

    @Test
    void aGermanCompanyNounInAListIsNoName() {
        List<String> list = Extract.entities("Die Branche wächst seit Jahren kräftig. Um den Markt streiten sich Siemens' frühere "
                + "Verkehrssparte, Nvidia und Microsoft.", "de");
        assertFalse(list.contains("Organization:Verkehrssparte"), list.toString());
    }

    @Test
    void aModelNamedByANamingVerb() {
        List<String> heisst = Extract.entities("Die Branche wächst seit Jahren kräftig. Das Modell heißt Solvara. Es läuft auf Nvidia-Chips.", "de");
        assertTrue(heisst.contains("AIModel:Solvara"), heisst.toString());
        List<String> relative = Extract.entities("Die Branche wächst seit Jahren kräftig. Die Firma hat einen Assistenten für Callcenter "
                + "entwickelt, der Peajo heißt.", "de");
        assertTrue(relative.contains("AIModel:Peajo"), relative.toString());
        List<String> called = Extract.entities("The industry has grown for years. The model is called Orcaline and runs on rented chips.", "en");
        assertTrue(called.contains("AIModel:Orcaline"), called.toString());
        // A person or a company named so is none.
        List<String> chief = Extract.entities("Die Branche wächst seit Jahren kräftig. Der Chef heißt Peter Schmidt.", "de");
        assertFalse(chief.contains("AIModel:Peter Schmidt") || chief.contains("AIModel:Peter"), chief.toString());
    }

    @Test
    void anIdiomsGenitiveBeforeASubjectIsNoModel() {
        List<String> idiom = Extract.entities("Die Branche wächst seit Jahren kräftig. „Am Ende des Tages, ein Chatbot ist nur so gut wie "
                + "seine Daten“, sagte sie.", "de");
        assertFalse(idiom.contains("AIModel:Tages"), idiom.toString());
    }

    @Test
    void aNameWithAnAmpersandBeforeItsApposition() {
        List<String> kitchens = Extract.entities("The industry has grown for years. Its first customer is Harlow & Pine Kitchens, a "
                + "Leeds-based chain of 38 showrooms.", "en");
        assertTrue(kitchens.contains("Organization:Harlow & Pine Kitchens"), kitchens.toString());
    }

    @Test
    void aCompoundModelNounOfAnOwnerThenItsName() {
        // Round 119: "Das Sprachmodell des Start-ups, genannt Lyx-1".
        List<String> named = Extract.entities("Die Branche wächst seit Jahren kräftig. Das Bilderkennungsmodell von Vega, genannt "
                + "Poolwacht, basiert auf einem offenen Modell.", "de");
        assertTrue(named.contains("AIModel:Poolwacht"), named.toString());
    }
}
