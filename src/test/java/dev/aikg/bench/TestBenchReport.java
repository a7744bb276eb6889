package dev.aikg.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestBenchReport {
    @Test
    void heapLimitsAreReadInMegabytes() {
        assertEquals(1024, BenchReport.xmxMb("1g"));
        assertEquals(768, BenchReport.xmxMb("768M"));
        assertEquals(1, BenchReport.xmxMb("1024k"));
        assertTrue(BenchReport.xmxMb("") > 1e9, "no limit is no proof");
        assertTrue(BenchReport.xmxMb("lots") > 1e9);
    }

    @Test
    void tablesCarryTheFiguresAndTheTargetChecks(@TempDir Path tmp) throws Exception {
        String md = new BenchReport(BenchFixtures.results(tmp), "docs/plot.png", 1000, 2000).render();
        assertTrue(md.contains("- cpu: Test CPU @ 2.0GHz"), md);
        assertTrue(md.contains("bin/aikg build x --store y"), md);
        assertTrue(md.contains("| 1 | 3.3 | 3.4 | 2,590 | 4.0 | 3,113 | 1.20 |"), md);
        // Sorted by size: the 1,000 row comes first; ratio 1.00 meets 0.7, 0.50 misses it.
        assertTrue(md.indexOf("| 1,000 | 199,000 |") < md.indexOf("| 10,000 | 1,990,000 |"), md);
        assertTrue(md.contains("| 0.50 | 0.25 | ✗ |"), md);
        assertTrue(md.contains("| 1.00 | 0.60 | ✓ |"), md);
        // Incremental: 3 % rebuild meets 5 %, +15 % size misses 10 %.
        assertTrue(md.contains("| 3.0 % | ✓ |"), md);
        assertTrue(md.contains("| 500,000,000 | 9.0 | 460,000,000 | 400,000,000 | +15.0 % | ✗ |"), md);
        // founders stays under 1 s at both sizes; stock-moves does not at 10k, but as a path query its bound is 2 s.
        assertTrue(md.contains("| founders | no | 1.5 | 2.5 | 12 | 15.0 | 25.0 | 120 | 1,000 | ✓ |"), md);
        assertTrue(md.contains("| stock-moves | yes | 3.0 | 4.0 | 40 | 900.0 | 1,500.0 | 400 | 2,000 | ✓ |"), md);
        assertTrue(md.contains("| corporate-family | no | 1.0 | 1.0 | 1 | 5.0 | 1,200.0 | 3 | 1,000 | ✗ |"), md);
        assertTrue(md.contains("| 10,000 | founders | 4 | 800 | 0 |"), md);
        assertTrue(md.contains("![Build and load time against documents; query p95 by size](docs/plot.png)"), md);
        // Build time grows linearly (10 s → 100 s for 10× documents).
        assertTrue(md.contains("| 1,000 → 10,000 | 1.00 |"), md);
    }

    @Test
    void skippedStepsLeaveTheirSectionOut(@TempDir Path tmp) throws Exception {
        BenchFixtures.write(tmp, BenchResults.MACHINE, "key\tvalue\ncores\t2\n");
        String md = new BenchReport(tmp, null, 1000, 2000).render();
        assertTrue(md.contains("- cores: 2"));
        assertFalse(md.contains("###  "));
        assertFalse(md.contains("Catalog queries"));
        assertFalse(md.contains("Jena's TDB2 loader"));
        assertFalse(md.contains("!["));
    }

    @Test
    void exponentIsTheSlopeOnLogLogAxes() {
        Map<String, String> a = Map.of("docs", "1000", "t", "2"), b = Map.of("docs", "10000", "t", "200");
        assertEquals("2.00", BenchReport.exponent(a, b, "t"));
        assertEquals("", BenchReport.exponent(a, Map.of("docs", "10000"), "t"));
    }

    @Test
    void reportInsideTheMarkersKeepsTheHandWrittenText(@TempDir Path tmp) throws Exception {
        String doc = "# Benchmarks\n\nmeasured by hand\n\n<!-- bench:begin -->\nstale\n<!-- bench:end -->\n\n## Notes\nkeep me\n";
        String out = MarkedRegion.replace(doc, new BenchReport(BenchFixtures.results(tmp), null, 1000, 2000).render());
        assertTrue(out.startsWith("# Benchmarks\n\nmeasured by hand\n\n<!-- bench:begin -->\n"), out);
        assertTrue(out.endsWith("<!-- bench:end -->\n\n## Notes\nkeep me\n"), out);
        assertFalse(out.contains("stale"));
        assertTrue(out.contains("Catalog queries"));
    }
}
