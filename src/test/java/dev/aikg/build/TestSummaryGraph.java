package dev.aikg.build;

import dev.aikg.Namespaces;
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
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The summary graph a build keeps: counts follow added, changed and pruned articles, and equal a recount from scratch. */
class TestSummaryGraph {
    private static final Node SUMMARY = NodeFactory.createURI(Namespaces.SUMMARY_GRAPH);
    private static final Node NVIDIA = NodeFactory.createURI(Namespaces.ID + "org/nvidia");
    private static final Node HUANG = NodeFactory.createURI(Namespaces.ID + "person/jensen-huang");
    private static final Node AIKG_KEY = NodeFactory.createURI(Namespaces.AIKG + "key");
    private static final Node ARTICLES = NodeFactory.createURI(Namespaces.AIKG + "articleCount");
    private static final Node MENTIONS = NodeFactory.createURI(Namespaces.AIKG + "mentionCount");
    private static final Node RANK = NodeFactory.createURI(Namespaces.AIKG + "rank");

    @TempDir
    Path tmp;

    BuildFixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new BuildFixture(tmp);
    }

    private void article(String name, String text) {
        BuildFixture.write(fx.articles.resolve(name), text);
    }

    private Set<Quad> summary() {
        Set<Quad> s = new HashSet<>();
        for (Quad q : fx.quads()) if (q.getGraph().equals(SUMMARY)) s.add(q);
        return s;
    }

    private long count(Node entity, Node property) {
        return summary().stream().filter(q -> q.getSubject().equals(entity) && q.getPredicate().equals(property))
                .mapToLong(q -> ((Number) q.getObject().getLiteralValue()).longValue()).findFirst().orElse(0);
    }

    private Set<Quad> recountedFromScratch() {
        return SummaryRecount.recounted(fx.store, SummaryGraph.WRITE_OUT_KEYS);
    }

    @Test
    void countsFollowChangedAndPrunedArticlesAndEqualARecount() throws IOException {
        article("one.txt", "Chipaktien im Fokus\n\nDer Konzern Nvidia meldete hohe Umsätze. Nvidia-Chef Jensen Huang lobte die Nachfrage.\n");
        article("two.txt", "Neue Rechenzentren\n\nNvidia liefert mehr Grafikprozessoren als je zuvor, sagte Jensen Huang am Montag.\n");
        article("three.txt", "Quarterly results\n\nNvidia beat estimates again, and its shares rose in late trading.\n");
        fx.build(false, false);
        assertEquals(3, count(NVIDIA, ARTICLES));
        assertTrue(count(NVIDIA, MENTIONS) >= 4, "four mentions of Nvidia at least: " + count(NVIDIA, MENTIONS));
        assertEquals(2, count(HUANG, ARTICLES));
        assertEquals(1, count(NVIDIA, RANK), "the entity in the most articles ranks first");
        Node topRanked = NodeFactory.createURI(Namespaces.AIKG + "topRanked");
        assertTrue(summary().contains(Quad.create(SUMMARY, org.apache.jena.vocabulary.OWL.Thing.asNode(), topRanked, NVIDIA)),
                "the overall ranking's head links its ranked entities");
        assertTrue(summary().contains(Quad.create(SUMMARY, NodeFactory.createURI(Namespaces.AIKG + "Organization"), topRanked, NVIDIA)),
                "so does each type's class");
        assertTrue(summary().contains(Quad.create(SUMMARY, NVIDIA, AIKG_KEY, NodeFactory.createLiteralString("nvidia"))));
        assertEquals(recountedFromScratch(), summary(), "a fresh build's summary is the recount");

        article("three.txt", "Quarterly results\n\nThe chip maker beat estimates again, and its shares rose in late trading.\n");
        fx.build(false, false);
        assertEquals(2, count(NVIDIA, ARTICLES), "a changed article no longer names Nvidia");
        assertEquals(recountedFromScratch(), summary(), "after a changed article");

        Files.delete(fx.articles.resolve("two.txt"));
        fx.build(false, true);
        assertEquals(1, count(NVIDIA, ARTICLES));
        assertEquals(1, count(HUANG, ARTICLES));
        assertEquals(recountedFromScratch(), summary(), "after a pruned article");
    }

    @Test
    void lexiconEntitiesHaveDirectoryEntriesAndTheirFactsEvenWhenNoArticleNamesThem() {
        article("one.txt", "Quarterly results\n\nThe market was calm on Tuesday, with few trades before the holiday.\n");
        fx.build(false, false);
        Set<Quad> s = summary();
        assertTrue(s.contains(Quad.create(SUMMARY, HUANG, AIKG_KEY, NodeFactory.createLiteralString("jensen huang"))), s.toString());
        assertTrue(s.contains(Quad.create(SUMMARY, HUANG, NodeFactory.createURI(Namespaces.AIKG + "ceoOf"), NVIDIA)),
                "the lexicon's fact, once, in the fact graph");
        assertFalse(s.stream().anyMatch(q -> q.getPredicate().equals(ARTICLES)), "no article mentions anything: " + s);
        assertEquals(recountedFromScratch(), s);
    }

    @Test
    void anEntityTheLexiconLearnsLaterBecomesLinkedUnderTheSameLabel() {
        DatasetGraph dsg = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        Node g = NodeFactory.createURI(Namespaces.graphOf("a"));
        Node e = NodeFactory.createURI(Namespaces.ID + "org/brightline");
        Node label = NodeFactory.createLiteralString("Brightline");
        Node linked = NodeFactory.createURI(Namespaces.AIKG + "linked");
        dsg.add(g, NodeFactory.createURI(Namespaces.docIri("a")), NodeFactory.createURI("https://schema.org/mentions"), e);
        dsg.add(g, e, org.apache.jena.vocabulary.RDFS.Nodes.label, label);
        SummaryGraph.rebuild(dsg);
        assertTrue(dsg.contains(SUMMARY, e, linked, NodeFactory.createLiteralDT("false", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean)));

        dsg.add(SummaryDelta.LEXICON, e, org.apache.jena.vocabulary.RDFS.Nodes.label, label);
        SummaryGraph.rebuild(dsg);
        assertTrue(dsg.contains(SUMMARY, e, linked, NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean)),
                "same label, now in the lexicon");
        assertEquals(1, dsg.stream(SUMMARY, e, linked, Node.ANY).count());
    }
    @Test
    void aSummaryFromAnOlderVersionIsRecountedWholeOnTheNextBuild() {
        article("one.txt", "Chipaktien im Fokus\n\nDer Konzern Nvidia meldete hohe Umsätze. Nvidia-Chef Jensen Huang lobte die Nachfrage.\n");
        fx.build(false, false);
        Set<Quad> current = summary();
        Node topFact = NodeFactory.createURI(Namespaces.AIKG + "topFact");
        assertTrue(current.stream().anyMatch(q -> q.getPredicate().equals(topFact)), "links to top facts: " + current);
        // What an older version left: no top-fact links, a stale count, an older version recorded.
        try (KnowledgeStore ks = KnowledgeStore.open(fx.store)) {
            DatasetGraph dsg = ks.datasetGraph();
            dsg.executeWrite(() -> {
                dsg.deleteAny(SUMMARY, Node.ANY, topFact, Node.ANY);
                dsg.add(SUMMARY, NVIDIA, RANK, NodeFactory.createLiteralString("stale"));
                ks.recordHash(SUMMARY, "aikg-summary-1");
            });
        }
        assertFalse(summary().equals(current));
        fx.build(false, false);
        assertEquals(current, summary(), "no article changed, yet the summary is recounted");
        assertEquals(recountedFromScratch(), summary());
    }
}
