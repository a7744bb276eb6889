package dev.aikg.build;

import dev.aikg.Namespaces;
import dev.aikg.rdf.ExtractionMapper;
import dev.aikg.rdf.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Updating the ranked lists from their members and the retallied nodes gives the lists a ranking of
 * every tally gives, or declines; it never leaves a wrong list.
 */
class TestRankedLists {
    private static final Node G = SummaryGraph.GRAPH;

    private final DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    private final List<Node> nodes = new ArrayList<>();

    private static Node entity(String kind, int i) { return NodeFactory.createURI(Namespaces.ID + kind + "/n" + i); }

    private static Node fact(String predicate, int i) {
        return NodeFactory.createURI(Namespaces.ID + "fact/" + predicate + "/f" + i);
    }

    /** Sets a node's tally; zero articles removes it, as the summary does. */
    private void tally(Node n, long articles, long mentions) {
        dsg.deleteAny(G, n, Vocab.ARTICLE_COUNT, Node.ANY);
        dsg.deleteAny(G, n, Vocab.MENTION_COUNT, Node.ANY);
        if (articles == 0) return;
        dsg.add(G, n, Vocab.ARTICLE_COUNT, ExtractionMapper.integer(articles));
        if (SummaryGraph.factPredicate(n.getURI()) == null) dsg.add(G, n, Vocab.MENTION_COUNT, ExtractionMapper.integer(mentions));
    }

    private long articles(Node n) { return SummaryGraph.stored(dsg, n, Vocab.ARTICLE_COUNT); }

    /** The places queries read: ranks and the top links. */
    private static Set<Quad> places(DatasetGraph d) {
        return select(d, List.of(Vocab.RANK, Vocab.RANK_IN_TYPE, Vocab.TOP_RANKED));
    }

    /** The runners-up a list keeps for its next update. */
    private static Set<Quad> reserve(DatasetGraph d) { return select(d, List.of(Vocab.NEXT_RANKED)); }

    private static Set<Quad> select(DatasetGraph d, List<Node> predicates) {
        Set<Quad> out = new HashSet<>();
        for (Node p : predicates) d.find(G, Node.ANY, p, Node.ANY).forEachRemaining(out::add);
        return out;
    }

    /** A copy of the store ranked from every tally. */
    private DatasetGraph rankedFromScratch() {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        dsg.find().forEachRemaining(copy::add);
        RankedLists.rankAll(copy);
        return copy;
    }

    private void populate(Random random) {
        String[] kinds = {"person", "org", "model"};
        for (int i = 0; i < 420; i++) nodes.add(entity(kinds[i % 3], i));
        for (int i = 0; i < 260; i++) nodes.add(fact(i % 2 == 0 ? "founderOf" : "developedBy", i));
        for (int i = 0; i < 30; i++) nodes.add(fact("trainedOn", 1000 + i));   // a list shorter than TOP
        for (Node n : nodes) tally(n, 1 + random.nextInt(40), random.nextInt(90));
        RankedLists.rankAll(dsg);
    }

    @Test
    void updatesAgreeWithAFullRankingOrDecline() {
        Random random = new Random(7);
        populate(random);
        assertEquals(100, dsg.stream(G, OWL.Thing.asNode(), Vocab.TOP_RANKED, Node.ANY).count());
        int updated = 0, declined = 0;
        for (int round = 0; round < 60; round++) {
            Set<Node> retallied = new HashSet<>();
            int changes = 1 + random.nextInt(12);
            for (int c = 0; c < changes; c++) {
                Node n = nodes.get(random.nextInt(nodes.size()));
                long a = articles(n);
                // Mostly small rises (a new article), some falls and removals (revised or pruned ones).
                long now = switch (random.nextInt(6)) {
                    case 0 -> 0;
                    case 1 -> Math.max(0, a - 1 - random.nextInt(20));
                    default -> a + 1 + random.nextInt(3);
                };
                tally(n, now, random.nextInt(90));
                retallied.add(n);
            }
            DatasetGraph expected = rankedFromScratch();
            if (RankedLists.update(dsg, retallied)) {
                updated++;
                assertEquals(places(expected), places(dsg), "round " + round);
                // The runners-up kept are the head of the true runners-up: never one an outsider passed.
                assertTrue(reserve(expected).containsAll(reserve(dsg)), "round " + round);
            } else {
                declined++;
                RankedLists.rankAll(dsg);
                assertEquals(places(expected), places(dsg));
            }
        }
        assertTrue(updated >= 50, "with runners-up kept, small changes settle without a full ranking: "
                + updated + " of 60 (" + declined + " declined)");
    }

    @Test
    void aShortListIsMarkedCompleteAndSettlesWhateverFalls() {
        populate(new Random(5));
        Node trainedOn = NodeFactory.createURI(Namespaces.AIKG + "trainedOn");
        assertTrue(dsg.contains(G, trainedOn, Vocab.RANKED_ALL, ExtractionMapper.bool(true)));
        assertFalse(dsg.contains(G, OWL.Thing.asNode(), Vocab.RANKED_ALL, ExtractionMapper.bool(true)));
        Set<Node> retallied = new HashSet<>();
        for (Node n : nodes) {
            if (n.getURI().contains("/trainedOn/")) {
                tally(n, retallied.size() % 2 == 0 ? 0 : 1, 0);
                retallied.add(n);
            }
        }
        DatasetGraph expected = rankedFromScratch();
        assertTrue(RankedLists.update(dsg, retallied), "every tally of the kind is a member");
        assertEquals(places(expected), places(dsg));
        assertEquals(15, dsg.stream(G, trainedOn, Vocab.TOP_RANKED, Node.ANY).count());
    }

    @Test
    void aMemberThatFallsBehindOutsidersIsNotSettledFromTheListAlone() {
        populate(new Random(3));
        // All but one of the members of the all-entities list (top and runners-up) touched and sunk:
        // outsiders nobody touched may now lead.
        List<Node> members = new ArrayList<>();
        for (Node link : List.of(Vocab.TOP_RANKED, Vocab.NEXT_RANKED)) {
            dsg.find(G, OWL.Thing.asNode(), link, Node.ANY).forEachRemaining(q -> members.add(q.getObject()));
        }
        assertEquals(200, members.size());
        Set<Node> retallied = new HashSet<>(members.subList(0, 199));
        for (Node n : retallied) tally(n, 1, 0);
        Set<Quad> before = select(dsg, List.of(Vocab.RANK, Vocab.RANK_IN_TYPE, Vocab.TOP_RANKED, Vocab.NEXT_RANKED));
        assertFalse(RankedLists.update(dsg, retallied));
        assertEquals(before, select(dsg, List.of(Vocab.RANK, Vocab.RANK_IN_TYPE, Vocab.TOP_RANKED, Vocab.NEXT_RANKED)),
                "nothing written when declining");
    }
}
