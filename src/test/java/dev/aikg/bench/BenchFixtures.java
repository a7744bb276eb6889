package dev.aikg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small results directory as bin/bench writes it. */
final class BenchFixtures {
    private BenchFixtures() { }

    static Path results(Path dir) throws IOException {
        write(dir, BenchResults.SCALING, """
                docs\tmb\tbuild_s\tbuild_exit\tquads\tquads_per_s\tpeak_rss_mb\tpeak_heap_mb\theap_after_gc_mb\txmx\tnq_quads\tloader_basic_s\tloader_parallel_s\tratio_basic\tratio_parallel\tstore_bytes\tbytes_per_quad
                10000\t30.5\t100\t0\t2000000\t20000\t900\t700\t300\t1g\t1990000\t40\t20\t0.50\t0.25\t400000000\t200.0
                1000\t3.1\t10\t0\t200000\t20000\t500\t300\t100\t1g\t199000\t5\t3\t1.00\t0.60\t40000000\t200.0
                """);
        write(dir, "queries-1000.tsv", """
                query\tpath\tparams\trows\truns\tp50_ms\tp95_ms\tmax_ms
                founders\tfalse\t\t12\t20\t1.5\t2.5\t3.0
                stock-moves\ttrue\t\t40\t20\t3.0\t4.0\t9.0
                corporate-family\tfalse\t\t1\t20\t1.0\t1.0\t1.0
                """);
        write(dir, "queries-10000.tsv", """
                query\tpath\tparams\trows\truns\tp50_ms\tp95_ms\tmax_ms
                founders\tfalse\t\t120\t20\t15\t25\t30
                stock-moves\ttrue\t\t400\t20\t900\t1500\t1600
                corporate-family\tfalse\t\t3\t20\t5\t1200\t1300
                """);
        write(dir, BenchResults.INCREMENTAL, """
                docs\tchanged\tfull_build_s\trebuild_s\trebuild_pct\tstore_bytes_before\tstore_bytes_rebuilt\tcompact_s\tstore_bytes_after\tfresh_bytes\tvs_fresh_pct
                10000\t100\t100\t3\t3.0\t400000000\t500000000\t9\t460000000\t400000000\t15.0
                """);
        write(dir, "serve-10000.tsv", """
                query\tconcurrency\trequests\terrors\tseconds\treq_per_s\tp50_ms\tp95_ms\tmax_ms
                founders\t4\t800\t0\t20.0\t40.0\t80\t120\t200
                """);
        write(dir, BenchResults.EXTRACT, "threads\tmb_per_s\tdocs_per_s\tmb\tdocs\tseconds\tmb_per_cpu_s\n"
                + "1\t3.3\t2590\t4.0\t3113\t1.20\t3.4\n");
        write(dir, BenchResults.MACHINE, "key\tvalue\ncpu\tTest CPU @ 2.0GHz\ncores\t2\n");
        write(dir, BenchResults.COMMANDS, "step\tcommand\nbuild\tbin/aikg build x --store y\n");
        return dir;
    }

    static void write(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
