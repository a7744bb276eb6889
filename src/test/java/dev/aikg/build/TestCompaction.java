package dev.aikg.build;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestCompaction {
    @TempDir
    Path tmp;
    BuildFixture fx;

    @BeforeEach
    void setUp() throws java.io.IOException {
        fx = new BuildFixture(tmp);
        fx.article("alpha.txt", 1);
        fx.article("beta.txt", 2);
    }

    @Test
    void autoWaitsUntilTheStoreHasGrownHalfAgainSinceItsLastCompaction() {
        assertFalse(Compaction.AUTO.due(150, 100, false));
        assertTrue(Compaction.AUTO.due(151, 100, false));
        assertFalse(Compaction.AUTO.due(10_000, -1, true), "a first build into an empty store leaves nothing to reclaim");
        assertTrue(Compaction.AUTO.due(10_000, -1, false), "an old store with no recorded size is compacted once");
        assertTrue(Compaction.ALWAYS.due(1, 100, true));
        assertFalse(Compaction.NEVER.due(1_000_000, 1, false));
    }

    @Test
    void aFirstBuildDoesNotCompactButRecordsTheSizeToCompareWith() {
        BuildReport r = fx.build(new Builder(fx.reference()), false, false, Compaction.AUTO);
        assertFalse(r.compacted(), r.summary());
        assertTrue(fx.compactedSize() > 0, "baseline recorded: " + fx.compactedSize());
        assertTrue(r.stageMillis().containsKey("compact"), r.stageMillis().toString());
    }

    @Test
    void alwaysCompactsAndNeverDoesNot() {
        fx.build(new Builder(fx.reference()), false, false, Compaction.NEVER);
        long baseline = fx.compactedSize();
        fx.article("alpha.txt", 3);
        BuildReport never = fx.build(new Builder(fx.reference()), false, false, Compaction.NEVER);
        assertEquals(1, never.written(), never.summary());
        assertFalse(never.compacted());
        assertEquals(baseline, fx.compactedSize(), "NEVER keeps the old baseline");
        fx.article("alpha.txt", 4);
        BuildReport always = fx.build(new Builder(fx.reference()), false, false, Compaction.ALWAYS);
        assertTrue(always.compacted());
        assertTrue(fx.compactedSize() > 0);
        assertTrue(always.storeBytes() <= never.storeBytes(), always.storeBytes() + " > " + never.storeBytes());
    }
}
