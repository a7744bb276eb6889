package dev.aikg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark figures as tab-separated rows for bin/bench to collect. Rows are appended and the header
 * is written only into a new or empty file, so several runs (two queries under load, two store
 * sizes) can share one file.
 */
public final class TsvFile {
    private TsvFile() { }

    public static void append(Path file, List<String> header, List<List<String>> rows) {
        List<String> lines = new ArrayList<>();
        try {
            if (!Files.exists(file) || Files.size(file) == 0) lines.add(String.join("\t", header));
            for (List<String> r : rows) lines.add(String.join("\t", r.stream().map(TsvFile::cell).toList()));
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.write(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Milliseconds with three decimals, whatever the locale. */
    public static String ms(double millis) { return String.format(Locale.ROOT, "%.3f", millis); }

    private static String cell(String v) { return v == null ? "" : v.replace('\t', ' ').replace('\n', ' '); }
}
