package dev.aikg.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden files under {@code src/test/resources/golden}. Run the tests with
 * {@code -Daikg.golden.update=true} to rewrite them after an intended change, then review the diff.
 */
public final class Golden {
    public static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() { }

    public static boolean updating() { return Boolean.getBoolean("aikg.golden.update"); }

    /** Asserts the text equals the golden file (or rewrites it in update mode). */
    public static void check(String relative, String actual) throws IOException {
        Path file = DIR.resolve(relative);
        if (updating()) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(file), "missing golden file " + file + "; run with -Daikg.golden.update=true");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                "output differs from " + file + " (rerun with -Daikg.golden.update=true if intended)");
    }

    public static Path file(String relative) { return DIR.resolve(relative); }
}
