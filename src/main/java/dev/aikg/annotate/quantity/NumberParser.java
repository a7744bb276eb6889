package dev.aikg.annotate.quantity;

/**
 * Reads a number written in German ("1.000,5", "5,6"), English ("1,000.5", "5.6") or Swiss
 * ("100’000") style. A lone separator followed by exactly three digits is a thousands separator in
 * the style of the document's language; any other lone separator is the decimal mark.
 */
public final class NumberParser {
    private NumberParser() { }

    /** The value, or NaN when the string holds no digits. */
    public static double parse(String s, String lang) {
        String t = s.replace("’", "").replace("'", "").replace("\u202f", "").replace("\u00a0", "");
        int dots = count(t, '.'), commas = count(t, ',');
        if (dots > 0 && commas > 0) {
            boolean commaDecimal = t.lastIndexOf(',') > t.lastIndexOf('.');
            t = commaDecimal ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
        } else if (dots + commas > 1) {
            t = t.replace(".", "").replace(",", "");
        } else if (dots + commas == 1) {
            char sep = dots == 1 ? '.' : ',';
            int after = t.length() - t.indexOf(sep) - 1;
            boolean thousands = after == 3 && (sep == ',' ? !"de".equals(lang) : "de".equals(lang));
            t = thousands ? t.replace(String.valueOf(sep), "") : t.replace(sep, '.');
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }
}
