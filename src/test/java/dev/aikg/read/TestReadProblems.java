package dev.aikg.read;

import dev.aikg.model.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input: each problem is one line naming the file (and line) and what is wrong; nothing throws,
 * and the good inputs next to the bad one are still read.
 */
class TestReadProblems {
    private static final long MB = 1L << 20;

    @TempDir
    Path dir;

    private final List<ReadProblem> problems = new ArrayList<>();

    private Path good() throws IOException {
        return write("gut.txt", "Ein guter Artikel über die Börse, der gelesen werden muss.\n");
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    private List<Document> read(Path... inputs) {
        return new DocumentReader().readAll(List.of(inputs), problems::add);
    }

    /** The single problem reported, checked for being one line that names the file. */
    private ReadProblem only(Path file, boolean fatal) {
        assertEquals(1, problems.size(), problems.toString());
        ReadProblem p = problems.get(0);
        assertEquals(file, p.path());
        assertEquals(fatal, p.fatal(), p.format());
        String line = p.format();
        assertFalse(line.contains("\n"), line);
        assertTrue(line.startsWith((fatal ? "error: " : "warning: ") + file), line);
        return p;
    }

    private static List<String> ids(List<Document> docs) {
        return docs.stream().map(Document::id).toList();
    }

    @Test
    void missingPath() throws IOException {
        Path missing = dir.resolve("fehlt.txt");
        List<Document> docs = read(missing, good());
        assertTrue(only(missing, true).message().contains("no such file"));
        assertEquals(List.of("gut"), ids(docs));
    }

    @Test
    void emptyFile() throws IOException {
        Path empty = write("leer.txt", "");
        List<Document> docs = read(empty, good());
        assertEquals("empty file", only(empty, true).message());
        assertEquals(List.of("gut"), ids(docs));
    }

    @Test
    void emptyJsonl() throws IOException {
        Path empty = write("leer.jsonl", "");
        List<Document> docs = read(empty, good());
        assertEquals("empty file", only(empty, true).message());
        assertEquals(List.of("gut"), ids(docs));
    }

    @Test
    void whitespaceOnlyFile() throws IOException {
        Path blank = write("blank.md", "\n   \n\t\n");
        List<Document> docs = read(blank, good());
        assertEquals("no visible text", only(blank, true).message());
        assertEquals(List.of("gut"), ids(docs));
    }

    @Test
    void binaryFile() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Path bin = write("bild.txt", png);
        List<Document> docs = read(bin, good());
        assertTrue(only(bin, true).message().contains("binary"), problems.toString());
        assertEquals(List.of("gut"), ids(docs));
    }

