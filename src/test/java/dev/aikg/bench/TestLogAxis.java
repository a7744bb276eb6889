package dev.aikg.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TestLogAxis {
    @Test
    void spansWholeDecadesAroundTheValues() {
        LogAxis a = LogAxis.spanning(List.of(200.0, 1000.0, 0.0, 45000.0));
        assertEquals(new LogAxis(2, 5), a);
        assertEquals(List.of(100.0, 1000.0, 10000.0, 100000.0), a.ticks());
    }

    @Test
    void mapsDecadesEvenly() {
        LogAxis a = new LogAxis(0, 2);
        assertEquals(0, a.toPixel(1, 0, 100), 1e-9);
        assertEquals(50, a.toPixel(10, 0, 100), 1e-9);
        assertEquals(100, a.toPixel(100, 0, 100), 1e-9);
        assertEquals(500, a.toPixel(10, 600, 400), 1e-9);
    }

    @Test
    void oneValueOrNoneStillGivesADecade() {
        assertEquals(new LogAxis(1, 2), LogAxis.spanning(List.of(10.0)));
        assertEquals(new LogAxis(0, 1), LogAxis.spanning(List.of()));
    }

    @Test
    void labelsAreShort() {
        assertEquals("0.01", LogAxis.label(0.01));
        assertEquals("1", LogAxis.label(1));
        assertEquals("1k", LogAxis.label(1000));
        assertEquals("100k", LogAxis.label(100000));
        assertEquals("1M", LogAxis.label(1e6));
    }
}
