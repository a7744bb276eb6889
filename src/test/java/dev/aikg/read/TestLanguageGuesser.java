package dev.aikg.read;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TestLanguageGuesser {
    @Test
    void german() {
        assertEquals("de", LanguageGuesser.guess("Die Firma hat am Montag mitgeteilt, dass sie ihre Prognose "
                + "für das laufende Jahr nicht mehr halten kann und mit einem Verlust rechnet."));
    }

    @Test
    void english() {
        assertEquals("en", LanguageGuesser.guess("The company said on Monday that it would not meet its "
                + "forecast for the year and that it expects a loss."));
    }

    @Test
    void noEvidenceMeansEnglish() {
        assertEquals("en", LanguageGuesser.guess("Nvidia 2025 GPU H800"));
        assertEquals("en", LanguageGuesser.guess(""));
    }
}
