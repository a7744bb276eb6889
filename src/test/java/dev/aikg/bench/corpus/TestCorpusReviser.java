package dev.aikg.bench.corpus;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestCorpusReviser {
    private static final CorpusReviser REVISER = new CorpusReviser(CorpusFixture.LEXICON);

    @TempDir
    Path tmp;
    Path a, b;
    Map<String, String> original;

    @BeforeEach
    void twoCopies() throws Exception {
        CorpusGenerator g = new CorpusGenerator(CorpusFixture.LEXICON);
        a = tmp.resolve("a");
        b = tmp.resolve("b");
        g.generate(a, 250, 9, 0.5, false);
        g.generate(b, 250, 9, 0.5, false);
        original = CorpusFixture.read(a);
    }

    @Test
    void changesTheRoundedShareOfFiles() throws Exception {
        assertEquals(25, REVISER.revise(a, 10, 1).changed());
        assertEquals(25, changed(CorpusFixture.read(a)));
        assertEquals(3, REVISER.revise(b, 1, 1).changed(), "1% of 250 rounds to 3");
        assertEquals(3, changed(CorpusFixture.read(b)));
    }

    @Test
    void aTinyShareStillChangesOneFile() throws Exception {
        assertEquals(1, REVISER.revise(a, 0.01, 1).changed());
        assertEquals(1, changed(CorpusFixture.read(a)));
        assertEquals(0, REVISER.revise(b, 0, 1).changed());
        assertEquals(original, CorpusFixture.read(b));
    }

    @Test
    void sameSeedMakesTheSameEdits() throws Exception {
        REVISER.revise(a, 8, 4);
        REVISER.revise(b, 8, 4);
        Map<String, String> revised = CorpusFixture.read(a);
        assertEquals(revised, CorpusFixture.read(b));
        Path c = tmp.resolve("c");
        new CorpusGenerator(CorpusFixture.LEXICON).generate(c, 250, 9, 0.5, false);
        REVISER.revise(c, 8, 5);
        assertNotEquals(revised, CorpusFixture.read(c), "another seed edits other files or differently");
    }

    @Test
    void editsKeepTheArticleReadable() throws Exception {
        REVISER.revise(a, 20, 2);
        for (Map.Entry<String, String> e : CorpusFixture.read(a).entrySet()) {
            String text = e.getValue();
            assertTrue(text.startsWith("---\ntitle: ") && text.endsWith("\n") && !text.contains("\n\n\n"), e.getKey());
            assertTrue(text.length() >= original.get(e.getKey()).length() - 300, "an edit never guts an article: " + e.getKey());
        }
    }

    @Test
    void refusesADirectoryWithoutCorpus() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThrows(IllegalArgumentException.class, () -> REVISER.revise(empty, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> REVISER.revise(a, 150, 1));
    }

    private int changed(Map<String, String> now) {
        int n = 0;
        for (Map.Entry<String, String> e : original.entrySet()) if (!e.getValue().equals(now.get(e.getKey()))) n++;
        return n;
    }
}
