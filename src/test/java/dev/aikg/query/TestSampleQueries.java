package dev.aikg.query;

import dev.aikg.build.BuildOptions;
import dev.aikg.build.BuildReport;
import dev.aikg.build.Builder;
import dev.aikg.build.BuildListener;
import dev.aikg.build.ReferenceData;
import dev.aikg.store.KnowledgeStore;
import dev.aikg.testing.Golden;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every catalog query on the sample corpus as built by the real pipeline, with the parameters the
 * README shows: exact rows, kept as golden TSV files under {@code golden/samples/}. A change in
 * extraction shows up here as a reviewable diff of the answers an analyst would see.
 */
class TestSampleQueries {
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
        assertEquals(24, r.written());
    }

    @AfterAll
    static void close() { store.close(); }

    /** Query name, golden file name, parameters — the same calls as in the README. */
    static Stream<Arguments> calls() {
        return Stream.of(
                call("founders"), call("leaders"), call("company-people", "company", "DeepSeek"),
                call("models", "developer", "DeepSeek"), call("training-hardware"),
                call("chips-by-maker", "maker", "Nvidia"), call("investments"), call("corporate-family"),
                call("stock-moves", "date", "2025-01-27"), call("supply-chain-hit", "date", "2025-01-27"),
                call("comments", "entity", "DeepSeek"), call("entity-profile", "entity", "High-Flyer"),
                call("connections", "from", "Satya Nadella", "to", "OpenAI"),
                call("fact-evidence", "subject", "Liang Wenfeng", "predicate", "founderOf", "object", "DeepSeek"),
                call("competitors", "company", "DeepSeek"), call("listed-companies"), call("most-mentioned"),
                call("headquarters"));
    }

    private static Arguments call(String name, String... kv) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) params.put(kv[i], kv[i + 1]);
        return Arguments.of(name, params);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("calls")
    void answersAsRecorded(String name, Map<String, String> params) throws Exception {
        QuerySpec q = TestCatalogQueries.CATALOG.get(name);
        QueryResult r = new QueryRunner(30_000).run(store.datasetGraph(), q, params);
        List<List<String>> cells = ResultWriter.cells(r.rows());
        assertTrue(cells.size() > 1 || name.equals("connections"), name + " answers nothing on the samples");
        Golden.check("samples/" + name + ".tsv",
                cells.stream().map(row -> String.join("\t", row)).collect(Collectors.joining("\n", "", "\n")));
    }

    @org.junit.jupiter.api.Test
    void everyCatalogQueryIsCovered() {
        List<String> covered = calls().map(a -> (String) a.get()[0]).toList();
        for (QuerySpec q : TestCatalogQueries.CATALOG.queries()) assertTrue(covered.contains(q.name()), q.name());
    }
}
