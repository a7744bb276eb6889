package dev.aikg.bench.corpus;

import java.time.LocalDate;

/**
 * Numbers, money and dates as German or English news print them: "12,5" and "12.5", "10.000" and
 * "10,000", "2,5 Mrd. Dollar" and "$2.5 billion", "27. Januar 2025" and "January 27, 2025". Written
 * out by hand: String.format would be the slowest step of generation.
 */
final class Formats {
    private Formats() { }

    /** A number with one decimal (tenths given as an int), the decimal dropped when it is zero. */
    static void decimal(StringBuilder sb, int tenths, boolean german) {
        sb.append(tenths / 10);
        if (tenths % 10 != 0) sb.append(german ? ',' : '.').append(tenths % 10);
    }

    /** A whole number with thousands separators. */
    static void grouped(StringBuilder sb, long n, boolean german) {
        String digits = Long.toString(n);
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        sb.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) sb.append(german ? '.' : ',').append(digits, i, i + 3);
    }

    /** Billions of a currency: "2,5 Milliarden Dollar", "2,5 Mrd. Euro", "$2.5 billion", "€2.5bn". */
    static void billions(StringBuilder sb, int tenths, boolean euro, boolean german, boolean shortForm) {
        if (german) {
            decimal(sb, tenths, true);
            sb.append(shortForm ? " Mrd. " : " Milliarden ").append(euro ? "Euro" : "Dollar");
        } else {
            sb.append(euro ? '€' : '$');
            decimal(sb, tenths, false);
            sb.append(shortForm ? "bn" : " billion");
        }
    }

    /** Millions: "350 Millionen Euro", "350 Mio. Dollar", "$350 million". */
    static void millions(StringBuilder sb, int n, boolean euro, boolean german, boolean shortForm) {
        if (german) {
            sb.append(n).append(shortForm ? " Mio. " : " Millionen ").append(euro ? "Euro" : "Dollar");
        } else {
            sb.append(euro ? '€' : '$').append(n).append(shortForm ? "m" : " million");
        }
    }

    static void date(StringBuilder sb, LocalDate d, boolean german) {
        if (german) {
            sb.append(d.getDayOfMonth()).append(". ").append(Words.MONTHS_DE[d.getMonthValue() - 1]).append(' ').append(d.getYear());
        } else {
            sb.append(Words.MONTHS_EN[d.getMonthValue() - 1]).append(' ').append(d.getDayOfMonth()).append(", ").append(d.getYear());
        }
    }

    /** The day itself on a weekday, else the Friday before: markets move on trading days. */
    static LocalDate tradingDay(LocalDate d) {
        int dow = d.getDayOfWeek().getValue();
        return dow <= 5 ? d : d.minusDays(dow - 5);
    }

    static String weekday(LocalDate d, boolean german) {
        int i = d.getDayOfWeek().getValue() - 1;
        return german ? Words.WEEKDAYS_DE[i] : Words.WEEKDAYS_EN[i];
    }

    /** German genitive of a name ("Nvidias", "Meta Platforms'"), English possessive ("Nvidia's"). */
    static void genitive(StringBuilder sb, String name, boolean german) {
        sb.append(name);
        char last = name.charAt(name.length() - 1);
        if (german) {
            if (last == 's' || last == 'x' || last == 'z' || last == 'ß' || last == '.') sb.append('\'');
            else sb.append('s');
        } else {
            sb.append(last == 's' ? "'" : "'s");
        }
    }

    /** A name as the first part of a German compound: "Meta Platforms" → "Meta-Platforms" (then "-Aktie"). */
    static void compound(StringBuilder sb, String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            sb.append(c == ' ' ? '-' : c);
        }
    }
}
