package dev.aikg.annotate.mention;

import dev.aikg.annotate.Extract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names the hundred-and-fourteenth blind round (footwear and leather; schools and education; beer and breweries) showed:
 * the German kind of a school opens its name, a learning companion names an AI tutor, a publisher named after its founder,
 * a workshop of a trade before its name. Our own sentences.
 */
class TestSchoolKindsAndLearningCompanions {
    @Test
    void theKindOfAGermanSchoolOpensItsName() {
        List<String> technical = Extract.entities("In Niedersachsen hat die Technische Hochschule Weserland einen eigenen Tutor gebaut.", "de");
        assertTrue(technical.contains("Organization:Technische Hochschule Weserland"), technical.toString());
        List<String> dative = Extract.entities("Forscher der Freien Universität Havelberg haben das Modell geprüft.", "de");
        assertTrue(dative.contains("Organization:Freien Universität Havelberg"), dative.toString());
        // A place's adjective is no kind of school: "die Bremer Hochschule Weserland" is the school of that name.
        List<String> place = Extract.entities("Gemeinsam mit der Bremer Hochschule Weserland entsteht ein Labor.", "de");
        assertFalse(place.contains("Organization:Bremer Hochschule Weserland"), place.toString());
    }

    @Test
    void aLearningCompanionNamesAnAiTutor() {
        List<String> companion = Extract.entities("Die Branche wächst seit Jahren kräftig. Die Einführung des KI-Lernbegleiters „Tafel Mentor“ drückt die Marge des Konzerns.", "de");
        assertTrue(companion.contains("AIModel:Tafel Mentor"), companion.toString());
        List<String> person = Extract.entities("Sein langjähriger Wegbegleiter Peter Schmidt sieht das anders.", "de");
        assertTrue(person.contains("Person:Peter Schmidt"), person.toString());
    }

    @Test
    void aPublisherNamedAfterItsFounderAndATradesWorkshop() {
        List<String> publisher = Extract.entities("Die Branche wächst seit Jahren kräftig. Zur Gruppe gehört der Anton Wellmer Verlag.", "de");
        assertTrue(publisher.contains("Organization:Anton Wellmer Verlag"), publisher.toString());
        assertFalse(publisher.contains("Person:Anton Wellmer"), publisher.toString());
        // A context-only name ("Halde", a heap) vouched for by the trade's workshop before it.
        List<String> malt = Extract.entities("Die Branche wächst seit Jahren kräftig. Die Mälzerei Halde in Bamberg steuert ihre Keimkästen mit KI.", "de");
        assertTrue(malt.contains("Organization:Halde Mobility"), malt.toString());
    }
}
