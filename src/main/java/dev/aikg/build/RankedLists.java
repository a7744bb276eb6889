package dev.aikg.build;

import dev.aikg.rdf.ExtractionMapper;
import dev.aikg.rdf.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The summary graph's ranked lists of the {@value SummaryGraph#TOP} most written about: all entities
 * (head owl:Thing, {@code aikg:rank}), each entity type (head its class, {@code aikg:rankInType}) and
 * the facts of each predicate (head the predicate, {@code aikg:rank}), linked from the head by
 * {@code aikg:topRanked}. Ranked by articles, then mentions, then IRI, so a list never depends on the
 * order the articles came in.
 *
 * <p>Reading every tally costs time in proportion to the store, on every build. So each list also
 * keeps up to {@value #RESERVE} runners-up ({@code aikg:nextRanked}), and its head says when its
 * members are every tally of the kind ({@code aikg:rankedAll}). What holds between builds: every
 * tally that is not a member ranks behind every member. A build that rewrote a few tallies ranks the
 * members together with those tallies; a tally the build did not touch stays behind the untouched
 * members, so the candidates up to the last untouched member are the true head of the ranking. That
 * settles the list when they are at least {@value SummaryGraph#TOP}; the members kept are that head,
 * which keeps the rule true. Otherwise (members fell behind where outsiders may be) every tally is
 * read again.
 */
final class RankedLists {
    private static final Node GRAPH = SummaryGraph.GRAPH;
    private static final int TOP = SummaryGraph.TOP;
    static final int RESERVE = 100;
    private static final int KEPT = TOP + RESERVE;
    private static final Node ALL_ENTITIES = OWL.Thing.asNode();
    private static final Node TRUE = ExtractionMapper.bool(true);
    private static final List<Node> MEMBER_LINKS = List.of(Vocab.TOP_RANKED, Vocab.NEXT_RANKED);

    private RankedLists() { }

    /** One tallied node with what it is ranked by. */
    record Tally(Node node, long articles, long mentions) { }

    static final Comparator<Tally> MOST_WRITTEN_ABOUT = Comparator
            .comparingLong(Tally::articles).reversed()
            .thenComparing(Comparator.comparingLong(Tally::mentions).reversed())
            .thenComparing(t -> t.node().getURI());

    /** One ranked list: its head and the property that carries a member's place in it. */
    private record Ranking(Node head, Node property) { }

    /** The lists a tally node belongs to: all entities and its type's, or its predicate's facts. */
    private static List<Ranking> rankingsOf(Node n) {
        String predicate = SummaryGraph.factPredicate(n.getURI());
        if (predicate != null) return List.of(new Ranking(Vocab.aikg(predicate), Vocab.RANK));
        Ranking all = new Ranking(ALL_ENTITIES, Vocab.RANK);
        String type = SummaryGraph.typeOf(n.getURI());
        return type == null ? List.of(all) : List.of(all, new Ranking(Vocab.aikg(type), Vocab.RANK_IN_TYPE));
    }

    /** Ranks every list from every tally in the summary. */
    static void rankAll(DatasetGraph dsg) {
        Map<Ranking, List<Tally>> lists = new HashMap<>();
        Iterator<Quad> it = dsg.find(GRAPH, Node.ANY, Vocab.ARTICLE_COUNT, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            Node n = q.getSubject();
            if (!n.isURI()) continue;
            Tally t = tally(dsg, n, ((Number) q.getObject().getLiteralValue()).longValue());
            for (Ranking r : rankingsOf(n)) lists.computeIfAbsent(r, k -> new ArrayList<>()).add(t);
        }
        Set<Quad> want = new HashSet<>();
        lists.forEach((r, tallies) -> {
            tallies.sort(MOST_WRITTEN_ABOUT);
            places(r, tallies.subList(0, Math.min(KEPT, tallies.size())), tallies.size() <= KEPT, want);
        });
        // Most places survive a build: only the ones that moved are rewritten.
        List<Quad> gone = new ArrayList<>();
        for (Node p : List.of(Vocab.RANK, Vocab.RANK_IN_TYPE, Vocab.TOP_RANKED, Vocab.NEXT_RANKED, Vocab.RANKED_ALL)) {
            dsg.find(GRAPH, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                if (!want.remove(q)) gone.add(q);
            });
        }
        gone.forEach(dsg::delete);
        want.forEach(dsg::add);
    }

    /**
     * Updates the lists the retallied nodes belong to from their members and those nodes alone.
     * False, with nothing written, when some list cannot be settled that way.
     */
    static boolean update(DatasetGraph dsg, Set<Node> retallied) {
        Map<Ranking, Set<Node>> changed = new HashMap<>();
        for (Node n : retallied) {
            if (!n.isURI()) continue;
            for (Ranking r : rankingsOf(n)) changed.computeIfAbsent(r, k -> new HashSet<>()).add(n);
        }
        Map<Ranking, Settled> settled = new HashMap<>();
        for (Map.Entry<Ranking, Set<Node>> e : changed.entrySet()) {
            Settled s = settle(dsg, e.getKey(), e.getValue());
            if (s == null) return false;
            settled.put(e.getKey(), s);
        }
        settled.forEach((r, s) -> rewrite(dsg, r, s, changed.get(r)));
        return true;
    }

    /** A list's members before the update, and its members after it, in order. */
    private record Settled(Set<Node> members, List<Tally> kept, boolean all) { }

    private static Settled settle(DatasetGraph dsg, Ranking r, Set<Node> changed) {
        Set<Node> members = new HashSet<>();
        for (Node link : MEMBER_LINKS) dsg.find(GRAPH, r.head(), link, Node.ANY).forEachRemaining(q -> members.add(q.getObject()));
        boolean wasAll = dsg.contains(GRAPH, r.head(), Vocab.RANKED_ALL, TRUE);
        Set<Node> candidates = new HashSet<>(members);
        candidates.addAll(changed);
        List<Tally> tallies = new ArrayList<>();
        for (Node n : candidates) {
            // A tally that fell to no articles is gone from the summary, and from the list.
            long articles = SummaryGraph.stored(dsg, n, Vocab.ARTICLE_COUNT);
            if (articles > 0) tallies.add(tally(dsg, n, articles));
        }
        tallies.sort(MOST_WRITTEN_ABOUT);
        if (wasAll) {
            // The candidates are every tally of the kind: any cut keeps the rule.
            return new Settled(members, tallies.subList(0, Math.min(KEPT, tallies.size())), tallies.size() <= KEPT);
        }
        int head = 0;
        for (int i = 0; i < tallies.size(); i++) {
            Node n = tallies.get(i).node();
            if (!changed.contains(n) && members.contains(n)) head = i + 1;
        }
        if (head < TOP) return null;
        return new Settled(members, tallies.subList(0, Math.min(KEPT, head)), false);
    }

    private static void rewrite(DatasetGraph dsg, Ranking r, Settled s, Set<Node> changed) {
        Set<Quad> want = new HashSet<>();
        places(r, s.kept(), s.all(), want);
        Set<Node> involved = new HashSet<>(s.members());
        involved.addAll(changed);
        Set<Quad> have = new HashSet<>();
        for (Node link : MEMBER_LINKS) dsg.find(GRAPH, r.head(), link, Node.ANY).forEachRemaining(have::add);
        dsg.find(GRAPH, r.head(), Vocab.RANKED_ALL, Node.ANY).forEachRemaining(have::add);
        for (Node n : involved) dsg.find(GRAPH, n, r.property(), Node.ANY).forEachRemaining(have::add);
        for (Quad q : have) if (!want.contains(q)) dsg.delete(q);
        for (Quad q : want) if (!have.contains(q)) dsg.add(q);
    }

    /** The quads of a list: the first TOP placed and linked from the head, the rest linked as runners-up. */
    private static void places(Ranking r, List<Tally> kept, boolean all, Set<Quad> into) {
        for (int i = 0; i < kept.size(); i++) {
            Node n = kept.get(i).node();
            if (i < TOP) {
                into.add(Quad.create(GRAPH, n, r.property(), ExtractionMapper.integer(i + 1)));
                into.add(Quad.create(GRAPH, r.head(), Vocab.TOP_RANKED, n));
            } else {
                into.add(Quad.create(GRAPH, r.head(), Vocab.NEXT_RANKED, n));
            }
        }
        if (all) into.add(Quad.create(GRAPH, r.head(), Vocab.RANKED_ALL, TRUE));
    }

    /** A node's tally: facts rank by articles alone, entities then by mentions. */
    private static Tally tally(DatasetGraph dsg, Node n, long articles) {
        boolean fact = SummaryGraph.factPredicate(n.getURI()) != null;
        return new Tally(n, articles, fact ? 0 : SummaryGraph.stored(dsg, n, Vocab.MENTION_COUNT));
    }
}
