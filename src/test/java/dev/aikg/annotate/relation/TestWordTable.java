package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestWordTable {
    private final WordTable table = new WordTable(List.of("sagte", "laut", "warned", "einschätzung", "so"));

    @Test
    void findsAWordInsideAGermanSentenceWithoutCopyingIt() {
        String s = "die analystin sagte am dienstag, der chipbauer wachse weiter.";
        int at = s.indexOf("sagte");
        assertTrue(table.contains(s, at, at + 5));
        assertFalse(table.contains(s, at, at + 4), "a prefix of a word is not the word");
        assertFalse(table.contains(s, at - 1, at + 5), "the space before is part of the slice");
    }

    @Test
    void findsEnglishWordsAndRejectsNearMisses() {
        String s = "the investor warned that the warnings came late, so the board waited.";
        int w = s.indexOf("warned");
        assertTrue(table.contains(s, w, w + 6));
        int ws = s.indexOf("warnings");
        assertFalse(table.contains(s, ws, ws + 8));
        int so = s.indexOf(" so ") + 1;
        assertTrue(table.contains(s, so, so + 2));
    }

    @Test
    void handlesNonAsciiLettersAndEmptySlices() {
        String s = "nach einschätzung der bank";
        int e = s.indexOf("einschätzung");
        assertTrue(table.contains(s, e, e + "einschätzung".length()));
        assertFalse(table.contains(s, 0, 0));
        assertFalse(table.contains("lauter", 0, 6));
    }

    @Test
    void sentenceViewAsksOnlyWholeWords() {
        var doc = Docs.of("Die Chefin sagte, das Team wachse. Ein Sager ohne Verb.", "de", null);
        var index = MentionIndex.of(doc);
        var first = new SentenceView(doc, index, doc.sentences().get(0));
        var second = new SentenceView(doc, index, doc.sentences().get(1));
        assertTrue(first.mayHaveWordIn(table));
        assertFalse(second.mayHaveWordIn(table));
    }

    @Test
    void aWordAsksTheTableAboutItsLowerCaseWithOrWithoutALinedUpCopy() {
        String text = "Laut dem Bericht WARNED the board.";
        List<Words.Word> plain = Words.in(text, 0, text.length());
        List<Words.Word> lined = Words.in(text, 0, text.length(), text.toLowerCase(), 0);
        for (List<Words.Word> ws : List.of(plain, lined)) {
            assertTrue(ws.get(0).lowerIn(table), "Laut");
            assertFalse(ws.get(1).lowerIn(table), "dem");
            assertTrue(ws.get(3).lowerIn(table), "WARNED");
            assertEquals("warned", ws.get(3).lower());
            assertEquals("WARNED", ws.get(3).text());
        }
        String shifted = "xx " + text;
        Words.Word w = Words.in(text, 0, text.length(), shifted.toLowerCase(), -3).get(0);
        assertEquals("laut", w.lower(), "the lower case is sliced from its own start");
    }

    @Test
    void wordComparisonsAgreeWithTheCopiedLowerCase() {
        String text = "Das Hangzhou-based Labor aus Berlin, FROM Paris, in IN x-BASED.";
        List<Words.Word> plain = Words.in(text, 0, text.length());
        List<Words.Word> lined = Words.in(text, 0, text.length(), text.toLowerCase(), 0);
        for (List<Words.Word> ws : List.of(plain, lined)) {
            for (Words.Word w : ws) {
                for (String s : new String[] {"aus", "from", "in", "-based", "based", "", "das hangzhou"}) {
                    assertEquals(w.lower().equals(s), w.lowerIs(s), w + " is " + s);
                    assertEquals(w.lower().endsWith(s), w.lowerEndsWith(s), w + " ends with " + s);
                }
            }
        }
    }
}
