package dev.aikg.annotate.relation;

import dev.aikg.annotate.AnnotatedDocument;
import dev.aikg.model.Entity;
import dev.aikg.model.EntityType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The mention index is built once per document and rebuilt when its entities change. */
class TestMentionIndex {
    private static final LocalDate DAY = LocalDate.of(2025, 2, 11);

    @Test
    void stagesOfOneDocumentShareTheIndex() {
        AnnotatedDocument doc = Docs.of("Nvidia fiel um 3 Prozent. Später erholte sich die Aktie von Nvidia wieder.", "de",
                DAY, "org/nvidia=Nvidia");
        MentionIndex a = MentionIndex.of(doc);
        assertSame(a, MentionIndex.of(doc));
        assertEquals(1, a.in(0).size());
        assertEquals(1, a.in(1).size());
        assertThrows(UnsupportedOperationException.class, () -> a.in(0).clear());
    }

    @Test
    void changedEntitiesOrAnotherDocumentGetAFreshIndex() {
        AnnotatedDocument doc = Docs.of("Microsoft investiert in OpenAI.", "de", DAY, "org/microsoft=Microsoft",
                "org/openai=OpenAI");
        MentionIndex a = MentionIndex.of(doc);
        Entity first = doc.entities().get(0);
        doc.entities().set(0, new Entity(first.id(), first.name(), EntityType.ORGANIZATION, null, false, null, null,
                first.mentions()));
        MentionIndex b = MentionIndex.of(doc);
        assertNotSame(a, b);
        doc.entities().remove(1);
        MentionIndex c = MentionIndex.of(doc);
        assertNotSame(b, c);
        assertEquals(List.of("org/microsoft"), c.in(0).stream().map(MentionIndex.Ref::id).toList());

        AnnotatedDocument other = Docs.of("Microsoft investiert in OpenAI.", "de", DAY, "org/microsoft=Microsoft",
                "org/openai=OpenAI");
        assertNotSame(c, MentionIndex.of(other));
    }

    @Test
    void prefixOrganisationsOfModelSurfaces() {
        AnnotatedDocument doc = Docs.of("Orca Labs stellte Orca Labs Nova vor, dazu Orca-Labs-Mini und Nova. "
                + "Orca Labs Nova schlug Orca Labs Nova.", "de", null, "org/orca-labs=Orca Labs");
        MentionIndex index = MentionIndex.of(doc);
        for (int round = 0; round < 2; round++) { // the second answer comes from the per-surface cache
            assertEquals("org/orca-labs", index.prefixOrg("Orca Labs Nova"));
            assertEquals("org/orca-labs", index.prefixOrg("Orca Labs-Mini"));
            assertNull(index.prefixOrg("Nova"), "no space or hyphen inside");
            assertNull(index.prefixOrg("Orca Labs"), "the label alone names no model");
            assertNull(index.prefixOrg("Orcas Nova"));
        }
    }
}
