package dev.aikg.annotate.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article's dateline from the first lines of its text ("28.01.2025", "28. Januar 2025",
 * "January 28, 2025", "2025-01-28", "Mittwoch, Januar 29"). A dateline without a year is taken only
 * when the caller supplies a year hint and the stated weekday fits it (or the year before).
 */
public final class PublishedDateSniffer {
    private static final int HEAD_LINES = 5;
    private static final int MAX_LINE = 120;
    private static final Pattern WEEKDAY_MONTH_DAY = Pattern.compile(
            "^\\s*(\\p{L}+),?\\s+(\\p{L}+\\.?)\\s+(\\d{1,2})\\.?\\s*$");

    private PublishedDateSniffer() { }

    /** The dateline's date when it states its year, else null. */
    public static LocalDate sniff(String text) {
        return sniff(text, null);
    }

    /** As {@link #sniff(String)}, and "Mittwoch, Januar 29" when {@code yearHint} (or the year before) fits. */
    public static LocalDate sniff(String text, Integer yearHint) {
        int lines = 0, pos = 0;
        while (pos < text.length() && lines < HEAD_LINES) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end).strip();
            pos = end + 1;
            if (line.isEmpty()) continue;
            lines++;
            if (line.length() > MAX_LINE) continue;
            LocalDate d = withYear(line);
            if (d == null && yearHint != null) d = weekdayLine(line, yearHint);
            if (d != null) return d;
        }
        return null;
    }

    private static LocalDate withYear(String line) {
        for (DateMention m : DateResolver.find(line, 0, line.length(), null)) {
            if (m.date() != null) return m.date();
        }
        return null;
    }

    private static LocalDate weekdayLine(String line, int yearHint) {
        Matcher m = WEEKDAY_MONTH_DAY.matcher(line);
        if (!m.matches()) return null;
        Integer wd = Months.weekday(m.group(1));
        Integer month = Months.month(m.group(2));
        if (wd == null || month == null) return null;
        for (int y = yearHint; y >= yearHint - 1; y--) {
            try {
                LocalDate d = LocalDate.of(y, month, Integer.parseInt(m.group(3)));
                if (d.getDayOfWeek().getValue() == wd) return d;
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return null;
    }
}
