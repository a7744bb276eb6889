package dev.aikg.query;

import dev.aikg.rdf.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes query results: {@code table} and {@code md} for people (IRIs as prefixed names, literals
 * as their plain value), {@code csv}, {@code tsv} and {@code json} in the W3C SPARQL results formats
 * for programs.
 */
public final class ResultWriter {
    public enum Format { TABLE, CSV, TSV, JSON, MD }

    private static final PrefixMapping PREFIXES = Vocab.prefixes();

    private ResultWriter() { }

    public static void write(QueryResult result, Format format, OutputStream out) {
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        if (result.ask() != null) {
            ps.println(format == Format.JSON ? "{ \"boolean\" : " + result.ask() + " }" : result.ask() ? "yes" : "no");
            return;
        }
        if (result.graph() != null) {
            RDFDataMgr.write(ps, result.graph(), format == Format.JSON ? RDFFormat.JSONLD : RDFFormat.TURTLE_PRETTY);
            return;
        }
        ResultSetRewindable rows = result.rows();
        rows.reset();
        switch (format) {
            case CSV -> ResultSetFormatter.outputAsCSV(ps, rows);
            case TSV -> ResultSetFormatter.outputAsTSV(ps, rows);
            case JSON -> ResultSetFormatter.outputAsJSON(ps, rows);
            case MD -> markdown(rows, ps);
            case TABLE -> table(rows, ps);
        }
        ps.flush();
    }

    /** Rows as lists of display strings, header first: the form the table, markdown and tests share. */
    public static List<List<String>> cells(ResultSetRewindable rows) {
        rows.reset();
        List<String> vars = rows.getResultVars();
        List<List<String>> out = new ArrayList<>();
        out.add(vars);
        while (rows.hasNext()) {
            QuerySolution s = rows.next();
            List<String> row = new ArrayList<>(vars.size());
            for (String v : vars) row.add(display(s.get(v)));
            out.add(row);
        }
        rows.reset();
        return out;
    }

    public static String display(RDFNode n) {
        if (n == null) return "";
        Node node = n.asNode();
        if (node.isURI()) {
            String short_ = PREFIXES.shortForm(node.getURI());
            return short_.equals(node.getURI()) ? "<" + node.getURI() + ">" : short_;
        }
        if (node.isLiteral()) return node.getLiteralLexicalForm();
        return "_:" + node.getBlankNodeLabel();
    }

    private static void table(ResultSetRewindable rows, PrintStream ps) {
        List<List<String>> cells = cells(rows);
        int[] width = new int[cells.get(0).size()];
        for (List<String> r : cells) {
            for (int i = 0; i < r.size(); i++) width[i] = Math.max(width[i], Math.min(80, r.get(i).length()));
        }
        StringBuilder rule = new StringBuilder();
        for (int w : width) rule.append('+').append("-".repeat(w + 2));
        rule.append('+');
        ps.println(rule);
        for (int i = 0; i < cells.size(); i++) {
            StringBuilder line = new StringBuilder();
            List<String> r = cells.get(i);
            for (int c = 0; c < r.size(); c++) {
                String v = clip(r.get(c), 80);
                line.append("| ").append(v).append(" ".repeat(width[c] - v.length())).append(' ');
            }
            ps.println(line.append('|'));
            if (i == 0) ps.println(rule);
        }
        ps.println(rule);
        ps.println(String.format(Locale.ROOT, "%d row%s", cells.size() - 1, cells.size() == 2 ? "" : "s"));
    }

    private static void markdown(ResultSetRewindable rows, PrintStream ps) {
        List<List<String>> cells = cells(rows);
        for (int i = 0; i < cells.size(); i++) {
            List<String> r = cells.get(i);
            ps.println("| " + String.join(" | ", r.stream().map(v -> v.replace("|", "\\|").replace("\n", " ")).toList()) + " |");
            if (i == 0) ps.println("|" + " --- |".repeat(r.size()));
        }
    }

    private static String clip(String v, int max) {
        String oneLine = v.replace('\n', ' ');
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }

}
