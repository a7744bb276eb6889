package dev.aikg.query;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a catalog query against a dataset: checks and binds its parameters as RDF terms (Jena's
 * substitution of the parsed query, not text splicing), runs it in a read transaction with a
 * timeout, and materialises the result.
 */
public final class QueryRunner {
    static { ConnectionsFunction.register(); }

    private final long timeoutMillis;

    public QueryRunner(long timeoutMillis) { this.timeoutMillis = timeoutMillis; }

    public QueryResult run(DatasetGraph dsg, QuerySpec spec, Map<String, String> values) {
        return run(dsg, spec, values, Page.AS_WRITTEN);
    }

    /**
     * Which rows of a SELECT to return: the query's own LIMIT and OFFSET unless given. A listing that
     * stops at a page (fact-evidence) is read further this way; negative means "as written".
     */
    public record Page(long limit, long offset) {
        public static final Page AS_WRITTEN = new Page(-1, -1);
    }

    public QueryResult run(DatasetGraph dsg, QuerySpec spec, Map<String, String> values, Page page) {
        Query query;
        try {
            query = QueryFactory.create(spec.sparql());
        } catch (QueryParseException e) {
            throw new QueryException(spec.file() + ": SPARQL syntax error: " + e.getMessage().replace('\n', ' '));
        }
        if (query.isSelectType()) {
            if (page.limit() >= 0) query.setLimit(page.limit());
            if (page.offset() >= 0) query.setOffset(page.offset());
        }
        Binding binding = bind(spec, values);
        dsg.begin(TxnType.READ);
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).substitution(binding)
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
            if (query.isSelectType()) {
                RowSet rows = exec.select();
                return QueryResult.select(ResultSetFactory.makeRewindable(rows));
            }
            if (query.isAskType()) return QueryResult.ask(exec.ask());
            Graph g = GraphFactory.createDefaultGraph();
            Graph result = query.isConstructType() ? exec.construct() : exec.describe();
            result.find().forEach(g::add);
            return QueryResult.graph(g);
        } catch (QueryCancelledException e) {
            throw new QueryException(spec.name() + ": query timed out after " + timeoutMillis + " ms");
        } finally {
            dsg.end();
        }
    }

    /**
     * Every given value must be a declared parameter; every declared one gets its value or default.
     * Public so a client that sends the query elsewhere (the load benchmark) binds exactly as here.
     */
    public static Binding bind(QuerySpec spec, Map<String, String> values) {
        for (String name : values.keySet()) {
            if (spec.param(name) == null) {
                throw new QueryException("query " + spec.name() + " has no parameter '" + name + "'"
                        + (spec.params().isEmpty() ? "" : "; it takes: " + String.join(", ",
                        spec.params().stream().map(QueryParam::name).toList())));
            }
        }
        BindingBuilder b = BindingBuilder.create();
        for (QueryParam p : spec.params()) {
            String v = values.containsKey(p.name()) ? values.get(p.name()) : p.defaultValue();
            if (v == null) throw new QueryException("query " + spec.name() + " needs --param " + p.name() + "=…");
            Node term = ParamValues.term(v);
            b.add(Var.alloc(p.name()), term);
        }
        return b.build();
    }
}
