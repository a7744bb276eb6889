package dev.aikg.annotate.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TestDateResolver {
    /** A Thursday. */
    private static final LocalDate PUB = LocalDate.of(2024, 3, 14);

    @Test
    void dayAndMonth() {
        assertEquals(LocalDate.of(2024, 3, 11), DateResolver.resolve("am 11. März", PUB));
        assertEquals(LocalDate.of(2024, 3, 11), DateResolver.resolve("on 11 March", PUB));
        assertEquals(LocalDate.of(2024, 3, 11), DateResolver.resolve("on March 11", PUB));
        assertEquals(LocalDate.of(2021, 5, 2), DateResolver.resolve("2. Mai 2021", PUB));
    }

    @Test
    void dayAfterArticleDateIsPreviousYear() {
        assertEquals(LocalDate.of(2023, 12, 20), DateResolver.resolve("am 20. Dezember", PUB));
    }

    @Test
    void weekdays() {
        assertEquals(LocalDate.of(2024, 3, 11), DateResolver.resolve("am Montag", PUB));
        assertEquals(LocalDate.of(2024, 3, 11), DateResolver.resolve("heute Montag", PUB));
        assertEquals(LocalDate.of(2024, 3, 11), DateResolver.resolve("Monday", PUB));
        assertEquals(LocalDate.of(2024, 3, 11), DateResolver.resolve("im Verlauf des Montagmorgens", PUB));
        assertEquals(LocalDate.of(2024, 3, 8), DateResolver.resolve("am vergangenen Freitag", PUB));
        assertEquals(LocalDate.of(2024, 3, 8), DateResolver.resolve("last Friday", PUB));
        assertEquals(LocalDate.of(2024, 3, 7), DateResolver.resolve("last Thursday", PUB));
        assertEquals(PUB, DateResolver.resolve("am Donnerstag", PUB));
    }

    @Test
    void relativeDays() {
        assertEquals(LocalDate.of(2024, 3, 13), DateResolver.resolve("gestern", PUB));
        assertEquals(LocalDate.of(2024, 3, 13), DateResolver.resolve("yesterday", PUB));
        assertEquals(PUB, DateResolver.resolve("today", PUB));
    }

    @Test
    void weekIsNoDay() {
        assertNull(DateResolver.resolve("Anfang dieser Woche", PUB));
        assertNull(DateResolver.resolve("earlier this week", PUB));
    }

    @Test
    void noAnchorNoDate() {
        assertNull(DateResolver.resolve("am Montag", null));
        assertNull(DateResolver.resolve("11. März", null));
        assertEquals(LocalDate.of(2022, 3, 11), DateResolver.resolve("11. März 2022", null));
    }

    @Test
    void numericDates() {
        assertEquals(LocalDate.of(2024, 2, 3), DateResolver.resolve("03.02.2024", null));
        assertEquals(LocalDate.of(2024, 2, 3), DateResolver.resolve("2024-02-03", null));
    }
}
