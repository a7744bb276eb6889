package dev.aikg.cli;

import dev.aikg.store.KnowledgeStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line end to end on the sample corpus: every subcommand, through {@link Main#commandLine()}. */
class TestCli {
    @TempDir
    static Path tmp;
    static Path store;

    @BeforeAll
    static void buildSamples() {
        store = tmp.resolve("kg");
        CliRun r = CliRun.run("build", "data/articles", "--store", store.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("built 24 of 24 documents (0 unchanged, 0 failed)"), r.out());
    }

    @Test
    void secondBuildSkipsEverything() {
        CliRun r = CliRun.run("build", "data/articles", "--store", store.toString(), "--profile");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("built 0 of 24 documents (24 unchanged, 0 failed)"), r.out());
        assertTrue(r.out().contains("store size"), r.out());
    }

    @Test
    void missingInputIsOneLineAndLeavesTheStore() throws Exception {
        CliRun r = CliRun.run("build", tmp.resolve("nope").toString(), "--store", store.toString());
        assertEquals(1, r.exit());
        assertEquals("error: " + tmp.resolve("nope") + ": no such file or directory", r.err().strip());
        Path count = tmp.resolve("count.rq");
        Files.writeString(count, "# title: Articles\nPREFIX aikg: <https://w3id.org/aikg/ns#>\n"
                + "SELECT (COUNT(?a) AS ?n) { ?a a aikg:Article }\n");
        CliRun q = CliRun.run("query", count.toString(), "--store", store.toString(), "--format", "csv");
        assertEquals(0, q.exit(), q.err());
        assertEquals(List.of("n", "24"), q.out().strip().lines().map(String::strip).toList(), "the store still holds every article");
    }

    @Test
    void aBrokenLexiconFileIsOneLineNamingItAndLeavesTheStore() throws Exception {
        Path lexicon = tmp.resolve("broken-lexicon");
        Files.createDirectories(lexicon);
        Path bad = lexicon.resolve("companies.ttl");
        Files.writeString(bad, "this is not turtle\n");
        CliRun r = CliRun.run("build", "data/articles", "--store", store.toString(), "--lexicon", lexicon.toString(), "--profile");
        assertEquals(1, r.exit(), r.out());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("aikg build: error: lexicon file " + bad + ": "), err);
        CliRun again = CliRun.run("build", "data/articles", "--store", store.toString());
        assertTrue(again.out().startsWith("built 0 of 24 documents (24 unchanged, 0 failed)"), "the store is as it was: " + again.out());
    }

    @Test
    void queriesListsTheCatalog() {
        CliRun r = CliRun.run("queries");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("founders") && r.out().contains("--param company=…"), r.out());
        // An empty default lists the most stated facts, not all of them: the listing must not claim "all".
        assertFalse(r.out().contains("(default: all)"), r.out());
        assertTrue(r.out().contains("empty for the most stated (default: empty)"), r.out());
    }

    @Test
    void queryInEveryFormat() {
        for (String f : new String[] {"table", "csv", "tsv", "json", "md"}) {
            CliRun r = CliRun.run("query", "listed-companies", "--store", store.toString(), "--format", f);
            assertEquals(0, r.exit(), f + ": " + r.err());
            assertTrue(r.out().contains("company") && r.out().contains("ticker"), f + ": " + r.out());
        }
    }

    @Test
    void limitAndOffsetPageThroughAListing() {
        List<String> all = csvRows(CliRun.run("query", "listed-companies", "--store", store.toString(), "--format", "csv"));
        assertTrue(all.size() >= 4, all.toString());
        List<String> first = csvRows(CliRun.run("query", "listed-companies", "--store", store.toString(), "--format", "csv",
                "--limit", "2"));
        List<String> next = csvRows(CliRun.run("query", "listed-companies", "--store", store.toString(), "--format", "csv",
                "--limit", "2", "--offset", "2"));
        assertEquals(all.subList(0, 2), first);
        assertEquals(all.subList(2, 4), next);
        CliRun bad = CliRun.run("query", "listed-companies", "--store", store.toString(), "--offset", "-1");
        assertEquals(1, bad.exit());
        assertEquals("aikg query: error: --offset must be 0 or more, not -1", bad.err().strip());
    }

    /** The data rows of a CSV result, header left out. */
    private static List<String> csvRows(CliRun r) {
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().strip().lines().toList();
        return lines.subList(1, lines.size());
    }

    @Test
    void queryErrorsAreOneLine() {
        CliRun r = CliRun.run("query", "no-such-query", "--store", store.toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("no query named 'no-such-query'"), r.err());
        CliRun p = CliRun.run("query", "founders", "--param", "nope=1", "--store", store.toString());
        assertEquals(1, p.exit());
        assertTrue(p.err().contains("has no parameter 'nope'"), p.err());
        CliRun s = CliRun.run("query", "founders", "--store", tmp.resolve("empty").toString());
        assertEquals(1, s.exit());
        assertTrue(s.err().contains("run 'aikg build' first"), s.err());
    }

    @Test
    void turtleDumpParsesBackToTheUnionGraph() throws Exception {
        Path ttl = tmp.resolve("kg.ttl");
        CliRun r = CliRun.run("dump", "--store", store.toString(), "--out", ttl.toString());
        assertEquals(0, r.exit(), r.err());
        Graph dumped = RDFDataMgr.loadGraph(ttl.toString(), Lang.TURTLE);
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            Graph union = ks.read(() -> {
                Graph g = GraphFactory.createDefaultGraph();
                ks.datasetGraph().getUnionGraph().find().forEachRemaining(g::add);
                return g;
            });
            assertTrue(union.size() > 1000);
            assertEquals(union.size(), dumped.size());
            assertTrue(IsoMatcher.isomorphic(union, dumped));
        }
        String text = Files.readString(ttl);
        assertTrue(text.contains("PREFIX aikg:") || text.contains("@prefix aikg:"), "prefixes written");
    }

    @Test
    void trigAndNQuadsKeepOneGraphPerArticle() throws Exception {
        for (String f : new String[] {"trig", "nq"}) {
            Path out = tmp.resolve("kg." + f);
            CliRun r = CliRun.run("dump", "--format", f, "--store", store.toString(), "--out", out.toString());
            assertEquals(0, r.exit(), r.err());
            DatasetGraph ds = RDFDataMgr.loadDatasetGraph(out.toString());
            long docGraphs = 0;
            for (var it = ds.listGraphNodes(); it.hasNext(); ) {
                if (it.next().getURI().contains("/graph/doc/")) docGraphs++;
            }
            assertEquals(24, docGraphs, f);
            assertTrue(ds.getDefaultGraph().isEmpty(), "bookkeeping stays out of dumps");
        }
        CliRun one = CliRun.run("dump", "--graph", "https://w3id.org/aikg/graph/doc/01-deepseek-schock-de",
                "--store", store.toString());
        assertEquals(0, one.exit(), one.err());
        assertTrue(one.out().contains("01-deepseek-schock-de"));
    }

    @Test
    void statsCountsClassesPredicatesGraphs() {
        CliRun r = CliRun.run("stats", "--store", store.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Classes") && r.out().contains("aikg:Article") && r.out().contains("Graphs"), r.out());
        assertTrue(r.out().contains("| aikg:Article") && r.out().contains("24"), r.out());
    }

    @Test
    void validatePassesOnSamplesAndFailsOnABrokenGraph() throws Exception {
        CliRun ok = CliRun.run("validate", "--store", store.toString());
        assertEquals(0, ok.exit(), ok.out() + ok.err());
        assertTrue(ok.out().contains("conforms"), ok.out());

        Path broken = tmp.resolve("broken");
        assertEquals(0, CliRun.run("build", "data/articles/01-deepseek-schock-de.txt", "--store", broken.toString()).exit());
        try (KnowledgeStore ks = KnowledgeStore.open(broken)) {
            DatasetGraph dsg = ks.datasetGraph();
            dsg.begin(TxnType.WRITE);
            var g = NodeFactory.createURI("https://w3id.org/aikg/graph/doc/01-deepseek-schock-de");
            var model = NodeFactory.createURI("https://w3id.org/aikg/id/model/deepseek-r1");
            dsg.add(new Quad(g, NodeFactory.createURI("https://w3id.org/aikg/id/person/someone"),
                    NodeFactory.createURI("https://w3id.org/aikg/ns#founderOf"), model));
            dsg.add(new Quad(g, model, org.apache.jena.vocabulary.RDF.Nodes.type, NodeFactory.createURI("https://w3id.org/aikg/ns#AIModel")));
            dsg.commit();
            dsg.end();
        }
        CliRun bad = CliRun.run("validate", "--store", broken.toString());
        assertEquals(1, bad.exit(), bad.out());
        assertTrue(bad.out().contains("person/someone") && bad.out().contains("does not conform"), bad.out());
    }

    @Test
    void serveAnswersQueriesAndRefusesUpdates() throws Exception {
        var cl = Main.commandLine();
        var out = new java.io.StringWriter();
        cl.setOut(new java.io.PrintWriter(out, true));
        ServeCommand serve = (ServeCommand) cl.getSubcommands().get("serve").getCommand();
        ExecutorService ex = Executors.newSingleThreadExecutor();
        Future<Integer> exit = ex.submit(() -> cl.execute("serve", "--port", "0", "--store", store.toString()));
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (serve.running == null && System.nanoTime() < deadline && !exit.isDone()) Thread.sleep(50);
            assertNotNull(serve.running, "server did not start: " + out);
            String base = serve.running.endpoint();
            var http = java.net.http.HttpClient.newHttpClient();
            String q = java.net.URLEncoder.encode("PREFIX aikg: <https://w3id.org/aikg/ns#> "
                    + "SELECT (COUNT(?a) AS ?n) { ?a a aikg:Article }", java.nio.charset.StandardCharsets.UTF_8);
            var resp = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/sparql?query=" + q))
                    .header("Accept", "application/sparql-results+json").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, resp.statusCode(), resp.body());
            assertTrue(resp.body().contains("\"24\""), resp.body());
            var update = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("DROP ALL")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertTrue(update.statusCode() >= 400, "update must be refused, got " + update.statusCode());
            var viaDataset = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base))
                    .header("Content-Type", "application/sparql-update")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("DROP ALL")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertTrue(viaDataset.statusCode() >= 400, "update must be refused, got " + viaDataset.statusCode());
            assertTrue(out.toString().contains("(read-only)"), out.toString());
        } finally {
            serve.stop.countDown();
            assertEquals(0, exit.get(30, TimeUnit.SECONDS));
            ex.shutdownNow();
        }
        CliRun after = CliRun.run("query", "listed-companies", "--store", store.toString());
        assertEquals(0, after.exit(), "store released after serve: " + after.err());
        assertFalse(after.out().isEmpty());
    }

    @Test
    void extractWritesGoldShapedJsonAndRdf() throws Exception {
        CliRun r = CliRun.run("extract", "data/articles/wire.jsonl");
        assertEquals(0, r.exit(), r.err());
        var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(r.out());
        assertEquals(4, json.path("documents").size());
        var first = json.path("documents").get(0);
        assertTrue(first.has("id") && first.has("entities") && first.has("relations") && first.has("stockMoves"), r.out());
        assertTrue(first.path("entities").size() > 0, "entities found in " + first.path("id"));
        for (String f : new String[] {"ttl", "trig"}) {
            Path out = tmp.resolve("x." + f);
            CliRun t = CliRun.run("extract", "data/articles/wire.jsonl", "--format", f, "--out", out.toString());
            assertEquals(0, t.exit(), t.err());
            assertTrue(RDFDataMgr.loadDatasetGraph(out.toString()).stream().count() > 50, f);
        }
    }

    @Test
    void evalScoresAgainstAGoldFile() {
        CliRun r = CliRun.run("eval", "--gold", "data/gold/samples-gold.json", "data/articles", "--errors");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("entities    P="), r.out());
        assertTrue(r.out().contains("relations   P=") && r.out().contains("stockMoves  P=") && r.out().contains("  Person"), r.out());
        CliRun bad = CliRun.run("eval", "--gold", "README.md", "data/articles");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("README.md: malformed JSON"), bad.err());
    }

    @Test
    void benchExtractReportsThroughput() {
        CliRun r = CliRun.run("bench", "extract", "data/articles/wire.jsonl", "--mb", "0.2", "--warmup-mb", "0.1", "--threads", "1");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("(?s).*1 thread: [0-9.]+ MB/s, [0-9]+ documents/s .*"), r.out());
        assertTrue(r.out().contains("mentions"), "stage shares listed: " + r.out());
        CliRun bad = CliRun.run("bench", "nothing");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("'nothing'"), bad.err());
    }

    @Test
    void compactReportsSizesBeforeAndAfter(@org.junit.jupiter.api.io.TempDir Path tmp) {
        Path kg = tmp.resolve("kg");
        CliRun b = CliRun.run("build", "data/articles/wire.jsonl", "--store", kg.toString(), "--compact", "never");
        assertEquals(0, b.exit(), b.err());
        CliRun c = CliRun.run("compact", "--store", kg.toString());
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.out().matches("(?s)compacted .*: [0-9,]+ bytes before, [0-9,]+ bytes after, in [0-9.]+ s\\s*"), c.out());
        CliRun bad = CliRun.run("build", "data/articles/wire.jsonl", "--store", kg.toString(), "--compact", "sometimes");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("--compact must be auto, always or never"), bad.err());
    }
}
