package dev.aikg.read;

import java.util.regex.Pattern;

/**
 * {@code .md}: Markdown reduced to the text a reader sees (heading marks, emphasis, link targets and
 * images dropped), so offsets point into readable prose. The first heading is the title.
 */
final class MarkdownFormat extends WholeFileFormat {
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__)(\\S(?:.*?\\S)?)\\1");
    // Single-mark emphasis: the marks hug the words, so list bullets ("* item"), arithmetic ("2 * 3")
    // and snake_case names are left alone.
    private static final Pattern ITALIC_STAR = Pattern.compile("(?<![*\\w])\\*(?=\\S)([^*\\n]*?\\S)\\*(?![*\\w])");
    private static final Pattern ITALIC_UNDERSCORE = Pattern.compile("(?<![_\\w])_(?=\\S)([^_\\n]*?\\S)_(?![_\\w])");
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\n.*?\\n---\\n", Pattern.DOTALL);

    @Override
    public boolean accepts(String name) { return name.endsWith(".md") || name.endsWith(".markdown"); }

    @Override
    Parsed parse(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        java.util.regex.Matcher fm = FRONT_MATTER.matcher(text);
        String frontMatter = fm.find() ? fm.group() : "";
        text = fm.replaceFirst("");
        text = IMAGE.matcher(text).replaceAll("");
        text = LINK.matcher(text).replaceAll("$1");
        text = HEADING.matcher(text).replaceAll("");
        text = EMPHASIS.matcher(text).replaceAll("$2");
        text = ITALIC_STAR.matcher(text).replaceAll("$1");
        text = ITALIC_UNDERSCORE.matcher(text).replaceAll("$1");
        // Front matter says what the page says of itself: its title and date beat guessing from the body.
        String title = field(frontMatter, "title");
        java.time.LocalDate date = null;
        String d = field(frontMatter, "date");
        if (d != null && d.length() >= 10) {
            try {
                date = java.time.LocalDate.parse(d.substring(0, 10));
            } catch (java.time.format.DateTimeParseException ignored) {
                // Not an ISO date: the dateline sniffer gets its chance on the body.
            }
        }
        return new Parsed(text, title != null ? title : headline(text), date);
    }

    private static String field(String frontMatter, String name) {
        java.util.regex.Matcher m = Pattern.compile("(?m)^" + name + ":\\s*[\"']?(.*?)[\"']?\\s*$").matcher(frontMatter);
        return m.find() && !m.group(1).isBlank() ? m.group(1) : null;
    }
}
