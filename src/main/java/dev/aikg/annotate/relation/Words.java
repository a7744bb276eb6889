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

    /**
     * A word with its offsets in the document text. Its text and lower case are sliced on first use:
     * most words of a sentence are only stepped over, or asked about with {@link #lowerIn}.
     */
    static final class Word {
        private final int start;
        private final int end;
        private final String source;
        /** Lower-cased text lined up with {@link #source} from {@link #lowerStart} on, or null. */
        private final String lowerSource;
        private final int lowerStart;
        private String text;
        private String lower;

        Word(int start, int end, String source) {
            this(start, end, source, null, 0);
        }

        Word(int start, int end, String source, String lowerSource, int lowerStart) {
            this.start = start;
            this.end = end;
            this.source = source;
            this.lowerSource = lowerSource;
            this.lowerStart = lowerStart;
        }

        int start() { return start; }

        int end() { return end; }

        String text() {
            if (text == null) text = source.substring(start, end);
            return text;
        }

        /** The word in lower case: a slice of the lined-up lower case, else the word's own lower case. */
        String lower() {
            if (lower == null) {
                lower = lowerSource != null ? lowerSource.substring(start - lowerStart, end - lowerStart) : text().toLowerCase();
            }
            return lower;
        }

        /** {@code lower().equals(s)}, without copying the word when its lower case is lined up. */
        boolean lowerIs(String s) {
            if (lowerSource == null) return lower().equals(s);
            return end - start == s.length() && lowerSource.startsWith(s, start - lowerStart);
        }

        /** {@code lower().endsWith(s)}, without copying the word when its lower case is lined up. */
        boolean lowerEndsWith(String s) {
            if (lowerSource == null) return lower().endsWith(s);
            return end - start >= s.length() && lowerSource.startsWith(s, end - lowerStart - s.length());
        }

        /** True when the word's lower case is in the table, asked without copying it when it can be. */
        boolean lowerIn(WordTable table) {
            if (lowerSource != null) return table.contains(lowerSource, start - lowerStart, end - lowerStart);
            String l = lower();
            return table.contains(l, 0, l.length());
        }

        @Override
        public String toString() { return "Word[" + start + "," + end + "," + text() + "]"; }
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
            if (i > s) out.add(new Word(s, i, text));
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
            if (i > s) out.add(new Word(s, i, text, lower, lowerStart));
        }
        return out;
    }

    /** The word ending just before {@code offset} (skipping spaces), or null. */
    static Word before(String text, int offset, int floor) {
        int e = offset;
        while (e > floor && text.charAt(e - 1) == ' ') e--;
        int s = e;
        while (s > floor && wordChar(text.charAt(s - 1))) s--;
        return s < e ? new Word(s, e, text) : null;
    }

    /** The word starting at or after {@code offset} (skipping spaces), or null. */
    static Word after(String text, int offset, int ceiling) {
        int s = offset;
        while (s < ceiling && text.charAt(s) == ' ') s++;
        int e = s;
        while (e < ceiling && wordChar(text.charAt(e))) e++;
        return s < e ? new Word(s, e, text) : null;
    }

    static boolean capitalised(String w) {
        return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)));
    }
}
