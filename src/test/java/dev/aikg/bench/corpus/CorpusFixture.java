package dev.aikg.bench.corpus;

import dev.aikg.lexicon.Lexicon;
import dev.aikg.lexicon.LexiconLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The project lexicon, loaded once for the corpus tests, and a way to read a corpus back. */
final class CorpusFixture {
    static final Lexicon LEXICON = LexiconLoader.load(Path.of("data/lexicon"));

    private CorpusFixture() { }

    /** Relative path → content of every corpus file under dir. */
    static Map<String, String> read(Path dir) {
        try {
            Map<String, String> out = new LinkedHashMap<>();
            for (Path p : CorpusLayout.files(dir)) out.put(dir.relativize(p).toString(), Files.readString(p));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
