package dev.aikg.query;

import dev.aikg.Namespaces;
import dev.aikg.build.SummaryGraph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * entity-profile on a much-named entity: it shows the 20 most-stated facts per relation and direction
 * (through the summary's top-fact links), and every fact only the lexicon knows, once, with 0 articles.
 */
class TestEntityProfile {
    private static final Node LEXICON = NodeFactory.createURI(Namespaces.LEXICON_GRAPH);
    private static final Node HUB = entity("org/hubcorp");
    private static List<String[]> rows;

    private static Node entity(String id) {
        return NodeFactory.createURI(Namespaces.ID + id);
    }

    private static Node aikg(String local) { return NodeFactory.createURI(Namespaces.AIKG + local); }

    /** States the fact in {@code articles} article graphs (a, b, …), each naming both ends. */
    private static void stated(DatasetGraph dsg, Node s, Node p, Node o, int articles, String prefix) {
        for (int i = 0; i < articles; i++) {
            Node g = NodeFactory.createURI(Namespaces.graphOf(prefix + "-" + i));
            dsg.add(g, s, p, o);
        }
    }

    private static void label(DatasetGraph dsg, Node e, String label) {
        dsg.add(LEXICON, e, RDFS.Nodes.label, NodeFactory.createLiteralString(label));
    }

    @BeforeAll
    static void profile() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        label(dsg, HUB, "Hubcorp");
        // 25 rivals, rival k stated in k articles: only rivals 6..25 make the top 20.
        for (int k = 1; k <= 25; k++) {
            Node rival = entity("org/rival-" + k);
            label(dsg, rival, "Rival " + k);
            stated(dsg, HUB, aikg("competesWith"), rival, k, "rival" + k);
        }
        // Two investors, the other direction.
        for (int k = 1; k <= 2; k++) {
            Node fund = entity("org/fund-" + k);
            label(dsg, fund, "Fund " + k);
            stated(dsg, fund, aikg("investedIn"), HUB, k, "fund" + k);
        }
        Node ceo = entity("person/ada-boss");
        label(dsg, ceo, "Ada Boss");
        dsg.add(LEXICON, ceo, aikg("ceoOf"), HUB);                                // lexicon only
        Node founder = entity("person/bo-start");
        label(dsg, founder, "Bo Start");
        dsg.add(LEXICON, founder, aikg("founderOf"), HUB);                        // lexicon and 3 articles
        stated(dsg, founder, aikg("founderOf"), HUB, 3, "founder");
        Node city = NodeFactory.createLiteralString("Santa Clara");
        dsg.add(LEXICON, HUB, aikg("headquarteredIn"), city);                    // literal, lexicon and 2 articles
        stated(dsg, HUB, aikg("headquarteredIn"), city, 2, "hq");
        dsg.add(LEXICON, HUB, aikg("headquarteredIn"), NodeFactory.createLiteralString("Old Town")); // literal, lexicon only
        dsg.executeWrite(() -> SummaryGraph.rebuild(dsg));

        QuerySpec spec = TestCatalogQueries.CATALOG.get("entity-profile");
        QueryResult r = new QueryRunner(10_000).run(dsg, spec, Map.of("entity", "hubcorp"));
        rows = new ArrayList<>();
        while (r.rows().hasNext()) {
            QuerySolution s = r.rows().next();
            rows.add(new String[] {s.getLiteral("direction").getString(), s.getLiteral("relation").getString(),
                    s.getLiteral("other").getString(), String.valueOf(s.getLiteral("articles").getLong())});
        }
    }

    private static List<String[]> rowsOf(String relation) {
        return rows.stream().filter(r -> r[1].equals(relation)).toList();
    }

    @Test
    void showsTheTwentyMostStatedFactsOfARelation() {
        List<String[]> rivals = rowsOf("competesWith");
        assertEquals(20, rivals.size());
        assertEquals("Rival 25", rivals.get(0)[2]);
        assertEquals("25", rivals.get(0)[3]);
        assertEquals("Rival 6", rivals.get(19)[2], "the five least stated are left out");
        assertTrue(rivals.stream().allMatch(r -> r[0].equals("->")));
    }

    @Test
    void showsTheOtherDirectionToo() {
        List<String[]> funds = rowsOf("investedIn");
        assertEquals(2, funds.size());
        assertEquals("<-", funds.get(0)[0]);
        assertEquals("Fund 2", funds.get(0)[2]);
        assertEquals("2", funds.get(0)[3]);
    }

    @Test
    void lexiconFactsShowOnceWithTheirArticleCount() {
        assertEquals(List.of("<-|Ada Boss|0"), compact(rowsOf("ceoOf")), "a lexicon-only fact has 0 articles");
        assertEquals(List.of("<-|Bo Start|3"), compact(rowsOf("founderOf")), "a stated lexicon fact is not repeated with 0");
        assertEquals(List.of("->|Santa Clara|2", "->|Old Town|0"), compact(rowsOf("headquarteredIn")),
                "literal objects: the stated one with its count, the lexicon-only one with 0");
    }

    @Test
    void noOtherRows() {
        assertFalse(rows.isEmpty());
        assertEquals(20 + 2 + 1 + 1 + 2, rows.size());
    }

    private static List<String> compact(List<String[]> rs) {
        return rs.stream().map(r -> r[0] + "|" + r[2] + "|" + r[3]).toList();
    }
}
