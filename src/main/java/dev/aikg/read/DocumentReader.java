package dev.aikg.read;

import dev.aikg.model.Document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads articles from files and directories (recursively, in name order): {@code .txt}, {@code .md},
 * {@code .html}/{@code .htm} and {@code .jsonl}. Documents are pushed to a consumer one at a time, so
 * a corpus of any size streams through. Problems are reported, never thrown.
 */
public final class DocumentReader {
    private final List<ArticleFormat> formats =
            List.of(new PlainTextFormat(), new MarkdownFormat(), new HtmlFormat(), new JsonlFormat());
    private final ReadLimits limits;

    public DocumentReader(ReadLimits limits) { this.limits = limits; }

    public DocumentReader() { this(ReadLimits.DEFAULT); }

    /** The files an input list expands to, in the order they will be read; missing paths are reported. */
    public List<Path> files(List<Path> inputs, Consumer<ReadProblem> problems) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                problems.accept(ReadProblem.error(input, "no such file or directory"));
            } else if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.accept(ReadProblem.error(input, "cannot list directory: " + e.getMessage()));
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }

    /** True when some format reads this file. */
    public boolean readable(Path file) { return format(file) != null; }

    public void read(List<Path> inputs, Consumer<Document> out, Consumer<ReadProblem> problems) {
        read(inputs, KnownDocuments.NONE, out, problems);
    }

    /** Reads, leaving unparsed the documents {@code known} skips (see {@link KnownDocuments}). */
    public void read(List<Path> inputs, KnownDocuments known, Consumer<Document> out, Consumer<ReadProblem> problems) {
        Map<String, String> seen = new HashMap<>();
        for (Path file : files(inputs, problems)) {
            ArticleFormat f = format(file);
            if (f == null) {
                problems.accept(ReadProblem.warning(file, "unknown file type, skipped "
                        + "(aikg reads .txt, .md, .html, .htm, .jsonl)"));
                continue;
            }
            // An id already used is never skipped: it goes on to be reported as a duplicate below.
            KnownDocuments skip = (id, sha256) -> !seen.containsKey(id) && known.skip(id, sha256)
                    && seen.put(id, file.toString()) == null;
            f.read(file, limits, skip, d -> {
                String previous = seen.putIfAbsent(d.id(), d.source());
                if (previous != null) {
                    problems.accept(ReadProblem.error(file, "document id \"" + d.id()
                            + "\" is already used by " + previous + "; skipped"));
                } else {
                    out.accept(d);
                }
            }, problems);
        }
    }

    /** Reads everything into a list: for tests and small inputs. */
    public List<Document> readAll(List<Path> inputs, Consumer<ReadProblem> problems) {
        List<Document> docs = new ArrayList<>();
        read(inputs, docs::add, problems);
        return docs;
    }

    private ArticleFormat format(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ArticleFormat f : formats) {
            if (f.accepts(name)) return f;
        }
        return null;
    }
}
