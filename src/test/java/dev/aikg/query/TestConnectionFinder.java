package dev.aikg.query;

import dev.aikg.Namespaces;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestConnectionFinder {
    private static final String ID = Namespaces.ID;

    private static Node e(String local) { return NodeFactory.createURI(ID + local); }

    private static Node p(String local) { return NodeFactory.createURI(Namespaces.AIKG + local); }

    /** A fact, and the label of each end as the summary's directory holds it. */
    private static void fact(Graph g, String s, String p, String o) {
        g.add(Triple.create(e(s), p(p), e(o)));
        for (String x : new String[] {s, o}) {
            g.add(Triple.create(e(x), RDFS.label.asNode(), NodeFactory.createLiteralString(x.substring(0, 1).toUpperCase() + x.substring(1))));
        }
    }

    /**
     * nadella ceoOf microsoft investedIn openai; altman ceoOf openai; microsoft competesWith google;
     * google investedIn anthropic; a hub chip with many models trained on it, one of them by openai.
     */
    private static Graph sample() {
        Graph g = GraphFactory.createDefaultGraph();
        fact(g, "nadella", "ceoOf", "microsoft");
        fact(g, "microsoft", "investedIn", "openai");
        fact(g, "nadella", "commentedOn", "openai");
        fact(g, "altman", "ceoOf", "openai");
        fact(g, "altman", "commentedOn", "microsoft");
        fact(g, "microsoft", "competesWith", "google");
        fact(g, "google", "investedIn", "anthropic");
        fact(g, "gpt4", "developedBy", "openai");
        for (int i = 0; i < 50; i++) {
            fact(g, "model" + i, "trainedOn", "h100");
            fact(g, "model" + i, "developedBy", "lab" + i);
        }
        fact(g, "gpt4", "trainedOn", "h100");
        fact(g, "h100", "manufacturedBy", "nvidia");
        // Not relations: a label and a literal headquarters never make a path.
        g.add(Triple.create(e("openai"), p("headquarteredIn"), NodeFactory.createLiteralString("San Francisco")));
        g.add(Triple.create(e("nadella"), p("key"), NodeFactory.createLiteralString("satya nadella")));
        return g;
    }

    private static Set<String> texts(ConnectionFinder.Result r) {
        Set<String> out = new TreeSet<>();
        for (ConnectionFinder.Path path : r.paths()) {
            StringBuilder sb = new StringBuilder("from");
            for (int i = 0; i < path.hops(); i++) {
                sb.append(" -").append(path.predicates().get(i).getLocalName()).append("- ");
                sb.append(i < path.via().size() ? path.via().get(i).getURI().substring(ID.length()) : "to");
            }
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void findsOneTwoAndThreeHopPathsInEitherDirection() {
        ConnectionFinder.Result r = new ConnectionFinder(sample()).find(e("nadella"), e("openai"), 3);
        assertTrue(r.complete());
        assertEquals(Set.of(
                "from -commentedOn- to",
                "from -ceoOf- microsoft -investedIn- to",
                "from -ceoOf- microsoft -commentedOn- altman -ceoOf- to"), texts(r));
        assertEquals(List.of(1, 2, 3), r.paths().stream().map(ConnectionFinder.Path::hops).distinct().toList(),
                "shortest paths first");
    }

    @Test
    void theSameAnswerWhicheverEndIsExpanded() {
        Graph g = sample();
        // nvidia has one neighbour (h100), gpt4 three: the walk expands nvidia's side one way, and
        // the other way round it still writes every path from the first end to the second.
        Set<String> forward = texts(new ConnectionFinder(g).find(e("gpt4"), e("nvidia"), 3));
        Set<String> backward = texts(new ConnectionFinder(g).find(e("nvidia"), e("gpt4"), 3));
        assertEquals(Set.of("from -trainedOn- h100 -manufacturedBy- to"), forward);
        assertEquals(Set.of("from -manufacturedBy- h100 -trainedOn- to"), backward);
        Set<String> viaHub = texts(new ConnectionFinder(g).find(e("altman"), e("h100"), 3));
        assertEquals(Set.of("from -ceoOf- openai -developedBy- gpt4 -trainedOn- to"), viaHub);
        Set<String> fromHub = texts(new ConnectionFinder(g).find(e("h100"), e("altman"), 3));
        assertEquals(Set.of("from -trainedOn- gpt4 -developedBy- openai -ceoOf- to"), fromHub);
    }

    @Test
    void pathsNeverRevisitAnEntityNorFollowLiterals() {
        ConnectionFinder.Result r = new ConnectionFinder(sample()).find(e("nadella"), e("microsoft"), 3);
        for (ConnectionFinder.Path path : r.paths()) {
            List<Node> all = new ArrayList<>(path.via());
            all.add(e("nadella"));
            all.add(e("microsoft"));
            assertEquals(all.size(), Set.copyOf(all).size(), path.toString());
        }
        assertTrue(texts(r).contains("from -commentedOn- openai -investedIn- to"), texts(r).toString());
        assertTrue(new ConnectionFinder(sample()).find(e("nadella"), e("nadella"), 3).paths().isEmpty());
    }

    @Test
    void maxHopsBoundsTheWalk() {
        ConnectionFinder finder = new ConnectionFinder(sample());
        assertEquals(Set.of("from -commentedOn- to"), texts(finder.find(e("nadella"), e("openai"), 1)));
        assertEquals(2, finder.find(e("nadella"), e("openai"), 2).paths().size());
        assertTrue(finder.find(e("nadella"), e("anthropic"), 2).paths().isEmpty());
        assertEquals(Set.of("from -ceoOf- microsoft -competesWith- google -investedIn- to"),
                texts(finder.find(e("nadella"), e("anthropic"), 3)));
    }

    @Test
    void aSpentBudgetOrAFullListSaysTheAnswerIsIncomplete() {
        // From nvidia the walk expands its one neighbour, the hub chip, whose 52 neighbours overrun
        // a budget of 10; with the default budget it finds the path through gpt4.
        ConnectionFinder tight = new ConnectionFinder(sample(), 10, 100);
        assertFalse(tight.find(e("nvidia"), e("openai"), 3).complete());
        ConnectionFinder.Result full = new ConnectionFinder(sample()).find(e("nvidia"), e("openai"), 3);
        assertTrue(full.complete());
        assertEquals(Set.of("from -manufacturedBy- h100 -trainedOn- gpt4 -developedBy- to"), texts(full));
        ConnectionFinder few = new ConnectionFinder(sample(), 1000, 1);
        ConnectionFinder.Result one = few.find(e("nadella"), e("openai"), 3);
        assertFalse(one.complete());
        assertEquals(1, one.paths().size());
        assertEquals(1, one.paths().get(0).hops(), "the short path is the one kept");
    }

    @Test
    void thePropertyFunctionBindsOneRowPerPathFromTheSummaryGraph() {
        ConnectionsFunction.register();
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.addGraph(NodeFactory.createURI(Namespaces.SUMMARY_GRAPH), sample());
        Dataset ds = DatasetFactory.wrap(dsg);
        String q = "PREFIX fn: <" + ConnectionsFunction.NS + "> SELECT ?hops ?path ?p1 ?m ?p2 ?n ?p3 WHERE { "
                + "BIND(<" + ID + "nadella> AS ?a) BIND(<" + ID + "openai> AS ?b) "
                + "(?a ?b) fn:connections (?hops ?path ?p1 ?m ?p2 ?n ?p3) } ORDER BY ?hops";
        List<String> rows = new ArrayList<>();
        try (var exec = QueryExecutionFactory.create(q, ds)) {
            ResultSet rs = exec.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                rows.add(s.getLiteral("hops").getInt() + " " + s.getResource("p1").getLocalName()
                        + (s.contains("m") ? " " + s.getResource("m").getURI().substring(ID.length()) : "")
                        + (s.contains("n") ? " " + s.getResource("n").getURI().substring(ID.length()) : "")
                        + (s.contains("p3") ? " " + s.getResource("p3").getLocalName() : "")
                        + " | " + s.getLiteral("path").getString());
            }
        }
        assertEquals(List.of("1 commentedOn | Nadella —commentedOn— Openai",
                "2 ceoOf microsoft | Nadella —ceoOf— Microsoft —investedIn— Openai",
                "3 ceoOf microsoft altman ceoOf | Nadella —ceoOf— Microsoft —commentedOn— Altman —ceoOf— Openai"), rows);
        String twoHops = q.replace("(?a ?b)", "(?a ?b 2)");
        try (var exec = QueryExecutionFactory.create(twoHops, ds)) {
            assertEquals(2, count(exec.execSelect()));
        }
        String unbound = q.replace("BIND(<" + ID + "openai> AS ?b) ", "");
        try (var exec = QueryExecutionFactory.create(unbound, ds)) {
            assertEquals(0, count(exec.execSelect()), "an open end finds nothing rather than every path");
        }
    }

    @Test
    void withALimitTheFunctionReturnsTheFirstPathsByHopsAndTextAndStopsEarly() {
        ConnectionsFunction.register();
        Graph g = sample();
        // Three two-hop paths from openai to h100 besides the one through gpt4: limit 2 keeps the
        // first two by text, and no three-hop path is asked for.
        for (String m : new String[] {"zeta", "alpha", "mid"}) {
            fact(g, m, "developedBy", "openai");
            fact(g, m, "trainedOn", "h100");
        }
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.addGraph(NodeFactory.createURI(Namespaces.SUMMARY_GRAPH), g);
        Dataset ds = DatasetFactory.wrap(dsg);
        String q = "PREFIX fn: <" + ConnectionsFunction.NS + "> SELECT ?hops ?path WHERE { "
                + "BIND(<" + ID + "openai> AS ?a) BIND(<" + ID + "h100> AS ?b) "
                + "(?a ?b 3 LIMIT) fn:connections (?hops ?path) }";
        List<String> two = paths(ds, q.replace("LIMIT", "2"));
        assertEquals(List.of("2 Openai —developedBy— Alpha —trainedOn— H100", "2 Openai —developedBy— Gpt4 —trainedOn— H100"), two);
        List<String> all = paths(ds, q.replace("LIMIT", "1000"));
        assertEquals(4, all.size(), all.toString());
        assertEquals(all.stream().sorted().toList(), all, "ordered by hops, then text");
    }

    private static List<String> paths(Dataset ds, String q) {
        List<String> rows = new ArrayList<>();
        try (var exec = QueryExecutionFactory.create(q, ds)) {
            ResultSet rs = exec.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                rows.add(s.getLiteral("hops").getInt() + " " + s.getLiteral("path").getString());
            }
        }
        return rows;
    }

    private static int count(ResultSet rs) {
        int n = 0;
        while (rs.hasNext()) {
            rs.next();
            n++;
        }
        return n;
    }

    @Test
    void relationsAreEveryEntityPredicate() {
        Set<String> names = ConnectionFinder.RELATIONS.stream().map(Node::getLocalName).collect(Collectors.toSet());
        assertEquals(11, names.size());
        assertFalse(names.contains("headquarteredIn"));
        assertTrue(names.contains("competesWith") && names.contains("commentedOn"));
    }
}
