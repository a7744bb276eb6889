package dev.aikg.annotate.mention;

import dev.aikg.annotate.AnnotatedDocument;
import dev.aikg.annotate.SmallLexicon;
import dev.aikg.annotate.text.BoilerplateDetector;
import dev.aikg.annotate.text.SentenceSplitter;
import dev.aikg.annotate.text.Token;
import dev.aikg.annotate.text.Tokenizer;
import dev.aikg.model.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One vocabulary lookup per token must answer every word-class question as the word lists do. */
class TestVocabulary {
    private static final LexiconIndex INDEX = new LexiconIndex(SmallLexicon.get());

    private static DocumentTokens tokens(String text, String lang) {
        AnnotatedDocument doc = new AnnotatedDocument(new Document("v", null, text, lang, LocalDate.of(2025, 3, 4), null, null));
        new SentenceSplitter().annotate(doc);
        new BoilerplateDetector().annotate(doc);
        return new DocumentTokens(doc, new Tokenizer(), INDEX.vocabulary());
    }

    private static int find(DocumentTokens d, String word) {
        for (int i = 0; i < d.size(); i++) if (d.get(i).text().equals(word)) return i;
        throw new AssertionError("no token " + word);
    }

    @Test
    void germanTokensCarryTheirClasses() {
        DocumentTokens d = tokens("Die Halbleiteranalystin Maria Berger von der Acme AG sagte am Montag, das Startup "
                + "habe den Chip bereits getestet.", "de");
        assertTrue(d.is(find(d, "Halbleiteranalystin"), Cues.F_ROLE), "compound role noun");
        assertTrue(d.is(find(d, "Maria"), Cues.F_GIVEN));
        assertTrue(d.is(find(d, "AG"), Cues.F_ORG_SUFFIX));
        assertTrue(d.is(find(d, "sagte"), Cues.F_SPEECH));
        assertTrue(d.is(find(d, "Startup"), Cues.F_ORG_CUE_NOUN));
        assertTrue(d.is(find(d, "Chip"), Cues.F_CHIP_TYPE));
        assertTrue(d.is(find(d, "Die"), Cues.F_DETERMINER));
        assertFalse(d.is(find(d, "Berger"), Cues.F_GIVEN | Cues.F_ROLE | Cues.F_NOT_NAME));
        assertFalse(d.is(-1, Cues.F_ROLE), "outside the token list");
        assertFalse(d.is(d.size(), Cues.F_ROLE), "outside the token list");
    }

    @Test
    void englishTokensCarryTheirClasses() {
        DocumentTokens d = tokens("The chief strategist told reporters that the new Llama model ran on Gaudi chips "
                + "at the Financial Times.", "en");
        assertTrue(d.is(find(d, "told"), Cues.F_SPEECH));
        assertTrue(d.is(find(d, "Llama"), Cues.F_MODEL_FAMILY));
        assertTrue(d.is(find(d, "model"), Cues.F_MODEL_TYPE));
        assertTrue(d.is(find(d, "Gaudi"), Cues.F_CHIP_FAMILY));
        assertTrue(d.is(find(d, "Times"), Cues.F_MEDIA_NOUN));
        assertFalse(d.is(find(d, "reporters"), Cues.F_SPEECH | Cues.F_MODEL_TYPE));
    }

    @Test
    void tokenBitsAgreeWithTheWordLists() {
        // Every token answers each class exactly as the per-word lookup does, whether or not it is listed.
        DocumentTokens d = tokens("Laut Chefökonomin Ana Lopez legte die Nvidia-Aktie am Freitag zu; the Hedgefonds "
                + "manager and Strategin said Qwen2 and Claude beat the Research Labs of Acme Holding.", "de");
        int[] flags = {Cues.F_NOT_NAME, Cues.F_GIVEN, Cues.F_CHINESE, Cues.F_ROLE, Cues.F_ORG_TYPE, Cues.F_MODEL_TYPE,
                Cues.F_CHIP_TYPE, Cues.F_SPEECH, Cues.F_ORG_SUFFIX, Cues.F_ORG_CUE_NOUN, Cues.F_LOWER_TRIGGER,
                Cues.F_MEDIA_NOUN, Cues.F_DETERMINER, Cues.F_MODEL_FAMILY, Cues.F_CHIP_FAMILY};
        for (int i = 0; i < d.size(); i++) {
            for (int f : flags) {
                assertEquals(Cues.is(d.lower(i), f), d.is(i, f), d.get(i).text() + " flag " + f);
            }
        }
    }

