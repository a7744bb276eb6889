package dev.aikg.annotate.relation;

import dev.aikg.model.Predicate;
import dev.aikg.model.Relation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestModelRelations {
    @Test
    void possessiveGerman() {
        var d = Docs.relations("Mistrals neues Modell Pixtral überzeugte die Tester.", "de",
                "org/mistral=Mistral", "model/pixtral=Pixtral");
        assertTrue(Docs.facts(d).contains("model/pixtral developedBy org/mistral"), Docs.facts(d).toString());
    }

    @Test
    void modelVonOrg() {
        var d = Docs.relations("Getestet wurde auch das Gemini-Modell von Google.", "de",
                "org/google=Google", "model/gemini=Gemini");
        assertTrue(Docs.facts(d).contains("model/gemini developedBy org/google"), Docs.facts(d).toString());
    }

    @Test
    void namePrefix() {
        var d = Docs.relations("Alibaba Qwen schneidet in Mathematik gut ab. Alibaba bleibt ruhig.", "de",
                "model/qwen=Alibaba Qwen", "org/alibaba=Alibaba");
        assertTrue(Docs.facts(d).contains("model/qwen developedBy org/alibaba"), Docs.facts(d).toString());
    }

    @Test
    void launchVerbEnglish() {
        var d = Docs.relations("Last week Anthropic released Claude 3.5 to all users.", "en",
                "org/anthropic=Anthropic", "model/claude-3-5=Claude 3.5");
        assertTrue(Docs.facts(d).contains("model/claude-3-5 developedBy org/anthropic"), Docs.facts(d).toString());
    }

    @Test
    void basedOnParticipleGerman() {
        var d = Docs.relations("Das auf Llama 3 basierende Vicuna ist frei verfügbar.", "de",
                "model/llama-3=Llama 3", "model/vicuna=Vicuna");
        assertEquals("model/vicuna basedOn model/llama-3", Docs.facts(d).get(0));
    }

    @Test
    void basedOnApposition() {
        var d = Docs.relations("Sie zeigten Orca, einem auf Mistral 7B basierenden Assistenten, neue Aufgaben.", "de",
                "model/mistral-7b=Mistral 7B", "model/orca=Orca");
        assertTrue(Docs.facts(d).contains("model/orca basedOn model/mistral-7b"), Docs.facts(d).toString());
    }

    @Test
    void builtOnEnglish() {
        var d = Docs.relations("Zephyr, built on Mistral 7B, was tuned with feedback.", "en",
                "model/mistral-7b=Mistral 7B", "model/zephyr=Zephyr");
        assertTrue(Docs.facts(d).contains("model/zephyr basedOn model/mistral-7b"), Docs.facts(d).toString());
    }

    @Test
    void trainedOnWithCountAndMaker() {
        var d = Docs.relations("Falcon was trained on 4,096 Nvidia A100 GPUs over two months.", "en",
                "model/falcon=Falcon", "chip/a100=A100", "org/nvidia=Nvidia");
        Relation t = d.relations().stream().filter(r -> r.predicate() == Predicate.TRAINED_ON).findFirst().orElseThrow();
        assertEquals("chip/a100", t.object());
        assertEquals(4096L, t.count());
        assertTrue(Docs.facts(d).contains("chip/a100 manufacturedBy org/nvidia"), Docs.facts(d).toString());
    }

    @Test
    void chipOfTypeVonMakerGerman() {
        var d = Docs.relations("Für das Training von Falcon liefen 512 Beschleuniger des Typs MI300 von AMD.", "de",
                "model/falcon=Falcon", "chip/mi300=MI300", "org/amd=AMD");
        assertTrue(Docs.facts(d).contains("chip/mi300 manufacturedBy org/amd"), Docs.facts(d).toString());
        assertTrue(Docs.facts(d).contains("model/falcon trainedOn chip/mi300"), Docs.facts(d).toString());
    }

    @Test
    void chipsWithoutTrainingAreNoTrainedOn() {
        var d = Docs.relations("Der Konzern verfügt über 10.000 H100-Chips, sagt man. Phi läuft auf Laptops.", "de",
                "chip/h100=H100", "model/phi=Phi");
        assertFalse(Docs.facts(d).stream().anyMatch(f -> f.contains("trainedOn")));
    }
}
