package dev.aikg.bench.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestCorpusGenerator {
    private static final CorpusGenerator GENERATOR = new CorpusGenerator(CorpusFixture.LEXICON);

    @TempDir
    Path tmp;

    @Test
    void sameSeedGivesIdenticalFilesAndAnotherSeedDifferentOnes() throws Exception {
        GENERATOR.generate(tmp.resolve("a"), 30, 7, 0.5, false);
        GENERATOR.generate(tmp.resolve("b"), 30, 7, 0.5, false);
        GENERATOR.generate(tmp.resolve("c"), 30, 8, 0.5, false);
        Map<String, String> a = CorpusFixture.read(tmp.resolve("a"));
        assertEquals(30, a.size());
        assertEquals(a, CorpusFixture.read(tmp.resolve("b")));
        Map<String, String> c = CorpusFixture.read(tmp.resolve("c"));
        for (String name : a.keySet()) assertNotEquals(a.get(name), c.get(name), name);
    }

    @Test
    void documentIDoesNotDependOnCorpusSize() throws Exception {
        GENERATOR.generate(tmp.resolve("small"), 5, 3, 0.5, false);
        GENERATOR.generate(tmp.resolve("large"), 20, 3, 0.5, false);
        Map<String, String> small = CorpusFixture.read(tmp.resolve("small"));
        Map<String, String> large = CorpusFixture.read(tmp.resolve("large"));
        assertEquals(5, small.size());
        for (Map.Entry<String, String> e : small.entrySet()) assertEquals(e.getValue(), large.get(e.getKey()), e.getKey());
    }

    @Test
    void languageMixFollowsTheShare() {
        assertEquals(400, germanCount(0.5) + englishCount(0.5));
        int german = germanCount(0.5);
        assertTrue(german > 160 && german < 240, "German articles of 400 at share 0.5: " + german);
        int mostlyGerman = germanCount(0.9);
        assertTrue(mostlyGerman > 330, "German articles of 400 at share 0.9: " + mostlyGerman);
        assertEquals(0, germanCount(0.0));
        assertEquals(400, germanCount(1.0));
    }

    private static int germanCount(double share) {
        int n = 0;
        for (int i = 0; i < 400; i++) if (GENERATOR.article(11, i, share).contains("\nlang: de\n")) n++;
        return n;
    }

    private static int englishCount(double share) {
        int n = 0;
        for (int i = 0; i < 400; i++) if (GENERATOR.article(11, i, share).contains("\nlang: en\n")) n++;
        return n;
    }

    @Test
    void lengthsAreNewsLike() {
        long total = 0;
        int min = Integer.MAX_VALUE, max = 0;
        for (int i = 0; i < 500; i++) {
            int bytes = GENERATOR.article(5, i, 0.5).getBytes(StandardCharsets.UTF_8).length;
            total += bytes;
            min = Math.min(min, bytes);
            max = Math.max(max, bytes);
        }
        double mean = total / 500.0;
        assertTrue(min >= 1500, "shortest article: " + min);
        assertTrue(max <= 8192, "longest article: " + max);
        assertTrue(mean >= 3000 && mean <= 4500, "mean article length: " + mean);
        assertTrue(max - min > 3000, "lengths vary: " + min + " to " + max);
    }

    @Test
    void articlesHaveFrontMatterHeadlineAndParagraphs() {
        String de = firstIn("de");
        assertTrue(de.startsWith("---\ntitle: \""), de);
        assertTrue(de.contains("\ndate: 202") && de.contains("\nsource: aikg-bench\n---\n\n# "), de);
        assertTrue(de.contains(" Prozent") || de.contains(" Mrd. ") || de.contains(" Millionen "), de);
        String en = firstIn("en");
        assertTrue(en.contains("%") || en.contains("$") || en.contains("€"), en);
        assertTrue(de.split("\n\n").length >= 5 && en.split("\n\n").length >= 5, "several paragraphs");
    }

    private static String firstIn(String lang) {
        for (int i = 0; ; i++) {
            String a = GENERATOR.article(1, i, 0.5);
            if (a.contains("\nlang: " + lang + "\n")) return a;
        }
    }

    @Test
    void shardsThousandFilesPerFolder() throws Exception {
        Path dir = tmp.resolve("sharded");
        GENERATOR.generate(dir, 2_005, 1, 0.5, false);
        try (var folders = Files.list(dir)) {
            assertEquals(List.of("0000", "0001", "0002"), folders.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(1000, count(dir.resolve("0000")));
        assertEquals(1000, count(dir.resolve("0001")));
        assertEquals(5, count(dir.resolve("0002")));
        assertTrue(Files.exists(dir.resolve("0001/doc-0001999.md")));
        assertTrue(Files.exists(dir.resolve("0002/doc-0002004.md")));
    }

    private static long count(Path folder) throws Exception {
        try (var s = Files.list(folder)) {
            return s.count();
        }
    }

    @Test
    void refusesANonEmptyDirectoryUnlessForced() throws Exception {
        Path dir = tmp.resolve("used");
        GENERATOR.generate(dir, 12, 1, 0.5, false);
        Files.writeString(dir.resolve("notes.txt"), "mine");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GENERATOR.generate(dir, 3, 1, 0.5, false));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals(12, CorpusFixture.read(dir).size(), "nothing was touched");
        GENERATOR.generate(dir, 3, 2, 0.5, true);
        assertEquals(3, CorpusFixture.read(dir).size(), "the earlier corpus is replaced");
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")), "other files are left alone");
    }
}
