package dev.aikg.annotate.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds matches of a pattern that must begin at a digit, trying it only where a digit is. A
 * {@link Matcher#find()} would try every character of the text in turn, and for patterns opening
 * with an alternation or a class that cost more than all the rest of the matching.
 */
public final class DigitScan {
    private final Matcher m;
    private final CharSequence text;
    private final int to;
    private final boolean runStartsOnly;
    private final StartFilter filter;
    private int pos;

    /**
     * A cheap test of what a pattern needs right at its start ("one or two digits, then a dot"):
     * it must hold wherever the pattern can match, so the matcher is not tried where it fails.
     */
    @FunctionalInterface
    public interface StartFilter {
        boolean mayMatchAt(CharSequence text, int at, int to);
    }

    private DigitScan(Pattern p, CharSequence text, int from, int to, boolean runStartsOnly, StartFilter filter) {
        this.m = p.matcher(text).useTransparentBounds(true);
        this.text = text;
        this.to = to;
        this.pos = from;
        this.runStartsOnly = runStartsOnly;
        this.filter = filter;
    }

    /** Matches that start at any digit, in text order, each search resuming after the last match: as find() does. */
    public static DigitScan anyDigit(Pattern p, CharSequence text, int from, int to) {
        return new DigitScan(p, text, from, to, false, null);
    }

    /** Matches that start at the first digit of a run of digits not glued to a letter (a "\b\d" start). */
    public static DigitScan runStarts(Pattern p, CharSequence text, int from, int to) {
        return new DigitScan(p, text, from, to, true, null);
    }

    /** As {@link #runStarts(Pattern, CharSequence, int, int)}, trying the pattern only where the filter allows. */
    public static DigitScan runStarts(Pattern p, CharSequence text, int from, int to, StartFilter filter) {
        return new DigitScan(p, text, from, to, true, filter);
    }

    /** Advances to the next match; the matcher then holds its groups. */
    public boolean next() {
        while (pos < to) {
            char c = text.charAt(pos);
            if (!Character.isDigit(c)) { pos++; continue; }
            if (runStartsOnly && pos > 0 && isWord(text.charAt(pos - 1))) { pos++; continue; }
            if (filter != null && !filter.mayMatchAt(text, pos, to)) { pos++; continue; }
            m.region(pos, to);
            if (m.lookingAt()) {
                pos = Math.max(m.end(), pos + 1);
                return true;
            }
            pos++;
        }
        return false;
    }

    public Matcher matcher() { return m; }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
