package dev.aikg.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TestMarkedRegion {
    @Test
    void replacesOnlyTheRegion() {
        String doc = "# Title\n\nhand text\n<!-- bench:begin -->\nold table\n<!-- bench:end -->\n\nafter\n";
        assertEquals("# Title\n\nhand text\n<!-- bench:begin -->\nnew\n<!-- bench:end -->\n\nafter\n",
                MarkedRegion.replace(doc, "new"));
    }

    @Test
    void appendsMarkersWhenThereAreNone() {
        assertEquals("# T\n\n<!-- bench:begin -->\nx\n<!-- bench:end -->\n", MarkedRegion.replace("# T\n", "x\n"));
    }

    @Test
    void refusesALoneOrReversedMarker() {
        assertThrows(IllegalArgumentException.class, () -> MarkedRegion.replace("<!-- bench:begin -->\n", "x"));
        assertThrows(IllegalArgumentException.class,
                () -> MarkedRegion.replace("<!-- bench:end -->\n<!-- bench:begin -->\n", "x"));
    }
}
