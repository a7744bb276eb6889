package dev.aikg.query;

import dev.aikg.Namespaces;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import java.util.regex.Pattern;

/**
 * Turns a parameter value from the command line into an RDF term, so it is bound into the parsed
 * query as a term and never spliced into the query text: an IRI ({@code https://…}, {@code <…>},
 * {@code id:org/nvidia}), a date (2025-01-27), a number, or else a plain string.
 */
public final class ParamValues {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+\\.\\d+");

    private ParamValues() { }

    public static Node term(String value) {
        String v = value.strip();
        if (v.startsWith("<") && v.endsWith(">") && v.length() > 2) return iri(v.substring(1, v.length() - 1));
        if (v.startsWith("http://") || v.startsWith("https://")) return iri(v);
        if (v.startsWith("id:") && v.length() > 3) return iri(Namespaces.ID + v.substring(3));
        if (DATE.matcher(v).matches()) return NodeFactory.createLiteralDT(v, XSDDatatype.XSDdate);
        if (INTEGER.matcher(v).matches()) return NodeFactory.createLiteralDT(v, XSDDatatype.XSDinteger);
        if (DECIMAL.matcher(v).matches()) return NodeFactory.createLiteralDT(v, XSDDatatype.XSDdecimal);
        return NodeFactory.createLiteralString(value);
    }

    private static Node iri(String iri) {
        if (iri.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}'
                || c == '|' || c == '\\' || c == '^' || c == '`')) {
            throw new QueryException("not a valid IRI: " + iri);
        }
        return NodeFactory.createURI(iri);
    }
}
