package dev.aikg.annotate.quantity;

import java.util.List;

/**
 * A quick test before a list of words is compared, one by one and ignoring case, at a text
 * position: the position's character must equal some word's first character ignoring case, as
 * {@link String#regionMatches(boolean, int, String, int, int)} compares them.
 */
final class FirstChars {
    private FirstChars() { }

    /** The folded first characters of the words. */
    static String of(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) return null; // an empty word matches anywhere: no filter
            char f = fold(w.charAt(0));
            if (sb.indexOf(String.valueOf(f)) < 0) sb.append(f);
        }
        return sb.toString();
    }

    /** False when no word can start with c, in any case; true for every position when firsts is null. */
    static boolean mayStart(String firsts, char c) {
        return firsts == null || firsts.indexOf(fold(c)) >= 0;
    }

    /** Two characters are equal ignoring case exactly when their folds are (regionMatches' rule). */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
