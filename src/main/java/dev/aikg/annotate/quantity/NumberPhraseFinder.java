package dev.aikg.annotate.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aikg.annotate.text.DigitScan;

/**
 * Finds money amounts, parameter counts and chip counts in a span of text. One linear regex finds the
 * numbers; what follows (scale word, currency, unit noun) is read by hand, so nothing backtracks.
 */
public final class NumberPhraseFinder {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:[.,’'\u202f]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?");
    private static final Set<String> CHIP_UNITS = Set.of("gpu", "gpus", "chip", "chips", "prozessoren", "processors",
            "grafikprozessoren", "grafikkarten", "accelerators", "beschleuniger", "grafikchips", "ki-chips");

    private NumberPhraseFinder() { }

    public static List<NumberPhrase> find(String text, int from, int to, String lang) {
        List<NumberPhrase> out = new ArrayList<>();
        DigitScan scan = DigitScan.anyDigit(NUMBER, text, from, to);
        while (scan.next()) {
            Matcher m = scan.matcher();
            if (m.start() > 0 && isNameChar(text.charAt(m.start() - 1))) continue;
            if (m.end() < text.length() && Character.isLetter(text.charAt(m.end())) && !isScaleLetter(text, m.end())) continue;
            double v = NumberParser.parse(m.group(), lang);
            if (Double.isNaN(v)) continue;
            NumberPhrase p = read(text, m.start(), m.end(), v, lang, to);
            if (p != null) out.add(p);
        }
        return out;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == ',';
    }

    private static boolean isScaleLetter(String text, int at) {
        int e = at + 1;
        return "mMbBkK".indexOf(text.charAt(at)) >= 0 && (e >= text.length() || !Character.isLetter(text.charAt(e)))
                || text.startsWith("bn", at) || text.startsWith("mn", at);
    }

    private static NumberPhrase read(String text, int start, int end, double v, String lang, int limit) {
        Currency.Match pre = Currency.before(text, skipSpaceBack(text, start));
        int pos = skipSpace(text, end, limit);
        Scale.Match scale = pos < limit ? Scale.at(text, pos, lang) : null;
        if (scale != null) {
            v *= scale.factor();
            end = pos + scale.length();
            pos = skipSpace(text, end, limit);
        }
        if (pre != null) {
            int s = skipSpaceBack(text, start) - pre.length();
            return new NumberPhrase(s, end, v, pre.code(), null);
        }
        Currency.Match post = pos < limit ? Currency.at(text, pos) : null;
        if (post != null) return new NumberPhrase(start, pos + post.length(), v, post.code(), null);
        return unitPhrase(text, start, pos, v, limit);
    }

    private static NumberPhrase unitPhrase(String text, int start, int pos, double v, int limit) {
        String w1 = word(text, pos, limit);
        String l1 = w1.toLowerCase();
        if (l1.startsWith("parameter") || l1.equals("params")) {
            int next = skipSpace(text, pos + w1.length(), limit);
            String kind = word(text, next, limit).toLowerCase().startsWith("aktiv") ? "activeParameters" : "parameters";
            return new NumberPhrase(start, pos + w1.length(), v, "parameters", kind);
        }
        if (l1.equals("aktiv") || l1.startsWith("active")) {
            return new NumberPhrase(start, pos + w1.length(), v, "parameters", "activeParameters");
        }
        if (v != Math.rint(v) || v < 1) return null;
        int p = pos;
        for (int i = 0; i < 4 && p < limit; i++) {
            String w = word(text, p, limit);
            if (w.isEmpty()) return null;
            if (isChipUnit(w)) return new NumberPhrase(start, p + w.length(), v, "chips", "chipCount");
            if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) return null;
            p = skipSpace(text, p + w.length(), limit);
        }
        return null;
    }

    private static boolean isChipUnit(String w) {
        String l = w.toLowerCase();
        if (CHIP_UNITS.contains(l)) return true;
        int dash = l.lastIndexOf('-');
        return dash > 0 && CHIP_UNITS.contains(l.substring(dash + 1));
    }

    /** The word at {@code at}: letters, digits, hyphens and apostrophes. */
    static String word(String text, int at, int limit) {
        int e = at;
        while (e < limit && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '-')) e++;
        return text.substring(at, e);
    }

    private static int skipSpace(String text, int at, int limit) {
        int i = at;
        while (i < limit && i - at < 2 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0' || text.charAt(i) == '\u202f')) i++;
        return i;
    }

    private static int skipSpaceBack(String text, int at) {
        int i = at;
        while (i > 0 && at - i < 1 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u00a0')) i--;
        return i;
    }
}
