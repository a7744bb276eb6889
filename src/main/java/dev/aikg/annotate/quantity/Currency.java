package dev.aikg.annotate.quantity;

import java.util.List;

/** Currency words and symbols, mapped to ISO 4217 codes. */
final class Currency {
    record Match(String code, int length) { }

    private record Word(String text, String code, boolean symbol) { }

    private static final List<Word> WORDS = List.of(
            new Word("US-Dollar", "USD", false), new Word("US -Dollar", "USD", false),
            new Word("US Dollar", "USD", false), new Word("US-Dollars", "USD", false),
            new Word("Dollars", "USD", false), new Word("Dollar", "USD", false), new Word("USD", "USD", false),
            new Word("US$", "USD", true), new Word("$", "USD", true),
            new Word("Euros", "EUR", false), new Word("Euro", "EUR", false), new Word("EUR", "EUR", false),
            new Word("€", "EUR", true),
            new Word("Yuan", "CNY", false), new Word("Renminbi", "CNY", false), new Word("RMB", "CNY", false),
            new Word("CNY", "CNY", false),
            new Word("Franken", "CHF", false), new Word("CHF", "CHF", true), new Word("Fr.", "CHF", true),
            new Word("Yen", "JPY", false), new Word("JPY", "JPY", false), new Word("¥", "JPY", true),
            new Word("Pfund", "GBP", false), new Word("pounds", "GBP", false), new Word("GBP", "GBP", false),
            new Word("£", "GBP", true));

    /** The case-folded first characters of the words: most positions start with none of them. */
    private static final String FIRSTS = FirstChars.of(WORDS.stream().map(Word::text).toList());

    private Currency() { }

    /** The currency written at {@code at}, or null. */
    static Match at(String text, int at) {
        if (at < text.length() && !FirstChars.mayStart(FIRSTS, text.charAt(at))) return null;
        for (Word w : WORDS) {
            int end = at + w.text.length();
            if (end > text.length() || !text.regionMatches(true, at, w.text, 0, w.text.length())) continue;
            if (!w.symbol && end < text.length() && Character.isLetter(text.charAt(end))) continue;
            return new Match(w.code, w.text.length());
        }
        return null;
    }

    /** The currency written just before {@code end} (a prefix symbol such as "$" or "€"), or null. */
    static Match before(String text, int end) {
        for (Word w : WORDS) {
            if (!w.symbol && !w.code.equals(w.text)) continue;
            int start = end - w.text.length();
            if (start < 0 || !text.regionMatches(true, start, w.text, 0, w.text.length())) continue;
            if (start > 0 && Character.isLetter(text.charAt(start - 1)) && !w.symbol) continue;
            return new Match(w.code, w.text.length());
        }
        return null;
    }
}
