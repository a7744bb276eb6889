package dev.aikg.bench.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A generated article's Markdown seen as front matter and paragraphs, for the edits of
 * {@link CorpusReviser}. Body paragraphs are the prose ones: not the headline, subheadings, the
 * dateline paragraph or one-line site furniture.
 */
final class ArticleText {
    private static final LocalDate DEFAULT_DATE = LocalDate.of(2023, 1, 1);

    private final String text;
    private final boolean german;
    private final LocalDate published;
    /** Start and end offsets of the body paragraphs. */
    private final List<int[]> body;

    private ArticleText(String text, boolean german, LocalDate published, List<int[]> body) {
        this.text = text;
        this.german = german;
        this.published = published;
        this.body = body;
    }

    static ArticleText of(String text) {
        int bodyStart = 0;
        boolean german = false;
        LocalDate date = DEFAULT_DATE;
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---\n", 3);
            if (end > 0) {
                String fm = text.substring(4, end);
                german = fm.contains("\nlang: de") || fm.startsWith("lang: de");
                date = date(field(fm, "date: "));
                bodyStart = end + 5;
            }
        }
        return new ArticleText(text, german, date, paragraphs(text, bodyStart));
    }

    boolean german() { return german; }

    LocalDate published() { return published; }

    /** The first "12,5 Prozent" / "3.2%" of the body with one digit changed, or null if there is none. */
    String withChangedPercentage(SplittableRandom r) {
        for (int[] p : body) {
            int at = percentDigit(p[0], p[1]);
            if (at < 0) continue;
            int digit = text.charAt(at) - '0';
            boolean alone = !Character.isDigit(text.charAt(at - 1));
            int changed;
            do {
                changed = r.nextInt(10);
            } while (changed == digit || alone && changed == 0); // "0 Prozent" is no realistic figure
            return text.substring(0, at) + (char) ('0' + changed) + text.substring(at + 1);
        }
        return null;
    }

    /** A body paragraph's first sentence replaced (a correction), or null if no paragraph has two sentences. */
    String withFirstSentenceReplaced(SplittableRandom r, String sentence) {
        List<int[]> candidates = new ArrayList<>();
        for (int[] p : body) {
            int end = text.indexOf(". ", p[0]);
            if (end > 0 && end < p[1]) candidates.add(new int[] {p[0], end + 1});
        }
        if (candidates.isEmpty()) return null;
        int[] c = candidates.get(r.nextInt(candidates.size()));
        return text.substring(0, c[0]) + sentence + text.substring(c[1]);
    }

    /** A paragraph added after the last body paragraph, before any trailing furniture. */
    String withParagraphAdded(String paragraph) {
        int at = body.isEmpty() ? text.length() : body.get(body.size() - 1)[1];
        String tail = text.substring(at);
        return text.substring(0, at) + "\n\n" + paragraph + (tail.isEmpty() ? "\n" : tail);
    }

    /** Offset of the last digit of the first percentage in [from, to), or -1. */
    private int percentDigit(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean sign = c == '%' || c == ' ' && text.startsWith(" Prozent", i);
            if (sign && i > from && Character.isDigit(text.charAt(i - 1))) return i - 1;
        }
        return -1;
    }

    private static List<int[]> paragraphs(String text, int from) {
        List<int[]> out = new ArrayList<>();
        int i = from;
        while (i < text.length()) {
            int end = text.indexOf("\n\n", i);
            if (end < 0) end = text.length();
            while (end > i && text.charAt(end - 1) == '\n') end--;
            if (prose(text, i, end)) out.add(new int[] {i, end});
            i = end;
            while (i < text.length() && text.charAt(i) == '\n') i++;
        }
        return out;
    }

    /** Prose: several sentences, not a heading, the bold dateline or a one-line notice. */
    private static boolean prose(String text, int start, int end) {
        if (end - start < 150 || text.startsWith("#", start) || text.startsWith("**", start)) return false;
        int stop = text.indexOf(". ", start);
        return stop > 0 && stop < end;
    }

    private static String field(String frontMatter, String key) {
        int at = frontMatter.startsWith(key) ? 0 : frontMatter.indexOf("\n" + key);
        if (at < 0) return null;
        int start = at + (at == 0 ? 0 : 1) + key.length();
        int end = frontMatter.indexOf('\n', start);
        return frontMatter.substring(start, end < 0 ? frontMatter.length() : end).strip();
    }

    private static LocalDate date(String s) {
        if (s == null || s.length() < 10) return DEFAULT_DATE;
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return DEFAULT_DATE;
        }
    }
}
