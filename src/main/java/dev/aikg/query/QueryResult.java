package dev.aikg.query;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSetRewindable;

/** The outcome of a query, materialised so it can be written after the read transaction ends. */
public record QueryResult(ResultSetRewindable rows, Boolean ask, Graph graph) {
    public static QueryResult select(ResultSetRewindable rows) { return new QueryResult(rows, null, null); }

    public static QueryResult ask(boolean b) { return new QueryResult(null, b, null); }

    public static QueryResult graph(Graph g) { return new QueryResult(null, null, g); }
}
