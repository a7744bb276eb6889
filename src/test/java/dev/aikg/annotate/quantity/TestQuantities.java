package dev.aikg.annotate.quantity;

import dev.aikg.annotate.AnnotatedDocument;
import dev.aikg.annotate.relation.Docs;
import dev.aikg.model.Quantity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestQuantities {
    private static NumberPhrase one(String text, String lang) {
        List<NumberPhrase> ps = NumberPhraseFinder.find(text, 0, text.length(), lang);
        assertEquals(1, ps.size(), ps.toString());
        return ps.get(0);
    }

    @Test
    void numberFormats() {
        assertEquals(1000.5, NumberParser.parse("1.000,5", "de"));
        assertEquals(1000.5, NumberParser.parse("1,000.5", "en"));
        assertEquals(100000, NumberParser.parse("100’000", "de"));
        assertEquals(16000, NumberParser.parse("16.000", "de"));
        assertEquals(2048, NumberParser.parse("2,048", "en"));
        assertEquals(5.6, NumberParser.parse("5,6", "de"));
        assertEquals(5.6, NumberParser.parse("5.6", "en"));
    }

    @Test
    void germanMoney() {
        NumberPhrase p = one("Das kostete 7,2 Mio. $ insgesamt.", "de");
        assertEquals(7.2e6, p.value(), 1);
        assertEquals("USD", p.unit());
        assertEquals(23e9, one("Man zahlte 23 Milliarden US-Dollar.", "de").value(), 1);
        assertEquals(90e9, one("rund 90 Mrd. $ pro Jahr", "de").value(), 1);
        assertEquals(2e12, one("fast 2 Billionen Dollar an Wert", "de").value(), 1);
        assertEquals(1e12, one("fast 1 Billion Dollar an Wert", "de").value(), 1);
    }

    @Test
    void englishMoney() {
        NumberPhrase p = one("It raised $7.5M from angels.", "en");
        assertEquals(7.5e6, p.value(), 1);
        assertEquals("USD", p.unit());
        NumberPhrase e = one("a fine of €2.4bn was set", "en");
        assertEquals(2.4e9, e.value(), 1);
        assertEquals("EUR", e.unit());
        assertEquals(3e9, one("worth 3 billion dollars", "en").value(), 1);
        assertEquals(1e9, one("a 1 billion dollar deal", "en").value(), 1);
    }

    @Test
    void yuanAndUsdInParentheses() {
        List<NumberPhrase> ps = NumberPhraseFinder.find("Sie spendete 250 Millionen Yuan (35 Millionen USD).", 0, 51, "de");
        assertEquals(2, ps.size());
        assertEquals("CNY", ps.get(0).unit());
        assertEquals(35e6, ps.get(1).value(), 1);
    }

    @Test
    void chipCountsAndParameters() {
        NumberPhrase c = one("Es liefen 50’000 B200-Chips im Cluster.", "de");
        assertEquals("chipCount", c.kindHint());
        assertEquals(50000, c.value(), 0);
        assertEquals(8192, one("using 8,192 Nvidia B200 GPUs", "en").value(), 0);
        assertEquals(12000, one("mit 12.000 GPUs", "de").value(), 0);
        NumberPhrase p = one("Das Netz hat 405 Mrd. Parameter.", "de");
        assertEquals("parameters", p.kindHint());
        assertEquals(405e9, p.value(), 1);
        assertEquals("activeParameters", one("davon 17 Mrd. aktiv", "de").kindHint());
        assertEquals(405e9, one("a model with 405B parameters", "en").value(), 1);
    }

    @Test
    void plainNumbersAndModelNamesAreNoQuantities() {
        assertTrue(NumberPhraseFinder.find("Im Jahr 2024 kam das Modell H200 mit 3 Varianten.", 0, 49, "de").isEmpty());
    }

    @Test
    void kindsAndSubjects() {
        AnnotatedDocument d = Docs.run(Docs.of(
                "Das Training von Nova kostete nur 4,1 Mio. $. Intel will 30 Mrd. $ ausgeben. "
                        + "Amazon hat 2 Mrd. $ in Anthropic investiert. Der Fonds Lumina verwaltet 12 Mrd. $ an Vermögen.",
                "de", null, "model/nova=Nova", "org/intel=Intel", "org/amazon=Amazon", "org/anthropic=Anthropic",
                "org/lumina=Lumina"), dev.aikg.lexicon.Lexicon.empty());
        List<Quantity> q = d.quantities();
        assertEquals(4, q.size(), q.toString());
        assertEquals("trainingCost", q.get(0).kind());
        assertEquals("model/nova", q.get(0).subjectId());
        assertEquals("spending", q.get(1).kind());
        assertEquals("org/intel", q.get(1).subjectId());
        assertEquals("investment", q.get(2).kind());
        assertEquals("org/amazon", q.get(2).subjectId());
        assertEquals("org/anthropic", q.get(2).objectId());
        assertEquals("assetsUnderManagement", q.get(3).kind());
        assertEquals("org/lumina", q.get(3).subjectId());
    }

    @Test
    void marketValueChange() {
        AnnotatedDocument d = Docs.run(Docs.of("Broadcom verlor 200 Milliarden Dollar an Börsenwert.", "de", null,
                "org/broadcom=Broadcom"), dev.aikg.lexicon.Lexicon.empty());
        assertEquals("marketValueChange", d.quantities().get(0).kind());
        assertEquals("org/broadcom", d.quantities().get(0).subjectId());
        assertNull(d.quantities().get(0).objectId());
    }
}
