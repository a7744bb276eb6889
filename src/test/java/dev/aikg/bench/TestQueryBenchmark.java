package dev.aikg.bench;

import dev.aikg.build.BuildListener;
import dev.aikg.build.BuildOptions;
import dev.aikg.build.BuildReport;
import dev.aikg.build.Builder;
import dev.aikg.build.ReferenceData;
import dev.aikg.query.QueryCatalog;
import dev.aikg.query.QuerySpec;
import dev.aikg.store.KnowledgeStore;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The query benchmark on the sample corpus as the real pipeline builds it. */
class TestQueryBenchmark {
    static final QueryCatalog CATALOG = QueryCatalog.load(Path.of("queries"));

    @TempDir
    static Path tmp;
    static KnowledgeStore store;

    @BeforeAll
    static void build() {
        store = KnowledgeStore.open(tmp.resolve("kg"));
        BuildReport r = new Builder(ReferenceData.load(Path.of("ontology"), Path.of("data/lexicon")))
                .build(new BuildOptions(List.of(Path.of("data/articles")), tmp.resolve("kg"), false, false, 2), store,
                        BuildListener.SILENT);
        assertEquals(0, r.failed());
    }

    @AfterAll
    static void close() { store.close(); }

    @Test
    void everyCatalogQueryAnswersWithPickedParameters() {
        QueryLatencyBenchmark bench = new QueryLatencyBenchmark(store.datasetGraph(), 30_000, 1, 3);
        ParamPicker picker = ParamPicker.of(store.datasetGraph());
        List<String> measured = new ArrayList<>();
        for (QuerySpec q : CATALOG.queries()) {
            QueryLatencyBenchmark.Result r = bench.measure(q, picker.choose(q, Map.of()));
            measured.add(r.query());
            assertTrue(r.rows() > 0, q.name() + " answers nothing on the samples with " + r.paramText());
            assertEquals(3, r.runs());
            assertEquals(3, r.latency().samples());
            assertTrue(r.latency().p50Ms() > 0 && r.latency().p50Ms() <= r.latency().p95Ms()
                    && r.latency().p95Ms() <= r.latency().maxMs(), q.name() + ": " + r.latency());
            assertEquals(q.name().equals("connections"), r.path(), q.name() + " path query?");
        }
        assertEquals(CATALOG.queries().stream().map(QuerySpec::name).toList(), measured);
        assertTrue(measured.size() >= 18, "the whole catalog: " + measured);
    }

    @Test
    void namingParametersArePickedFromTheStoreAndAllParametersKeepTheirDefault() {
        ParamPicker picker = ParamPicker.of(store.datasetGraph());
        for (QuerySpec q : CATALOG.queries()) {
            for (ParamPicker.Choice c : picker.choose(q, Map.of())) {
                String declared = q.param(c.name()).defaultValue();
                if (declared.isEmpty()) {
                    assertEquals(new ParamPicker.Choice(c.name(), "", ParamPicker.Origin.DEFAULT), c, q.name());
                } else {
                    assertEquals(ParamPicker.Origin.PICKED, c.origin(), q.name() + "." + c.name());
                    if (!c.name().equals("predicate") && !c.name().equals("date")) {
                        assertTrue(isLabel(c.value()), q.name() + "." + c.name() + "=" + c.value() + " is no label in the store");
                    }
                }
            }
        }
        assertEquals("2025-01-27", picker.choose(CATALOG.get("supply-chain-hit"), Map.of()).get(0).value(),
                "the samples' day of falls");
    }

    @Test
    void givenValuesWinAndAnEmptyStoreFallsBackToDefaults() {
        ParamPicker picker = ParamPicker.of(store.datasetGraph());
        assertEquals(List.of(new ParamPicker.Choice("entity", "Nvidia", ParamPicker.Origin.GIVEN)),
                picker.choose(CATALOG.get("entity-profile"), Map.of("entity", "Nvidia")));
        ParamPicker empty = ParamPicker.of(DatasetGraphFactory.createTxnMem());
        assertEquals(List.of(new ParamPicker.Choice("entity", "DeepSeek", ParamPicker.Origin.DEFAULT)),
                empty.choose(CATALOG.get("comments"), Map.of()));
    }

    private static boolean isLabel(String value) {
        String ask = "ASK { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(LCASE(STR(?l)) = LCASE(\""
                + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\")) }";
        return store.read(() -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(ask).build()) {
                return qe.execAsk();
            }
        });
    }
}
