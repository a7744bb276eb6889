package dev.aikg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One results table of {@code bin/bench}: a header line of column names, then one row per line,
 * tab-separated. Rows are read by column name, so the harness may add columns without breaking
 * the plot or the report.
 *
 * @param columns the header
 * @param rows    each row by column name; a short line leaves its missing cells empty
 */
public record BenchTsv(List<String> columns, List<Map<String, String>> rows) {
    public BenchTsv {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Reads a TSV file; a missing file is an empty table, so one skipped step skips its section. */
    public static BenchTsv read(Path file) {
        if (!Files.isRegularFile(file)) return new BenchTsv(List.of(), List.of());
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static BenchTsv parse(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) return new BenchTsv(List.of(), List.of());
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) row.put(header.get(i), i < cells.length ? cells[i].strip() : "");
            rows.add(row);
        }
        return new BenchTsv(header, rows);
    }

    public boolean isEmpty() { return rows.isEmpty(); }

    /** A cell as a number; empty when missing, blank or not a number (a skipped measurement). */
    public static OptionalDouble number(Map<String, String> row, String column) {
        String v = row.getOrDefault(column, "");
        if (v.isBlank()) return OptionalDouble.empty();
        try {
            double d = Double.parseDouble(v);
            return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
