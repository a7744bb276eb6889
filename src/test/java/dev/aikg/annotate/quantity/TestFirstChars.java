package dev.aikg.annotate.quantity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first-character test must never reject a position where a case-insensitive comparison would succeed. */
class TestFirstChars {
    @Test
    void agreesWithRegionMatchesIgnoringCase() {
        List<String> words = List.of("Milliarden", "Euro", "€", "£", "bn", "Fr.", "ÄRA", "ǅ");
        String firsts = FirstChars.of(words);
        for (char c = 0; c < 0x2200; c++) {
            boolean some = false;
            for (String w : words) some |= String.valueOf(c).regionMatches(true, 0, w, 0, 1);
            assertEquals(some, FirstChars.mayStart(firsts, c), "char " + (int) c);
        }
    }

    @Test
    void currencyAndScaleStillFoundAfterTheTest() {
        String text = "Die Firma sammelte 2,5 Milliarden Euro ein, rund 2.6 billion dollars, und 300 Mio. Franken.";
        assertEquals(1e9, Scale.at(text, text.indexOf("Milliarden"), "de").factor());
        assertEquals("EUR", Currency.at(text, text.indexOf("Euro")).code());
        assertEquals("USD", Currency.at(text, text.indexOf("dollars")).code());
        assertEquals("CHF", Currency.at(text, text.indexOf("Franken")).code());
        assertEquals(1e6, Scale.at(text, text.indexOf("Mio."), "de").factor());
        assertTrue(Currency.at(text, text.indexOf("Firma")) == null);
        assertFalse(FirstChars.mayStart(FirstChars.of(List.of("Yen", "Yuan")), 'x'));
    }
}
