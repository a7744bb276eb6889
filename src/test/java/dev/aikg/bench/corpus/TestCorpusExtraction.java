package dev.aikg.bench.corpus;

import dev.aikg.annotate.Pipeline;
import dev.aikg.annotate.Pipelines;
import dev.aikg.annotate.StageTimings;
import dev.aikg.model.Document;
import dev.aikg.model.Entity;
import dev.aikg.model.EntityType;
import dev.aikg.model.Extraction;
import dev.aikg.read.DocumentReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated corpus through the real reader and pipeline: it must be as dense as news the extractor knows. */
class TestCorpusExtraction {
    private static final int DOCS = 50;
    @TempDir
    static Path tmp;
    static Pipeline pipeline;
    static List<Document> docs;
    static List<Extraction> extractions = new ArrayList<>();

    @BeforeAll
    static void extract() throws Exception {
        new CorpusGenerator(CorpusFixture.LEXICON).generate(tmp.resolve("corpus"), DOCS, 42, 0.5, false);
        docs = new DocumentReader().readAll(List.of(tmp.resolve("corpus")), p -> { throw new AssertionError(p.format()); });
        pipeline = Pipelines.standard(CorpusFixture.LEXICON, StageTimings.NONE);
        for (Document d : docs) extractions.add(pipeline.extract(d));
    }

    @Test
    void readerTakesTitleDateAndLanguage() {
        assertEquals(DOCS, docs.size());
        for (Document d : docs) {
            assertNotNull(d.title(), d.id());
            assertTrue(d.published() != null && d.published().getYear() >= 2023 && d.published().getYear() <= 2026, d.id());
            assertTrue("de".equals(d.lang()) || "en".equals(d.lang()), d.id() + ": " + d.lang());
        }
        long german = docs.stream().filter(d -> "de".equals(d.lang())).count();
        assertTrue(german > 10 && german < 40, "German documents as guessed by the reader: " + german);
    }

    @Test
    void everyTypeOfEntityIsFoundSeveralTimesPerDocument() {
        Map<EntityType, Integer> byType = new EnumMap<>(EntityType.class);
        int linked = 0, unlinked = 0;
        for (Extraction x : extractions) {
            for (Entity e : x.entities()) {
                byType.merge(e.type(), 1, Integer::sum);
                if (e.linked()) linked++;
                else unlinked++;
            }
        }
        assertTrue(perDoc(byType.getOrDefault(EntityType.PERSON, 0)) >= 3, "people " + byType);
        assertTrue(perDoc(byType.getOrDefault(EntityType.ORGANIZATION, 0)) >= 6, "organisations " + byType);
        assertTrue(perDoc(byType.getOrDefault(EntityType.AI_MODEL, 0)) >= 1.2, "models " + byType);
        assertTrue(perDoc(byType.getOrDefault(EntityType.CHIP, 0)) >= 1.0, "chips " + byType);
        assertTrue(perDoc(linked) >= 8, "linked per document: " + perDoc(linked));
        assertTrue(perDoc(unlinked) >= 2, "unlinked (minted) per document: " + perDoc(unlinked));
    }

    @Test
    void relationsAndStockMovesAreFound() {
        int relations = 0, moves = 0;
        for (Extraction x : extractions) {
            relations += x.relations().size();
            moves += x.stockMoves().size();
        }
        assertTrue(perDoc(relations) >= 8, "relations per document: " + perDoc(relations));
        assertTrue(perDoc(moves) >= 2, "stock moves per document: " + perDoc(moves));
    }

    @Test
    void inventedNamesMintNewEntitiesThatDifferBetweenDocuments() {
        List<String> minted = new ArrayList<>();
        for (Extraction x : extractions) {
            for (Entity e : x.entities()) if (!e.linked() && e.type() == EntityType.PERSON) minted.add(e.id());
        }
        long distinct = minted.stream().distinct().count();
        assertTrue(distinct >= DOCS * 2, "distinct invented people in " + DOCS + " documents: " + distinct);
    }

    @Test
    void aRevisionChangesWhatIsExtracted() throws Exception {
        Path copy = tmp.resolve("revised");
        new CorpusGenerator(CorpusFixture.LEXICON).generate(copy, DOCS, 42, 0.5, false);
        assertEquals(20, new CorpusReviser(CorpusFixture.LEXICON).revise(copy, 40, 3).changed());
        List<Document> revised = new DocumentReader().readAll(List.of(copy), p -> { throw new AssertionError(p.format()); });
        int edited = 0, differ = 0;
        for (int i = 0; i < DOCS; i++) {
            if (revised.get(i).sha256().equals(docs.get(i).sha256())) continue;
            edited++;
            if (!facts(extractions.get(i)).equals(facts(pipeline.extract(revised.get(i))))) differ++;
        }
        assertEquals(20, edited, "edited files, by content hash");
        assertTrue(differ >= 18, "revisions that change the extracted facts, of 20: " + differ);
    }

    private static List<String> facts(Extraction x) {
        List<String> out = new ArrayList<>();
        x.entities().forEach(e -> out.add(e.id() + "/" + e.mentions().size()));
        x.relations().forEach(r -> out.add(r.subjectId() + " " + r.predicate() + " " + r.object()));
        x.stockMoves().forEach(m -> out.add(m.subjectId() + " " + m.changePct()));
        x.quantities().forEach(q -> out.add(q.kind() + " " + q.value()));
        return out;
    }

    private static double perDoc(int n) { return n / (double) DOCS; }
}
