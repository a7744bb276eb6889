package dev.aikg.annotate.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Small word-level helpers over document text: no regex, no allocation beyond the words returned. */
final class Words {
    /** Runs of white space, compiled once: String.split compiles its pattern on every call. */
    static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    static final Set<String> ARTICLES = Set.of("der", "die", "das", "dem", "den", "des", "ein", "eine", "einem",
            "einen", "einer", "eines", "the", "a", "an", "its", "his", "her", "sein", "seine", "seinem", "seinen",
            "seines", "ihr", "ihre", "ihrem", "ihren", "ihres");

    /** A word with its offsets in the document text. */
    record Word(int start, int end, String text, String lower) {
        Word(int start, int end, String text) {
            this(start, end, text, text.toLowerCase());
        }
    }

    private Words() { }

    static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’' || c == '&';
    }

    /** The words of text[a, b) in order. */
    static List<Word> in(String text, int a, int b) {
        List<Word> out = new ArrayList<>();
        int i = a;
        while (i < b) {
            while (i < b && !wordChar(text.charAt(i))) i++;
            int s = i;
            while (i < b && wordChar(text.charAt(i))) i++;
            if (i > s) out.add(new Word(s, i, text.substring(s, i)));
        }
        return out;
    }

    /**
     * The words of text[a, b) in order, their lower case sliced from {@code lower}, the lower-cased
     * text from {@code lowerStart} on (lower-cased character by character, so slices line up).
     */
    static List<Word> in(String text, int a, int b, String lower, int lowerStart) {
        List<Word> out = new ArrayList<>();
        int i = a;
        while (i < b) {
            while (i < b && !wordChar(text.charAt(i))) i++;
            int s = i;
            while (i < b && wordChar(text.charAt(i))) i++;
            if (i > s) out.add(new Word(s, i, text.substring(s, i), lower.substring(s - lowerStart, i - lowerStart)));
        }
        return out;
    }

    /** The word ending just before {@code offset} (skipping spaces), or null. */
    static Word before(String text, int offset, int floor) {
        int e = offset;
        while (e > floor && text.charAt(e - 1) == ' ') e--;
        int s = e;
        while (s > floor && wordChar(text.charAt(s - 1))) s--;
        return s < e ? new Word(s, e, text.substring(s, e)) : null;
    }

    /** The word starting at or after {@code offset} (skipping spaces), or null. */
    static Word after(String text, int offset, int ceiling) {
        int s = offset;
        while (s < ceiling && text.charAt(s) == ' ') s++;
        int e = s;
        while (e < ceiling && wordChar(text.charAt(e))) e++;
        return s < e ? new Word(s, e, text.substring(s, e)) : null;
    }

    static boolean capitalised(String w) {
        return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)));
    }
}
