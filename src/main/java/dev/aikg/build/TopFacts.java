package dev.aikg.build;

import dev.aikg.rdf.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links each entity of the summary graph to its most-stated facts, {@value #PER_RELATION} per relation
 * and direction ({@code aikg:topFact}, entity → fact tally). A big name is one end of thousands of
 * facts, and a profile that reads them all grows with the store; through these links it reads at most
 * {@value #PER_RELATION} tallies per relation, whatever the store's size. Relinking an entity reads
 * only its own tallies (by the tally's subject and object index), so a build pays for the entities its
 * facts touched, not for the store.
 */
final class TopFacts {
    static final int PER_RELATION = 20;
    private static final Node GRAPH = SummaryGraph.GRAPH;

    private TopFacts() { }

    /** Relinks every IRI at either end of the touched facts. Call after their tallies are recounted. */
    static void refresh(DatasetGraph dsg, Set<Node> ends) {
        for (Node e : ends) if (e.isURI()) relink(dsg, e);
    }

    /** The subjects and objects of the facts, the entities whose top facts may have changed. */
    static Set<Node> endsOf(Iterable<Triple> facts) {
        Set<Node> ends = new HashSet<>();
        for (Triple f : facts) {
            ends.add(f.getSubject());
            ends.add(f.getObject());
        }
        return ends;
    }

    private static void relink(DatasetGraph dsg, Node e) {
        Map<String, List<Ranked>> groups = new HashMap<>();
        collect(dsg, e, RDF.Nodes.subject, "->", groups);
        collect(dsg, e, RDF.Nodes.object, "<-", groups);
        Set<Quad> want = new HashSet<>();
        for (List<Ranked> group : groups.values()) {
            group.sort(MOST_STATED);
            for (int i = 0; i < Math.min(PER_RELATION, group.size()); i++) {
                want.add(Quad.create(GRAPH, e, Vocab.TOP_FACT, group.get(i).tally()));
            }
        }
        List<Quad> gone = new ArrayList<>();
        dsg.find(GRAPH, e, Vocab.TOP_FACT, Node.ANY).forEachRemaining(q -> {
            if (!want.remove(q)) gone.add(q);
        });
        gone.forEach(dsg::delete);
        want.forEach(dsg::add);
    }

    /** The tallies with {@code e} at one end, grouped by direction and predicate (the tally IRI names the predicate). */
    private static void collect(DatasetGraph dsg, Node e, Node end, String direction, Map<String, List<Ranked>> groups) {
        Iterator<Quad> it = dsg.find(GRAPH, Node.ANY, end, e);
        while (it.hasNext()) {
            Node tally = it.next().getSubject();
            if (!tally.isURI()) continue;
            long articles = SummaryGraph.stored(dsg, tally, Vocab.ARTICLE_COUNT);
            if (articles == 0) continue;
            String iri = tally.getURI();
            String predicate = iri.substring(0, iri.lastIndexOf('/'));
            groups.computeIfAbsent(direction + predicate, k -> new ArrayList<>()).add(new Ranked(tally, articles));
        }
    }

    private record Ranked(Node tally, long articles) { }

    private static final Comparator<Ranked> MOST_STATED = Comparator
            .comparingLong(Ranked::articles).reversed()
            .thenComparing(r -> r.tally().getURI());
}
