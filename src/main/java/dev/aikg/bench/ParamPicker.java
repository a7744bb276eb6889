package dev.aikg.bench;

import dev.aikg.query.QueryParam;
import dev.aikg.query.QuerySpec;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses parameter values that exist in the store being measured, which may be a generated corpus
 * with none of the entities the catalog's defaults name. For a query {@code NAME} with a picking
 * query in {@code pick/NAME.rq} (next to this class), that query's first row gives the values: its
 * variables are named after the parameters, and it orders by a count with the label as tie-break,
 * so the choice is the same on every run over the same store. Parameters whose default is empty
 * ("all") keep it: that is the widest, slowest form of the query. Values given by the user win.
 */
public final class ParamPicker {
    /** Where a value came from, shown next to it in the report. */
    public enum Origin { GIVEN, PICKED, DEFAULT }

    public record Choice(String name, String value, Origin origin) {
        public String format() { return name + "=" + value + " (" + origin.name().toLowerCase(java.util.Locale.ROOT) + ")"; }
    }

    /** Something that answers a SELECT query: the store itself, or a SPARQL endpoint. */
    @FunctionalInterface
    public interface Endpoint {
        List<Binding> select(Query query);
    }

    private final Endpoint endpoint;

    public ParamPicker(Endpoint endpoint) { this.endpoint = endpoint; }

    /** Picks from a dataset, in a read transaction. */
    public static ParamPicker of(DatasetGraph dsg) {
        return new ParamPicker(q -> {
            dsg.begin(TxnType.READ);
            try (QueryExec exec = QueryExec.dataset(dsg).query(q).build()) {
                return drain(exec.select());
            } finally {
                dsg.end();
            }
        });
    }

    /** Picks through a SPARQL endpoint (the load client's store is held by the server process). */
    public static ParamPicker ofEndpoint(String url) {
        return new ParamPicker(q -> {
            try (QueryExec exec = QueryExecHTTP.service(url).query(q).build()) {
                return drain(exec.select());
            }
        });
    }

    /** One choice per declared parameter, in declaration order. */
    public List<Choice> choose(QuerySpec spec, Map<String, String> given) {
        Binding picked = needsPicking(spec, given) ? pickRow(spec.name()) : null;
        List<Choice> out = new ArrayList<>();
        for (QueryParam p : spec.params()) {
            Var v = Var.alloc(p.name());
            if (given.containsKey(p.name())) {
                out.add(new Choice(p.name(), given.get(p.name()), Origin.GIVEN));
            } else if (picked != null && picked.contains(v)) {
                out.add(new Choice(p.name(), text(picked.get(v)), Origin.PICKED));
            } else {
                out.add(new Choice(p.name(), p.defaultValue(), Origin.DEFAULT));
            }
        }
        return out;
    }

    /** The chosen values by name, for the query runner; a parameter with no value is left out so the runner names it. */
    public static Map<String, String> values(List<Choice> choices) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Choice c : choices) {
            if (c.value() != null) m.put(c.name(), c.value());
        }
        return m;
    }

    /** Only parameters that name something (a non-empty default) need a value from the store. */
    private static boolean needsPicking(QuerySpec spec, Map<String, String> given) {
        return spec.params().stream().anyMatch(p -> !given.containsKey(p.name())
                && (p.defaultValue() == null || !p.defaultValue().isEmpty()));
    }

    private Binding pickRow(String queryName) {
        String sparql = pickingQuery(queryName);
        if (sparql == null) return null;
        List<Binding> rows = endpoint.select(QueryFactory.create(sparql));
        return rows.isEmpty() ? null : rows.get(0);
    }

    static String pickingQuery(String queryName) {
        try (InputStream in = ParamPicker.class.getResourceAsStream("pick/" + queryName + ".rq")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value as a parameter string: an IRI in angle brackets, a literal by its lexical form. */
    private static String text(Node n) {
        if (n.isURI()) return "<" + n.getURI() + ">";
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static List<Binding> drain(RowSet rows) {
        List<Binding> out = new ArrayList<>();
        rows.forEachRemaining(out::add);
        return out;
    }
}
