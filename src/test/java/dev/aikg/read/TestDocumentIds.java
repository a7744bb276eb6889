package dev.aikg.read;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TestDocumentIds {
    @Test
    void fileStem() {
        assertEquals("2025-01-28_deepseek", DocumentIds.fromPath(Path.of("/x/y/2025-01-28_deepseek.txt")));
        assertEquals("archive.v2", DocumentIds.fromPath(Path.of("archive.v2.html")));
        assertEquals("README", DocumentIds.fromPath(Path.of("README")));
        assertEquals(".hidden", DocumentIds.fromPath(Path.of(".hidden")));
    }

    @Test
    void unsafeCharactersBecomeSingleDashes() {
        assertEquals("Kurs-sturz-am-Montag-", DocumentIds.fromPath(Path.of("Kurs sturz  am Montag!.txt")));
        assertEquals("a-b-c", DocumentIds.sanitize("a/b?c"));
        assertEquals("x-y", DocumentIds.sanitize("x#%y"));
    }

    @Test
    void neverEmptyAndNeverADotSegment() {
        assertEquals("doc", DocumentIds.sanitize(""));
        assertEquals("doc", DocumentIds.sanitize("///"));
        // "." and ".." would be removed from an IRI path by normalisation, merging graphs.
        assertEquals("doc", DocumentIds.sanitize("."));
        assertEquals("doc", DocumentIds.sanitize(".."));
        assertEquals("doc", DocumentIds.fromPath(Path.of("..txt")));
    }
}
