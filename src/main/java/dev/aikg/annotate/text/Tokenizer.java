package dev.aikg.annotate.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One pass over the text, producing words and punctuation with offsets. Stateless and thread-safe.
 * Keeps numbers ("5,6", "100’000", "4.5"), dotted names ("You.com", "U.S") and ampersand names
 * ("AT&T", "S&P") and a closing plus ("XR2+", "Alexa+") whole; splits hyphen compounds into their parts (the gap says they were glued)
 * and drops a possessive "’s"/"'s" from the word, flagging it instead.
 */
public final class Tokenizer {

    public List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    public List<Token> tokenize(String text, int from, int to) {
        // One copy of the characters: indexing an array skips the bounds and coder checks of charAt.
        char[] cs = text.toCharArray();
        List<Token> out = new ArrayList<>(Math.max(16, (to - from) / 4)); // about one token per five characters: no regrowth
        int i = from;
        int prevEnd = -1;
        while (i < to) {
            char c = cs[i];
            if (isSpace(c)) { i++; continue; }
            int start = i;
            Token.Gap gap = gap(cs, prevEnd, start);
            if (isWordChar(c)) {
                int end = wordEnd(cs, i, to);
                boolean poss = false;
                int next = end;
                if (end + 1 < to && isApostrophe(cs[end]) && (cs[end + 1] == 's' || cs[end + 1] == 'S')
                        && (end + 2 >= to || !isWordChar(cs[end + 2]))) {
                    poss = true;
                    next = end + 2;
                }
                String w = text.substring(start, end);
                out.add(new Token(start, end, w, w.toLowerCase(java.util.Locale.ROOT), gap, true, poss));
                prevEnd = end;
                i = next;
                if (poss) prevEnd = next;
                // A hyphen between two word characters joins a compound: skip it, the gap records it.
                if (i + 1 < to && isHyphen(cs[i]) && isWordChar(cs[i + 1]) && !poss) {
                    i++;
                }
            } else {
                String p = String.valueOf(c);
                out.add(new Token(start, start + 1, p, p, gap, false, false));
                prevEnd = start + 1;
                i++;
            }
        }
        return out;
    }

    private static Token.Gap gap(char[] text, int prevEnd, int start) {
        if (prevEnd < 0) return Token.Gap.START;
        if (prevEnd == start) return Token.Gap.NONE;
        if (start - prevEnd == 1 && isHyphen(text[prevEnd])) return Token.Gap.HYPHEN;
        for (int k = prevEnd; k < start; k++) {
            char c = text[k];
            if (c == '\n' || c == '\r') return Token.Gap.NEWLINE;
        }
        return Token.Gap.SPACE;
    }

    /** End of a word starting at i: letters and digits, plus inner . , ’ ' & between word characters. */
    private static int wordEnd(char[] text, int i, int to) {
        int j = i + 1;
        while (j < to) {
            char c = text[j];
            if (isWordChar(c)) { j++; continue; }
            if (j + 1 < to && isWordChar(text[j + 1]) && joinsWord(text, c, j)) { j++; continue; }
            // "XR2+", "Alexa+", "Disney+": a plus closing a word is the name's ("Snapdragon XR2+ Gen 2" is no XR2).
            if (c == '+' && (j + 1 >= to || !isWordChar(text[j + 1]) && text[j + 1] != '+')) j++;
            break;
        }
        return j;
    }

    private static boolean joinsWord(char[] text, char c, int j) {
        char before = text[j - 1];
        char after = text[j + 1];
        switch (c) {
            case '.':
                // "5.6", "You.com", "U.S" — but not "Ende.Neuer" glued sentences of two long words.
                return Character.isDigit(before) && Character.isDigit(after)
                        || Character.isLowerCase(after) && !Character.isUpperCase(text[Math.min(j + 2, text.length - 1)])
                        || Character.isUpperCase(before) && Character.isUpperCase(after) && isShortRun(text, j)
                        // "S.p.A", "e.V": a legal form of single letters keeps its capital after a small letter.
                        || Character.isLetter(before) && Character.isUpperCase(after) && isShortRun(text, j);
            case ',':
                return Character.isDigit(before) && Character.isDigit(after);
            case '’': case '\'':
                if (Character.isDigit(before) && Character.isDigit(after)) return true; // 100’000
                // O'Brien, don't — but not the possessive s, which the caller strips.
                return Character.isLetter(before) && Character.isLetter(after)
                        && !((after == 's' || after == 'S') && (j + 2 >= text.length || !isWordChar(text[j + 2])));
            case '&':
                return Character.isUpperCase(before) && Character.isUpperCase(after);
            default:
                return false;
        }
    }

    /** "U.S", "U.K", "S.p.A": single letters between dots. */
    private static boolean isShortRun(char[] text, int dot) {
        return (dot < 2 || !Character.isLetter(text[dot - 2]))
                && (dot + 2 >= text.length || !Character.isLetter(text[dot + 2]));
    }

    /** ASCII letters and digits answered from a table; other characters by {@link Character}. */
    private static final boolean[] ASCII_WORD = new boolean[128];
    /** ASCII white space as {@link Character#isWhitespace} sees it. */
    private static final boolean[] ASCII_SPACE = new boolean[128];
    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
            ASCII_SPACE[c] = Character.isWhitespace(c);
        }
    }

    private static boolean isSpace(char c) {
        return c < 128 ? ASCII_SPACE[c] : Character.isWhitespace(c);
    }

    public static boolean isWordChar(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    public static boolean isHyphen(char c) {
        return c == '-' || c == '\u2011' || c == '\u2010';
    }

    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘' || c == 'ʼ';
    }
}
