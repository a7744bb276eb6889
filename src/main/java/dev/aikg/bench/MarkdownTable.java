package dev.aikg.bench;

import java.util.ArrayList;
import java.util.List;

/** A GitHub-flavoured Markdown table built row by row; pipes in cells are escaped. */
final class MarkdownTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    MarkdownTable(String... header) { this.header = List.of(header); }

    MarkdownTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + header.size() + " columns");
        }
        rows.add(List.of(cells));
        return this;
    }

    boolean isEmpty() { return rows.isEmpty(); }

    String render() {
        StringBuilder sb = new StringBuilder();
        line(sb, header);
        sb.append('|').append(" --- |".repeat(header.size())).append('\n');
        for (List<String> r : rows) line(sb, r);
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells) {
        sb.append('|');
        for (String c : cells) sb.append(' ').append(c.replace("|", "\\|")).append(" |");
        sb.append('\n');
    }
}
