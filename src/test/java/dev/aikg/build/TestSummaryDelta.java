package dev.aikg.build;

import dev.aikg.Namespaces;
import dev.aikg.bench.corpus.CorpusGenerator;
import dev.aikg.bench.corpus.CorpusReviser;
import dev.aikg.store.KnowledgeStore;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The summary a build keeps from the quads it writes (never reading the article graphs back) equals a
 * recount from the store, over a generated corpus with many facts, roles, amounts and chip counts:
 * after the first build, after a revision of some articles, after a prune, and when the delta is
 * written out in many small parts.
 */
class TestSummaryDelta {
    private static final Node SUMMARY = NodeFactory.createURI(Namespaces.SUMMARY_GRAPH);
    private static final Node TALLY = NodeFactory.createURI(Namespaces.AIKG + "FactTally");
    private static final Node SAMPLE = NodeFactory.createURI(Namespaces.AIKG + "sampleEvidence");
    private static final Node AMOUNT = NodeFactory.createURI(Namespaces.AIKG + "amount");
    private static final Node ROLE = NodeFactory.createURI(Namespaces.AIKG + "role");

    @TempDir
    Path tmp;
    Path corpus;
    Path store;
    ReferenceData reference;

    @BeforeEach
    void generate() throws IOException {
        reference = ReferenceData.load(Path.of("ontology"), Path.of("data/lexicon"));
        corpus = tmp.resolve("corpus");
        store = tmp.resolve("kg");
        new CorpusGenerator(reference.lexicon()).generate(corpus, 160, 11, 0.5, false);
    }

