package dev.aikg.annotate.time;

/**
 * Where the next German or English weekday name ("Montag", "friday", "SONNABEND") stands in a
 * text, compared as the weekday pattern compares: ignoring the case of ASCII letters only. The
 * weekday pattern cannot match without one of these names, so its search can start shortly
 * before the first one instead of trying every character of the sentence.
 */
final class WeekdayNames {
    /** The names by their first letter (a–z), lower case. */
    private static final String[][] BY_FIRST = new String[26][];

    static {
        String[] names = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag",
            "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "sonnabend"};
        for (char c = 'a'; c <= 'z'; c++) {
            final char first = c;
            BY_FIRST[c - 'a'] = java.util.Arrays.stream(names).filter(n -> n.charAt(0) == first).toArray(String[]::new);
        }
    }

    /** The longest word that may precede a weekday in a match ("vergangenen"), spaces inside included. */
    static final int LONGEST_MODIFIER = 11;

    private WeekdayNames() { }

    /** The offset of the first weekday name in {@code t[from, to)}, or -1. */
    static int first(CharSequence t, int from, int to) {
        for (int i = from; i + 6 <= to; i++) {
            int c = asciiLower(t.charAt(i)) - 'a';
            if (c < 0 || c >= 26) continue;
            for (String name : BY_FIRST[c]) {
                if (i + name.length() <= to && startsWith(t, i, name)) return i;
            }
        }
        return -1;
    }

    /** How far back a match holding the weekday name at {@code at} may start: its modifier and the spaces after it. */
    static int earliestMatchStart(CharSequence t, int floor, int at) {
        int i = at;
        while (i > floor && isRegexSpace(t.charAt(i - 1))) i--;
        return Math.max(floor, i - LONGEST_MODIFIER);
    }

    private static boolean startsWith(CharSequence t, int at, String lowerName) {
        for (int k = 0; k < lowerName.length(); k++) if (asciiLower(t.charAt(at + k)) != lowerName.charAt(k)) return false;
        return true;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** The characters of the regex class {@code \s}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
