package dev.aikg.annotate.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestTokenizer {
    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> words(String s) {
        return tokenizer.tokenize(s).stream().filter(Token::word).map(Token::text).toList();
    }

    @Test
    void hyphenCompoundsSplitWithHyphenGap() {
        List<Token> ts = tokenizer.tokenize("Nvidia-GPUs");
        assertEquals(List.of("Nvidia", "GPUs"), ts.stream().map(Token::text).toList());
        assertEquals(Token.Gap.HYPHEN, ts.get(1).gap());
        assertEquals(7, ts.get(1).start());
    }

    @Test
    void possessiveIsFlaggedNotKept() {
        List<Token> ts = tokenizer.tokenize("DeepSeek’s app and Altman's post");
        assertEquals("DeepSeek", ts.get(0).text());
        assertTrue(ts.get(0).possessive());
        assertEquals(List.of("DeepSeek", "app", "and", "Altman", "post"), words("DeepSeek’s app and Altman's post"));
    }

    @Test
    void numbersDottedNamesAndAmpersandsStayWhole() {
        assertEquals(List.of("5,6", "Mio", "100’000", "GPT", "4.5", "You.com", "AT&T"),
                words("5,6 Mio. 100’000 GPT-4.5 You.com AT&T"));
    }

    @Test
    void dottedLegalFormsOfSingleLettersStayWhole() {
        assertEquals(List.of("Valtorre", "S.p.A", "Quintela", "S.A", "e.V", "z.B", "Ende", "Neuer"),
                words("Valtorre S.p.A. Quintela S.A. e.V. z.B. Ende.Neuer"));
    }

    @Test
    void aClosingPlusBelongsToTheWord() {
        assertEquals(List.of("Snapdragon", "XR2+", "Gen", "2", "Alexa+"), words("Snapdragon XR2+ Gen 2, Alexa+."));
        // A plus between numbers or before one is an operator or a sign; a double plus is no name's end.
        assertEquals(List.of("+", "5", "2", "+", "2"), tokenizer.tokenize("+5 2+2").stream().map(Token::text).toList());
        assertEquals(List.of("C", "+", "+"), tokenizer.tokenize("C++").stream().map(Token::text).toList());
    }

    @Test
    void punctuationIsSeparate() {
        List<Token> ts = tokenizer.tokenize("VAT (–8%)");
        assertEquals(List.of("VAT", "(", "–", "8", "%", ")"), ts.stream().map(Token::text).toList());
        assertEquals(Token.Gap.SPACE, ts.get(1).gap());
        assertEquals(Token.Gap.NONE, ts.get(2).gap());
    }

    @Test
    void shapeQuestionsGiveTheSameAnswerEveryTime() {
        List<Token> ts = tokenizer.tokenize("Die iPhone-Sparte von Apple meldet 5 neue GPUs; the HF0 fund said so.");
        for (int round = 0; round < 2; round++) {
            assertEquals(true, find(ts, "Die").capitalised());
            assertEquals(true, find(ts, "Die").hasUpperOrDigit());
            assertEquals(false, find(ts, "iPhone").capitalised());
            assertEquals(true, find(ts, "iPhone").hasUpperOrDigit());
            assertEquals(false, find(ts, "meldet").hasUpperOrDigit());
            assertEquals(true, find(ts, "5").hasUpperOrDigit());
            assertEquals(false, find(ts, "5").capitalised());
            assertEquals(true, find(ts, "HF0").hasUpperOrDigit());
            assertEquals(false, find(ts, ";").capitalised(), "punctuation is never capitalised");
        }
    }

    private static Token find(List<Token> ts, String text) {
        return ts.stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow();
    }
}
