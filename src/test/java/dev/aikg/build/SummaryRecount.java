package dev.aikg.build;

import dev.aikg.Namespaces;
import dev.aikg.store.KnowledgeStore;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

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

    static Set<Quad> summaryOf(DatasetGraph dsg) {
        Set<Quad> s = new HashSet<>();
        dsg.find(SUMMARY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(s::add);
        return s;
    }
}
