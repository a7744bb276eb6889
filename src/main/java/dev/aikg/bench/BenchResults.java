package dev.aikg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The layout of a {@code bin/bench} results directory: one TSV per step, and one per corpus size for
 * the steps run at several sizes ({@code queries-10000.tsv}, {@code serve-10000.tsv}).
 */
public final class BenchResults {
    public static final String MACHINE = "machine.tsv";
    public static final String COMMANDS = "commands.tsv";
    public static final String EXTRACT = "extract.tsv";
    public static final String SCALING = "scaling.tsv";
    public static final String INCREMENTAL = "incremental.tsv";

    private BenchResults() { }

    /** Every {@code queries-N.tsv}, by N (documents), smallest first. */
    public static Map<Long, BenchTsv> queriesBySize(Path results) throws IOException {
        return bySize(results, "queries");
    }

    /** Every {@code serve-N.tsv}, by N (documents), smallest first. */
    public static Map<Long, BenchTsv> serveBySize(Path results) throws IOException {
        return bySize(results, "serve");
    }

    private static Map<Long, BenchTsv> bySize(Path results, String step) throws IOException {
        Map<Long, BenchTsv> m = new TreeMap<>();
        if (!Files.isDirectory(results)) return m;
        Pattern name = Pattern.compile(Pattern.quote(step) + "-(\\d+)\\.tsv");
        try (Stream<Path> files = Files.list(results)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Matcher mt = name.matcher(p.getFileName().toString());
                if (mt.matches()) m.put(Long.parseLong(mt.group(1)), BenchTsv.read(p));
            }
        }
        return m;
    }
}
