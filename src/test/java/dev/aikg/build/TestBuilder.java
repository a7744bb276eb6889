package dev.aikg.build;

import dev.aikg.Namespaces;
import dev.aikg.annotate.AnnotatedDocument;
import dev.aikg.annotate.Annotator;
import dev.aikg.annotate.Layer;
import dev.aikg.annotate.Pipeline;
import dev.aikg.read.ReadProblem;
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
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds into a TDB2 store: skipping, replacing, pruning, rebuilding, reference graphs, failures. */
class TestBuilder {
    private static final Node SHA256 = NodeFactory.createURI(Namespaces.AIKG + "sha256");

    @TempDir
    Path tmp;

    BuildFixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new BuildFixture(tmp);
        fx.article("alpha.txt", 1);
        fx.article("beta.txt", 2);
        fx.article("gamma.txt", 3);
    }

    private static String docGraph(String id) { return Namespaces.graphOf(id); }

    private String sha256Literal(String id) {
        Node doc = NodeFactory.createURI(Namespaces.docIri(id));
        return fx.graph(docGraph(id)).stream()
                .filter(q -> q.getSubject().equals(doc) && q.getPredicate().equals(SHA256))
                .map(q -> q.getObject().getLiteralLexicalForm()).findFirst().orElseThrow();
    }

    @Test
    void firstBuildWritesEveryDocumentAndTheReferenceGraphs() {
        BuildReport r = fx.build(false, false);
        assertEquals(3, r.read());
        assertEquals(3, r.written());
        assertEquals(0, r.skipped());
        assertEquals(0, r.failed());
        assertTrue(r.quads() > 0);
        assertEquals(Set.of(docGraph("alpha"), docGraph("beta"), docGraph("gamma"),
                Namespaces.ONTOLOGY_GRAPH, Namespaces.LEXICON_GRAPH, Namespaces.SUMMARY_GRAPH), fx.graphs());
        assertFalse(fx.graph(Namespaces.LEXICON_GRAPH).isEmpty());
        assertFalse(fx.graph(Namespaces.ONTOLOGY_GRAPH).isEmpty());
        try (KnowledgeStore ks = KnowledgeStore.open(fx.store)) {
            assertTrue(KnowledgeStore.exists(fx.store));
            Map<String, String> hashes = ks.recordedHashes();
            assertEquals(6, hashes.size(), "three articles, ontology, lexicon, summary version: " + hashes);
            assertEquals(SummaryGraph.VERSION, hashes.get(Namespaces.SUMMARY_GRAPH));
            assertTrue(hashes.get(docGraph("alpha")).startsWith(sha256Literal("alpha") + ":"));
        }
    }

    @Test
    void buildingTwiceWritesNothingAndTheStoreDoesNotGrow() {
        fx.build(false, false);
        DatasetGraph first = fx.copy();
        Set<Quad> firstQuads = fx.quads();
        long size = fx.sizeOnDisk();

        BuildReport second = fx.build(false, false);
        assertEquals(0, second.written(), second.summary());
        assertEquals(3, second.skipped(), second.summary());
        assertEquals(0, second.quads());
        assertEquals(0, second.failed());
        assertTrue(BuildFixture.isomorphic(first, fx.copy()), "store changed by a build with nothing to do");
        assertEquals(firstQuads, fx.quads());
        assertEquals(size, fx.sizeOnDisk(), "store grew on a build with nothing to do");
        assertEquals(size, second.storeBytes());
    }

    @Test
    void aChangedArticleReplacesOnlyItsOwnGraph() {
        fx.build(false, false);
        Set<Quad> alpha = fx.graph(docGraph("alpha"));
        Set<Quad> gamma = fx.graph(docGraph("gamma"));
        Set<Quad> lexicon = fx.graph(Namespaces.LEXICON_GRAPH);
        String oldSha = sha256Literal("beta");
        Set<Quad> oldBeta = fx.graph(docGraph("beta"));

        fx.article("beta.txt", 22);
        BuildReport r = fx.build(false, false);
        assertEquals(1, r.written(), r.summary());
        assertEquals(2, r.skipped(), r.summary());

        assertEquals(alpha, fx.graph(docGraph("alpha")));
        assertEquals(gamma, fx.graph(docGraph("gamma")));
        assertEquals(lexicon, fx.graph(Namespaces.LEXICON_GRAPH));
        String newSha = sha256Literal("beta");
        assertNotEquals(oldSha, newSha);
        Set<Quad> newBeta = fx.graph(docGraph("beta"));
        assertEquals(1, newBeta.stream().filter(q -> q.getPredicate().equals(SHA256)).count(),
                "old graph content left behind: " + newBeta);
        assertEquals(oldBeta.size(), newBeta.size(), "replacing, not adding");
        assertTrue(newBeta.stream().anyMatch(q -> q.getObject().isLiteral()
                && q.getObject().getLiteralLexicalForm().equals("Bericht Nummer 22")), newBeta.toString());
    }

    @Test
    void pruneDropsOnlyTheGraphOfARemovedArticle() throws IOException {
        fx.build(false, false);
        Set<Quad> alpha = fx.graph(docGraph("alpha"));
        Files.delete(fx.articles.resolve("beta.txt"));

        BuildReport kept = fx.build(false, false);
        assertEquals(0, kept.pruned());
        assertTrue(fx.graphs().contains(docGraph("beta")), "without --prune the graph stays");

        BuildReport pruned = fx.build(false, true);
        assertEquals(1, pruned.pruned(), pruned.summary());
        assertEquals(Set.of(docGraph("alpha"), docGraph("gamma"), Namespaces.ONTOLOGY_GRAPH,
                Namespaces.LEXICON_GRAPH, Namespaces.SUMMARY_GRAPH), fx.graphs());
        assertEquals(alpha, fx.graph(docGraph("alpha")));
        try (KnowledgeStore ks = KnowledgeStore.open(fx.store)) {
            assertFalse(ks.recordedHashes().containsKey(docGraph("beta")), "hash of a pruned graph kept");
        }
    }

    @Test
    void pruneIsIgnoredWithAWarningWhenAnInputIsMissing() {
        Path alpha = fx.articles.resolve("alpha.txt");
        Path beta = fx.articles.resolve("beta.txt");
        fx.build(false, false);
        Set<Quad> before = fx.quads();

        BuildReport r = fx.build(false, true, alpha, tmp.resolve("nowhere"));
        assertEquals(0, r.pruned(), r.summary());
        assertEquals(1, r.failed(), "a missing input is a failure: " + r.summary());
        assertEquals(before, fx.quads());
        List<String> messages = BuildFixture.messages(fx.problems);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("warning:") && m.contains("--prune ignored")),
                messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("nowhere") && m.contains("no such file")),
                messages.toString());

        // With every input present, prune goes ahead.
        fx.problems.clear();
        BuildReport ok = fx.build(false, true, alpha, beta);
        assertEquals(1, ok.pruned(), ok.summary());
        assertFalse(fx.graphs().contains(docGraph("gamma")));
    }

    @Test
    void pruneKeepsTheGraphOfAnArticleThatFailedToRead() throws IOException {
        fx.build(false, false);
        Set<Quad> beta = fx.graph(docGraph("beta"));
        // The file is still in the inputs but unreadable this time (binary garbage written over it).
        Files.write(fx.articles.resolve("beta.txt"), new byte[]{0, 1, 2, 3, 0, 0, 7});
        BuildReport r = fx.build(false, true);
        assertEquals(1, r.failed(), r.summary());
        assertEquals(0, r.pruned(), "an input that failed to read is not a removed input: " + r.summary());
        assertTrue(BuildFixture.messages(fx.problems).stream().anyMatch(m -> m.contains("--prune ignored")),
                fx.problems.toString());
        assertEquals(beta, fx.graph(docGraph("beta")));
    }

    @Test
    void rebuildStartsFromAnEmptyStore() throws IOException {
        fx.build(false, false);
        Files.delete(fx.articles.resolve("gamma.txt"));
        fx.article("delta.txt", 4);

        BuildReport r = fx.build(true, false);
        assertEquals(3, r.written(), r.summary());
        assertEquals(0, r.skipped());
        assertEquals(Set.of(docGraph("alpha"), docGraph("beta"), docGraph("delta"), Namespaces.ONTOLOGY_GRAPH,
                Namespaces.LEXICON_GRAPH, Namespaces.SUMMARY_GRAPH), fx.graphs());
        try (KnowledgeStore ks = KnowledgeStore.open(fx.store)) {
            assertEquals(6, ks.recordedHashes().size(), ks.recordedHashes().toString());
        }
        // And the result is what a build into a fresh store gives.
        DatasetGraph rebuilt = fx.copy();
        BuildFixture fresh = fx;
        fx = null;
        try {
            BuildFixture other = new BuildFixture(tmp.resolve("other"));
            Files.copy(fresh.articles.resolve("alpha.txt"), other.articles.resolve("alpha.txt"));
            Files.copy(fresh.articles.resolve("beta.txt"), other.articles.resolve("beta.txt"));
            Files.copy(fresh.articles.resolve("delta.txt"), other.articles.resolve("delta.txt"));
            Files.copy(fresh.lexicon.resolve("tiny.ttl"), other.lexicon.resolve("tiny.ttl"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            other.build(false, false);
            assertEquals(withoutSources(rebuilt), withoutSources(other.copy()));
        } finally {
            fx = fresh;
        }
    }

    /** Quads of a store copy without aikg:source / blank-node graphs, so two temp dirs compare. */
    private static Set<String> withoutSources(DatasetGraph dsg) {
        Set<String> out = new java.util.HashSet<>();
        dsg.find().forEachRemaining(q -> {
            if (q.getPredicate().getURI().endsWith("#source")) return;
            if (q.getSubject().isBlank() || q.getObject().isBlank()) return;
            out.add(q.toString());
        });
        return out;
    }

    @Test
    void referenceGraphsAreLoadedOnceAndReplacedWhenTheirFilesChange() throws IOException {
        Path ontology = Files.createDirectories(tmp.resolve("ontology"));
        try (Stream<Path> s = Files.list(Path.of("ontology"))) {
            for (Path p : s.toList()) Files.copy(p, ontology.resolve(p.getFileName()));
        }
        fx.build(new Builder(fx.reference(ontology)), false, false);
        Set<Quad> onto = fx.graph(Namespaces.ONTOLOGY_GRAPH);
        Set<Quad> lex = fx.graph(Namespaces.LEXICON_GRAPH);
        Set<Quad> alpha = fx.graph(docGraph("alpha"));
        long size = fx.sizeOnDisk();

        BuildReport again = fx.build(new Builder(fx.reference(ontology)), false, false);
        assertEquals(0, again.quads(), "reference graphs written again: " + again.summary());
        assertEquals(onto, fx.graph(Namespaces.ONTOLOGY_GRAPH), "ontology reloaded although unchanged");
        assertEquals(size, fx.sizeOnDisk());

        // A changed ontology replaces the ontology graph only.
        Node marker = NodeFactory.createURI(Namespaces.AIKG + "testMarker");
        Files.writeString(ontology.resolve("extra.ttl"),
                "<" + marker.getURI() + "> a <http://www.w3.org/2002/07/owl#AnnotationProperty> .\n");
        BuildReport ontoChanged = fx.build(new Builder(fx.reference(ontology)), false, false);
        assertEquals(0, ontoChanged.written(), ontoChanged.summary());
        Set<Quad> onto2 = fx.graph(Namespaces.ONTOLOGY_GRAPH);
        assertTrue(onto2.stream().anyMatch(q -> q.getSubject().equals(marker)));
        assertEquals(onto.size() + 1, onto2.size(), "ontology graph not replaced but added to");
        assertEquals(lex, fx.graph(Namespaces.LEXICON_GRAPH));
        assertEquals(alpha, fx.graph(docGraph("alpha")));

        Files.delete(ontology.resolve("extra.ttl"));
        fx.build(new Builder(fx.reference(ontology)), false, false);
        assertEquals(onto.size(), fx.graph(Namespaces.ONTOLOGY_GRAPH).size(), "a removed file's triples stay");

        // A changed lexicon replaces the lexicon graph and re-extracts every document.
        Files.writeString(fx.lexicon.resolve("tiny.ttl"), BuildFixture.LEXICON.replace("\"Santa Clara\"",
                "\"Santa Clara, CA\""));
        BuildReport lexChanged = fx.build(false, false);
        assertEquals(3, lexChanged.written(), lexChanged.summary());
        Set<Quad> lex2 = fx.graph(Namespaces.LEXICON_GRAPH);
        assertEquals(lex.size(), lex2.size());
        assertTrue(lex2.stream().anyMatch(q -> q.getObject().isLiteral()
                && q.getObject().getLiteralLexicalForm().equals("Santa Clara, CA")));
        assertFalse(lex2.stream().anyMatch(q -> q.getObject().isLiteral()
                && q.getObject().getLiteralLexicalForm().equals("Santa Clara")));
    }

    /** A stage that fails on documents containing a marker word. */
    private static final class Exploding implements Annotator {
        @Override public String name() { return "exploding"; }
        @Override public Set<Layer> requires() { return Set.of(); }
        @Override public Set<Layer> assigns() { return Set.of(Layer.SENTENCES); }
        @Override public void annotate(AnnotatedDocument doc) {
            if (doc.text().contains("Quartal 2 ")) throw new IllegalStateException("stage blew up");
        }
    }

    @Test
    void aStageThatThrowsOnOneDocumentFailsThatDocumentOnly() {
        fx.build(false, false);
        Set<Quad> before = fx.graph(docGraph("beta"));
        fx.article("alpha.txt", 11);
        BuildFixture.write(fx.articles.resolve("beta.txt"),
                "Neu\n\nDie Nachfrage im Quartal 2 war hoch, sagte der Konzern.\n");

        BuildReport r = fx.build(fx.builder(new Pipeline(List.of(new Exploding()))), false, false);
        assertEquals(1, r.failed(), r.summary());
        assertEquals(1, r.written(), r.summary());
        assertEquals(before, fx.graph(docGraph("beta")), "the failed document's old graph must stay");
        List<ReadProblem> errors = fx.problems.stream().filter(ReadProblem::fatal).toList();
        assertEquals(1, errors.size(), fx.problems.toString());
        String line = errors.get(0).format();
        assertTrue(line.contains("beta.txt") && line.contains("stage blew up"), line);
        assertFalse(line.contains("\n"), line);

        // Not recorded as built: the next build tries it again.
        BuildReport again = fx.build(false, false);
        assertEquals(1, again.written(), again.summary());
        assertNotEquals(before, fx.graph(docGraph("beta")));
    }

    @Test
    void anUnchangedDocumentSkippedUnparsedStillClaimsItsIdAgainstACopy() throws IOException {
        fx.build(false, false);
        Path copy = BuildFixture.write(fx.root.resolve("more/alpha.txt"),
                Files.readString(fx.articles.resolve("alpha.txt")));
        BuildReport r = fx.build(false, false, fx.articles, copy.getParent());
        assertEquals(3, r.skipped(), r.summary());
        assertEquals(0, r.written(), r.summary());
        assertEquals(1, r.failed(), r.summary());
        assertEquals(1, fx.problems.size(), fx.problems.toString());
        assertEquals(copy, fx.problems.get(0).path());
        assertTrue(fx.problems.get(0).message().contains("appears twice"), fx.problems.toString());
    }

    @Test
    void aFailedJsonlDocumentIsReportedByFileAndIdNotByAMangledUrl() {
        Path feed = BuildFixture.write(fx.articles.resolve("feed.jsonl"),
                "{\"id\":\"boom\",\"url\":\"https://example.org/news/boom\","
                        + "\"text\":\"Im Quartal 2 lief es gut.\"}\n");
        BuildReport r = fx.build(fx.builder(new Pipeline(List.of(new Exploding()))), false, false, feed);
        assertEquals(1, r.failed(), r.summary());
        assertEquals(1, fx.problems.size(), fx.problems.toString());
        ReadProblem p = fx.problems.get(0);
        assertEquals(feed, p.path());
        assertTrue(p.message().startsWith("document \"boom\": extraction failed:"), p.message());
        assertTrue(p.message().contains("stage blew up"), p.message());
    }

    @Test
    void anErrorInsideTheWriteLeavesTheStoreAsItWas() throws IOException {
        Path ontology = Files.createDirectories(tmp.resolve("ontology"));
        try (Stream<Path> s = Files.list(Path.of("ontology"))) {
            for (Path p : s.toList()) Files.copy(p, ontology.resolve(p.getFileName()));
        }
        fx.build(new Builder(fx.reference(ontology)), false, false);
        Set<Quad> before = fx.quads();
        long size = fx.sizeOnDisk();

        // New and changed articles are written first; then the edited ontology fails to parse,
        // in the same transaction.
        fx.article("alpha.txt", 100);
        fx.article("delta.txt", 4);
        Files.writeString(ontology.resolve("broken.ttl"), "@prefix x: <http://x/> .\nx:a x:b \"unterminated .\n");
        Builder b = new Builder(fx.reference(ontology));
        assertThrows(RuntimeException.class, () -> fx.build(b, false, false));
        assertEquals(before, fx.quads(), "a failed build changed the store");
        assertTrue(fx.sizeOnDisk() <= size * 2, "failed build left " + fx.sizeOnDisk() + " bytes");

        Files.delete(ontology.resolve("broken.ttl"));
        BuildReport ok = fx.build(new Builder(fx.reference(ontology)), false, false);
        assertEquals(2, ok.written(), ok.summary());
    }

    @Test
    void aFailureWhileReadingInputsLeavesTheStoreAsItWas() {
        fx.build(false, false);
        Set<Quad> before = fx.quads();
        fx.article("alpha.txt", 100);
        BuildFixture.write(fx.articles.resolve("zeta.jsonl"), "not json\n");
        // The listener fails on the reader thread (say, its terminal went away) at the bad line.
        BuildListener failing = new BuildListener() {
            @Override
            public void problem(ReadProblem problem) { throw new IllegalStateException("listener failed"); }
        };
        try (KnowledgeStore ks = KnowledgeStore.open(fx.store)) {
            Builder b = new Builder(fx.reference());
            BuildOptions o = new BuildOptions(List.of(fx.articles), fx.store, false, true, 2);
            assertThrows(RuntimeException.class, () -> b.build(o, ks, failing));
        }
        assertEquals(before, fx.quads(), "a build whose reader failed was committed (and pruned)");
    }
}
