package dev.aikg.build;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TestGraphReplacer {
    private static final Node G = NodeFactory.createURI("https://w3id.org/aikg/graph/doc/a");
    private static final Node OTHER = NodeFactory.createURI("https://w3id.org/aikg/graph/doc/b");

    private static Quad q(Node g, String s, String o) {
        return Quad.create(g, NodeFactory.createURI("urn:" + s), NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString(o));
    }

    @Test
    void touchesOnlyTheQuadsThatDifferAndLeavesOtherGraphsAlone() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (Quad x : List.of(q(G, "s1", "one"), q(G, "s2", "two"), q(G, "s3", "three"), q(OTHER, "s1", "one"))) dsg.add(x);

        assertEquals(0, GraphReplacer.replace(dsg, G, List.of(q(G, "s1", "one"), q(G, "s2", "two"), q(G, "s3", "three"))).changes());

        GraphReplacer.Replaced r = GraphReplacer.replace(dsg, G, List.of(q(G, "s1", "one"), q(G, "s2", "zwei"), q(G, "s4", "four")));
        assertEquals(4, r.changes(), "two deleted (s2 two, s3 three), two added (s2 zwei, s4 four)");
        assertEquals(Set.of(q(G, "s1", "one"), q(G, "s2", "two"), q(G, "s3", "three")), r.old(),
                "the graph before, which the summary's delta subtracts");
        assertEquals(Set.of(q(G, "s1", "one"), q(G, "s2", "zwei"), q(G, "s4", "four")), r.now());
        Set<Quad> now = new HashSet<>();
        dsg.find(G, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(now::add);
        assertEquals(Set.of(q(G, "s1", "one"), q(G, "s2", "zwei"), q(G, "s4", "four")), now);
        assertEquals(1, dsg.stream(OTHER, Node.ANY, Node.ANY, Node.ANY).count());
    }
}
