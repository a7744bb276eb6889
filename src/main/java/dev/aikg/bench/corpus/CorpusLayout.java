package dev.aikg.bench.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where document i lives: {@code DIR/0000/doc-0000000.md} … with 1,000 files per folder, so no
 * folder grows huge and file names sort in document order.
 */
public final class CorpusLayout {
    public static final int PER_FOLDER = 1000;

    private CorpusLayout() { }

    public static Path file(Path dir, long index) {
        return dir.resolve(pad(index / PER_FOLDER, 4)).resolve("doc-" + pad(index, 7) + ".md");
    }

    /** The corpus files under dir in name (= document) order: only names this layout writes. */
    public static List<Path> files(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path folder : folders.filter(p -> digits(p.getFileName().toString(), 4)).sorted().toList()) {
                if (!Files.isDirectory(folder)) continue;
                try (Stream<Path> files = Files.list(folder)) {
                    files.filter(CorpusLayout::isDocument).sorted().forEach(out::add);
                }
            }
        }
        return out;
    }

    static boolean isDocument(Path p) {
        String n = p.getFileName().toString();
        return n.length() == 14 && n.startsWith("doc-") && n.endsWith(".md") && digits(n.substring(4, 11), 7);
    }

    private static boolean digits(String s, int length) {
        if (s.length() != length) return false;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    private static String pad(long n, int width) {
        String s = Long.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
