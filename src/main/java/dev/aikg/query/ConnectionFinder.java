package dev.aikg.query;

import dev.aikg.model.Predicate;
import dev.aikg.rdf.Vocab;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds the paths of at most three relation hops between two entities of a graph (the summary
 * graph: each fact once), in either direction of each relation.
 *
 * <p>Why not SPARQL alone: a three-hop walk from a hub (a chip or company named in thousands of
 * articles) enumerates its neighbours' neighbours before it meets the far end. This walk meets in the
 * middle instead: it reads the neighbours of both ends, takes one-hop and two-hop paths from the
 * overlap, and for three hops expands only the end with fewer neighbours, keeping the middle edges
 * whose far node is a neighbour of the other end. Its cost is the sum of the degrees of the smaller
 * end's neighbours, bounded by {@link #expansionBudget}: past it the walk stops and reports the paths
 * found so far as {@link Result#complete() incomplete}.
 */
public final class ConnectionFinder {
    /** The relations a path may follow: every entity-to-entity predicate (not headquarteredIn, a literal). */
    public static final List<Node> RELATIONS = java.util.Arrays.stream(Predicate.values())
            .filter(p -> !p.literalObject()).map(p -> Vocab.aikg(p.label())).toList();

    /** Neighbour edges a three-hop search may read before it stops: a bound on time, whatever the graph. */
    public static final int DEFAULT_EXPANSION_BUDGET = 2_000_000;
    /** Paths returned at most; one- and two-hop paths come first, so only long ones are ever cut. */
    public static final int DEFAULT_MAX_PATHS = 100_000;

    private final Graph graph;
    private final int expansionBudget;
    private final int maxPaths;

    public ConnectionFinder(Graph graph) { this(graph, DEFAULT_EXPANSION_BUDGET, DEFAULT_MAX_PATHS); }

    public ConnectionFinder(Graph graph, int expansionBudget, int maxPaths) {
        this.graph = graph;
        this.expansionBudget = expansionBudget;
        this.maxPaths = maxPaths;
    }

    /**
     * One path: {@code from —predicates[0]— nodes[0] —predicates[1]— … to}; {@code via} holds the
     * intermediate entities (none for one hop), {@code predicates} one per hop.
     */
    public record Path(List<Node> predicates, List<Node> via) {
        public int hops() { return predicates.size(); }
    }

    /** The paths, shortest first, and whether the walk saw every candidate within its bounds. */
    public record Result(List<Path> paths, boolean complete) { }

    /** Paths from {@code from} to {@code to} of 1 to {@code maxHops} (at most 3) hops, through distinct entities. */
    public Result find(Node from, Node to, int maxHops) {
        List<Path> out = new ArrayList<>();
        Walk walk = walk(from, to);
        for (int hops = 1; hops <= Math.min(3, maxHops); hops++) {
            boolean[] full = {false};
            boolean complete = walk.paths(hops, p -> {
                if (out.size() >= maxPaths) {
                    full[0] = true;
                    return false;
                }
                out.add(p);
                return true;
            });
            if (!complete || full[0]) return new Result(out, false);
        }
        return new Result(out, true);
    }

    /** A walk between two entities, read one path length at a time: a caller that has enough short paths stops there. */
    public Walk walk(Node from, Node to) { return new Walk(from, to); }

    /** Receives paths; returns false to stop the walk. */
    @FunctionalInterface
    public interface PathSink {
        boolean accept(Path path);
    }

    public final class Walk {
        private final Node from;
        private final Node to;
        private Map<Node, Set<Node>> nearFrom;
        private Map<Node, Set<Node>> nearTo;

        private Walk(Node from, Node to) {
            this.from = from;
            this.to = to;
        }

        /**
         * Sends every path of exactly {@code hops} hops (1 to 3) to the sink; false when the
         * expansion budget ran out or the sink stopped the walk.
         */
        public boolean paths(int hops, PathSink sink) {
            if (from.equals(to)) return true;
            if (nearFrom == null) nearFrom = neighbours(from);
            if (hops == 1) {
                for (Node p : nearFrom.getOrDefault(to, Set.of())) {
                    if (!sink.accept(new Path(List.of(p), List.of()))) return false;
                }
                return true;
            }
            if (nearTo == null) nearTo = neighbours(to);
            return hops == 2 ? twoHops(sink) : hops != 3 || threeHops(sink);
        }

        private boolean twoHops(PathSink sink) {
            for (Map.Entry<Node, Set<Node>> e : nearFrom.entrySet()) {
                Node m = e.getKey();
                Set<Node> back = nearTo.get(m);
                if (back == null || m.equals(to) || m.equals(from)) continue;
                for (Node p1 : e.getValue()) {
                    for (Node p2 : back) {
                        if (!sink.accept(new Path(List.of(p1, p2), List.of(m)))) return false;
                    }
                }
            }
            return true;
        }

        /** Expands the end with fewer neighbours; paths are written from → to whichever end is expanded. */
        private boolean threeHops(PathSink sink) {
            boolean forward = nearFrom.size() <= nearTo.size();
            Map<Node, Set<Node>> near = forward ? nearFrom : nearTo;
            Map<Node, Set<Node>> far = forward ? nearTo : nearFrom;
            long read = 0;
            for (Map.Entry<Node, Set<Node>> e : near.entrySet()) {
                Node m = e.getKey();
                if (m.equals(from) || m.equals(to)) continue;
                Map<Node, Set<Node>> middle = neighbours(m);
                read += middle.size();
                if (read > expansionBudget) return false;
                for (Map.Entry<Node, Set<Node>> mid : middle.entrySet()) {
                    Node n = mid.getKey();
                    Set<Node> last = far.get(n);
                    if (last == null || n.equals(from) || n.equals(to) || n.equals(m)) continue;
                    for (Node p1 : e.getValue()) {
                        for (Node p2 : mid.getValue()) {
                            for (Node p3 : last) {
                                Path path = forward ? new Path(List.of(p1, p2, p3), List.of(m, n))
                                        : new Path(List.of(p3, p2, p1), List.of(n, m));
                                if (!sink.accept(path)) return false;
                            }
                        }
                    }
                }
            }
            return true;
        }
    }

    /**
     * The entities one relation away, each with the relations that join them (either direction).
     * One index range per predicate and direction, so an entity's labels, tallies and evidence samples
     * are never read.
     */
    Map<Node, Set<Node>> neighbours(Node x) {
        Map<Node, Set<Node>> out = new LinkedHashMap<>();
        for (Node p : RELATIONS) {
            collect(graph.find(x, p, Node.ANY), t -> add(out, t.getObject(), p));
            collect(graph.find(Node.ANY, p, x), t -> add(out, t.getSubject(), p));
        }
        return out;
    }

    private static void add(Map<Node, Set<Node>> out, Node other, Node p) {
        if (other.isURI()) out.computeIfAbsent(other, k -> new LinkedHashSet<>(2)).add(p);
    }

    private static void collect(ExtendedIterator<Triple> it, Consumer<Triple> action) {
        try {
            it.forEachRemaining(action);
        } finally {
            it.close();
        }
    }
}
