package dev.aikg.annotate.text;

/**
 * A token of the document text: a word (letters and digits, with internal dots, commas or
 * apostrophes as in "You.com", "5,6", "O'Brien") or a single punctuation character.
 * Hyphens between word characters are not tokens: they show as {@link Gap#HYPHEN} before the
 * second part, so "Nvidia-GPUs" is the two words "Nvidia" and "GPUs" and can also be read whole.
 *
 * <p>Fields: {@code start} offset of the first character
 * {@code end} offset after the last character (a possessive "’s" is not part of the token)
 * {@code text} the token as written
 * {@code lower} the token in lower case (computed once, used for all lookups)
 * {@code gap} what separates it from the previous token
 * {@code word} true for words, false for punctuation
 * {@code possessive} true when an apostrophe-s ("DeepSeek’s", "Altman's") followed the word
 */
public final class Token {
    private final int start;
    private final int end;
    private final String text;
    private final String lower;
    private final Gap gap;
    private final boolean word;
    private final boolean possessive;
    /**
     * The word classes of {@link #lower}, filled in on first use by whoever keeps the vocabulary
     * (0 = not yet looked up): the finders ask many questions of each token, and one lookup per
     * token answers them all. A plain field: a token belongs to one document on one thread.
     */
    private int classes;
    /**
     * Shape bits of {@link #text}, worked out on first use ({@link #SHAPE_KNOWN} then set): the
     * finders ask "capitalised?" and "upper case or digit inside?" of the same token many times.
     */
    private byte shape;
    private static final byte SHAPE_KNOWN = 1;
    private static final byte SHAPE_CAPITALISED = 2;
    private static final byte SHAPE_UPPER_OR_DIGIT = 4;

    public Token(int start, int end, String text, String lower, Gap gap, boolean word, boolean possessive) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.lower = lower;
        this.gap = gap;
        this.word = word;
        this.possessive = possessive;
    }

    public int start() { return start; }

    public int end() { return end; }

    public String text() { return text; }

    public String lower() { return lower; }

    public Gap gap() { return gap; }

    public boolean word() { return word; }

    public boolean possessive() { return possessive; }

    /** The cached word-class bits, or 0 when nobody has looked them up yet. */
    public int classes() { return classes; }

    /** Caches the word-class bits of this token's lower-case text (must not be 0). */
    public void classes(int bits) { this.classes = bits; }

    @Override
    public String toString() {
        return "Token[" + start + "," + end + "," + text + "," + gap + "]";
    }

    /** What lies between a token and the one before it. */
    public enum Gap {
        /** Nothing: the tokens touch ("(" then "8"). */
        NONE,
        /** Spaces or tabs on one line. */
        SPACE,
        /** One hyphen between word characters: a compound ("OpenAI-CEO"). */
        HYPHEN,
        /** A line break. */
        NEWLINE,
        /** The first token of the text. */
        START
    }

    /** True for a word that starts with an upper-case letter. */
    public boolean capitalised() {
        return (shape() & SHAPE_CAPITALISED) != 0;
    }

    /** True for a word holding at least one upper-case letter or digit after a letter ("HF0", "iPhone"). */
    public boolean hasUpperOrDigit() {
        return (shape() & SHAPE_UPPER_OR_DIGIT) != 0;
    }

    private byte shape() {
        byte s = shape;
        if (s == 0) {
            s = SHAPE_KNOWN;
            if (word && Character.isUpperCase(text.charAt(0))) s |= SHAPE_CAPITALISED;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isUpperCase(c) || Character.isDigit(c)) {
                    s |= SHAPE_UPPER_OR_DIGIT;
                    break;
                }
            }
            shape = s;
        }
        return s;
    }

    /** True when both tokens belong to one unbroken word, joined by a hyphen or nothing. */
    public boolean gluedToPrevious() {
        return gap == Gap.HYPHEN || gap == Gap.NONE;
    }

    public boolean is(String s) { return text.equals(s); }

    public int length() { return end - start; }
}
