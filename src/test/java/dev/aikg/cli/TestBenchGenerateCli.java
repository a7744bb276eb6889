package dev.aikg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code aikg bench generate} and {@code aikg bench revise} through the command line. */
class TestBenchGenerateCli {
    @TempDir
    Path tmp;

    @Test
    void generateWritesTheCorpusAndRefusesToOverwrite() throws Exception {
        Path out = tmp.resolve("corpus");
        CliRun r = CliRun.run("bench", "generate", "--docs", "12", "--seed", "5", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("generated 12 documents (") && r.out().contains(" MB in "), r.out());
        assertEquals(1, r.out().strip().lines().count(), r.out());
        assertTrue(Files.readString(out.resolve("0000/doc-0000011.md")).startsWith("---\ntitle: "));
        CliRun again = CliRun.run("bench", "generate", "--docs", "12", "--out", out.toString());
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("error: ") && again.err().contains("not empty") && again.err().contains("--force"), again.err());
        assertEquals(0, CliRun.run("bench", "generate", "--docs", "3", "--out", out.toString(), "--force").exit());
        assertTrue(Files.notExists(out.resolve("0000/doc-0000011.md")), "forced run replaces the old corpus");
    }

    @Test
    void reviseEditsTheGivenShare() throws Exception {
        Path out = tmp.resolve("corpus");
        assertEquals(0, CliRun.run("bench", "generate", "--docs", "40", "--out", out.toString()).exit());
        String before = Files.readString(out.resolve("0000/doc-0000000.md"));
        CliRun r = CliRun.run("bench", "revise", out.toString(), "--percent", "100", "--seed", "2");
        assertEquals(0, r.exit(), r.err());
        assertEquals("revised 40 of 40 documents in " + out, r.out().strip());
        assertNotEquals(before, Files.readString(out.resolve("0000/doc-0000000.md")));
        CliRun missing = CliRun.run("bench", "revise", tmp.resolve("nope").toString(), "--percent", "1");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no such directory"), missing.err());
    }
}
