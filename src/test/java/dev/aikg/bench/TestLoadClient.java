package dev.aikg.bench;

import dev.aikg.query.QueryCatalog;
import dev.aikg.query.QueryRunner;
import dev.aikg.query.QuerySpec;
import dev.aikg.serve.SparqlServer;
import dev.aikg.testing.FixtureStore;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The load client against a real Fuseki server on the fixture data, on a free loopback port. */
class TestLoadClient {
    static final QueryCatalog CATALOG = QueryCatalog.load(Path.of("queries"));
    static DatasetGraph dsg;
    static SparqlServer server;

    @BeforeAll
    static void start() {
        dsg = FixtureStore.create();
        server = SparqlServer.start(dsg, 0, "127.0.0.1", 10, false);
    }

    @AfterAll
    static void stop() { server.stop(); }

    @Test
    void closedLoopStopsAtTheRequestCountWithRealResults() throws Exception {
        QuerySpec founders = CATALOG.get("founders");
        Map<String, String> params = Map.of("company", "DeepSeek");
        SparqlLoadClient client = new SparqlLoadClient(URI.create(server.endpoint()), BoundQueryText.of(founders, params),
                2, Duration.ofSeconds(60), 40);
        SparqlLoadClient.Result r = client.run("founders");
        assertEquals(40, r.requests());
        assertEquals(0, r.errors(), r.firstError());
        assertNotNull(r.latency());
        assertEquals(40, r.latency().samples());
        assertTrue(r.latency().p95Ms() > 0 && r.latency().p50Ms() <= r.latency().p95Ms());
        assertTrue(r.requestsPerSecond() > 0);
        long local = new QueryRunner(10_000).run(dsg, founders, params).rows().size();
        assertTrue(local > 0, "the fixture has a founder of DeepSeek");
        assertEquals(local, r.rows(), "the server answers the bound query as aikg query does");
    }

    @Test
    void theEndpointWalksPathsWithTheConnectionsPropertyFunction() throws Exception {
        QuerySpec connections = CATALOG.get("connections");
        Map<String, String> params = Map.of("from", "Satya Nadella", "to", "OpenAI");
        SparqlLoadClient.Result r = new SparqlLoadClient(URI.create(server.endpoint()), BoundQueryText.of(connections, params),
                1, Duration.ofSeconds(60), 2).run("connections");
        assertEquals(0, r.errors(), r.firstError());
        long local = new QueryRunner(10_000).run(dsg, connections, params).rows().size();
        assertTrue(local > 0, "the fixture connects Satya Nadella to OpenAI");
        assertEquals(local, r.rows(), "fn:connections is known to the endpoint as to aikg query");
    }

    @Test
    void theDurationBoundsARunWithAHugeRequestBudget() throws Exception {
        String text = BoundQueryText.of(CATALOG.get("founders"), Map.of());
        long t0 = System.nanoTime();
        SparqlLoadClient.Result r = new SparqlLoadClient(URI.create(server.endpoint()), text, 2, Duration.ofMillis(300),
                1_000_000).run("founders");
        double secs = (System.nanoTime() - t0) / 1e9;
        assertTrue(r.requests() > 0 && r.requests() < 1_000_000, "requests " + r.requests());
        assertTrue(r.seconds() >= 0.3 && secs < 10, "ran " + secs + " s for a 0.3 s budget");
        assertEquals(0, r.errors(), r.firstError());
    }

    @Test
    void errorAnswersAreCountedWithTheFirstMessage() throws Exception {
        SparqlLoadClient.Result r = new SparqlLoadClient(URI.create(server.endpoint() + "/no-such-service"),
                "SELECT * { ?s ?p ?o } LIMIT 1", 1, Duration.ofSeconds(30), 3).run("x");
        assertEquals(3, r.requests());
        assertEquals(3, r.errors());
        assertTrue(r.firstError().startsWith("HTTP 404"), r.firstError());
        assertEquals(null, r.latency(), "no percentiles from failures");
        SparqlLoadClient.Result bad = new SparqlLoadClient(URI.create(server.endpoint()), "SELECT nonsense", 1,
                Duration.ofSeconds(30), 2).run("x");
        assertEquals(2, bad.errors());
        assertTrue(bad.firstError().startsWith("HTTP 400"), bad.firstError());
    }

    @Test
    void boundTextCarriesTheValueInsteadOfTheVariable() {
        String text = BoundQueryText.of(CATALOG.get("founders"), Map.of("company", "DeepSeek"));
        assertTrue(text.contains("\"DeepSeek\""), text);
        assertFalse(text.contains("?company"), text);
    }

    @Test
    void onlyLoopbackUrlsAreAccepted() {
        for (String ok : List.of("http://127.0.0.1:3030/aikg", "http://localhost:3030/aikg", "http://[::1]:3030/aikg",
                "https://LOCALHOST/aikg")) {
            assertEquals(URI.create(ok), LoopbackUrl.require(ok));
        }
        for (String no : List.of("http://example.org/aikg", "http://10.0.0.5:3030/aikg", "http://0.0.0.0:3030/aikg",
                "http://127.0.0.1.example.org/aikg", "ftp://127.0.0.1/aikg", "127.0.0.1:3030")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LoopbackUrl.require(no), no);
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new SparqlLoadClient(URI.create("http://192.0.2.1/aikg"),
                "ASK {}", 1, Duration.ofSeconds(1), 1));
    }
}
