package dev.aikg.read;

import dev.aikg.annotate.time.Months;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's publication date in its first lines (a dateline such as "28.01.2025",
 * "28. Januar 2025", "January 28, 2025" or "2025-01-28") when the source gives no metadata. Only
 * full dates count: "Mittwoch, Januar 29" has no year and yields nothing rather than a guess.
 */
public final class DatelineSniffer {
    // No word boundary after the day: a timestamp ("2025-01-28T09:30:00Z") puts a letter right after it.
    private static final Pattern ISO = Pattern.compile("\\b(20\\d\\d|19\\d\\d)-(\\d\\d)-(\\d\\d)(?!\\d)");
    // Horizontal space only (\h): a date's parts stand on one line, so "Januar 29" above a line
    // that opens with "2025 …" is not a dateline.
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.\\h?(\\d{1,2})\\.\\h?((?:19|20)\\d\\d)\\b");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\b(\\d{1,2})\\.?\\h+(\\p{L}{3,9})\\.?\\h+((?:19|20)\\d\\d)\\b");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b(\\p{L}{3,9})\\.?\\h+(\\d{1,2})(?:st|nd|rd|th)?,?\\h+((?:19|20)\\d\\d)\\b");

    /** How far into the text a dateline may stand. */
    private static final int HEAD = 600;
    /**
     * How far a byline may stand: below a site's navigation, a headline and a teaser ("By Jane Doe · Bergen · Wednesday,
     * 12 February 2025", "Von unserer Redaktion | Donnerstag, 13. Februar 2025") a dateline still opens the article.
     */
    private static final int BYLINE_HEAD = 2500;
    /** A short line with a weekday, a byline's opening word or its separators: the line that dates the article. */
    private static final Pattern BYLINE = Pattern.compile("(?im)^[^\\n]{0,160}?(\\b(monday|tuesday|wednesday|thursday|friday|"
            + "saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\\b|^\\W*(by|von|published|"
            + "veröffentlicht|updated|aktualisiert|stand)\\b|\\s[·|]\\s)[^\\n]{0,160}$");

    private DatelineSniffer() { }

    public static LocalDate sniff(String text) {
        LocalDate head = sniffHead(text.length() > HEAD ? text.substring(0, HEAD) : text);
        if (head != null || text.length() <= HEAD) return head;
        Matcher line = BYLINE.matcher(text).region(0, Math.min(text.length(), BYLINE_HEAD));
        while (line.find()) {
            LocalDate d = sniffHead(line.group());
            if (d != null) return d;
        }
        return null;
    }

    private static LocalDate sniffHead(String head) {
        LocalDate best = null;
        int bestPos = Integer.MAX_VALUE;
        Matcher m = ISO.matcher(head);
        if (m.find()) {
            best = date(m.group(1), m.group(2), m.group(3));
            bestPos = best != null ? m.start() : bestPos;
        }
        m = DOTTED.matcher(head);
        if (m.find() && m.start() < bestPos) {
            LocalDate d = date(m.group(3), m.group(2), m.group(1));
            if (d != null) { best = d; bestPos = m.start(); }
        }
        m = DAY_MONTH_YEAR.matcher(head);
        while (m.find()) {
            Integer month = Months.month(m.group(2));
            if (month != null && m.start() < bestPos) {
                LocalDate d = date(m.group(3), month.toString(), m.group(1));
                if (d != null) { best = d; bestPos = m.start(); }
                break;
            }
        }
        m = MONTH_DAY_YEAR.matcher(head);
        while (m.find()) {
            Integer month = Months.month(m.group(1));
            if (month != null && m.start() < bestPos) {
                LocalDate d = date(m.group(3), month.toString(), m.group(2));
                if (d != null) { best = d; }
                break;
            }
        }
        return best;
    }

    private static LocalDate date(String y, String mo, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
