package dev.aikg.read;

import java.nio.file.Path;

/**
 * A problem met while reading input: a whole file (line 0) or one line of a JSONL file.
 * {@link #fatal()} problems mean nothing was read from that place; warnings mean it was read with a caveat.
 */
public record ReadProblem(Path path, long line, boolean fatal, String message) {

    public static ReadProblem error(Path path, String message) { return new ReadProblem(path, 0, true, message); }

    public static ReadProblem warning(Path path, String message) { return new ReadProblem(path, 0, false, message); }

    /** One line for a terminal: "error: data/x.jsonl:12: malformed JSON (…)". */
    public String format() {
        String where = line > 0 ? path + ":" + line : path.toString();
        return (fatal ? "error: " : "warning: ") + where + ": " + message;
    }
}
