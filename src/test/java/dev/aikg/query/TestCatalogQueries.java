package dev.aikg.query;

import dev.aikg.testing.FixtureStore;
import dev.aikg.testing.Golden;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every catalog query on the hand-built fixture graph: exact rows, kept as golden TSV files. */
class TestCatalogQueries {
    static final QueryCatalog CATALOG = QueryCatalog.load(Path.of("queries"));
    static DatasetGraph dsg;

    @BeforeAll
    static void load() { dsg = FixtureStore.create(); }

    static List<String> names() { return CATALOG.queries().stream().map(QuerySpec::name).toList(); }

    static String tsv(QueryResult r) {
        return ResultWriterTestLib.cells(r).stream().map(row -> String.join("\t", row))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    @Test
    void catalogHasTheRelationshipQuestions() {
        assertTrue(CATALOG.queries().size() >= 14, "queries: " + names());
        for (QuerySpec q : CATALOG.queries()) {
            assertFalse(q.title().equals(q.name()), q.name() + " lacks a title");
            assertFalse(q.description().isEmpty(), q.name() + " lacks a description");
            Query parsed = QueryFactory.create(q.sparql());
            for (QueryParam p : q.params()) {
                assertTrue(q.sparql().contains("?" + p.name() + ")") || q.sparql().contains("?" + p.name() + " ")
                        || q.sparql().contains("?" + p.name() + ","), q.name() + " never uses parameter " + p.name());
                assertFalse(parsed.getResultVars().contains(p.name()), q.name() + ": parameter " + p.name() + " is also a result");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void defaultsGiveTheGoldenRows(String name) throws Exception {
        QueryResult r = new QueryRunner(10_000).run(dsg, CATALOG.get(name), Map.of());
        Golden.check("queries/" + name + ".tsv", tsv(r));
    }

    @Test
    void founderRowIsExact() {
        QueryResult r = new QueryRunner(10_000).run(dsg, CATALOG.get("founders"), Map.of("company", "deepseek"));
        assertEquals(List.of(List.of("founder", "organisation", "articles"), List.of("Liang Wenfeng", "DeepSeek", "1")),
                ResultWriterTestLib.cells(r));
    }

    @Test
    void parametersAreTermsNotText() {
        // A value that would break out of a string if spliced into the query text is just a name that matches nothing.
        QueryResult r = new QueryRunner(10_000).run(dsg, CATALOG.get("founders"),
                Map.of("company", "x\") || true || (\""));
        assertEquals(1, ResultWriterTestLib.cells(r).size(), "only the header row");
    }

    @Test
    void unknownParameterIsRefusedWithItsName() {
        QueryException e = assertThrows(QueryException.class,
                () -> new QueryRunner(10_000).run(dsg, CATALOG.get("founders"), Map.of("firm", "x")));
        assertTrue(e.getMessage().contains("'firm'") && e.getMessage().contains("company"), e.getMessage());
    }

    @Test
    void stockMovesFilterByDate() {
        QueryResult hit = new QueryRunner(10_000).run(dsg, CATALOG.get("stock-moves"), Map.of("date", "2025-01-27"));
        List<List<String>> rows = ResultWriterTestLib.cells(hit);
        assertEquals(2, rows.size());
        assertEquals(List.of("2025-01-27", "Nvidia", "NASDAQ:NVDA", "-17.0", "false", "close", "fixture-de"), rows.get(1));
        QueryResult miss = new QueryRunner(10_000).run(dsg, CATALOG.get("stock-moves"), Map.of("date", "2025-01-28"));
        assertEquals(1, ResultWriterTestLib.cells(miss).size());
    }

    @Test
    void everyQueryIsInTheReadme() throws Exception {
        String readme = java.nio.file.Files.readString(Path.of("README.md"));
        for (QuerySpec q : CATALOG.queries()) assertTrue(readme.contains("aikg query " + q.name()), q.name() + " not shown in README");
        assertNotNull(readme);
    }
}
