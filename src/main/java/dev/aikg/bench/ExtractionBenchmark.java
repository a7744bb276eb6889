package dev.aikg.bench;

import dev.aikg.annotate.Pipeline;
import dev.aikg.annotate.Pipelines;
import dev.aikg.annotate.StageTimings;
import dev.aikg.lexicon.Lexicon;
import dev.aikg.model.Document;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * cache. CPU time of the worker threads is reported beside wall time: on a shared machine it still
 * says what one core achieves.
 */
public final class ExtractionBenchmark {

    /** The outcome of one measurement. */
    public record Result(int threads, long bytes, long documents, double seconds, double cpuSeconds,
                         Map<String, Double> stageMillis) {
        public double mbPerSecond() { return bytes / 1e6 / seconds; }

        /** MB per second of worker CPU time: the rate of one fully used core. */
        public double mbPerCpuSecond() { return bytes / 1e6 / cpuSeconds; }

        public double docsPerSecond() { return documents / seconds; }

        public String format() {
            return String.format(java.util.Locale.ROOT, "%d thread%s: %.1f MB/s, %.0f documents/s (%.1f MB, %,d documents in %.2f s; %.1f MB per CPU second)",
                    threads, threads == 1 ? "" : "s", mbPerSecond(), docsPerSecond(), bytes / 1e6, documents, seconds,
                    mbPerCpuSecond());
        }
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

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
        return new Result(threads, totals[0], totals[1], secs, totals[2] / 1e9, timings.millis());
    }

    private long[] measure(Pipeline pipeline, int threads, double mb) throws Exception {
        long target = (long) (mb * 1e6);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                final int offset = t;
                parts.add(pool.submit(() -> {
                    long cpu0 = CPU.getCurrentThreadCpuTime();
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
                    return new long[] {bytes, docs, CPU.getCurrentThreadCpuTime() - cpu0};
                }));
            }
            long bytes = 0, docs = 0, cpuNanos = 0;
            for (Future<long[]> f : parts) {
                long[] r = f.get();
                bytes += r[0];
                docs += r[1];
                cpuNanos += r[2];
            }
            return new long[] {bytes, docs, cpuNanos};
        } finally {
            pool.shutdownNow();
        }
    }
}
