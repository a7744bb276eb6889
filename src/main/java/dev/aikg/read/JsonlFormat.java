package dev.aikg.read;

import dev.aikg.model.Document;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code .jsonl}: one article per line ({@code id}, {@code title}, {@code url}, {@code published},
 * {@code lang}, {@code text}). Streamed line by line, so a file of any size is read in constant
 * memory; a bad line is reported with its number and the other lines are still read.
 */
final class JsonlFormat implements ArticleFormat {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Override
    public boolean accepts(String name) { return name.endsWith(".jsonl") || name.endsWith(".ndjson"); }

    @Override
    public void read(Path file, ReadLimits limits, KnownDocuments known, Consumer<Document> out,
                     Consumer<ReadProblem> problems) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            LineBuffer line = new LineBuffer(limits.maxLineBytes());
            Set<String> ids = new HashSet<>();
            long number = 0;
            int documents = 0;
            while (line.next(in)) {
                number++;
                if (line.tooLong()) {
                    problems.accept(new ReadProblem(file, number, true, String.format(
                            "line is over the %,d-byte limit for one article; skipped", limits.maxLineBytes())));
                    continue;
                }
                if (line.isBlank()) continue;
                Document d = parseLine(file, number, line, ids, known, problems);
                if (d == SKIPPED) {
                    documents++;
                } else if (d != null) {
                    out.accept(d);
                    documents++;
                }
            }
            if (number == 0) problems.accept(ReadProblem.error(file, "empty file"));
            else if (documents == 0 && number > 0 && line.sawBinary()) {
                problems.accept(ReadProblem.error(file, "binary content, not JSON lines"));
            }
        } catch (NoSuchFileException e) {
            problems.accept(ReadProblem.error(file, "no such file"));
        } catch (IOException e) {
            problems.accept(ReadProblem.error(file, "cannot read: " + e.getMessage()));
        }
    }

    /** What {@link #parseLine} returns for a line {@link KnownDocuments} skips: read, but not parsed. */
    private static final Document SKIPPED = new Document("skipped", null, "-", "en", null, "-", "-");

    private static Document parseLine(Path file, long number, LineBuffer line, Set<String> ids,
                                      KnownDocuments known, Consumer<ReadProblem> problems) {
        if (TextDecoding.looksBinary(line.bytes(), line.length())) {
            line.markBinary();
            problems.accept(new ReadProblem(file, number, true, "binary content, not a JSON object"));
            return null;
        }
        TextDecoding.Decoded decoded = TextDecoding.utf8(line.bytes(), 0, line.length());
        JsonNode node;
        try {
            node = JSON.readTree(decoded.text());
        } catch (JacksonException e) {
            problems.accept(new ReadProblem(file, number, true, "malformed JSON (" + firstLine(e.getOriginalMessage()) + ")"));
            return null;
        }
        if (node == null || !node.isObject()) {
            problems.accept(new ReadProblem(file, number, true, "not a JSON object"));
            return null;
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isString() || text.stringValue().isBlank()) {
            problems.accept(new ReadProblem(file, number, true, "no \"text\" string"));
            return null;
        }
        if (decoded.replaced() > 0) {
            problems.accept(new ReadProblem(file, number, false, "invalid UTF-8: " + decoded.replaced()
                    + " malformed byte sequence(s) replaced with U+FFFD"));
        }
        String rawId = string(node, "id");
        String id = rawId != null ? DocumentIds.sanitize(rawId) : DocumentIds.fromPath(file) + "-" + number;
        if (!ids.add(id)) {
            problems.accept(new ReadProblem(file, number, true, "duplicate id \"" + id + "\" in this file"));
            return null;
        }
        String body = text.stringValue();
        LocalDate published = null;
        String date = string(node, "published");
        if (date != null && date.length() >= 10) {
            try {
                published = LocalDate.parse(date.substring(0, 10));
            } catch (DateTimeParseException e) {
                problems.accept(new ReadProblem(file, number, false, "unreadable \"published\" date: " + date));
            }
        }
        String sha256 = TextDecoding.sha256(line.bytes(), 0, line.length());
        if (known.skip(id, sha256)) return SKIPPED;
        if (published == null) published = DatelineSniffer.sniff(body);
        String lang = string(node, "lang");
        String url = string(node, "url");
        return new Document(id, string(node, "title"), body,
                lang != null ? lang : LanguageGuesser.guess(body), published,
                url != null ? url : file + ":" + number, sha256);
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isString() && !v.stringValue().isBlank() ? v.stringValue() : null;
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Reads '\n'-terminated lines as bytes, never holding more than the limit of one line. */
    private static final class LineBuffer {
        private final int limit;
        private byte[] buf = new byte[8192];
        private int length;
        private boolean tooLong;
        private boolean binary;

        LineBuffer(int limit) { this.limit = limit; }

        boolean next(InputStream in) throws IOException {
            length = 0;
            tooLong = false;
            int b;
            boolean any = false;
            while ((b = in.read()) != -1) {
                any = true;
                if (b == '\n') break;
                if (length >= limit) {
                    tooLong = true;
                    continue;
                }
                if (length == buf.length) buf = java.util.Arrays.copyOf(buf, Math.min(limit, buf.length * 2));
                buf[length++] = (byte) b;
            }
            if (length > 0 && buf[length - 1] == '\r') length--;
            return any;
        }

        boolean tooLong() { return tooLong; }

        boolean isBlank() {
            for (int i = 0; i < length; i++) {
                if (!Character.isWhitespace(buf[i])) return false;
            }
            return true;
        }

        byte[] bytes() { return buf; }

        int length() { return length; }

        void markBinary() { binary = true; }

        boolean sawBinary() { return binary; }
    }
}
