package dev.aikg.annotate.text;

import dev.aikg.model.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TestSentenceSplitter {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String s) {
        return splitter.split(s).stream().map(Sentence::text).toList();
    }

    @Test
    void abbreviationsAndOrdinalsDoNotEnd() {
        assertEquals(List.of("Das kostet z. B. 5,6 Mio. Dollar bei Acme Inc. in den U.S. Staaten.", "Am 27. Januar fiel der Kurs."),
                split("Das kostet z. B. 5,6 Mio. Dollar bei Acme Inc. in den U.S. Staaten. Am 27. Januar fiel der Kurs."));
    }

    @Test
    void theLetterOfAFundingRoundEnds() {
        assertEquals(List.of("Lumen raised $180 million in a Series C.", "New investors joined."),
                split("Lumen raised $180 million in a Series C. New investors joined."));
        assertEquals(List.of("Lumen schloss eine Serie B ab.", "Danach stieg der Wert."), split("Lumen schloss eine Serie B ab. Danach stieg der Wert."));
        assertEquals(List.of("John F. Kennedy spoke."), split("John F. Kennedy spoke."), "an initial stays inside");
    }

    @Test
    void yearBeforeCapitalEnds() {
        assertEquals(List.of("Es geschah 2022.", "Drei Jahre später kam mehr."), split("Es geschah 2022. Drei Jahre später kam mehr."));
    }

    @Test
    void quotesCloseTheSentence() {
        assertEquals(List.of("Er sagte: „Das ist gut.“", "Dann ging er."), split("Er sagte: „Das ist gut.“ Dann ging er."));
    }

    @Test
    void headlinesAndBulletsEndAtLineBreak() {
        assertEquals(List.of("Große Verluste an der Börse", "-", "Kosten: Das Modell war billig.", "Weiter geht es"),
                split("Große Verluste an der Börse\n-\nKosten: Das Modell war billig.\nWeiter geht es"));
    }

    @Test
    void wrappedLineContinuesInLowerCase() {
        assertEquals(List.of("Der Satz geht\nweiter bis hier."), split("Der Satz geht\nweiter bis hier."));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Eins.  Zwei!";
        Sentence s = splitter.split(text).get(1);
        assertEquals("Zwei!", text.substring(s.start(), s.end()));
        assertEquals(1, s.index());
    }
}
