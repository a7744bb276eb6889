package dev.aikg.annotate.quantity;

import java.util.List;

/**
 * Scale words after a number ("Mio.", "Milliarden", "billion", "bn", "M"). German "Billion" is
 * 10^12, English "billion" 10^9: the document language decides.
 */
final class Scale {
    record Match(double factor, int length) { }

    private record Word(String text, double factor, boolean caseSensitive) { }

    /** Longest first, so "Milliarden" wins over "Milliarde" and "Mio." over "Mio". */
    private static final List<Word> WORDS = List.of(
            new Word("Milliarden", 1e9, false), new Word("Milliarde", 1e9, false),
            new Word("Millionen", 1e6, false), new Word("Million", 1e6, false), new Word("millions", 1e6, false),
            new Word("Billionen", 1e12, false), new Word("billions", 1e9, false), new Word("Billion", 0, false),
            new Word("trillion", 1e12, false), new Word("Tausend", 1e3, false), new Word("thousand", 1e3, false),
            new Word("Mrd.", 1e9, false), new Word("Mrd", 1e9, false), new Word("Mio.", 1e6, false),
            new Word("Mio", 1e6, false), new Word("Bio.", 1e12, false), new Word("Tsd.", 1e3, false),
            new Word("bn", 1e9, false), new Word("mn", 1e6, false), new Word("tn", 1e12, false),
            new Word("M", 1e6, true), new Word("B", 1e9, true), new Word("K", 1e3, true),
            new Word("m", 1e6, true), new Word("b", 1e9, true), new Word("k", 1e3, true));

    /** The case-folded first characters of the words: most positions start with none of them. */
    private static final String FIRSTS = FirstChars.of(WORDS.stream().map(Word::text).toList());

    private Scale() { }

    /** The scale word starting at {@code at}, or null. */
    static Match at(String text, int at, String lang) {
        if (at < text.length() && !FirstChars.mayStart(FIRSTS, text.charAt(at))) return null;
        for (Word w : WORDS) {
            int end = at + w.text.length();
            if (end > text.length()) continue;
            if (!text.regionMatches(!w.caseSensitive, at, w.text, 0, w.text.length())) continue;
            if (!w.text.endsWith(".") && end < text.length() && Character.isLetterOrDigit(text.charAt(end))) continue;
            double f = w.factor == 0 ? billion(text.charAt(at), lang) : w.factor;
            return new Match(f, w.text.length());
        }
        return null;
    }

    private static double billion(char first, String lang) {
        return "de".equals(lang) && first == 'B' ? 1e12 : 1e9;
    }
}
