package dev.aikg.read;

import dev.aikg.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each input format read from a small sample of its own. */
class TestDocumentReader {
    @TempDir
    Path dir;

    private final List<ReadProblem> problems = new ArrayList<>();

    private Document readOne(Path file) {
        List<Document> docs = new DocumentReader().readAll(List.of(file), problems::add);
        assertEquals(List.of(), problems, "no problems expected");
        assertEquals(1, docs.size());
        return docs.get(0);
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void germanPlainTextWithTitleAndDateline() throws Exception {
        String text = "Chiphersteller unter Druck\n\n28.01.2025\n\n"
                + "Die Aktie des Konzerns ist am Montag deutlich gefallen. Anleger sorgen sich um die Nachfrage, "
                + "weil ein neues Sprachmodell mit weniger Rechenleistung auskommt.\n";
        Path p = write("Chip-Report.txt", text);
        Document d = readOne(p);
        assertEquals("Chip-Report", d.id());
        assertEquals("Chiphersteller unter Druck", d.title());
        assertEquals(LocalDate.of(2025, 1, 28), d.published());
        assertEquals("de", d.lang());
        assertEquals(text, d.text());
        assertEquals(p.toString(), d.source());
        assertEquals(sha256(Files.readAllBytes(p)), d.sha256());
    }

    @Test
    void windowsLineEndingsBecomeNewlines() throws Exception {
        Document d = readOne(write("crlf.txt", "Titel\r\n\r\nDer Text ist hier und die Zeile endet.\r\n"));
        assertFalse(d.text().contains("\r"));
        assertEquals("Titel", d.title());
    }

    @Test
    void markdownLosesFrontMatterMarksAndLinkTargets() throws Exception {
        String md = "---\ntitle: \"Titel aus dem Kopf\"\ndate: 2025-01-28\nauthor: Jemand\n---\n"
                + "# Neues Modell aus Hangzhou\n\n"
                + "Das Startup hat ein **offenes** Modell vorgestellt, das [laut Bericht](https://example.org/bericht) "
                + "sehr wenig gekostet hat.\n\n![Foto](bild.png)\nDie Börse reagiert nervös.\n";
        Document d = readOne(write("neues-modell.md", md));
        assertEquals("neues-modell", d.id());
        // Front matter is the page's own word on title and date; it does not stay in the text.
        assertEquals("Titel aus dem Kopf", d.title());
        assertEquals(java.time.LocalDate.of(2025, 1, 28), d.published());
        assertFalse(d.text().contains("Titel aus dem Kopf"), d.text());
        assertFalse(d.text().contains("author:"), d.text());
        assertFalse(d.text().contains("#"), d.text());
        assertFalse(d.text().contains("**"), d.text());
        assertFalse(d.text().contains("example.org"), d.text());
        assertFalse(d.text().contains("bild.png"), d.text());
        assertTrue(d.text().contains("ein offenes Modell vorgestellt, das laut Bericht sehr wenig"), d.text());
        assertTrue(d.text().startsWith("Neues Modell aus Hangzhou\n"), d.text());
        assertEquals("de", d.lang());
    }

    @Test
    void markdownLosesSingleMarkEmphasisButKeepsListsAndSnakeCase() throws Exception {
        String md = "# Titel\n\nDas Modell ist *deutlich* billiger und _viel_ schneller.\n\n"
                + "* erster Punkt\n* zweiter Punkt\n\nDie Datei heißt model_weights_v3 und 2 * 3 = 6.\n";
        Document d = readOne(write("betont.md", md));
        assertTrue(d.text().contains("Das Modell ist deutlich billiger und viel schneller."), d.text());
        assertTrue(d.text().contains("* erster Punkt\n* zweiter Punkt"), d.text());
        assertTrue(d.text().contains("model_weights_v3 und 2 * 3 = 6."), d.text());
    }

    @Test
    void htmlKeepsOnlyTheArticleTextInParagraphs() throws Exception {
        String html = """
                <!DOCTYPE html>
                <html><head>
                  <title>Chipmaker shares slide after model launch</title>
                  <meta property="article:published_time" content="2025-01-27T14:05:00Z">
                  <style>body { color: red; }</style>
                  <script>var tracking = "SCRIPT-TEXT";</script>
                </head><body>
                  <nav><a href="/">Home</a> <a href="/tech">NAV-TEXT</a></nav>
                  <div class="cookie-banner">We use cookies. COOKIE-TEXT <button>Accept</button></div>
                  <header>HEADER-TEXT</header>
                  <article>
                    <h1>Chipmaker shares slide</h1>
                    <p>The shares of the chip designer fell sharply on Monday.</p>
                    <p>Investors worry that a <em>cheaper</em> model needs fewer
                       processors than expected.</p>
                    <script>inline("ARTICLE-SCRIPT")</script>
                    <div class="share-buttons">SHARE-TEXT</div>
                  </article>
                  <footer>FOOTER-TEXT Impressum</footer>
                </body></html>
                """;
        Document d = readOne(write("page.html", html));
        assertEquals("page", d.id());
        assertEquals("Chipmaker shares slide after model launch", d.title());
        assertEquals(LocalDate.of(2025, 1, 27), d.published());
        assertEquals("en", d.lang());
        assertEquals("Chipmaker shares slide\n\n"
                + "The shares of the chip designer fell sharply on Monday.\n\n"
                + "Investors worry that a cheaper model needs fewer processors than expected.\n", d.text());
    }

    @Test
    void htmlWithoutArticleUsesTheBodyAndMetaNameDate() throws Exception {
        String html = "<html><head><meta name=\"date\" content=\"2025-01-29\"></head><body>"
                + "<nav>NAV-TEXT</nav><div id=\"cookie-consent\">COOKIE-TEXT</div>"
                + "<p>Erster Absatz über die Firma.</p><p>Zweiter Absatz mit mehr Text.</p>"
                + "<footer>FOOTER-TEXT</footer></body></html>";
        Document d = readOne(write("ohne.htm", html));
        assertEquals("Erster Absatz über die Firma.\n\nZweiter Absatz mit mehr Text.\n", d.text());
        assertEquals(LocalDate.of(2025, 1, 29), d.published());
    }

    @Test
    void jsonlReadsEachLineAsADocument() throws Exception {
        String jsonl = """
                {"id":"art 1/ä","title":"Erster","url":"https://example.org/a1","published":"2025-01-28T09:00:00+01:00","text":"Der Konzern hat die Zahlen für das Quartal vorgelegt und die Prognose gesenkt."}
                {"title":"Second","lang":"en","text":"The company said it will spend more on data centers this year."}
                {"id":"third","text":"January 29, 2025\\nThe index fell in early trading as investors sold technology stocks."}
                """;
        Path p = write("feed.jsonl", jsonl);
        List<Document> docs = new DocumentReader().readAll(List.of(p), problems::add);
        assertEquals(List.of(), problems);
        assertEquals(3, docs.size());
        Document a = docs.get(0), b = docs.get(1), c = docs.get(2);
        assertEquals("art-1-", a.id(), "JSONL id field, sanitised");
        assertEquals("Erster", a.title());
        assertEquals("https://example.org/a1", a.source());
        assertEquals(LocalDate.of(2025, 1, 28), a.published());
        assertEquals("de", a.lang());
        assertEquals("feed-2", b.id(), "no id: file stem and line number");
        assertEquals("en", b.lang());
        assertNull(b.published());
        assertEquals(p + ":2", b.source());
        assertEquals("third", c.id());
        assertEquals(LocalDate.of(2025, 1, 29), c.published(), "dateline sniffed from the text");
        String line3 = jsonl.split("\n")[2];
        assertEquals(sha256(line3.getBytes(StandardCharsets.UTF_8)), c.sha256(), "hash of the line's bytes");
    }

    @Test
    void sha256IsStableAndFollowsTheBytes() throws Exception {
        Path p = write("stable.txt", "Ein kurzer Text über die Börse und die Anleger.\n");
        String first = readOne(p).sha256();
        assertEquals(first, readOne(p).sha256());
        Path jl = write("stable.jsonl", "{\"id\":\"x\",\"text\":\"Ein kurzer Text über die Börse.\"}\n");
        String line = readOne(jl).sha256();
        assertEquals(line, readOne(jl).sha256());
        Files.writeString(p, "Ein kurzer Text über die Börse und die Anleger!\n");
        assertFalse(first.equals(readOne(p).sha256()));
    }

    @Test
    void knownDocumentsAreNotParsedOrEmittedButEveryOtherIsAndProblemsStillShow() throws Exception {
        Path md = write("k/alt.md", "# Titel\n\nDer Konzern hat die Zahlen vorgelegt.\n");
        Path txt = write("k/neu.txt", "Ein neuer Text über die Börse.\n");
        String line1 = "{\"id\":\"j1\",\"text\":\"Die Aktie fiel um drei Prozent.\"}";
        String line2 = "{\"id\":\"j2\",\"text\":\"The share price rose.\"}";
        Path jl = write("k/feed.jsonl", line1 + "\n" + line2 + "\n");
        Files.write(dir.resolve("k/kaputt.txt"), new byte[] {'A', (byte) 0xC3, 'b', ' ', 'c', '\n'});
        String mdSha = sha256(Files.readAllBytes(md));
        String j1Sha = sha256(line1.getBytes(StandardCharsets.UTF_8));
        String brokenSha = sha256(Files.readAllBytes(dir.resolve("k/kaputt.txt")));
        List<String> asked = new ArrayList<>();
        KnownDocuments known = (id, sha) -> {
            asked.add(id);
            return id.equals("alt") && sha.equals(mdSha) || id.equals("j1") && sha.equals(j1Sha)
                    || id.equals("kaputt") && sha.equals(brokenSha);
        };
        List<Document> docs = new ArrayList<>();
        new DocumentReader().read(List.of(dir.resolve("k")), known, docs::add, problems::add);
        assertEquals(List.of("alt", "j1", "j2", "kaputt", "neu"), asked.stream().sorted().toList(),
                "asked once per document, by id");
        assertEquals(List.of("j2", "neu"), docs.stream().map(Document::id).sorted().toList());
        assertEquals(1, problems.size(), "a skipped file's encoding problem is still reported: " + problems);
        assertTrue(problems.get(0).message().contains("invalid UTF-8"), problems.toString());
        assertFalse(problems.get(0).fatal());
    }

    @Test
    void aSkippedIdThatComesAgainIsStillADuplicate() throws Exception {
        Path a = write("d1/same.txt", "Der erste Text mit diesem Namen.\n");
        write("d2/same.txt", "Der zweite Text mit diesem Namen.\n");
        String sha = sha256(Files.readAllBytes(a));
        List<Document> docs = new ArrayList<>();
        new DocumentReader().read(List.of(dir.resolve("d1"), dir.resolve("d2")),
                (id, s) -> s.equals(sha), docs::add, problems::add);
        assertEquals(List.of(), docs);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("already used by " + a), problems.toString());
    }

    @Test
    void directoriesAreReadRecursivelyInNameOrderSkippingHiddenFiles() throws Exception {
        write("b/zwei.txt", "Der zweite Text ist hier.\n");
        write("a/eins.txt", "Der erste Text ist hier.\n");
        write("a/.versteckt.txt", "Versteckt und nicht zu lesen.\n");
        List<Document> docs = new DocumentReader().readAll(List.of(dir), problems::add);
        assertEquals(List.of(), problems);
        assertEquals(List.of("eins", "zwei"), docs.stream().map(Document::id).toList());
    }

    @Test
    void aDirectoryNamedLikeAFileIsWalkedNotRead() throws Exception {
        write("artikel.txt/innen.txt", "Ein Text in einem Ordner, der wie eine Datei heißt.\n");
        List<Document> docs = new DocumentReader().readAll(List.of(dir.resolve("artikel.txt")), problems::add);
        assertEquals(List.of(), problems);
        assertEquals(List.of("innen"), docs.stream().map(Document::id).toList());
    }
}
