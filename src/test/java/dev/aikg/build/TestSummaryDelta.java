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
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
