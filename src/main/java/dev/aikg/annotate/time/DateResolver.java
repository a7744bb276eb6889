package dev.aikg.annotate.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aikg.annotate.text.DigitScan;

/**
 * Resolves day expressions ("27. Januar", "January 27", "am Montag", "last Friday", "gestern") against
 * the article's publication date. Without that anchor, only expressions that state their year
 * resolve. A day and month after the article date belongs to the previous year; a bare weekday is the
 * most recent such day on or before the article date.
 */
public final class DateResolver {
    private static final String MONTH = "(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
            + "|January|February|March|May|June|July|October|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?"
            + "|Sept?\\.?|Okt\\.?|Oct\\.?|Nov\\.?|Dez\\.?|Dec\\.?)";
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})\\.?\\s+" + MONTH + "(?:\\s+(\\d{4}))?");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(?:(am|an diesem|on|this|heute|today|last|vergangenen|letzten|vorigen|kommenden|nächsten|next)\\s+)?"
            + "((?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch|sonnabend)"
            + "(morgens?|abends?|nachmittags?|vormittags?|mittags?|nachts?|s)?\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(gestern|vorgestern|heute|yesterday|today|tomorrow)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEK = Pattern.compile(
            "(?i)\\b(anfang|ende|mitte) (dieser|der vergangenen|letzter|vergangener) woche\\b|\\b(earlier|later) this week\\b"
            + "|\\b(diese|this|last|letzte|vergangene) woche\\b|\\blast week\\b");

    private DateResolver() { }

    /** The day named by {@code phrase}, or null. */
    public static LocalDate resolve(String phrase, LocalDate published) {
        List<DateMention> found = find(phrase, 0, phrase.length(), published);
        return found.isEmpty() ? null : found.get(0).date();
    }

    /** All date expressions in {@code text[from, to)}, in text order; dates may be null. */
    public static List<DateMention> find(String text, int from, int to, LocalDate published) {
        List<DateMention> out = new ArrayList<>();
        boolean digits = hasDigit(text, from, to);
        String lower = text.substring(from, to).toLowerCase();
        if (digits) {
            numeric(text, from, to, out);
            dayMonth(text, from, to, published, out);
        }
        if (lower.contains("tag") || lower.contains("day") || lower.contains("mittwoch") || lower.contains("sonnabend")) {
            weekday(text, from, to, published, out);
        }
        if (lower.contains("gestern") || lower.contains("heute") || lower.contains("yesterday") || lower.contains("today")
                || lower.contains("tomorrow")) {
            relative(text, from, to, published, out);
        }
        if (lower.contains("woche") || lower.contains("week")) week(text, from, to, out);
        out.sort(java.util.Comparator.comparingInt(DateMention::start));
        return dropOverlaps(out);
    }

    private static boolean hasDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) if (Character.isDigit(text.charAt(i))) return true;
        return false;
    }

    private static void numeric(CharSequence t, int from, int to, List<DateMention> out) {
        DigitScan scan = DigitScan.runStarts(NUMERIC, t, from, to, DateStarts::numeric);
        while (scan.next()) {
            Matcher m = scan.matcher();
            LocalDate d = m.group(1) != null ? safe(num(m.group(3)), num(m.group(2)), num(m.group(1)))
                    : safe(num(m.group(4)), num(m.group(5)), num(m.group(6)));
            if (d != null) out.add(new DateMention(m.start(), m.end(), d));
        }
    }

    private static void dayMonth(CharSequence t, int from, int to, LocalDate published, List<DateMention> out) {
        DigitScan scan = DigitScan.runStarts(DAY_MONTH, t, from, to, DateStarts::dayMonth);
        while (scan.next()) {
            Matcher m = scan.matcher();
            out.add(new DateMention(m.start(), m.end(), dayOf(num(m.group(1)), m.group(2), m.group(3), published)));
        }
        // "January 27": the month word stands before a day number, so it is tried only there.
        Matcher m = null;
        int searchFrom = from;
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(t.charAt(i)) || i > from && Character.isLetterOrDigit(t.charAt(i - 1))) continue;
            int w = monthWordStart(t, from, i);
            // Every month name of the pattern starts with a capital J, F, M, A, S, O, N or D.
            if (w < searchFrom || !DateStarts.monthInitial(t.charAt(w))) continue;
            if (m == null) m = MONTH_DAY.matcher(t).useTransparentBounds(true);
            m.region(w, to);
            if (m.lookingAt()) {
                out.add(new DateMention(m.start(), m.end(), dayOf(num(m.group(2)), m.group(1), m.group(3), published)));
                searchFrom = m.end();
            }
        }
    }

    /** Start of the word before the spaces before {@code digit} ("Sept." in "Sept. 5"), or -1. */
    private static int monthWordStart(CharSequence t, int from, int digit) {
        int i = digit;
        while (i > from && Character.isWhitespace(t.charAt(i - 1))) i--;
        if (i == digit || i == from) return -1;
        int end = i;
        if (t.charAt(i - 1) == '.') i--;
        while (i > from && Character.isLetter(t.charAt(i - 1))) i--;
        return i < end - 1 || i < end && t.charAt(i) != '.' ? i : -1;
    }

    static LocalDate dayOf(int day, String monthWord, String year, LocalDate published) {
        Integer month = Months.month(monthWord);
        if (month == null) return null;
        if (year != null) return safe(num(year), month, day);
        if (published == null) return null;
        LocalDate d = safe(published.getYear(), month, day);
        if (d != null && d.isAfter(published)) d = safe(published.getYear() - 1, month, day);
        return d;
    }

    private static void weekday(CharSequence t, int from, int to, LocalDate published, List<DateMention> out) {
        int name = WeekdayNames.first(t, from, to);
        if (name < 0) return;
        // The search runs over the sentence alone, as the opaque region [from, to) showed it, and starts
        // where a match around the first weekday name could begin (transparent bounds keep "\b" there right).
        Matcher m = WEEKDAY.matcher(t.subSequence(from, to)).useTransparentBounds(true);
        int pos = 0, n = to - from;
        while (name >= 0) {
            m.region(WeekdayNames.earliestMatchStart(t, from + pos, name) - from, n);
            if (!m.find()) return;
            Integer wd = Months.weekdayName(m.group(2));
            if (wd != null) out.add(new DateMention(from + m.start(), from + m.end(), weekdayOf(wd, m.group(1), published)));
            pos = m.end();
            name = WeekdayNames.first(t, from + pos, to);
        }
    }

    private static LocalDate weekdayOf(int wd, String modifier, LocalDate published) {
        if (published == null) return null;
        DayOfWeek day = DayOfWeek.of(wd);
        String mod = modifier == null ? "" : modifier.toLowerCase();
        return switch (mod) {
            case "last", "vergangenen", "letzten", "vorigen" -> published.with(TemporalAdjusters.previous(day));
            case "kommenden", "nächsten", "next" -> published.with(TemporalAdjusters.next(day));
            default -> published.with(TemporalAdjusters.previousOrSame(day));
        };
    }

    private static void relative(CharSequence t, int from, int to, LocalDate published, List<DateMention> out) {
        Matcher m = RELATIVE.matcher(t).region(from, to);
        while (m.find()) {
            String w = m.group(1).toLowerCase();
            LocalDate d = published == null ? null : switch (w) {
                case "gestern", "yesterday" -> published.minusDays(1);
                case "vorgestern" -> published.minusDays(2);
                case "tomorrow" -> published.plusDays(1);
                default -> published;
            };
            out.add(new DateMention(m.start(), m.end(), d));
        }
    }

    private static void week(CharSequence t, int from, int to, List<DateMention> out) {
        Matcher m = WEEK.matcher(t).region(from, to);
        while (m.find()) out.add(new DateMention(m.start(), m.end(), null));
    }

    /** Keeps the longest of overlapping expressions ("heute Montag" over "heute"), then the earliest. */
    private static List<DateMention> dropOverlaps(List<DateMention> sorted) {
        List<DateMention> out = new ArrayList<>();
        for (DateMention d : sorted) {
            if (!out.isEmpty()) {
                DateMention last = out.get(out.size() - 1);
                if (d.start() < last.end()) {
                    if (d.end() - d.start() > last.end() - last.start()) out.set(out.size() - 1, d);
                    continue;
                }
            }
            out.add(d);
        }
        return out;
    }

    private static int num(String s) { return Integer.parseInt(s); }

    private static LocalDate safe(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
