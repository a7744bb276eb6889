package dev.aikg.annotate.mention;

import dev.aikg.annotate.Extract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invented model names with a version or size, found from the model context around them. Sentences are our own. */
class TestVersionedModelFinder {

    private static List<String> models(String text, String lang) {
        return Extract.entities(text, lang).stream().filter(e -> e.startsWith("AIModel:")).toList();
    }

    @Test
    void aGluedParameterSizeMakesAModelOfACommonWordOrACompanysName() {
        // Round 38: "Quelle" is a common word (and a source line's cue), "Turkcell" a company; both named models.
        assertEquals(List.of("AIModel:Quelle-7B"),
                models("Das Start-up entwickelt ein Sprachmodell namens Quelle-7B für Nachrichtenagenturen.", "de"));
        List<String> owned = Extract.entities("Turkcell hat mit Turkcell-LLM-7b ein eigenes Sprachmodell vorgestellt.", "de");
        assertTrue(owned.contains("AIModel:Turkcell-LLM-7b"), owned.toString());
        assertTrue(owned.contains("Organization:Turkcell"), owned.toString());
        // Without the glued size a common word stays none.
        assertEquals(List.of(), models("Die Quelle 7 der Studie nennt ein Sprachmodell.", "de"));
    }

    @Test
    void parameterSizeWithAnAiWordInTheSentence() {
        assertEquals(List.of("AIModel:Orion-7B"), models("The open-weight model Orion-7B was released on Monday.", "en"));
        assertEquals(List.of("AIModel:Boreas-70B-Instruct"),
                models("Das Start-up hat Boreas-70B-Instruct auf Hugging Face als KI-Modell bereitgestellt.", "de"));
    }

    @Test
    void bareVersionNextToAModelNoun() {
        assertEquals(List.of("AIModel:Kestrel 2.5"), models("Corvid Labs released Kestrel 2.5, a new language model.", "en"));
        assertEquals(List.of("AIModel:Sirius 3"), models("Das Sprachmodell Sirius 3 beantwortet Fragen auf Deutsch.", "de"));
        assertEquals(List.of("AIModel:Nova v2"), models("Testers liked the AI model Nova v2 best.", "en"));
        assertEquals(List.of("AIModel:Tamarin 4"), models("Tamarin 4 ist ein multimodales KI-Modell aus Lyon.", "de"));
        assertEquals(List.of("AIModel:Vireo 2"), models("Vireo 2 was trained on public web text.", "en"));
    }

    @Test
    void frontedLaunchWithAKnownDeveloper() {
        assertEquals(List.of("AIModel:Kestrel 2.5"), models("Mit Kestrel 2.5 hat OpenAI ein neues Modell vorgestellt.", "de"));
    }

    @Test
    void acceptedOnceMeansEverywhereInTheDocument() {
        String text = "Corvid Labs released Kestrel 2.5, a new language model. Kestrel 2.5 beat its rivals in tests.";
        assertEquals(List.of("Kestrel 2.5", "Kestrel 2.5"), Extract.surfaces(text, "en", "Kestrel 2.5"));
    }

    @Test
    void productVersionsOutsideAiAreNoModels() {
        assertTrue(models("Apple sold more iPhone 15 units, Windows 11 gained share and Python 3.12 shipped.", "en").isEmpty());
        assertTrue(models("Airbus delivered 40 A320 jets and Volkswagen sold the Golf 8 model for 30,000 euros.", "en").isEmpty());
        assertTrue(models("Volkswagen stellte das Modell Tiguan 3 vor, Microsoft veröffentlichte Windows 11.", "de").isEmpty());
        assertTrue(models("Die Aktie stieg im Januar 2025 um 2.5 Prozent, Kapitel 3 folgt.", "de").isEmpty());
    }

    @Test
    void versionsInAiSentencesNeedTheModelNounAtTheName() {
        assertTrue(models("Microsoft brings its AI assistant to Windows 11 and to Office 2024.", "en").isEmpty());
        assertTrue(models("The chatbot ran on a Pixel 9 phone during the Bundesliga 2 match.", "en").isEmpty());
        assertFalse(models("Users compared the chatbot with Corvid 3 in a test.", "en").contains("AIModel:Corvid 3"));
        assertTrue(models("Anthropic trained its models on Nvidia chips and Meta bought Falcon 2 GPUs.", "en").isEmpty());
        assertTrue(models("Das KI-Modell läuft auf dem iPhone 16 und auf Laptops mit Windows 11, teilte OpenAI mit.", "de").isEmpty());
    }

    @Test
    void aVersionAfterACompanysPossessiveInAnAiSentence() {
        List<String> found = models("The demo used OpenAI's GPT-4o to write the lines and Nvidia's Quill v2.5 to speak them.", "en");
        assertTrue(found.contains("AIModel:Quill v2.5"), found.toString());
        assertFalse(models("Nvidia's Quill v2.5 sold well in shops.", "en").contains("AIModel:Quill v2.5"), "no AI word");
    }

    @Test
    void aLowerCasePartBeforeAGluedParameterSize() {
        List<String> found = models("Cisco built Kestrel-sec-8b, released by its AI unit.", "en");
        assertTrue(found.contains("AIModel:Kestrel-sec-8b"), found.toString());
    }

    @Test
    void aTwoWordNameWithAVersionBesideAModelNoun() {
        // Round 87: "its Murmur TTS 2 model", "das Modell Dermalyt Vision 3", "Sprachmodell Hörwerk Voice 1".
        assertEquals(List.of("AIModel:Brisel TTS 2"),
                models("Its Brisel TTS 2 model was trained on a cluster of 512 Nvidia GPUs.", "en"));
        List<String> de = models("Das Herzstück ist das Modell Hautwerk Vision 3, das auf dem KI-Modell DeepSeek-R1 aufbaut.", "de");
        assertTrue(de.contains("AIModel:Hautwerk Vision 3"), de.toString());
        assertEquals(List.of("AIModel:Klangwerk Voice 1"), models("Das Start-up nutzt sein Sprachmodell Klangwerk Voice 1.", "de"));
        // A product with a version and no model noun beside it, or a car's model, stays none.
        assertEquals(List.of(), models("VW baut das Modell Golf GTI 8 weiter.", "de"));
        assertEquals(List.of(), models("The Brisel Voice 2 headset sells well.", "en"));
    }

    @Test
    void aTierOfAModelAcceptedEarlierInTheArticle() {
        // Round 88: "Forge-3 was trained on … GPUs; a smaller successor, Forge-3 Lite, is being distilled from it".
        List<String> ms = models("Brisel says Kestra-3 was trained on Nvidia H200 GPUs; a smaller successor, Kestra-3 Lite, is being "
                + "distilled from it.", "en");
        assertTrue(ms.contains("AIModel:Kestra-3 Lite"), ms.toString());
        assertEquals(List.of(), models("The Kestra-3 Lite bike is light.", "en"));
    }
}
