package dev.aikg.eval;

import dev.aikg.annotate.Pipeline;
import dev.aikg.annotate.Pipelines;
import dev.aikg.annotate.StageTimings;
import dev.aikg.lexicon.LexiconLoader;
import dev.aikg.model.Document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Throwaway throughput probe (not a test): MB/s of the entity pipeline on one thread after warm-up. */
final class ThroughputProbe {
    private ThroughputProbe() { }

    public static void main(String[] args) throws Exception {
        Pipeline p = Pipelines.standard(LexiconLoader.load(Path.of("data/lexicon")), StageTimings.NONE);
        List<Document> docs = SeedsHarness.seeds();
        long bytes = 0;
        for (Document d : docs) bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
        for (int i = 0; i < 300; i++) for (Document d : docs) p.extract(d); // warm-up
        StageTimings t = new StageTimings();
        Pipeline timed = new Pipeline(p.annotators(), t);
        int rounds = (int) (50_000_000L / bytes) + 1;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime(), c0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) for (Document d : docs) timed.extract(d);
        double secs = (System.nanoTime() - t0) / 1e9, cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        double mb = rounds * bytes / 1e6;
        System.out.printf("%.1f MB: wall %.2f s = %.1f MB/s; thread CPU %.2f s = %.1f MB/s%n", mb, secs, mb / secs, cpu, mb / cpu);
        System.out.println(t.millis());
    }
}