    @Test
    void unlistedWordSettlesItsRoleOnlyWhenAsked() {
        Token t = new Tokenizer().tokenize("Chipanalyst").get(0);
        t.classes(Cues.F_KNOWN | Cues.F_UNLISTED);
        assertFalse(Cues.is(t, Cues.F_GIVEN), "no list holds it");
        assertTrue((t.classes() & Cues.F_UNLISTED) != 0, "a question about another class leaves it unsettled");
        assertTrue(Cues.is(t, Cues.F_ROLE), "ends in a role noun");
        assertEquals(0, t.classes() & Cues.F_UNLISTED, "settled once asked");
    }

    @Test
    void lexemesHoldTheOneWordLexiconKeys() {
        Vocabulary v = INDEX.vocabulary();
        Vocabulary.Lexeme nvidia = v.get("nvidia");
        assertNotNull(nvidia);
        assertTrue(nvidia.key().prefix());
        assertEquals("org/nvidia", nvidia.key().labels().get(0).entry().id());
        assertEquals("nvidia", v.get("nvidias").key().genitiveStem(), "genitive folded by the same lookup");
        assertTrue(v.get("tokyo").multiWord() != null && v.get("tokyo").multiWord().size() > 0, "part of the multi-word label Tokyo Electron");
        assertNull(v.get("quartalsbericht"), "a word in no list and no label");
        assertEquals(Cues.F_KNOWN, v.classes("quartalsbericht"));
    }

    @Test
    void everyListedWordAndLexiconKeyIsFound() {
        Vocabulary v = INDEX.vocabulary();
        for (String w : Cues.listedWords()) {
            assertNotNull(v.get(w), w);
            assertEquals(Cues.classify(w), v.classes(w), w);
        }
        for (String w : List.of("nvidia", "nv", "deutschebank", "deutschen", "openai", "open", "o", "tokyo")) {
            assertEquals(INDEX.key(w), v.get(w).key(), w);
        }
        for (String w : List.of("xqzt", "", "zeitenwende", "\u0000")) {
            assertNull(v.get(w), w);
        }
    }

    @Test
    void keysKnowWhichLettersCanFollow() {
        // "Meta Platforms" is keyed "metaplatforms": after "meta" only a "p" can continue a label.
        LexiconIndex.Key meta = INDEX.key("meta");
        assertTrue(meta.continuesWith('p'));
        assertFalse(meta.continuesWith('z'));
        // "Open AI" for "OpenAI": the scan reads on into the next token.
        assertTrue(INDEX.key("open").continuesWith('a'));
    }

    @Test
    void findersMatchTheSameWithAndWithoutTheVocabulary() {
        String text = "Der Nvidia-Chef Jensen Huang sprach mit Analystin Jane Roe von Bernstein Research über "
                + "Open AI, Metas Pläne und die Tokyo Electron-Aktie. Microsofts Partner OpenAI zeigte o3-mini.";
        AnnotatedDocument a = new AnnotatedDocument(new Document("a", null, text, "de", LocalDate.of(2025, 3, 4), null, null));
        AnnotatedDocument b = new AnnotatedDocument(new Document("a", null, text, "de", LocalDate.of(2025, 3, 4), null, null));
        for (AnnotatedDocument doc : List.of(a, b)) {
            new SentenceSplitter().annotate(doc);
            new BoilerplateDetector().annotate(doc);
        }
        MentionStage plain = new MentionStage(List.of(new LexiconMentionFinder(INDEX), new PatternMentionFinder(INDEX),
                new FuzzyMentionFinder(INDEX), new CueMentionFinder()));
        plain.annotate(a);
        MentionStage.standard(INDEX).annotate(b);
        assertFalse(a.mentions().isEmpty());
        assertEquals(a.mentions(), b.mentions());
    }
}
