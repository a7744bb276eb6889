package dev.aikg.cli;

import dev.aikg.serve.SparqlServer;
import dev.aikg.testing.FixtureStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code aikg bench queries} and {@code aikg bench load} through the command line. */
class TestBenchQueryCli {
    @TempDir
    static Path tmp;
    static Path store;

    @BeforeAll
    static void buildSamples() {
        store = tmp.resolve("kg");
        CliRun r = CliRun.run("build", "data/articles", "--store", store.toString());
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void benchQueriesPrintsATableAndWritesTsv() throws Exception {
        Path tsv = tmp.resolve("queries.tsv");
        CliRun r = CliRun.run("bench", "queries", "--store", store.toString(), "--runs", "3", "--warmup", "1",
                "--only", "founders,connections,comments", "--param", "founders.company=DeepSeek", "--tsv", tsv.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("company=DeepSeek (given)"), r.out());
        assertTrue(r.out().contains("entity=DeepSeek (picked)"), r.out());
        assertTrue(r.out().contains("worst p95, path queries:") && r.out().contains("(connections)"), r.out());
        List<String> lines = Files.readAllLines(tsv);
        assertEquals(String.join("\t", BenchQueriesCommand.TSV_HEADER), lines.get(0));
        assertEquals(4, lines.size(), lines.toString());
        for (String line : lines.subList(1, 4)) {
            String[] cells = line.split("\t", -1);
            assertEquals(8, cells.length, line);
            assertEquals(cells[0].equals("connections") ? "true" : "false", cells[1], line);
            assertTrue(Long.parseLong(cells[3]) > 0 && cells[4].equals("3"), line);
            assertTrue(Double.parseDouble(cells[5]) <= Double.parseDouble(cells[6]), line);
        }
        CliRun again = CliRun.run("bench", "queries", "--store", store.toString(), "--runs", "1", "--warmup", "0",
                "--only", "founders", "--tsv", tsv.toString());
        assertEquals(0, again.exit(), again.err());
        assertEquals(5, Files.readAllLines(tsv).size(), "a second run appends, without a second header");
    }

    @Test
    void unknownQueryOrBadParamIsOneLine() {
        CliRun r = CliRun.run("bench", "queries", "--store", store.toString(), "--only", "nope");
        assertEquals(1, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("no query named 'nope'"), r.err());
        CliRun p = CliRun.run("bench", "queries", "--store", store.toString(), "--only", "founders", "--param", "company=X");
        assertEquals(1, p.exit());
        assertTrue(p.err().strip().endsWith("--param takes QUERY.NAME=VALUE, e.g. entity-profile.entity=Nvidia; got company"), p.err());
        CliRun l = CliRun.run("bench", "load", "--url", "http://127.0.0.1:9/aikg", "--query", "nope");
        assertEquals(1, l.exit());
        assertEquals(1, l.err().strip().lines().count(), l.err());
        assertTrue(l.err().contains("no query named 'nope'"), l.err());
    }

    @Test
    void benchLoadRefusesANonLoopbackHostBeforeSendingAnything() {
        CliRun r = CliRun.run("bench", "load", "--url", "http://192.0.2.7:3030/aikg", "--query", "founders");
        assertEquals(1, r.exit());
        assertEquals("aikg load: error: --url must be on loopback (127.0.0.1, localhost or [::1]); got host '192.0.2.7'",
                r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void benchLoadAgainstAServerReportsAndWritesTsv() throws Exception {
        Path tsv = tmp.resolve("load.tsv");
        try (SparqlServer server = SparqlServer.start(FixtureStore.create(), 0, "127.0.0.1", 10, false)) {
            CliRun r = CliRun.run("bench", "load", "--url", server.endpoint(), "--query", "comments", "--concurrency", "2",
                    "--max-requests", "40", "--duration", "60s", "--warmup", "5", "--tsv", tsv.toString());
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("params: entity=DeepSeek (picked)"), r.out());
            assertTrue(r.out().contains("warm-up: 5 requests, 0 failed"), r.out());
            assertTrue(r.out().contains("requests 40, errors 0"), r.out());
        }
        List<String> lines = Files.readAllLines(tsv);
        assertEquals(String.join("\t", BenchLoadCommand.TSV_HEADER), lines.get(0));
        String[] cells = lines.get(1).split("\t", -1);
        assertEquals(List.of("comments", "2", "40", "0"), List.of(cells).subList(0, 4));
        assertTrue(Double.parseDouble(cells[7]) > 0, lines.get(1));
    }

    @Test
    void durationsReadAsMillisecondsSecondsOrMinutes() {
        assertEquals(500, BenchLoadCommand.parseDuration("500ms").toMillis());
        assertEquals(20_000, BenchLoadCommand.parseDuration("20s").toMillis());
        assertEquals(20_000, BenchLoadCommand.parseDuration("20").toMillis());
        assertEquals(120_000, BenchLoadCommand.parseDuration("2m").toMillis());
        CliRun r = CliRun.run("bench", "load", "--url", "http://127.0.0.1:9/aikg", "--query", "founders", "--duration", "soon");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("--duration takes a time such as 500ms, 20s or 2m; got soon"), r.err());
    }
}
