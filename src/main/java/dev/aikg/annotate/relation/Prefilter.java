package dev.aikg.annotate.relation;

/**
 * Cheap tests that a gap must pass before one of the rules' regular expressions can match it. Each
 * call site asks only what its expression implies (a cue word it cannot match without, the space
 * it must end with), so skipping the expression when a test fails changes no result; it saves the
 * backtracking of {@code .*\b(…)$} over every gap that holds none of the cue words.
 */
final class Prefilter {
    private Prefilter() { }

    /** True when {@code s} holds at least one of the needles. */
    static boolean containsAny(String s, String... needles) {
        for (String n : needles) if (s.contains(n)) return true;
        return false;
    }

    /** True when the last character of {@code s} is one the regex class {@code \s} matches. */
    static boolean endsWithSpace(String s) {
        if (s.isEmpty()) return false;
        char c = s.charAt(s.length() - 1);
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
