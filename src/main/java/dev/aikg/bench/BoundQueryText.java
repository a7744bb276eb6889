package dev.aikg.bench;

import dev.aikg.query.QueryException;
import dev.aikg.query.QueryRunner;
import dev.aikg.query.QuerySpec;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.engine.binding.BindingLib;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import java.util.Map;

/**
 * A catalog query as text with its parameters bound, for sending to an endpoint. The binding is
 * {@link QueryRunner#bind}'s and the substitution is the one Jena applies to a local execution's
 * {@code substitution(…)} ({@code QueryTransformOps.replaceVars}), so the server runs the same query
 * {@code aikg query} would.
 */
public final class BoundQueryText {
    private BoundQueryText() { }

    public static String of(QuerySpec spec, Map<String, String> values) {
        Query query;
        try {
            query = QueryFactory.create(spec.sparql());
        } catch (QueryParseException e) {
            throw new QueryException(spec.file() + ": SPARQL syntax error: " + e.getMessage().replace('\n', ' '));
        }
        return QueryTransformOps.replaceVars(query, BindingLib.bindingToMap(QueryRunner.bind(spec, values))).serialize();
    }
}
