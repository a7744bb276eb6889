package dev.aikg.annotate.text;

import dev.aikg.annotate.AnnotatedDocument;
import dev.aikg.annotate.Annotator;
import dev.aikg.annotate.Layer;
import dev.aikg.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits German and English text into sentences in one pass over the characters.
 * A sentence ends at . ! ? (plus closing quotes and brackets) before white space and a likely
 * sentence start, unless the period ends an abbreviation ("z. B.", "Mio.", "Inc.", "U.S."), an
 * initial, or an ordinal before a month or a lower-case word ("27. Januar"). A blank line always
 * ends one; so does a line break after a line without final punctuation (headlines, list items,
 * bullets), unless the next line just continues in lower case.
 */
public final class SentenceSplitter implements Annotator {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "z", "b", "d", "h", "u", "a", "bzw", "ca", "mio", "mrd", "bio", "dr", "prof", "inc", "corp", "ltd", "co",
            "st", "nr", "vs", "etc", "usw", "ggf", "evtl", "jh", "mr", "mrs", "ms", "jr", "sr", "abs",
            "gem", "inkl", "zzgl", "bspw", "sog", "vgl", "s", "fr", "hr", "dipl", "ing", "tsd", "rd", "jan",
            "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dez", "dec", "e", "i", "g",
            "bzgl", "ehem", "gegr", "str", "tel", "v", "vol", "wg", "zb", "dt", "engl", "chr",
            "sen", "lt", "plc", "llc", "bros", "dept", "approx", "fig", "p", "pp", "ff", "resp", "mt");
    private static final Set<String> MONTHS = Set.of("januar", "jänner", "februar", "märz", "april", "mai", "juni",
            "juli", "august", "september", "oktober", "november", "dezember", "jahrhundert", "jahrestag", "platz",
            "mal", "quartal", "woche", "runde", "stock", "stelle", "klasse", "liga");

    @Override public String name() { return "sentences"; }

    @Override public Set<Layer> requires() { return Set.of(); }

    @Override public Set<Layer> assigns() { return Set.of(Layer.SENTENCES); }

    @Override
    public void annotate(AnnotatedDocument doc) {
        doc.sentences().addAll(split(doc.text()));
    }

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int start = skipSpace(text, 0, n);
        int i = start;
        char[] cs = text.toCharArray(); // the scan reads every character: an array spares charAt's checks
        while (i < n) {
            char c = cs[i];
            if (c == '\n') {
                if (endsAtLineBreak(text, start, i, n)) {
                    add(out, text, start, i);
                    start = skipSpace(text, i, n);
                    i = start;
                    continue;
                }
            } else if ((c == '.' || c == '!' || c == '?' || c == '…') && i > start) {
                int end = closing(text, i + 1, n);
                if (endsAtPunctuation(text, start, i, end, n)) {
                    add(out, text, start, end);
                    start = skipSpace(text, end, n);
                    i = start;
                    continue;
                }
            }
            i++;
        }
        if (start < n) add(out, text, start, n);
        return out;
    }

    /** After the final mark: closing quotes and brackets still belong to the sentence. */
    private static int closing(String text, int j, int n) {
        while (j < n && "\"“”«»’')]".indexOf(text.charAt(j)) >= 0) j++;
        return j;
    }

    private static boolean endsAtLineBreak(String text, int start, int nl, int n) {
        int next = nl + 1;
        while (next < n && (text.charAt(next) == ' ' || text.charAt(next) == '\t' || text.charAt(next) == '\r')) next++;
        if (next >= n || text.charAt(next) == '\n') return true; // blank line or end
        int last = nl - 1;
        while (last >= start && Character.isWhitespace(text.charAt(last))) last--;
        if (last < start) return true;
        char lc = text.charAt(last);
        // A line cut in mid-sentence (ends with a comma or a lower-case word, next line lower case) goes on.
        boolean nextLower = Character.isLowerCase(text.charAt(next));
        if (nextLower && (lc == ',' || Character.isLowerCase(lc))) return false;
        return true;
    }

    private boolean endsAtPunctuation(String text, int start, int mark, int end, int n) {
        if (end < n && !Character.isWhitespace(text.charAt(end))) return false; // "5.6", "You.com"
        int next = skipSpace(text, end, n);
        if (next >= n) return true;
        if (text.charAt(mark) != '.') return startsSentence(text, next);
        String before = wordBefore(text, start, mark);
        if (before.isEmpty()) return startsSentence(text, next);
        String lower = before.toLowerCase(Locale.ROOT);
        if (Character.isDigit(before.charAt(0))) {
            // "27. Januar", "3. Platz" are ordinals; "im Jahr 2022. Drei" ends.
            String nextWord = wordAt(text, next, n).toLowerCase(Locale.ROOT);
            if (before.length() <= 2 && (MONTHS.contains(nextWord) || Character.isLowerCase(text.charAt(next)))) return false;
            return startsSentence(text, next);
        }
        // "a Series C. New investors …", "eine Serie-B. Danach …": the letter of a funding round is no initial.
        if (before.length() == 1 && Character.isUpperCase(before.charAt(0)) && roundLetter(text, start, mark - 1)) {
            return startsSentence(text, next);
        }
        if (ABBREVIATIONS.contains(lower) || before.length() == 1 && Character.isUpperCase(before.charAt(0))) {
            // An abbreviation can still end a sentence, but only before an obvious new start on a new line.
            return text.indexOf('\n', end) == next - 1 && startsSentence(text, next);
        }
        if (before.indexOf('.') > 0 && before.length() <= 5) return false; // "U.S.", "e.g."
        return startsSentence(text, next);
    }

    private static boolean startsSentence(String text, int i) {
        char c = text.charAt(i);
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"„“«»‚'(‘[-–—•*".indexOf(c) >= 0
                || !Character.isLetter(c) && !Character.isLowerCase(c);
    }

    /** The letter at {@code letter} follows "Series ", "Serie " or "Serie-". */
    private static boolean roundLetter(String text, int start, int letter) {
        if (letter - 1 <= start) return false;
        char sep = text.charAt(letter - 1);
        if (sep != ' ' && sep != '-') return false;
        String w = wordBefore(text, start, letter - 1).toLowerCase(Locale.ROOT);
        return w.equals("series") || w.equals("serie");
    }

    private static String wordBefore(String text, int start, int mark) {
        int j = mark;
        while (j > start && (Character.isLetterOrDigit(text.charAt(j - 1)) || text.charAt(j - 1) == '.')) j--;
        return text.substring(j, mark);
    }

    private static String wordAt(String text, int i, int n) {
        int j = i;
        while (j < n && Character.isLetter(text.charAt(j))) j++;
        return text.substring(i, j);
    }

    private static int skipSpace(String text, int i, int n) {
        while (i < n && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e <= start) return;
        out.add(new Sentence(out.size(), start, e, text.substring(start, e)));
    }
}
