package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestFounderRelations {
    @Test
    void copulaWithTwoCompanies() {
        var d = Docs.relations("Gründer von Nordlicht und Polaris ist der 52-jährige Jonas Falk.", "de",
                "org/nordlicht=Nordlicht", "org/polaris=Polaris", "person/jonas-falk=Jonas Falk");
        assertTrue(Docs.facts(d).contains("person/jonas-falk founderOf org/nordlicht"), Docs.facts(d).toString());
        assertTrue(Docs.facts(d).contains("person/jonas-falk founderOf org/polaris"));
    }

    @Test
    void appositionFounder() {
        var d = Docs.relations("Mira Patel, Gründerin von Lumen, sprach in Berlin.", "de",
                "org/lumen=Lumen", "person/mira-patel=Mira Patel");
        assertTrue(Docs.facts(d).contains("person/mira-patel founderOf org/lumen"), Docs.facts(d).toString());
    }

    @Test
    void passiveEnglish() {
        var d = Docs.relations("Cohere was founded by Aidan Gomez in Toronto.", "en",
                "org/cohere=Cohere", "person/aidan-gomez=Aidan Gomez");
        assertTrue(Docs.facts(d).contains("person/aidan-gomez founderOf org/cohere"), Docs.facts(d).toString());
    }

    @Test
    void passiveGerman() {
        var d = Docs.relations("Aleph Alpha wurde 2019 von Jonas Andrulis gegründet.", "de",
                "org/aleph-alpha=Aleph Alpha", "person/jonas-andrulis=Jonas Andrulis");
        assertTrue(Docs.facts(d).contains("person/jonas-andrulis founderOf org/aleph-alpha"), Docs.facts(d).toString());
    }

    @Test
    void activeEnglish() {
        var d = Docs.relations("Arthur Mensch founded Mistral AI in 2023 with two colleagues.", "en",
                "org/mistral-ai=Mistral AI", "person/arthur-mensch=Arthur Mensch");
        assertTrue(Docs.facts(d).contains("person/arthur-mensch founderOf org/mistral-ai"), Docs.facts(d).toString());
    }

    @Test
    void founderOfHisOwnStartup() {
        var d = Docs.relations("Der Gründer Paul Kern hat das Tool in sein Startup Kernel.ai eingebaut.", "de",
                "org/kernel-ai=Kernel.ai", "person/paul-kern=Paul Kern");
        assertTrue(Docs.facts(d).contains("person/paul-kern founderOf org/kernel-ai"), Docs.facts(d).toString());
    }

    @Test
    void investorIsNoFounder() {
        var d = Docs.relations("Sequoia investierte früh in Stripe, das die Brüder Collison gründeten.", "de",
                "org/sequoia=Sequoia", "org/stripe=Stripe");
        assertFalse(Docs.facts(d).stream().anyMatch(f -> f.contains("founderOf")));
    }
}