    private void build(boolean prune) {
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            new Builder(reference).build(new BuildOptions(List.of(corpus), store, false, prune, 2, Compaction.NEVER), ks,
                    new BuildListener() { });
        }
    }

    private Set<Quad> summary() {
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            DatasetGraph dsg = ks.datasetGraph();
            return dsg.calculateRead(() -> SummaryRecount.summaryOf(dsg));
        }
    }

    private Set<Quad> recounted(int writeOutKeys) {
        return SummaryRecount.recounted(store, writeOutKeys);
    }

    private static long count(Set<Quad> summary, Node p, Node o) {
        return summary.stream().filter(q -> q.getPredicate().equals(p) && (o == null || q.getObject().equals(o))).count();
    }

    @Test
    void theKeptSummaryEqualsARecountThroughBuildsRevisionsAndPrunes() throws IOException {
        build(false);
        Set<Quad> first = summary();
        assertTrue(count(first, org.apache.jena.vocabulary.RDF.Nodes.type, TALLY) > 200, "many fact tallies");
        assertTrue(count(first, SAMPLE, null) > 200 && count(first, AMOUNT, null) > 5 && count(first, ROLE, null) > 5,
                "samples, amounts and roles to keep");
        assertEquals(recounted(SummaryGraph.WRITE_OUT_KEYS), first, "a first build's summary is the recount");

        assertEquals(16, new CorpusReviser(reference.lexicon()).revise(corpus, 10, 5).changed());
        build(false);
        Set<Quad> revised = summary();
        assertTrue(!revised.equals(first), "the revision changed some tallies");
        SummaryRecount.assertMatches(recounted(SummaryGraph.WRITE_OUT_KEYS), revised, "after 10 % of the articles changed");

        try (var files = Files.walk(corpus)) {
            List<Path> txt = files.filter(Files::isRegularFile).sorted().limit(12).toList();
            for (Path f : txt) Files.delete(f);
        }
        build(true);
        SummaryRecount.assertMatches(recounted(SummaryGraph.WRITE_OUT_KEYS), summary(), "after 12 articles were pruned");
    }

    @Test
    void writingTheDeltaOutInSmallPartsGivesTheSameSummary() {
        build(false);
        assertEquals(recounted(SummaryGraph.WRITE_OUT_KEYS), recounted(1), "written out after every article");
        assertEquals(summary(), recounted(50));
    }

    private static Node ev(int i) { return NodeFactory.createURI("https://w3id.org/aikg/doc/d" + (100 + i) + "#rel=" + i); }

    private static ArticleTallies.Evidence evidence(int i, String role, long chips) {
        return new ArticleTallies.Evidence(ev(i), role == null ? null : NodeFactory.createLiteralString(role), chips, null, null);
    }

    /** A revised article's evidence moves to new IRIs with what it brings unchanged: no recount unless it was a sample or took something away. */
    @Test
    void removedEvidenceIsRecountedOnlyWhereAddingCannotTell() {
        List<Node> samples = new ArrayList<>();
        for (int i = 0; i < SummaryGraph.SAMPLE_EVIDENCE; i++) samples.add(ev(i));

        SummaryDelta.FactChange moved = new SummaryDelta.FactChange();
        moved.remove(evidence(50, "CEO", 8));
        moved.add(evidence(51, "CEO", 8));
        assertFalse(moved.needsRecount(samples, 16), "moved behind the samples, same role and chips");
        assertFalse(moved.needsRecount(samples, 8), "the largest chip count is brought again");

        SummaryDelta.FactChange sample = new SummaryDelta.FactChange();
        sample.remove(evidence(3, "CEO", -1));
        sample.add(evidence(51, "CEO", -1));
        assertTrue(sample.needsRecount(samples, -1), "a sample went away");

        SummaryDelta.FactChange role = new SummaryDelta.FactChange();
        role.remove(evidence(50, "CEO", -1));
        role.add(evidence(51, "Chef", -1));
        assertTrue(role.needsRecount(samples, -1), "a role may have gone with it");

        SummaryDelta.FactChange chips = new SummaryDelta.FactChange();
        chips.remove(evidence(50, null, 16));
        chips.add(evidence(51, null, 4));
        assertTrue(chips.needsRecount(samples, 16), "the largest chip count went away");
        assertFalse(chips.needsRecount(samples, 32), "a larger one stays");

        SummaryDelta.FactChange gone = new SummaryDelta.FactChange();
        gone.articles = -1;
        gone.remove(evidence(50, null, -1));
        assertFalse(gone.needsRecount(samples, -1), "an article that no longer states it, behind the samples and bringing nothing");
        assertFalse(new SummaryDelta.FactChange().needsRecount(samples, -1), "nothing removed");
    }

    /**
     * A fact twelve articles state, and the last of them (by IRI, so behind the samples) revised so
     * that its evidence moves to new IRIs: the tally is kept by adding, without a recount, and still
     * equals one.
     */
    @Test
    void aRevisedArticleBehindTheSamplesKeepsTheTallyOfAFactManyState() throws IOException {
        Path many = tmp.resolve("many");
        Files.createDirectories(many);
        for (int i = 1; i <= 12; i++) {
            Files.writeString(many.resolve(String.format("chips-%02d.txt", i)), "Nvidia's chief at the fair\n\n"
                    + "Nvidia chief executive Jensen Huang said on Monday that demand for the H100 remained strong in week " + i + ".\n");
        }
        store = tmp.resolve("many-kg");
        corpus = many;
        build(false);
        Set<Quad> first = summary();
        assertEquals(recounted(SummaryGraph.WRITE_OUT_KEYS), first);
        assertEquals(SummaryGraph.SAMPLE_EVIDENCE, first.stream().filter(q -> q.getPredicate().equals(SAMPLE)
                && q.getSubject().getURI().contains("ceoOf")).count(), "ten samples of the CEO fact, twelve articles state it");

        Files.writeString(many.resolve("chips-12.txt"), "Nvidia's chief at the fair\n\nCorrection: an earlier version gave the wrong day.\n"
                + "Nvidia chief executive Jensen Huang said on Tuesday that demand for the H100 remained strong in week 12.\n");
        build(false);
        Set<Quad> revised = summary();
        SummaryRecount.assertMatches(recounted(SummaryGraph.WRITE_OUT_KEYS), revised, "after the last article was revised");
        assertEquals(first, revised, "the same tallies and samples: the moved evidence was behind them");
    }
}
