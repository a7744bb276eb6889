package dev.aikg.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestBenchTsv {
    @Test
    void rowsAreReadByColumnName() {
        BenchTsv t = BenchTsv.parse("a\tb\tc\n1\t\tx\n2.5\n\n");
        assertEquals(List.of("a", "b", "c"), t.columns());
        assertEquals(2, t.rows().size());
        assertEquals(OptionalDouble.of(1), BenchTsv.number(t.rows().get(0), "a"));
        assertTrue(BenchTsv.number(t.rows().get(0), "b").isEmpty(), "blank cell is no number");
        assertTrue(BenchTsv.number(t.rows().get(0), "c").isEmpty(), "text is no number");
        assertEquals("", t.rows().get(1).get("c"), "a short line leaves cells empty");
        assertTrue(BenchTsv.number(t.rows().get(0), "missing").isEmpty());
    }

    @Test
    void aMissingFileIsAnEmptyTable(@TempDir Path tmp) {
        assertTrue(BenchTsv.read(tmp.resolve("none.tsv")).isEmpty());
    }
}
