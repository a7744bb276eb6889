package dev.aikg.build;

import dev.aikg.Namespaces;
import dev.aikg.model.Predicate;
import dev.aikg.rdf.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

import java.util.HashSet;
import java.util.Set;

/**
 * What a build touched that the summary graph tallies: entities an article mentions or the lexicon
 * names, facts an article states, days a stock move is dated. Fed with every quad a build adds and
 * every quad it removes, so the summary is recounted for exactly these keys.
 */
final class SummaryTouches {
    private static final String DOC_GRAPHS = Namespaces.GRAPH + "doc/";
    static final Node LEXICON = NodeFactory.createURI(Namespaces.LEXICON_GRAPH);
    private static final Set<Node> FACT_PREDICATES = new HashSet<>();

    static {
        for (Predicate p : Predicate.values()) FACT_PREDICATES.add(Vocab.aikg(p.label()));
    }

    private final Set<Node> entities = new HashSet<>();
    private final Set<Triple> facts = new HashSet<>();
    private final Set<Node> days = new HashSet<>();

    /**
     * Notes a quad that is added to or removed from the store. Article graphs count; so do the lexicon
     * graph's labels and facts, because the summary holds every lexicon entity and fact too.
     */
    void observe(Quad q) {
        if (q.getGraph().equals(LEXICON)) {
            if (q.getPredicate().equals(RDFS.Nodes.label)) entities.add(q.getSubject());
            else if (FACT_PREDICATES.contains(q.getPredicate())) facts.add(q.asTriple());
            return;
        }
        if (!isArticleGraph(q.getGraph())) return;
        Node p = q.getPredicate();
        if (p.equals(Vocab.SCHEMA_MENTIONS) || p.equals(Vocab.REFERS_TO)) {
            entities.add(q.getObject());
        } else if (p.equals(Vocab.ON_DATE)) {
            days.add(q.getObject());
        } else if (FACT_PREDICATES.contains(p)) {
            facts.add(q.asTriple());
        }
    }

    /** A stream that passes quads on to {@code out} and notes them here. */
    StreamRDF tee(StreamRDF out) {
        return new StreamRDFWrapper(out) {
            @Override
            public void quad(Quad quad) {
                observe(quad);
                super.quad(quad);
            }
        };
    }

    /** The predicates of article-graph quads that {@link #observe} notes. */
    static Set<Node> observedPredicates() {
        Set<Node> all = new HashSet<>(FACT_PREDICATES);
        all.add(Vocab.SCHEMA_MENTIONS);
        all.add(Vocab.REFERS_TO);
        all.add(Vocab.ON_DATE);
        return all;
    }

    static boolean isArticleGraph(Node g) { return g.isURI() && g.getURI().startsWith(DOC_GRAPHS); }

    Set<Node> entities() { return entities; }

    Set<Triple> facts() { return facts; }

    Set<Node> days() { return days; }

    boolean isEmpty() { return entities.isEmpty() && facts.isEmpty() && days.isEmpty(); }
}
