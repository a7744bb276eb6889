package dev.aikg.build;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Replaces a stored named graph with a new version by deleting only the quads that are gone and
 * adding only the new ones. TDB2 is copy-on-write: every changed quad copies an index block in each
 * of six indexes, and a revised article usually keeps most of its quads (same entities, same
 * sentences before the edit), so dropping and rewriting the whole graph would copy many blocks for
 * nothing. Call inside a write transaction.
 */
final class GraphReplacer {
    private GraphReplacer() { }

    /** The graph's quads before and after a replacement, and how many were deleted plus added. */
    record Replaced(Set<Quad> old, Set<Quad> now, long changes) { }

    static Replaced replace(DatasetGraph dsg, Node graph, List<Quad> fresh) {
        Set<Quad> old = new HashSet<>();
        Iterator<Quad> it = dsg.find(graph, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) old.add(it.next());
        Set<Quad> now = new LinkedHashSet<>(fresh);
        long changes = 0;
        for (Quad q : old) {
            if (!now.contains(q)) {
                dsg.delete(q);
                changes++;
            }
        }
        for (Quad q : now) {
            if (!old.contains(q)) {
                dsg.add(q);
                changes++;
            }
        }
        return new Replaced(old, now, changes);
    }
}
