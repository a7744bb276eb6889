package dev.aikg.annotate.time;

/**
 * What the numeric date patterns need right where they start, checked by hand before a matcher is
 * tried at a digit: most digits of a sentence ("4,2 %", "2.048 Chips") start no date. Each test
 * holds wherever its pattern matches, so skipping the pattern when it fails loses no date.
 */
final class DateStarts {
    private static final String MONTH_INITIALS = "JFMASOND";

    private DateStarts() { }

    /** "27.01.2025" or "2025-01-27": one or two digits and a dot, or four digits and a hyphen. */
    static boolean numeric(CharSequence t, int at, int to) {
        int n = digits(t, at, to, 5);
        int next = at + n;
        if (next >= to) return false;
        char c = t.charAt(next);
        return (n == 1 || n == 2) && c == '.' || n == 4 && c == '-';
    }

    /** "27. Januar", "3 Feb": one or two digits, perhaps a dot, white space, a capital month initial. */
    static boolean dayMonth(CharSequence t, int at, int to) {
        int n = digits(t, at, to, 3);
        if (n < 1 || n > 2) return false;
        int i = at + n;
        if (i < to && t.charAt(i) == '.') i++;
        int spaces = i;
        while (i < to && isRegexSpace(t.charAt(i))) i++;
        return i > spaces && i < to && monthInitial(t.charAt(i));
    }

    /** True for the first letter of a month name of the patterns (they are case-sensitive). */
    static boolean monthInitial(char c) {
        return MONTH_INITIALS.indexOf(c) >= 0;
    }

    /** The number of ASCII digits from {@code at}, counting at most {@code max}. */
    private static int digits(CharSequence t, int at, int to, int max) {
        int i = at;
        while (i < to && i - at < max && t.charAt(i) >= '0' && t.charAt(i) <= '9') i++;
        return i - at;
    }

    /** The characters of the regex class {@code \s}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
