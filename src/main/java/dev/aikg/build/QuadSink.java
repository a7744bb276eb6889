package dev.aikg.build;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/** Adds quads to a dataset inside the caller's transaction, counting them. */
final class QuadSink extends StreamRDFBase {
    private final DatasetGraph dsg;
    private long count;

    QuadSink(DatasetGraph dsg) { this.dsg = dsg; }

    @Override
    public void quad(Quad quad) {
        dsg.add(quad);
        count++;
    }

    @Override
    public void triple(Triple triple) {
        throw new IllegalStateException("the mapping writes quads only: " + triple);
    }

    /** Counts quads another path wrote (a replaced graph's diff). */
    void counted(long n) { count += n; }

    long count() { return count; }
}
