package dev.aikg.read;

import dev.aikg.model.Document;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Formats whose file is one article read whole: checks size, binary content and encoding once,
 * then lets the subclass turn the text into an article.
 */
abstract class WholeFileFormat implements ArticleFormat {

    /** The article's visible text, title and date as this format sees them. */
    record Parsed(String text, String title, LocalDate published) { }

    abstract Parsed parse(String raw);

    @Override
    public final void read(Path file, ReadLimits limits, KnownDocuments known, Consumer<Document> out,
                           Consumer<ReadProblem> problems) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > limits.maxArticleBytes()) {
                problems.accept(ReadProblem.error(file, String.format("file is %,d bytes, over the %,d-byte limit "
                        + "for one article (split it, or use JSONL with one article per line)", size,
                        limits.maxArticleBytes())));
                return;
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.accept(ReadProblem.error(file, "no such file"));
            return;
        } catch (AccessDeniedException e) {
            problems.accept(ReadProblem.error(file, "permission denied"));
            return;
        } catch (IOException e) {
            problems.accept(ReadProblem.error(file, "cannot read: " + e.getMessage()));
            return;
        }
        if (bytes.length == 0) {
            problems.accept(ReadProblem.error(file, "empty file"));
            return;
        }
        if (TextDecoding.looksBinary(bytes, bytes.length)) {
            problems.accept(ReadProblem.error(file, "binary content, not text"));
            return;
        }
        TextDecoding.Decoded decoded = TextDecoding.utf8(bytes, 0, bytes.length);
        if (decoded.replaced() > 0) {
            problems.accept(ReadProblem.warning(file, "invalid UTF-8: " + decoded.replaced()
                    + " malformed byte sequence(s) replaced with U+FFFD"));
        }
        String id = DocumentIds.fromPath(file);
        String sha256 = TextDecoding.sha256(bytes, 0, bytes.length);
        if (known.skip(id, sha256)) return;
        Parsed p = parse(decoded.text());
        if (p.text().isBlank()) {
            problems.accept(ReadProblem.error(file, "no visible text"));
            return;
        }
        LocalDate published = p.published() != null ? p.published() : DatelineSniffer.sniff(p.text());
        out.accept(new Document(id, p.title(), p.text(), LanguageGuesser.guess(p.text()), published,
                file.toString(), sha256));
    }

    /** The first non-blank line when it reads like a headline (short, no final full stop). */
    static String headline(String text) {
        for (String line : text.split("\n", 12)) {
            String t = line.strip();
            if (t.isEmpty()) continue;
            return t.length() <= 200 && !t.endsWith(".") ? t : null;
        }
        return null;
    }
}
