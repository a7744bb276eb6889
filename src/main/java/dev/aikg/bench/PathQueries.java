package dev.aikg.bench;

import dev.aikg.query.ConnectionsFunction;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.path.P_Mod;
import org.apache.jena.sparql.path.P_OneOrMore1;
import org.apache.jena.sparql.path.P_OneOrMoreN;
import org.apache.jena.sparql.path.P_ZeroOrMore1;
import org.apache.jena.sparql.path.P_ZeroOrMoreN;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.Path;

import java.util.HashSet;
import java.util.Set;

/**
 * Tells path queries from the rest, so the benchmark can report them against their own bound (their
 * cost grows with how far the graph lets a walk go, not only with the number of documents).
 *
 * <p>The rule, on the parsed query's algebra (so comments and strings in the text cannot fool it):
 * a query is a path query when it holds
 * <ul>
 *   <li>a property path of arbitrary length: {@code *}, {@code +} or {@code {n,}}; or</li>
 *   <li>two or more property-path patterns joined through a shared variable: a walk unrolled by
 *       hand to a fixed number of hops, as {@code connections.rq} does with
 *       {@code rdf:subject|rdf:object} to stay within three; or</li>
 *   <li>a call of a property function that walks paths ({@code fn:connections}).</li>
 * </ul>
 * A single fixed-length path on its own, such as {@code aikg:worksFor|aikg:ceoOf}, is only a choice
 * of predicate and does not make a path query.
 */
public final class PathQueries {
    /** Property functions that walk paths: their cost grows with the graph's fan-out, as a path's does. */
    private static final Set<Node> WALKS = Set.of(NodeFactory.createURI(ConnectionsFunction.IRI));

    private PathQueries() { }

    public static boolean isPathQuery(String sparql) { return isPathQuery(QueryFactory.create(sparql)); }

    public static boolean isPathQuery(Query query) {
        PathFinder finder = new PathFinder();
        // The expression visitor makes the walker descend into FILTER EXISTS patterns too.
        Walker.walk(Algebra.compile(query), finder, new ExprVisitorBase());
        return finder.unbounded || finder.joined || finder.walks;
    }

    private static final class PathFinder extends OpVisitorBase {
        private final Set<Node> pathVars = new HashSet<>();
        boolean unbounded;
        boolean joined;
        boolean walks;

        @Override
        public void visit(OpBGP op) {
            for (Triple t : op.getPattern()) {
                if (WALKS.contains(t.getPredicate())) walks = true;
            }
        }

        @Override
        public void visit(OpPath op) {
            TriplePath tp = op.getTriplePath();
            if (unbounded(tp.getPath())) unbounded = true;
            // Both ends first, so a path from a variable to itself does not count as a join.
            Set<Node> ends = new HashSet<>();
            for (Node end : new Node[] {tp.getSubject(), tp.getObject()}) {
                if (end.isVariable()) ends.add(end);
            }
            for (Node end : ends) {
                if (!pathVars.add(end)) joined = true;
            }
        }
    }

    private static boolean unbounded(Path p) {
        if (p instanceof P_ZeroOrMore1 || p instanceof P_ZeroOrMoreN || p instanceof P_OneOrMore1
                || p instanceof P_OneOrMoreN) return true;
        if (p instanceof P_Mod m && m.getMax() < 0) return true;
        if (p instanceof P_Path1 one) return unbounded(one.getSubPath());
        if (p instanceof P_Path2 two) return unbounded(two.getLeft()) || unbounded(two.getRight());
        return false;
    }
}
