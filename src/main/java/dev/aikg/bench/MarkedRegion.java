package dev.aikg.bench;

/**
 * The generated part of a hand-written Markdown file: everything between {@code <!-- bench:begin -->}
 * and {@code <!-- bench:end -->} is replaced, everything outside is kept byte for byte.
 */
public final class MarkedRegion {
    public static final String BEGIN = "<!-- bench:begin -->";
    public static final String END = "<!-- bench:end -->";

    private MarkedRegion() { }

    /**
     * The document with its marked region's content replaced by {@code body}; a document without
     * markers gets them, with the body, appended at its end.
     *
     * @throws IllegalArgumentException when only one marker is there, or the end comes first
     */
    public static String replace(String document, String body) {
        int b = document.indexOf(BEGIN), e = document.indexOf(END);
        String region = BEGIN + "\n" + (body.endsWith("\n") ? body : body + "\n") + END;
        if (b < 0 && e < 0) {
            String sep = document.isEmpty() || document.endsWith("\n\n") ? "" : document.endsWith("\n") ? "\n" : "\n\n";
            return document + sep + region + "\n";
        }
        if (b < 0 || e < 0 || e < b) {
            throw new IllegalArgumentException("the markers " + BEGIN + " and " + END + " must both be there, in that order");
        }
        return document.substring(0, b) + region + document.substring(e + END.length());
    }
}
