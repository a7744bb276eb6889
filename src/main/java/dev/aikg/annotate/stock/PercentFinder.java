package dev.aikg.annotate.stock;

import dev.aikg.annotate.quantity.NumberParser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds percentages ("–8,9%", "-4.2 %", "17 Prozent", "3 percent") with an explicit sign if written. */
final class PercentFinder {
    record Percent(int start, int numberStart, int end, double value, int sign) { }

    private static final Pattern PERCENT = Pattern.compile(
            "([+\\-–−—]\\s?)?(\\d{1,3}(?:[.,]\\d{1,2})?)\\s?(%|Prozent\\b|prozent\\b|percent\\b|per cent\\b|pct\\b)");

    private PercentFinder() { }

    static boolean mayHold(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '%') return true;
            if ((c == 'P' || c == 'p') && (text.startsWith("rozent", i + 1) || text.startsWith("ercent", i + 1)
                    || text.startsWith("er cent", i + 1) || text.startsWith("ct", i + 1))) return true;
        }
        return false;
    }

    static List<Percent> find(String text, int from, int to, String lang) {
        List<Percent> out = new ArrayList<>();
        Matcher m = PERCENT.matcher(text).region(from, to);
        while (m.find()) {
            if (m.group(1) == null && m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1))) continue;
            String num = m.group(2);
            // In a percentage a lone separator is always the decimal mark ("8,9%", "4.2%").
            double v = NumberParser.parse(num.replace(',', '.'), "en");
            int sign = 0;
            if (m.group(1) != null) sign = m.group(1).charAt(0) == '+' ? 1 : -1;
            if (m.group(1) != null && m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1))) sign = 0;
            out.add(new Percent(m.start(), m.start(2), m.end(), v, sign));
        }
        return out;
    }
}
