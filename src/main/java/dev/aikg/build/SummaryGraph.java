package dev.aikg.build;

import dev.aikg.Namespaces;
import dev.aikg.rdf.ExtractionMapper;
import dev.aikg.rdf.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Keeps the summary graph: tallies over all article graphs that catalog queries would otherwise
 * count by scanning the whole store on every run.
 * <ul>
 *   <li>per entity of the lexicon or the articles, a directory entry: its top class, one
 *       {@code rdfs:label}, its lookup {@code aikg:key} (the label in lower case) and {@code aikg:linked};</li>
 *   <li>per entity an article mentions: {@code aikg:articleCount} (articles that mention it) and {@code aikg:mentionCount};</li>
 *   <li>every fact the articles state or the lexicon knows, as a plain triple, once;</li>
 *   <li>per stated fact: an {@code aikg:FactTally} node reifying it, with the articles that state it
 *       and what their evidence adds (roles, amounts, chip counts), with up to {@value #SAMPLE_EVIDENCE}
 *       evidence records ({@code aikg:sampleEvidence}, the first by IRI);</li>
 *   <li>per entity, {@code aikg:topFact} links to its most-stated tallies per relation and direction ({@link TopFacts});</li>
 *   <li>per trading day: an {@code aikg:MoveDay} with the number of stock moves dated on it;</li>
 *   <li>{@code aikg:topRanked} from owl:Thing, each type's class and each predicate to the ranked, and
 *       {@code aikg:rank} for the {@value #TOP} entities most written about, {@code aikg:rankInType}
 *       for the top of each entity type, and {@code aikg:rank} for the top facts of each predicate:
 *       listing queries read these few triples instead of sorting every tally.</li>
 * </ul>
 * Only the keys a build touched are recounted, each from its own index range, so a build that changes
 * one article costs that article's entities and facts, not the store. Ranks are recomputed from the
 * tallies alone. Call inside the build's write transaction.
 */
public final class SummaryGraph {
    static final Node GRAPH = NodeFactory.createURI(Namespaces.SUMMARY_GRAPH);
    static final int TOP = 100;
    static final int SAMPLE_EVIDENCE = 10;
    /** What the summary holds; a store whose recorded version differs has its summary recounted whole. */
    public static final String VERSION = "aikg-summary-4";
    private static final String FACTS = Namespaces.ID + "fact/";
    private static final String DAYS = Namespaces.ID + "day/";
    private static final Map<String, String> TYPE_OF_KIND = Map.of(
            "person", "Person", "org", "Organization", "model", "AIModel", "chip", "Chip", "index", "StockIndex");

    private SummaryGraph() { }

    /**
     * Recounts everything from the article and lexicon graphs: for a dataset written without a build
     * (test fixtures, a store from an older version). Call inside a write transaction.
     */
    public static void rebuild(DatasetGraph dsg) {
        SummaryTouches all = new SummaryTouches();
        dsg.find(SummaryTouches.LEXICON, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(all::observe);
        for (Node p : SummaryTouches.observedPredicates()) {
            dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(all::observe);
        }
        refresh(dsg, all);
    }

    /** Recounts what the build touched, then ranks; a build that touched nothing leaves the graph alone. */
    static void refresh(DatasetGraph dsg, SummaryTouches touched) {
        if (touched.isEmpty()) return;
        for (Node e : touched.entities()) tallyEntity(dsg, e);
        for (Triple f : touched.facts()) tallyFact(dsg, f);
        TopFacts.refresh(dsg, TopFacts.endsOf(touched.facts()));
        for (Node day : touched.days()) tallyDay(dsg, day);
        rank(dsg);
    }

    /** The IRI of a fact's tally: stable, so a recount finds and replaces it. */
    static Node factNode(Triple fact) {
        String p = fact.getPredicate().getLocalName();
        return NodeFactory.createURI(FACTS + p + "/" + digest(fact.getSubject() + " " + p + " " + fact.getObject()));
    }

    private static void tallyEntity(DatasetGraph dsg, Node e) {
        long articles = countInArticles(dsg, Node.ANY, Vocab.SCHEMA_MENTIONS, e);
        long mentions = articles == 0 ? 0 : countInArticles(dsg, Node.ANY, Vocab.REFERS_TO, e);
        // Unchanged tallies are not rewritten: every quad written copies index blocks (TDB2 is copy-on-write).
        if (stored(dsg, e, Vocab.ARTICLE_COUNT) != articles || stored(dsg, e, Vocab.MENTION_COUNT) != mentions) {
            dsg.deleteAny(GRAPH, e, Vocab.ARTICLE_COUNT, Node.ANY);
            dsg.deleteAny(GRAPH, e, Vocab.MENTION_COUNT, Node.ANY);
            if (articles > 0) {
                dsg.add(GRAPH, e, Vocab.ARTICLE_COUNT, ExtractionMapper.integer(articles));
                dsg.add(GRAPH, e, Vocab.MENTION_COUNT, ExtractionMapper.integer(mentions));
            }
        }
        directoryEntry(dsg, e, articles);
    }

    /**
     * The entity's type, label, key and linked flag, once, for every entity of the lexicon or the
     * articles. In the union graph each article repeats them, so reading them there costs one index
     * entry per article that names the entity: thousands for the big names.
     */
    private static void directoryEntry(DatasetGraph dsg, Node e, long articles) {
        Node lexiconLabel = first(dsg, SummaryTouches.LEXICON, e, RDFS.Nodes.label);
        Node label = lexiconLabel != null || articles == 0 ? lexiconLabel : firstInArticles(dsg, e);
        String type = e.isURI() ? typeOf(e.getURI()) : null;
        Set<Quad> want = new HashSet<>();
        if (label != null && type != null) {
            want.add(Quad.create(GRAPH, e, RDF.Nodes.type, Vocab.aikg(type)));
            want.add(Quad.create(GRAPH, e, RDFS.Nodes.label, label));
            want.add(Quad.create(GRAPH, e, Vocab.KEY, ExtractionMapper.key(label.getLiteralLexicalForm())));
            want.add(Quad.create(GRAPH, e, Vocab.LINKED, ExtractionMapper.bool(lexiconLabel != null)));
        }
        Set<Quad> have = new HashSet<>();
        for (Node p : DIRECTORY) dsg.find(GRAPH, e, p, Node.ANY).forEachRemaining(have::add);
        for (Quad q : have) if (!want.contains(q)) dsg.delete(q);
        for (Quad q : want) if (!have.contains(q)) dsg.add(q);
    }

    private static final List<Node> DIRECTORY = List.of(RDF.Nodes.type, RDFS.Nodes.label, Vocab.KEY, Vocab.LINKED);

    private static Node first(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static Node firstInArticles(DatasetGraph dsg, Node e) {
        Iterator<Quad> it = dsg.find(Node.ANY, e, RDFS.Nodes.label, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            if (SummaryTouches.isArticleGraph(q.getGraph())) return q.getObject();
        }
        return null;
    }

    /**
     * A fact's tally: the articles that state it and what their evidence qualifies it with (roles,
     * amounts, chip counts), so listing queries never walk the evidence of a fact stated thousands of
     * times. Only the quads that differ from the stored tally are written.
     */
    private static void tallyFact(DatasetGraph dsg, Triple fact) {
        Node f = factNode(fact);
        Set<Quad> want = new HashSet<>();
        long articles = 0;
        long chips = -1;
        List<Node> evidence = new ArrayList<>();
        Iterator<Quad> it = dsg.find(Node.ANY, fact.getSubject(), fact.getPredicate(), fact.getObject());
        while (it.hasNext()) {
            Node g = it.next().getGraph();
            if (!SummaryTouches.isArticleGraph(g)) continue;
            articles++;
            for (Node ev : evidenceOf(dsg, g, fact)) {
                evidence.add(ev);
                Node role = first(dsg, g, ev, Vocab.ROLE);
                if (role != null) want.add(Quad.create(GRAPH, f, Vocab.ROLE, role));
                Node count = first(dsg, g, ev, Vocab.CHIP_COUNT);
                if (count != null) chips = Math.max(chips, ((Number) count.getLiteralValue()).longValue());
                Node amount = first(dsg, g, ev, Vocab.AMOUNT);
                if (amount != null) amount(dsg, g, f, amount, want);
            }
        }
        // The fact itself, once, whether articles state it or the lexicon knows it: the summary is the
        // store's deduplicated fact graph, which path queries walk without meeting every article's copy.
        Quad direct = Quad.create(GRAPH, fact);
        boolean known = articles > 0 || dsg.contains(SummaryTouches.LEXICON, fact.getSubject(), fact.getPredicate(), fact.getObject());
        if (known && !dsg.contains(direct)) dsg.add(direct);
        if (!known && dsg.contains(direct)) dsg.delete(direct);
        if (articles > 0) {
            want.add(Quad.create(GRAPH, f, RDF.Nodes.type, Vocab.FACT_TALLY));
            want.add(Quad.create(GRAPH, f, RDF.Nodes.subject, fact.getSubject()));
            want.add(Quad.create(GRAPH, f, RDF.Nodes.predicate, fact.getPredicate()));
            want.add(Quad.create(GRAPH, f, RDF.Nodes.object, fact.getObject()));
            want.add(Quad.create(GRAPH, f, Vocab.ARTICLE_COUNT, ExtractionMapper.integer(articles)));
            if (fact.getObject().isLiteral()) {
                want.add(Quad.create(GRAPH, f, Vocab.KEY, ExtractionMapper.key(fact.getObject().getLiteralLexicalForm())));
            }
            if (chips >= 0) want.add(Quad.create(GRAPH, f, Vocab.CHIP_COUNT, ExtractionMapper.integer(chips)));
            // A few evidence records, the same ones whatever the order the articles came in: a query
            // that shows quotes per fact reads these instead of every article's evidence.
            evidence.sort(Comparator.comparing(Node::getURI));
            for (Node ev : evidence.subList(0, Math.min(SAMPLE_EVIDENCE, evidence.size()))) {
                want.add(Quad.create(GRAPH, f, Vocab.SAMPLE_EVIDENCE, ev));
            }
        }
        replace(dsg, f, want);
    }

    /** The evidence nodes in one article graph that record this fact. */
    private static List<Node> evidenceOf(DatasetGraph dsg, Node g, Triple fact) {
        List<Node> found = new ArrayList<>();
        Iterator<Quad> it = dsg.find(g, Node.ANY, RDF.Nodes.subject, fact.getSubject());
        while (it.hasNext()) {
            Node ev = it.next().getSubject();
            if (dsg.contains(g, ev, RDF.Nodes.predicate, fact.getPredicate())
                    && dsg.contains(g, ev, RDF.Nodes.object, fact.getObject())) {
                found.add(ev);
            }
        }
        return found;
    }

    /** An amount the evidence states, as a node of the tally named by its value and unit (so equal amounts are one). */
    private static void amount(DatasetGraph dsg, Node g, Node f, Node quantity, Set<Quad> want) {
        Node value = first(dsg, g, quantity, Vocab.SCHEMA_VALUE);
        Node unit = first(dsg, g, quantity, Vocab.SCHEMA_UNIT_TEXT);
        if (value == null || unit == null) return;
        Node a = NodeFactory.createURI(f.getURI() + "/amount/" + digest(value.getLiteralLexicalForm() + " " + unit.getLiteralLexicalForm()));
        want.add(Quad.create(GRAPH, f, Vocab.AMOUNT, a));
        want.add(Quad.create(GRAPH, a, Vocab.SCHEMA_VALUE, value));
        want.add(Quad.create(GRAPH, a, Vocab.SCHEMA_UNIT_TEXT, unit));
    }

    /**
     * Makes the summary's quads about {@code node} (and, for a tally, its amount nodes, listed in
     * {@code want}) exactly {@code want}, writing only the difference: TDB2 is copy-on-write, so each
     * quad written copies index blocks.
     */
    private static void replace(DatasetGraph dsg, Node node, Set<Quad> want) {
        Set<Quad> have = new HashSet<>();
        dsg.find(GRAPH, node, Node.ANY, Node.ANY).forEachRemaining(have::add);
        Set<Node> others = new HashSet<>();
        for (Quad q : want) if (!q.getSubject().equals(node)) others.add(q.getSubject());
        for (Quad q : have) if (q.getPredicate().equals(Vocab.AMOUNT)) others.add(q.getObject());
        for (Node o : others) dsg.find(GRAPH, o, Node.ANY, Node.ANY).forEachRemaining(have::add);
        for (Quad q : have) if (!want.contains(q)) dsg.delete(q);
        for (Quad q : want) if (!have.contains(q)) dsg.add(q);
    }

    private static void tallyDay(DatasetGraph dsg, Node day) {
        Node d = NodeFactory.createURI(DAYS + day.getLiteralLexicalForm());
        long moves = countInArticles(dsg, Node.ANY, Vocab.ON_DATE, day);
        if (stored(dsg, d, Vocab.MOVE_COUNT) == moves) return;
        dsg.deleteAny(GRAPH, d, Node.ANY, Node.ANY);
        if (moves == 0) return;
        dsg.add(GRAPH, d, RDF.Nodes.type, Vocab.MOVE_DAY);
        dsg.add(GRAPH, d, Vocab.DAY, day);
        dsg.add(GRAPH, d, Vocab.MOVE_COUNT, ExtractionMapper.integer(moves));
    }

    /** A stored count, 0 when there is none (a key with no tally counts nothing). */
    static long stored(DatasetGraph dsg, Node s, Node count) {
        Iterator<Quad> it = dsg.find(GRAPH, s, count, Node.ANY);
        return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : 0;
    }

    /** Quads matching the pattern in article graphs; each article graph holds a fact or a mention link once. */
    private static long countInArticles(DatasetGraph dsg, Node s, Node p, Node o) {
        long n = 0;
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, o);
        while (it.hasNext()) {
            if (SummaryTouches.isArticleGraph(it.next().getGraph())) n++;
        }
        return n;
    }

    /** One tallied node with what it is ranked by. */
    private record Tally(Node node, long articles, long mentions) { }

    private static final Comparator<Tally> MOST_WRITTEN_ABOUT = Comparator
            .comparingLong(Tally::articles).reversed()
            .thenComparing(Comparator.comparingLong(Tally::mentions).reversed())
            .thenComparing(t -> t.node().getURI());

    private static void rank(DatasetGraph dsg) {
        List<Tally> entities = new ArrayList<>();
        Map<String, List<Tally>> byType = new HashMap<>();
        Map<String, List<Tally>> factsByPredicate = new HashMap<>();
        Iterator<Quad> it = dsg.find(GRAPH, Node.ANY, Vocab.ARTICLE_COUNT, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            Node s = q.getSubject();
            long articles = ((Number) q.getObject().getLiteralValue()).longValue();
            String iri = s.getURI();
            if (iri.startsWith(FACTS)) {
                String predicate = iri.substring(FACTS.length(), iri.indexOf('/', FACTS.length()));
                factsByPredicate.computeIfAbsent(predicate, k -> new ArrayList<>()).add(new Tally(s, articles, 0));
            } else {
                Tally t = new Tally(s, articles, stored(dsg, s, Vocab.MENTION_COUNT));
                entities.add(t);
                String type = typeOf(iri);
                if (type != null) byType.computeIfAbsent(type, k -> new ArrayList<>()).add(t);
            }
        }
        Set<Quad> ranks = new HashSet<>();
        ranks(entities, Vocab.RANK, OWL.Thing.asNode(), ranks);
        byType.forEach((type, ofType) -> ranks(ofType, Vocab.RANK_IN_TYPE, Vocab.aikg(type), ranks));
        factsByPredicate.forEach((p, ofPredicate) -> ranks(ofPredicate, Vocab.RANK, Vocab.aikg(p), ranks));
        // Most ranks survive a small build: only the ones that moved are rewritten.
        List<Quad> gone = new ArrayList<>();
        for (Node p : List.of(Vocab.RANK, Vocab.RANK_IN_TYPE, Vocab.TOP_RANKED)) {
            dsg.find(GRAPH, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                if (!ranks.remove(q)) gone.add(q);
            });
        }
        gone.forEach(dsg::delete);
        ranks.forEach(dsg::add);
    }

    /** The entity type an IRI's kind stands for ({@code id/person/…} is a Person), or null. */
    static String typeOf(String iri) {
        if (!iri.startsWith(Namespaces.ID)) return null;
        int slash = iri.indexOf('/', Namespaces.ID.length());
        return slash < 0 ? null : TYPE_OF_KIND.get(iri.substring(Namespaces.ID.length(), slash));
    }

    /**
     * Ranks the top {@value #TOP} and links them from the list's head (owl:Thing for all entities, the
     * class for a type, the predicate for facts): a listing query starts from those links, where
     * starting from "every tally of the predicate" and keeping the ranked ones would read them all.
     */
    private static void ranks(List<Tally> tallies, Node rankProperty, Node head, Set<Quad> into) {
        tallies.sort(MOST_WRITTEN_ABOUT);
        for (int i = 0; i < Math.min(TOP, tallies.size()); i++) {
            into.add(Quad.create(GRAPH, tallies.get(i).node(), rankProperty, ExtractionMapper.integer(i + 1)));
            into.add(Quad.create(GRAPH, head, Vocab.TOP_RANKED, tallies.get(i).node()));
        }
    }

    private static String digest(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