    @Test
    void binaryJsonl() throws IOException {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i * 7);
        Path bin = write("daten.jsonl", bytes);
        List<Document> docs = read(bin, good());
        assertEquals(List.of("gut"), ids(docs));
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().allMatch(p -> p.path().equals(bin) && p.fatal()), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("binary")), problems.toString());
    }

    @Test
    void a200MegabyteArticleIsRefusedBySizeWithoutBeingRead() throws IOException {
        Path huge = dir.resolve("riesig.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(200 * MB); // sparse: all zero bytes, so reading it would say "binary" instead
        }
        long t0 = System.nanoTime();
        List<Document> docs = read(huge, good());
        long millis = (System.nanoTime() - t0) / 1_000_000;
        ReadProblem p = only(huge, true);
        assertTrue(p.message().contains("209,715,200 bytes") && p.message().contains("limit"), p.message());
        assertEquals(List.of("gut"), ids(docs));
        assertTrue(millis < 2000, "took " + millis + " ms: the file was read");
    }

    @Test
    void aJsonlFileFarOverTheArticleLimitIsStreamedLineByLine() throws IOException {
        // 24 MB of small lines against a 1 MB article limit and 64 KB line limit: read in constant memory.
        ReadLimits limits = new ReadLimits(MB, 64 << 10);
        Path big = dir.resolve("gross.jsonl");
        int lines = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(big), 1 << 16)) {
            byte[] filler = " Die Aktie fiel am Montag deutlich, und die Anleger verkauften Technologiewerte.".repeat(4)
                    .getBytes(StandardCharsets.UTF_8);
            while (lines * (filler.length + 40L) < 24 * MB) {
                out.write(("{\"id\":\"n" + lines + "\",\"text\":\"").getBytes(StandardCharsets.UTF_8));
                out.write(filler);
                out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
                lines++;
            }
        }
        assertTrue(Files.size(big) > 20 * MB);
        AtomicLong count = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        new DocumentReader(limits).read(List.of(big), d -> {
            count.incrementAndGet();
            chars.addAndGet(d.text().length());
        }, problems::add);
        assertEquals(List.of(), problems);
        assertEquals(lines, count.get());
    }

    @Test
    void anOverlongJsonlLineIsSkippedAndTheNextOnesRead() throws IOException {
        ReadLimits limits = new ReadLimits(MB, 1000);
        Path p = write("lang.jsonl", "{\"id\":\"a\",\"text\":\"Kurz und gut.\"}\n"
                + "{\"id\":\"b\",\"text\":\"" + "x".repeat(5000) + "\"}\n"
                + "{\"id\":\"c\",\"text\":\"Auch kurz.\"}\n");
        List<Document> docs = new DocumentReader(limits).readAll(List.of(p), problems::add);
        assertEquals(List.of("a", "c"), ids(docs));
        ReadProblem problem = only(p, true);
        assertEquals(2, problem.line());
        assertTrue(problem.format().startsWith("error: " + p + ":2: line is over the 1,000-byte limit"), problem.format());
    }

    @Test
    void invalidUtf8IsReplacedWithAWarning() throws IOException {
        byte[] latin1 = "Die Börse fiel am Montag.\n".getBytes(StandardCharsets.ISO_8859_1);
        Path p = write("latin1.txt", latin1);
        List<Document> docs = read(p, good());
        ReadProblem w = only(p, false);
        assertTrue(w.message().contains("invalid UTF-8") && w.message().contains("1 malformed"), w.message());
        assertEquals(List.of("latin1", "gut"), ids(docs));
        assertEquals("Die B\uFFFDrse fiel am Montag.\n", docs.get(0).text());
    }

    @Test
    void invalidUtf8InAJsonlLineIsReplacedWithAWarningForThatLine() throws IOException {
        byte[] line1 = "{\"id\":\"a\",\"text\":\"Gr\u00fc\u00dfe aus K\u00f6ln.\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] line2 = "{\"id\":\"b\",\"text\":\"Alles gut.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[line1.length + line2.length];
        System.arraycopy(line1, 0, all, 0, line1.length);
        System.arraycopy(line2, 0, all, line1.length, line2.length);
        Path p = write("mix.jsonl", all);
        List<Document> docs = read(p);
        ReadProblem w = only(p, false);
        assertEquals(1, w.line());
        assertEquals(List.of("a", "b"), ids(docs));
        assertTrue(docs.get(0).text().contains("\uFFFD"));
    }

    @Test
    void malformedJsonlLineIsReportedByNumberAndTheOthersRead() throws IOException {
        Path p = write("kaputt.jsonl", "{\"id\":\"a\",\"text\":\"Erster Text.\"}\n"
                + "\n"
                + "{\"id\":\"b\",\"text\":\"Zweiter Text.\"\n"
                + "{\"id\":\"c\",\"text\":\"Dritter Text.\"}\n"
                + "[1, 2, 3]\n");
        List<Document> docs = read(p);
        assertEquals(List.of("a", "c"), ids(docs));
        assertEquals(2, problems.size(), problems.toString());
        ReadProblem bad = problems.get(0);
        assertEquals(3, bad.line());
        assertTrue(bad.format().startsWith("error: " + p + ":3: malformed JSON"), bad.format());
        assertFalse(bad.format().contains("\n"), bad.format());
        assertEquals(5, problems.get(1).line());
        assertEquals("not a JSON object", problems.get(1).message());
    }

    @Test
    void jsonlLineWithoutText() throws IOException {
        Path p = write("ohne.jsonl", "{\"id\":\"a\",\"title\":\"Nur ein Titel\"}\n"
                + "{\"id\":\"b\",\"text\":42}\n"
                + "{\"id\":\"c\",\"text\":\"   \"}\n"
                + "{\"id\":\"d\",\"text\":\"Mit Text.\"}\n");
        List<Document> docs = read(p);
        assertEquals(List.of("d"), ids(docs));
        assertEquals(List.of(1L, 2L, 3L), problems.stream().map(ReadProblem::line).toList());
        for (ReadProblem problem : problems) {
            assertEquals("no \"text\" string", problem.message());
            assertTrue(problem.fatal());
        }
    }

    @Test
    void duplicateIdsInOneJsonlFile() throws IOException {
        Path p = write("doppelt.jsonl", "{\"id\":\"x\",\"text\":\"Eins.\"}\n{\"id\":\"x\",\"text\":\"Zwei.\"}\n");
        List<Document> docs = read(p);
        assertEquals(1, docs.size());
        assertEquals("Eins.", docs.get(0).text());
        ReadProblem problem = only(p, true);
        assertEquals(2, problem.line());
        assertTrue(problem.message().contains("duplicate id \"x\""), problem.message());
    }

    @Test
    void duplicateIdsAcrossFiles() throws IOException {
        Path a = write("a/bericht.txt", "Der erste Bericht.\n");
        Path b = write("b/bericht.md", "Der zweite Bericht.\n");
        Path c = write("c.jsonl", "{\"id\":\"bericht\",\"text\":\"Der dritte Bericht.\"}\n");
        List<Document> docs = read(a, b, c, good());
        assertEquals(List.of("bericht", "gut"), ids(docs));
        assertEquals("Der erste Bericht.\n", docs.get(0).text());
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(b, problems.get(0).path());
        assertEquals(c, problems.get(1).path());
        for (ReadProblem p : problems) {
            assertTrue(p.fatal());
            assertTrue(p.message().contains("\"bericht\" is already used by " + a), p.message());
        }
    }

    @Test
    void unknownExtensionIsSkippedWithAWarning() throws IOException {
        Path pdf = write("bericht.pdf", "%PDF-1.4 not really");
        List<Document> docs = read(pdf, good());
        ReadProblem w = only(pdf, false);
        assertTrue(w.message().startsWith("unknown file type, skipped"), w.message());
        assertEquals(List.of("gut"), ids(docs));
    }

    @Test
    void unreadableFile() throws IOException {
        Path secret = write("geheim.txt", "Nicht lesbar.\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(secret),
                    "running as root (or without POSIX permissions): chmod 000 does not stop this user reading");
            List<Document> docs = read(secret, good());
            assertEquals("permission denied", only(secret, true).message());
            assertEquals(List.of("gut"), ids(docs));
        } finally {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void unreadableJsonl() throws IOException {
        Path secret = write("geheim.jsonl", "{\"text\":\"Nicht lesbar.\"}\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(secret),
                    "running as root (or without POSIX permissions): chmod 000 does not stop this user reading");
            List<Document> docs = read(secret, good());
            ReadProblem p = only(secret, true);
            assertTrue(p.message().contains("permission denied"), p.message());
            assertEquals(List.of("gut"), ids(docs));
        } finally {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** An I/O error even root gets: /proc/self/mem reads fail at offset 0 (the chmod tests above need a non-root user). */
    @Test
    void aFileThatFailsOnReadIsOneLine() throws IOException {
        Path proc = Path.of("/proc/self/mem");
        Assumptions.assumeTrue(Files.exists(proc), "needs Linux /proc");
        Path broken = dir.resolve("kaputt.txt");
        Files.createSymbolicLink(broken, proc);
        List<Document> docs = read(broken, good());
        ReadProblem p = only(broken, true);
        assertTrue(p.message().startsWith("cannot read") || p.message().equals("empty file"), p.message());
        assertEquals(List.of("gut"), ids(docs));
    }

    @Test
    void aDirectoryWhereAFileIsExpectedByAFormat() throws IOException {
        // The reader walks directories; a format handed one directly must still answer with a message.
        Path d = Files.createDirectories(dir.resolve("ordner.txt"));
        List<ReadProblem> seen = new ArrayList<>();
        List<Document> docs = new ArrayList<>();
        new PlainTextFormat().read(d, ReadLimits.DEFAULT, KnownDocuments.NONE, docs::add, seen::add);
        new JsonlFormat().read(d, ReadLimits.DEFAULT, KnownDocuments.NONE, docs::add, seen::add);
        assertEquals(List.of(), docs);
        assertEquals(2, seen.size(), seen.toString());
        for (ReadProblem p : seen) {
            assertTrue(p.fatal());
            assertEquals(d, p.path());
            assertFalse(p.format().contains("\n"));
            assertTrue(p.message().contains("directory"), p.message());
        }
    }
}
