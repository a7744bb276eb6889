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
    void punctuationIsSeparate() {
        List<Token> ts = tokenizer.tokenize("VAT (–8%)");
        assertEquals(List.of("VAT", "(", "–", "8", "%", ")"), ts.stream().map(Token::text).toList());
        assertEquals(Token.Gap.SPACE, ts.get(1).gap());
        assertEquals(Token.Gap.NONE, ts.get(2).gap());
    }
}
