package dev.aikg.annotate.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TestWeekdayNames {
    /** A Thursday. */
    private static final LocalDate PUB = LocalDate.of(2024, 3, 14);

    @Test
    void findsTheFirstNameIgnoringAsciiCase() {
        String s = "Der Vortag war ruhig, erst am DIENSTAG fiel die Aktie.";
        assertEquals(s.indexOf("DIENSTAG"), WeekdayNames.first(s, 0, s.length()));
        String e = "Trading was calm on Tuesday and on Friday.";
        assertEquals(e.indexOf("Friday"), WeekdayNames.first(e, e.indexOf("and"), e.length()));
    }

    @Test
    void wordsThatOnlyEndInDayOrTagAreNoWeekday() {
        String s = "Am Tag danach sank der Kurs, today the shortage eased; Beitrag zum Feiertag.";
        assertEquals(-1, WeekdayNames.first(s, 0, s.length()));
        assertEquals(-1, WeekdayNames.first("Montag", 0, 5), "a name cut off by the end of the range");
    }

    @Test
    void earliestStartCoversTheModifierAndAllSpacesBeforeTheName() {
        String s = "Kurse am vergangenen   \tFreitag";
        int name = s.indexOf("Freitag");
        assertEquals(s.indexOf("vergangenen"), WeekdayNames.earliestMatchStart(s, 0, name));
        assertEquals(20, WeekdayNames.earliestMatchStart(s, 20, name), "never before the floor");
    }

    @Test
    void resolverFindsEveryWeekdayOfASentenceWithModifiers() {
        String s = "Nach Verlusten am vergangenen Freitag   und einem ruhigen Montag erholte sich der Index am Mittwochmorgen.";
        List<DateMention> found = DateResolver.find(s, 0, s.length(), PUB);
        assertEquals(3, found.size());
        assertEquals(LocalDate.of(2024, 3, 8), found.get(0).date());
        // "am vergangenen" is no modifier pair: the match starts at the one word before the name.
        assertEquals(s.indexOf("vergangenen"), found.get(0).start());
        assertEquals(LocalDate.of(2024, 3, 11), found.get(1).date());
        assertEquals(LocalDate.of(2024, 3, 13), found.get(2).date());
    }

    /** The plain search the resolver did before it started near the first name: the reference. */
    private static List<int[]> plainSearch(String t, int from, int to) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "(?i)\\b(?:(am|an diesem|on|this|heute|today|last|vergangenen|letzten|vorigen|kommenden|nächsten|next)\\s+)?"
                + "((?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch|sonnabend)"
                + "(morgens?|abends?|nachmittags?|vormittags?|mittags?|nachts?|s)?\\b").matcher(t).region(from, to);
        List<int[]> out = new java.util.ArrayList<>();
        while (m.find()) out.add(new int[] {m.start(), m.end()});
        return out;
    }

    @Test
    void resolverAgreesWithAPlainSearchOnShuffledPhrases() {
        String[] parts = {"am", "an diesem", "on", "last", "vergangenen", "Montag", "monday", "FRIDAY", "Sonnabend",
            "Freitagabend", "Tuesdays", "Tag", "today", "heute", "x", "\t", "\n", "  ", "-", "Xsunday", "samstagx", ",", "7"};
        java.util.Random r = new java.util.Random(11);
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(9);
            for (int i = 0; i < n; i++) b.append(parts[r.nextInt(parts.length)]).append(r.nextInt(3) == 0 ? "" : " ");
            String t = b.toString();
            int from = r.nextInt(Math.max(1, t.length() / 3)), to = t.length() - r.nextInt(Math.max(1, t.length() / 4));
            if (to < from) continue;
            List<int[]> expected = plainSearch(t, from, to);
            List<DateMention> found = DateResolver.find(t, from, to, PUB).stream()
                    .filter(d -> d.date() != null && !t.substring(d.start(), d.end()).toLowerCase().matches("heute|today")).toList();
            assertEquals(expected.size(), found.size(), t + " [" + from + "," + to + ")");
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i)[0], found.get(i).start(), t);
                assertEquals(expected.get(i)[1], found.get(i).end(), t);
            }
        }
    }

    @Test
    void resolverKeepsWordBoundariesAtTheSentenceEdges() {
        String text = "Xmonday. Shares fell on Monday, and last Sunday too.";
        int from = text.indexOf("Shares"), to = text.length();
        List<DateMention> found = DateResolver.find(text, from, to, PUB);
        assertEquals(2, found.size());
        assertEquals(text.indexOf("on Monday"), found.get(0).start());
        assertEquals(text.indexOf("last Sunday"), found.get(1).start());
        assertEquals(LocalDate.of(2024, 3, 10), found.get(1).date());
        String glued = "xMonday";
        assertEquals(0, DateResolver.find(glued, 0, glued.length(), PUB).size(), "no boundary before the name");
        assertEquals(1, DateResolver.find(glued, 1, glued.length(), PUB).size(), "the range start is a boundary");
    }

    @Test
    void exactNamesGetTheSameWeekdayAsTheCompoundReader() {
        for (String name : Months.WEEKDAYS.keySet()) {
            for (String form : new String[] {name, name.toUpperCase(), Character.toUpperCase(name.charAt(0)) + name.substring(1)}) {
                assertEquals(Months.weekday(form), Months.weekdayName(form), form);
            }
        }
        assertEquals(null, Months.weekdayName("Montagmorgen"), "compounds are for the compound reader");
        assertEquals(null, Months.weekdayName("Feiertag"));
    }

    @Test
    void monthFirstDatesStillResolveAfterTheInitialCheck() {
        String s = "Sales rose in march, then on March 11 and Sept. 5 the stock fell; the 3 Musketeers stayed.";
        List<DateMention> found = DateResolver.find(s, 0, s.length(), PUB);
        assertEquals(2, found.size());
        assertEquals(LocalDate.of(2024, 3, 11), found.get(0).date());
        assertEquals(LocalDate.of(2023, 9, 5), found.get(1).date());
        assertEquals(true, DateStarts.monthInitial('S'));
        assertEquals(false, DateStarts.monthInitial('s'));
    }
}
