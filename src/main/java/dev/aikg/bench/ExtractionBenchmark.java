package dev.aikg.bench;

import dev.aikg.annotate.Pipeline;
import dev.aikg.annotate.Pipelines;
import dev.aikg.annotate.StageTimings;
import dev.aikg.lexicon.Lexicon;
import dev.aikg.model.Document;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Extraction throughput: runs the standard pipeline over a corpus until a volume of text has been
 * processed, after a warm-up, on one thread or on several. Reports MB/s (UTF-8 bytes of document
 * text) and documents/s. Each document gets a fresh id per pass so nothing can be served from a
 * cache.
 */
public final class ExtractionBenchmark {

    /** The outcome of one measurement. */
    public record Result(int threads, long bytes, long documents, double seconds, Map<String, Double> stageMillis) {
        public double mbPerSecond() { return bytes / 1e6 / seconds; }

        public double docsPerSecond() { return documents / seconds; }

        public String format() {
            return String.format(java.util.Locale.ROOT, "%d thread%s: %.1f MB/s, %.0f documents/s (%.1f MB, %,d documents in %.2f s)",
                    threads, threads == 1 ? "" : "s", mbPerSecond(), docsPerSecond(), bytes / 1e6, documents, seconds);
        }
    }

    private final Lexicon lexicon;
    private final List<Document> corpus;

    public ExtractionBenchmark(Lexicon lexicon, List<Document> corpus) {
        if (corpus.isEmpty()) throw new IllegalArgumentException("empty corpus");
        this.lexicon = lexicon;
        this.corpus = List.copyOf(corpus);
    }

    /** Warms up on {@code warmupMb} of text, then measures {@code measureMb} on {@code threads} threads. */
    public Result run(int threads, double warmupMb, double measureMb) throws Exception {
        measure(new Pipeline(Pipelines.standard(lexicon, StageTimings.NONE).annotators()), threads, warmupMb);
        StageTimings timings = new StageTimings();
        Pipeline pipeline = Pipelines.standard(lexicon, timings);
        long t0 = System.nanoTime();
        long[] totals = measure(pipeline, threads, measureMb);
        double secs = (System.nanoTime() - t0) / 1e9;
        return new Result(threads, totals[0], totals[1], secs, timings.millis());
    }

    private long[] measure(Pipeline pipeline, int threads, double mb) throws Exception {
        long target = (long) (mb * 1e6);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                final int offset = t;
                parts.add(pool.submit(() -> {
                    long bytes = 0, docs = 0;
                    int pass = 0;
                    while (bytes < target / threads) {
                        for (int i = offset; i < corpus.size() + offset && bytes < target / threads; i++) {
                            Document d = corpus.get(i % corpus.size());
                            Document fresh = new Document(d.id() + "-" + offset + "-" + pass, d.title(), d.text(), d.lang(),
                                    d.published(), d.source(), d.sha256());
                            pipeline.extract(fresh);
                            bytes += fresh.text().getBytes(StandardCharsets.UTF_8).length;
                            docs++;
                        }
                        pass++;
                    }
                    return new long[] {bytes, docs};
                }));
            }
            long bytes = 0, docs = 0;
            for (Future<long[]> f : parts) {
                long[] r = f.get();
                bytes += r[0];
                docs += r[1];
            }
            return new long[] {bytes, docs};
        } finally {
            pool.shutdownNow();
        }
    }
}
