package dev.aikg.bench;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestMemoryPeaks {
    @Test
    void peakHeapCountsWhatWasHeld() {
        try (MemoryPeaks m = MemoryPeaks.start()) {
            byte[][] held = new byte[32][];
            for (int i = 0; i < held.length; i++) held[i] = new byte[1 << 20];
            assertTrue(m.peakHeapBytes() >= 32L << 20, "peak " + m.peakHeapBytes() + " below the 32 MB held");
            assertEquals(1, held[31].length >> 20);
        }
    }

    @Test
    void afterGcPeakIsRecordedOnceACollectionRan() throws InterruptedException {
        try (MemoryPeaks m = MemoryPeaks.start()) {
            byte[] live = new byte[16 << 20];
            System.gc();
            // The collector reports on its own thread; give it a moment.
            for (int i = 0; i < 100 && m.peakHeapAfterGcBytes() < 0; i++) Thread.sleep(20);
            assertTrue(m.peakHeapAfterGcBytes() >= 16L << 20, "after-GC peak " + m.peakHeapAfterGcBytes());
            assertTrue(m.peakHeapAfterGcBytes() <= Runtime.getRuntime().maxMemory());
            assertEquals(16 << 20, live.length);
        }
    }

    @Test
    void vmHwmIsReadInBytes() {
        String status = "Name:\tjava\nVmPeak:\t 5000 kB\nVmHWM:\t  123456 kB\nVmRSS:\t 100000 kB\n";
        assertEquals(OptionalLong.of(123456L * 1024), MemoryPeaks.parseVmHwm(status));
        assertFalse(MemoryPeaks.parseVmHwm("Name:\tjava\n").isPresent());
    }

    @Test
    void summaryNamesEveryFigureWithPlainNumbers() {
        try (MemoryPeaks m = MemoryPeaks.start()) {
            String s = m.summary();
            assertTrue(s.matches("peak heap \\d+\\.\\d MB \\(after GC .*\\), peak RSS .*, max heap \\d+\\.\\d MB"), s);
            if (MemoryPeaks.peakRssBytes().isPresent()) assertTrue(s.matches(".*peak RSS \\d+\\.\\d MB.*"), s);
        }
    }
}
