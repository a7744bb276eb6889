package dev.aikg.annotate.relation;

import dev.aikg.model.Predicate;
import dev.aikg.model.Relation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestCommentRelations {
    private static List<String> comments(dev.aikg.annotate.AnnotatedDocument d) {
        return Docs.facts(d).stream().filter(f -> f.contains("commentedOn")).toList();
    }

    @Test
    void reportedSpeechSkipsApposition() {
        var d = Docs.relations("Ines Kaur, Analystin bei der UBS, sagte, Mistral sei unterschätzt.", "de",
                "org/ubs=UBS", "org/mistral=Mistral", "person/ines-kaur=Ines Kaur");
        assertEquals(List.of("person/ines-kaur commentedOn org/mistral"), comments(d));
        Relation r = d.relations().stream().filter(x -> x.predicate() == Predicate.COMMENTED_ON).findFirst().orElseThrow();
        assertNotNull(r.quote());
    }

    @Test
    void theMediumAStatementWasGivenToIsNotItsObject() {
        var de = Docs.relations("Ines Kaur sagte dem Sender Vega News, es gebe Belege für ein Vorgehen von Mistral.", "de",
                "org/vega=Vega News", "org/mistral=Mistral", "person/ines-kaur=Ines Kaur");
        assertEquals(List.of("person/ines-kaur commentedOn org/mistral"), comments(de));
        var en = Docs.relations("Ines Kaur told Vega News that Mistral's model was impressive.", "en",
                "org/vega=Vega News", "org/mistral=Mistral", "person/ines-kaur=Ines Kaur");
        assertEquals(List.of("person/ines-kaur commentedOn org/mistral"), comments(en));
    }

    @Test
    void frontedQuoteWithInvertedVerb() {
        var d = Docs.relations("„Cohere hat das bessere Produkt“, schrieb Ben Ortiz auf X.", "de",
                "org/cohere=Cohere", "org/x=X", "person/ben-ortiz=Ben Ortiz");
        assertEquals(List.of("person/ben-ortiz commentedOn org/cohere"), comments(d));
    }

    @Test
    void invertedVerbWithContentAfter() {
        var d = Docs.relations("Gestern erklärte Investorin Kim Sun, dass Perplexity zu teuer sei.", "de",
                "org/perplexity=Perplexity", "person/kim-sun=Kim Sun");
        assertEquals(List.of("person/kim-sun commentedOn org/perplexity"), comments(d));
    }

    @Test
    void subordinateClauseBeforeVerbIsNotTheComment() {
        var d = Docs.relations("Obwohl Intel Verluste meldet, sagt Ada Stone, sie sei zuversichtlich.", "de",
                "org/intel=Intel", "person/ada-stone=Ada Stone");
        assertTrue(comments(d).isEmpty(), comments(d).toString());
    }

    @Test
    void englishSaidAndCalled() {
        var d = Docs.relations("Investor Rob Hale called Gemini a turning point. Google declined to comment.", "en",
                "model/gemini=Gemini", "org/google=Google", "person/rob-hale=Rob Hale");
        assertEquals(List.of("person/rob-hale commentedOn model/gemini"), comments(d));
    }

    @Test
    void accordingTo() {
        var d = Docs.relations("Laut Vera Lind ist Aleph Alpha gut aufgestellt.", "de",
                "org/aleph-alpha=Aleph Alpha", "person/vera-lind=Vera Lind");
        assertEquals(List.of("person/vera-lind commentedOn org/aleph-alpha"), comments(d));
    }

    @Test
    void pronounContinuation() {
        var d = Docs.relations("Omar Said, Stratege bei Jefferies, mahnt zur Vorsicht. Er empfiehlt AMD und Micron zum Kauf.",
                "de", "org/jefferies=Jefferies", "org/amd=AMD", "org/micron=Micron", "person/omar-said=Omar Said");
        assertTrue(comments(d).contains("person/omar-said commentedOn org/amd"), comments(d).toString());
        assertTrue(comments(d).contains("person/omar-said commentedOn org/micron"));
        assertFalse(comments(d).contains("person/omar-said commentedOn org/jefferies"));
    }

    @Test
    void multiSentenceQuoteWithPronounSpeakerSkipsParenthesesAndEmployer() {
        String text = "Lea Brandt, Forscherin bei Meta, lobte den Ansatz.\n\n"
                + "„Qwen zeigt, was offene Modelle leisten (etwa Llama von Meta). Das hilft allen“, schrieb sie auf LinkedIn.";
        var d = Docs.relations(text, "de", "org/meta=Meta", "model/qwen=Qwen", "model/llama=Llama",
                "person/lea-brandt=Lea Brandt", "org/linkedin=LinkedIn");
        assertEquals(List.of("person/lea-brandt commentedOn model/qwen"), comments(d));
    }

    @Test
    void insertionBetweenDashes() {
        var d = Docs.relations("Gemini – das, was Nora Falk als Wendepunkt bezeichnete – steht bei Apple vor ChatGPT.", "de",
                "model/gemini=Gemini", "org/apple=Apple", "model/chatgpt=ChatGPT", "person/nora-falk=Nora Falk");
        assertEquals(List.of("person/nora-falk commentedOn model/gemini"), comments(d));
    }

    @Test
    void judgementAdjective() {
        var d = Docs.relations("Kurt Helm, der selbst lange forschte, ist dem Aufstieg von Cohere gegenüber skeptisch.", "de",
                "org/cohere=Cohere", "person/kurt-helm=Kurt Helm");
        assertEquals(List.of("person/kurt-helm commentedOn org/cohere"), comments(d));
    }

    @Test
    void quoteThenSpeakerThenVerb() {
        var d = Docs.relations("\"Cerebras is the one to watch,\" Tim Lowe wrote in a note.", "en",
                "org/cerebras=Cerebras", "person/tim-lowe=Tim Lowe");
        assertEquals(List.of("person/tim-lowe commentedOn org/cerebras"), comments(d));
    }

    @Test
    void ratingsAreJudgements() {
        var d = Docs.relations("Tim Lowe kept his Buy ratings on Arm and Marvell.", "en",
                "org/arm=Arm", "org/marvell=Marvell", "person/tim-lowe=Tim Lowe");
        assertTrue(comments(d).contains("person/tim-lowe commentedOn org/marvell"), comments(d).toString());
    }

    @Test
    void aNewClauseWithItsOwnSubjectEndsTheReport() {
        var d = Docs.relations("Lumen CEO Mira Patel said its agents had handled a billion tasks, and Polaris, led by Jonas Falk, "
                + "bought Corvid.", "en", "org/lumen=Lumen", "org/polaris=Polaris", "org/corvid=Corvid",
                "person/mira-patel=Mira Patel", "person/jonas-falk=Jonas Falk");
        assertFalse(Docs.facts(d).contains("person/mira-patel commentedOn org/corvid"), Docs.facts(d).toString());
        var same = Docs.relations("Analyst Mira Patel said Polaris will gain and Corvid will lose.", "en", "org/polaris=Polaris",
                "org/corvid=Corvid", "person/mira-patel=Mira Patel");
        assertTrue(Docs.facts(same).contains("person/mira-patel commentedOn org/corvid"), Docs.facts(same).toString());
    }

    /** The comments the whole pipeline finds (its sentence splitter, not the seed oracle's). */
    private static List<String> pipelineComments(String text, String lang) {
        return dev.aikg.annotate.Extract.facts(text, lang).stream().filter(f -> f.contains(" commentedOn ")).toList();
    }

    @Test
    void quoteThenPronounAndVerbIsTheReferentsComment() {
        List<String> en = pipelineComments("Lena Osgood, an analyst at Harwick Research, praised the figures. "
                + "\"Microsoft still lags Anthropic, and a chatbot does not fix that,\" she said.", "en");
        assertTrue(en.contains("Lena Osgood commentedOn Microsoft"), en.toString());
        assertTrue(en.contains("Lena Osgood commentedOn Anthropic"), en.toString());
        List<String> de = pipelineComments("Lena Osgood von Harwick Research bleibt vorsichtig. "
                + "\"Microsoft hängt Anthropic hinterher\", sie schrieb.", "de");
        assertTrue(de.contains("Lena Osgood commentedOn Microsoft"), de.toString());
    }

    @Test
    void aPersonNamedInsideTheQuoteIsNotTheSpeaker() {
        List<String> c = pipelineComments("Omar Reyes, a strategist at Pell Research, was blunt. "
                + "\"Sam Wilde has made DeepSeek a takeover target,\" he said.", "en");
        assertTrue(c.contains("Omar Reyes commentedOn DeepSeek"), c.toString());
        assertFalse(c.stream().anyMatch(f -> f.startsWith("Sam Wilde")), c.toString());
    }

    @Test
    void aPronounRefersPastASentenceThatUsesItToThatSentencesSubject() {
        List<String> c = pipelineComments("Nora Patel thinks the risk lies with the buyers. Their models disappointed, "
                + "which she believes is why Meta hired Alex Wong. \"Meta is paying because it fell behind OpenAI,\" she said.", "en");
        assertTrue(c.contains("Nora Patel commentedOn OpenAI"), c.toString());
        assertFalse(c.stream().anyMatch(f -> f.startsWith("Alex Wong")), c.toString());
    }

    @Test
    void aPersonBeforeTheQuoteInItsSentenceIsTheSpeakerOfSagteSie() {
        List<String> c = pipelineComments("Tom Brand lobte den Plan. Analystin Kira Wendt von Elbe Research ist skeptischer: "
                + "„DeepSeek ist schnell, aber Nvidia gibt Wertschöpfung ab“, sagte sie.", "de");
        assertTrue(c.contains("Kira Wendt commentedOn DeepSeek"), c.toString());
        assertFalse(c.stream().anyMatch(f -> f.startsWith("Tom Brand")), c.toString());
    }

    @Test
    void aReportGoesOnInTheSubjunctiveOrInAQuoteOfItsOwn() {
        List<String> konjunktiv = pipelineComments("„Das Urteil verschiebt die Macht“, sagt Lena Osgood, Analystin bei "
                + "Harwick Research. Microsoft gehe damit gestärkt aus dem Streit hervor.", "de");
        assertTrue(konjunktiv.contains("Lena Osgood commentedOn Microsoft"), konjunktiv.toString());
        List<String> quote = pipelineComments("Skeptischer äußerte sich Lena Osgood, Analystin bei Harwick Research. "
                + "„Nvidia ist inzwischen bewertet wie ein Luxuswert.“", "de");
        assertTrue(quote.contains("Lena Osgood commentedOn Nvidia"), quote.toString());
        List<String> indicative = pipelineComments("„Das Urteil verschiebt die Macht“, sagt Lena Osgood, Analystin bei "
                + "Harwick Research. Microsoft hat am Montag neue Zahlen vorgelegt.", "de");
        assertFalse(indicative.contains("Lena Osgood commentedOn Microsoft"), "the indicative is the writer's: " + indicative);
    }

    @Test
    void newsOfTheSpeakersOwnCompanyJudgesNoOne() {
        String[] ids = {"person/mara-lind=Mara Lind|Lind", "org/vela=Vela", "org/orbis=Orbis", "org/lumen=Lumen", "model/firn=Firn"};
        var raised = Docs.facts(Docs.relations("Vela, founded by Mara Lind, grew fast. Lind said on Tuesday it had raised $40 million in a "
                + "round led by Orbis, with Lumen also taking part.", "en", ids));
        assertFalse(raised.contains("person/mara-lind commentedOn org/orbis"), raised.toString());
        assertFalse(raised.contains("person/mara-lind commentedOn org/lumen"), raised.toString());
        var built = Docs.facts(Docs.relations("Lind said the company's assistant is built on Firn and runs on servers rented from Orbis.",
                "en", ids));
        assertFalse(built.contains("person/mara-lind commentedOn org/orbis"), built.toString());
        var german = Docs.facts(Docs.relations("Lind sagte, man baue gemeinsam mit Orbis eine Plattform auf.", "de", ids));
        assertFalse(german.contains("person/mara-lind commentedOn org/orbis"), german.toString());
        // A comparison or a reason still judges the other company.
        var beats = Docs.facts(Docs.relations("Lind said its model beats Orbis on German tasks.", "en", ids));
        assertTrue(beats.contains("person/mara-lind commentedOn org/orbis"), beats.toString());
        var chose = Docs.facts(Docs.relations("Lind sagte, man habe sich für Orbis entschieden, weil die Lizenz fair sei.", "de", ids));
        assertTrue(chose.contains("person/mara-lind commentedOn org/orbis"), chose.toString());
        // A judging verb's object is no report of one's own company.
        var called = Docs.facts(Docs.relations("Analyst Mara Lind called it the best quarter Orbis had delivered in years.", "en", ids));
        assertTrue(called.contains("person/mara-lind commentedOn org/orbis"), called.toString());
    }

    @Test
    void aMakerNamedOnlyAsTheOwnerOfANamedProductIsNotCommentedOn() {
        String[] ids = {"person/ida-holm=Ida Holm", "org/lumen=Lumen", "org/vela=Vela", "chip/l100=L100", "model/orbis=Orbis"};
        var chips = Docs.facts(Docs.relations("Ida Holm sagte, man habe mehr als 34.000 GPUs gesichert, darunter Lumens L100 sowie Velas Modell Orbis.",
                "de", ids));
        assertFalse(chips.contains("person/ida-holm commentedOn org/lumen"), chips.toString());
        var apposition = Docs.facts(Docs.relations("Ida Holm has said the satellite will run a version of Orbis, Vela's open model, in orbit.",
                "en", ids));
        assertFalse(apposition.contains("person/ida-holm commentedOn org/vela"), apposition.toString());
        var judged = Docs.facts(Docs.relations("Ida Holm said Lumen had become the vendor clients trust for code.", "en", ids));
        assertTrue(judged.contains("person/ida-holm commentedOn org/lumen"), judged.toString());
    }

    @Test
    void aCompanyThatSpeaksMakesNoPersonBeforeItTheSpeaker() {
        String[] ids = {"org/lumen=Lumen", "org/orbis=Orbis Capital", "org/vela=Vela", "person/mira-patel=Mira Patel"};
        var it = Docs.facts(Docs.relations("Lumen, led by chief executive Mira Patel, closed a round led by Orbis Capital; in January it added "
                + "Vela as a strategic investor.", "en", ids));
        org.junit.jupiter.api.Assertions.assertFalse(it.contains("person/mira-patel commentedOn org/vela"), it.toString());
        org.junit.jupiter.api.Assertions.assertFalse(it.contains("person/mira-patel commentedOn org/orbis"), it.toString());
        var bank = Docs.facts(Docs.relations("Analystin Mira Patel von der Orbis Bank sieht Vela als einen der Gewinner.", "de",
                "org/orbis=Orbis Bank", "org/vela=Vela", "person/mira-patel=Mira Patel"));
        org.junit.jupiter.api.Assertions.assertTrue(bank.contains("person/mira-patel commentedOn org/vela"), bank.toString());
    }
}
