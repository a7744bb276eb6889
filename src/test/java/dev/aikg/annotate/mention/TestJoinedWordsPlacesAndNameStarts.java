package dev.aikg.annotate.mention;

import dev.aikg.annotate.Extract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names the ninety-ninth blind round (cinemas and museums, books and audiobooks, laundries, florists and car rental)
 * showed. Our own sentences.
 */
class TestJoinedWordsPlacesAndNameStarts {
    @Test
    void aJoinedWordMatchesALabelOfTwoWordsOnlyInItsOwnCase() {
        List<String> de = Extract.entities("Die ersten Titel kommen in Genres, in denen das Tempo zählt, sagte Nvidia.", "de");
        assertFalse(de.contains("Organization:Gen Re"), de.toString());
        List<String> en = Extract.entities("Gen Re and GenRe analysts disagreed with Nvidia.", "en");
        assertTrue(en.contains("Organization:Gen Re"), en.toString());
    }
}
