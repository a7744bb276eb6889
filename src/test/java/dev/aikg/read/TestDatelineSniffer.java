package dev.aikg.read;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TestDatelineSniffer {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "28.01.2025 Die Börse schloss schwächer.|2025-01-28",
            "Berlin, 28.1.2025 – Der Kurs fiel.|2025-01-28",
            "Stand: 28. 01. 2025, 10:15 Uhr|2025-01-28",
            "Dienstag, 28. Januar 2025|2025-01-28",
            "Wien, 3. Jänner 2025|2025-01-03",
            "4. März 2025: Neue Zahlen|2025-03-04",
            "January 28, 2025 — Shares fell.|2025-01-28",
            "Jan. 28, 2025|2025-01-28",
            "Published Tuesday, January 28th, 2025|2025-01-28",
            "28 January 2025|2025-01-28",
            "2025-01-28T09:30:00Z|2025-01-28",
            "Updated 2025-01-28 by staff|2025-01-28"})
    void fullDatesAreFound(String text, String expected) {
        assertEquals(LocalDate.parse(expected), DatelineSniffer.sniff(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mittwoch, Januar 29",
            "Mittwoch, Januar 29\nDie Aktien legten zu.",
            "Montag, 27. Januar\nDie Kurse fielen.",
            "Mittwoch, Januar 29\n\n2025 wird ein schwieriges Jahr für die Branche.",
            "Montag, 27. Januar\n2025 begann mit Verlusten.",
            "Am 31.02.2025 war nichts los.",
            "Kein Datum, nur 42 Zahlen und 2025 Euro.",
            ""})
    void partialOrImpossibleDatesYieldNothing(String text) {
        assertNull(DatelineSniffer.sniff(text));
    }

    @org.junit.jupiter.api.Test
    void theEarliestDatelineWins() {
        assertEquals(LocalDate.of(2025, 1, 27),
                DatelineSniffer.sniff("27. Januar 2025\nIm Vergleich zum 2025-01-20 fiel der Kurs."));
    }

    @org.junit.jupiter.api.Test
    void onlyTheHeadOfTheTextIsSearched() {
        assertNull(DatelineSniffer.sniff("x".repeat(1000) + " 28.01.2025"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "By Kari Lunde · Tromsø · Wednesday, 12 February 2025, 07:45 CET#2025-02-12",
            "*Von unserer Wirtschaftsredaktion · Donnerstag, 13. Februar 2025, 06:00 Uhr*#2025-02-13",
            "Von Redaktion Technik | Mittwoch, 22. Januar 2025, 14:10 Uhr#2025-01-22",
            "By Harbour Weekly staff  |  Thursday, June 20, 2024#2024-06-20"})
    void aBylineBelowALongHeadStillDatesTheArticle(String byline, String expected) {
        String head = "Home | Markets | Tech | Newsletter\n" + "A headline about kilns and furnaces\n"
                + "A teaser sentence that runs on and on about what the article will tell its readers. ".repeat(8) + "\n";
        assertEquals(LocalDate.parse(expected), DatelineSniffer.sniff(head + byline + "\nThe body starts here."));
    }

    @org.junit.jupiter.api.Test
    void aDateInTheBodyBelowTheHeadIsNoDateline() {
        String head = "A teaser sentence that runs on and on about what the article will tell its readers. ".repeat(8) + "\n";
        assertNull(DatelineSniffer.sniff(head + "On 12 February 2025 the company had raised money from investors in three countries, "
                + "the largest round in its history, and it said it would hire.\n"));
    }
}
