package dev.aikg.build;

import dev.aikg.Namespaces;
import dev.aikg.rdf.Vocab;
import dev.aikg.store.KnowledgeStore;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The summary graph as a store holds it, and as a recount from its article graphs would make it. */
final class SummaryRecount {
    static final Node SUMMARY = NodeFactory.createURI(Namespaces.SUMMARY_GRAPH);

    private SummaryRecount() { }

    /** The summary recounted whole, writing out every {@code writeOutKeys} keys; the store is left as it was. */
    static Set<Quad> recounted(Path store, int writeOutKeys) {
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            DatasetGraph dsg = ks.datasetGraph();
            dsg.begin(TxnType.WRITE);
            try {
                SummaryGraph.rebuild(dsg, writeOutKeys);
                return summaryOf(dsg);
            } finally {
                dsg.abort();
                dsg.end();
            }
        }
    }

    /**
     * A kept summary matches a recount: the same quads, except that the runners-up of a ranking a
     * build updated may be fewer (a head of the recount's), and so may the rankings marked complete.
     */
    static void assertMatches(Set<Quad> recount, Set<Quad> kept, String message) {
        assertEquals(withoutReserve(recount), withoutReserve(kept), message);
        Set<Quad> reserve = new HashSet<>(kept);
        reserve.removeAll(withoutReserve(kept));
        assertTrue(recount.containsAll(reserve), message + ": runners-up or completeness the recount does not have");
    }

    private static Set<Quad> withoutReserve(Set<Quad> summary) {
        Set<Quad> s = new HashSet<>(summary);
        s.removeIf(q -> q.getPredicate().equals(Vocab.NEXT_RANKED) || q.getPredicate().equals(Vocab.RANKED_ALL));
        return s;
    }

    static Set<Quad> summaryOf(DatasetGraph dsg) {
        Set<Quad> s = new HashSet<>();
        dsg.find(SUMMARY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(s::add);
        return s;
    }
}
