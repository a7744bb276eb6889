package dev.aikg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The queries in {@code queries/*.rq}. Each file opens with comment lines that describe it:
 * <pre>
 * # title: Founders and their companies
 * # description: Who founded which company, with the articles that say so.
 * # param: company — company name, case-insensitive ("" for all) ()
 * </pre>
 */
public final class QueryCatalog {
    private static final Pattern FIELD = Pattern.compile("^#\\s*(title|description|param)\\s*:\\s*(.*)$");
    /** "name — meaning (default)"; the dash may be an em dash, en dash or hyphen. */
    private static final Pattern PARAM = Pattern.compile("^(\\w+)\\s*(?:—|–|-)\\s*(.*?)(?:\\s*\\(([^()]*)\\))?\\s*$");

    private final List<QuerySpec> queries;

    private QueryCatalog(List<QuerySpec> queries) { this.queries = List.copyOf(queries); }

    public static QueryCatalog load(Path dir) {
        List<QuerySpec> specs = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) specs.add(parse(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new QueryCatalog(specs);
    }

    public List<QuerySpec> queries() { return queries; }

    public QuerySpec get(String name) {
        for (QuerySpec q : queries) {
            if (q.name().equals(name)) return q;
        }
        return null;
    }

    /** Reads one .rq file; the header comments are optional. */
    public static QuerySpec parse(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        String title = name, description = "";
        List<QueryParam> params = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                if (l.isEmpty()) continue;
                break;
            }
            Matcher m = FIELD.matcher(l);
            if (!m.matches()) continue;
            switch (m.group(1)) {
                case "title" -> title = m.group(2).strip();
                case "description" -> description = description.isEmpty() ? m.group(2).strip()
                        : description + " " + m.group(2).strip();
                default -> {
                    Matcher p = PARAM.matcher(m.group(2).strip());
                    if (p.matches()) params.add(new QueryParam(p.group(1), p.group(2).strip(), p.group(3)));
                }
            }
        }
        return new QuerySpec(name, title, description, params, text, file);
    }
}
