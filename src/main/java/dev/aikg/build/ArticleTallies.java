package dev.aikg.build;

import dev.aikg.rdf.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one article graph adds to the summary's tallies, read from the graph's own quads: the
 * entities it mentions (and how often), their labels, the facts it states with their evidence, and
 * the days its stock moves are dated. A build has these quads in hand when it writes or replaces an
 * article, so the summary is kept from them instead of being recounted from a store that may be many
 * times the page cache. Plain data: two tallies of the same graph are equal when the graph is.
 */
record ArticleTallies(Map<Node, Integer> mentioning, Map<Node, Integer> referring, Map<Node, Set<Node>> labels,
                      Map<Triple, List<Evidence>> facts, Map<Node, Integer> days) {

    /** A graph that holds nothing: the old side of a new article, the new side of a pruned one. */
    static final ArticleTallies NONE = of(Set.of());

    /**
     * One evidence record of a fact and what the summary keeps of it; {@code chips} is -1 when it
     * counts none, {@code value} and {@code unit} are null when it states no amount.
     */
    record Evidence(Node node, Node role, long chips, Node value, Node unit) { }

    /** The tallies of one graph's quads; the graph node of each quad is not looked at. */
    static ArticleTallies of(Set<Quad> quads) {
        Map<Node, Integer> mentioning = new HashMap<>(), referring = new HashMap<>(), days = new HashMap<>();
        Map<Node, Set<Node>> labels = new HashMap<>();
        Map<Triple, List<Evidence>> facts = new HashMap<>();
        // Evidence and amount nodes are described by several quads each, in any order: gathered first.
        Map<Node, Node[]> evidence = new HashMap<>();   // node → subject, predicate, object, role, chips, amount
        Map<Node, Node[]> amounts = new HashMap<>();    // node → value, unit
        for (Quad q : quads) {
            Node s = q.getSubject(), p = q.getPredicate(), o = q.getObject();
            if (p.equals(Vocab.SCHEMA_MENTIONS)) mentioning.merge(o, 1, Integer::sum);
            else if (p.equals(Vocab.REFERS_TO)) referring.merge(o, 1, Integer::sum);
            else if (p.equals(RDFS.Nodes.label)) labels.computeIfAbsent(s, k -> new HashSet<>()).add(o);
            else if (p.equals(Vocab.ON_DATE)) days.merge(o, 1, Integer::sum);
            else if (SummaryDelta.isFactPredicate(p)) facts.putIfAbsent(q.asTriple(), new ArrayList<>());
            else if (p.equals(RDF.Nodes.subject)) slot(evidence, s, 6)[0] = o;
            else if (p.equals(RDF.Nodes.predicate)) slot(evidence, s, 6)[1] = o;
            else if (p.equals(RDF.Nodes.object)) slot(evidence, s, 6)[2] = o;
            else if (p.equals(Vocab.ROLE)) slot(evidence, s, 6)[3] = o;
            else if (p.equals(Vocab.CHIP_COUNT)) slot(evidence, s, 6)[4] = o;
            else if (p.equals(Vocab.AMOUNT)) slot(evidence, s, 6)[5] = o;
            else if (p.equals(Vocab.SCHEMA_VALUE)) slot(amounts, s, 2)[0] = o;
            else if (p.equals(Vocab.SCHEMA_UNIT_TEXT)) slot(amounts, s, 2)[1] = o;
        }
        evidence.forEach((node, d) -> {
            if (d[0] == null || d[1] == null || d[2] == null) return;
            List<Evidence> of = facts.get(Triple.create(d[0], d[1], d[2]));
            if (of == null) return;   // evidence of a fact the graph does not state: the store's recount ignores it too
            long chips = d[4] == null ? -1 : ((Number) d[4].getLiteralValue()).longValue();
            Node[] amount = d[5] == null ? null : amounts.get(d[5]);
            boolean stated = amount != null && amount[0] != null && amount[1] != null;
            of.add(new Evidence(node, d[3], chips, stated ? amount[0] : null, stated ? amount[1] : null));
        });
        // Only what the summary keeps: labels of the entities the article mentions.
        labels.keySet().retainAll(mentioning.keySet());
        return new ArticleTallies(mentioning, referring, labels, facts, days);
    }

    private static Node[] slot(Map<Node, Node[]> map, Node key, int size) {
        return map.computeIfAbsent(key, k -> new Node[size]);
    }
}
