package dev.aikg.annotate.time;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestDateStarts {
    /** The resolver's own date patterns, as the filters must allow every match of them. */
    private static final String MONTH = "(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
            + "|January|February|March|May|June|July|October|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?"
            + "|Sept?\\.?|Okt\\.?|Oct\\.?|Nov\\.?|Dez\\.?|Dec\\.?)";
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})\\.?\\s+" + MONTH + "(?:\\s+(\\d{4}))?");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    @Test
    void numericStartsNeedADotOrAYearAndHyphen() {
        String s = "Am 27.01.2025 fiel der Kurs um 4,2 %, am 2025-01-28 stieg er; 123.4 Punkte.";
        assertTrue(DateStarts.numeric(s, s.indexOf("27"), s.length()));
        assertTrue(DateStarts.numeric(s, s.indexOf("2025-"), s.length()));
        assertFalse(DateStarts.numeric(s, s.indexOf("4,2"), s.length()));
        assertFalse(DateStarts.numeric(s, s.indexOf("123"), s.length()));
    }

    @Test
    void dayMonthStartsNeedSpaceThenACapitalMonthInitial() {
        String s = "Shares fell on 3 Feb and on 27. Januar, but 3 shares and 12 percent.";
        assertTrue(DateStarts.dayMonth(s, s.indexOf("3 Feb"), s.length()));
        assertTrue(DateStarts.dayMonth(s, s.indexOf("27."), s.length()));
        assertFalse(DateStarts.dayMonth(s, s.indexOf("3 shares"), s.length()));
        assertFalse(DateStarts.dayMonth(s, s.indexOf("12 percent"), s.length()));
        assertFalse(DateStarts.dayMonth("5 ", 0, 2), "the month must lie inside the range");
    }

    @Test
    void filtersAllowEveryPlaceThePatternsMatch() {
        String[] parts = {"1", "27", "2025", "123", ".", "-", " ", "\t", "Jan", "Januar", "Feb.", "März", "Sept", "x",
            "01", "12.", "Dez", "Mai", "1999", ",", "3 ", "27. ", " Januar", "2025-01-", "-28", "07.", "3.3."};
        Random r = new Random(5);
        int matches = 0;
        for (int round = 0; round < 20000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0, n = 2 + r.nextInt(7); i < n; i++) b.append(parts[r.nextInt(parts.length)]);
            String t = b.toString();
            for (int at = 0; at < t.length(); at++) {
                if (!Character.isDigit(t.charAt(at))) continue;
                matches += check(NUMERIC, t, at, DateStarts.numeric(t, at, t.length()));
                matches += check(DAY_MONTH, t, at, DateStarts.dayMonth(t, at, t.length()));
            }
        }
        assertTrue(matches > 1000, "the shuffled phrases hold dates: " + matches);
    }

    private static int check(Pattern p, String t, int at, boolean allowed) {
        Matcher m = p.matcher(t).useTransparentBounds(true).region(at, t.length());
        if (!m.lookingAt()) return 0;
        assertTrue(allowed, p + " matches at " + at + " in \"" + t + "\"");
        return 1;
    }
}
