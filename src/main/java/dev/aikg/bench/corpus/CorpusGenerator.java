package dev.aikg.bench.corpus;

import dev.aikg.lexicon.Lexicon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Writes a benchmark corpus: N articles, German and English, each a function of the seed and its
 * index only (so a smaller corpus is a prefix of a larger one), streamed to disk one at a time.
 */
public final class CorpusGenerator {
    /** What was written. */
    public record Summary(long documents, long german, long bytes, double seconds) {
        public String format(Path dir) {
            return String.format(java.util.Locale.ROOT, "generated %,d documents (%,d German, %,d English), %.1f MB in %.1f s -> %s",
                    documents, german, documents - german, bytes / 1e6, seconds, dir);
        }
    }

    private final EntityPools pools;

    public CorpusGenerator(Lexicon lexicon) {
        this.pools = new EntityPools(lexicon);
        if (!pools.complete()) {
            throw new IllegalArgumentException("the lexicon lacks some entity kinds the generator needs "
                    + "(listed companies, investors, banks or research houses, CEOs, founders, models, chips, indices)");
        }
    }

    /**
     * Writes documents 0 … n-1 into dir. A non-empty dir is refused unless {@code force}; with force,
     * earlier corpus files (and only those) are deleted first so no stale document stays behind.
     */
    public Summary generate(Path dir, long n, long seed, double germanShare, boolean force) throws IOException {
        if (n < 0) throw new IllegalArgumentException("--docs must not be negative");
        if (germanShare < 0 || germanShare > 1) throw new IllegalArgumentException("--de-share must be between 0 and 1");
        prepare(dir, force);
        long t0 = System.nanoTime();
        ArticleWriter writer = new ArticleWriter(pools, seed, germanShare);
        long bytes = 0, german = 0;
        Path folder = null;
        for (long i = 0; i < n; i++) {
            ArticleWriter.Article a = writer.write(i);
            Path file = CorpusLayout.file(dir, i);
            if (!file.getParent().equals(folder)) {
                folder = file.getParent();
                Files.createDirectories(folder);
            }
            byte[] content = a.markdown().getBytes(StandardCharsets.UTF_8);
            Files.write(file, content);
            bytes += content.length;
            if (a.german()) german++;
        }
        return new Summary(n, german, bytes, (System.nanoTime() - t0) / 1e9);
    }

    /** One article's file content, for tests and for tools that want text without files. */
    public String article(long seed, long index, double germanShare) {
        return new ArticleWriter(pools, seed, germanShare).write(index).markdown();
    }

    private static void prepare(Path dir, boolean force) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new IllegalArgumentException(dir + " is not a directory");
        if (Files.isDirectory(dir) && !empty(dir)) {
            if (!force) throw new IllegalArgumentException(dir + " is not empty (use --force to overwrite a corpus)");
            for (Path p : CorpusLayout.files(dir)) Files.delete(p);
        }
        Files.createDirectories(dir);
    }

    private static boolean empty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
