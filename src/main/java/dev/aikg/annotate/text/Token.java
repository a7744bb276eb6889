package dev.aikg.annotate.text;

/**
 * A token of the document text: a word (letters and digits, with internal dots, commas or
 * apostrophes as in "You.com", "5,6", "O'Brien") or a single punctuation character.
 * Hyphens between word characters are not tokens: they show as {@link Gap#HYPHEN} before the
 * second part, so "Nvidia-GPUs" is the two words "Nvidia" and "GPUs" and can also be read whole.
 *
 * @param start      offset of the first character
 * @param end        offset after the last character (a possessive "’s" is not part of the token)
 * @param text       the token as written
 * @param lower      the token in lower case (computed once, used for all lookups)
 * @param gap        what separates it from the previous token
 * @param word       true for words, false for punctuation
 * @param possessive true when an apostrophe-s ("DeepSeek’s", "Altman's") followed the word
 */
public record Token(int start, int end, String text, String lower, Gap gap, boolean word, boolean possessive) {

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
        return word && Character.isUpperCase(text.charAt(0));
    }

    /** True for a word holding at least one upper-case letter or digit after a letter ("HF0", "iPhone"). */
    public boolean hasUpperOrDigit() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c)) return true;
        }
        return false;
    }

    /** True when both tokens belong to one unbroken word, joined by a hyphen or nothing. */
    public boolean gluedToPrevious() {
        return gap == Gap.HYPHEN || gap == Gap.NONE;
    }

    public boolean is(String s) { return text.equals(s); }

    public int length() { return end - start; }
}
