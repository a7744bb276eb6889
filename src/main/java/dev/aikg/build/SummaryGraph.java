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
 * A build keeps the tallies from the quads it writes ({@link SummaryDelta}): the stored tally plus
 * the change, for the keys it touched, so it never reads the article graphs back, which matters once
 * the store outgrows the page cache. Only a fact whose evidence a changed or pruned article took away
 * is recounted from the store, from its own index ranges. The ranked lists are kept by {@link RankedLists}.
 * Call inside the build's write transaction.
 */
public final class SummaryGraph {
    static final Node GRAPH = NodeFactory.createURI(Namespaces.SUMMARY_GRAPH);
    static final int TOP = 100;
    static final int SAMPLE_EVIDENCE = 10;
    /**
     * What the summary holds; a store whose recorded version differs has its summary recounted whole.
     * 5: an entity's label from the articles is the least of them, not the first the store's index met.
     */
    public static final String VERSION = "aikg-summary-5";
    private static final String FACTS = Namespaces.ID + "fact/";
    private static final String DAYS = Namespaces.ID + "day/";
    private static final Map<String, String> TYPE_OF_KIND = Map.of(
            "person", "Person", "org", "Organization", "model", "AIModel", "chip", "Chip", "index", "StockIndex");

    private SummaryGraph() { }

    /** Keys a build holds in memory before it writes them out: bounds the heap whatever the corpus size. */
    static final int WRITE_OUT_KEYS = 200_000;

    /**
     * Recounts everything from the article and lexicon graphs: for a dataset written without a build
     * (test fixtures, a store from an older version). Reads each article graph once, in its own index
     * range. Call inside a write transaction.
     */
    public static void rebuild(DatasetGraph dsg) { rebuild(dsg, WRITE_OUT_KEYS); }

    /** {@link #rebuild(DatasetGraph)}, writing the tallies out whenever {@code writeOutKeys} keys are held. */
    static void rebuild(DatasetGraph dsg, int writeOutKeys) {
        dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
        SummaryDelta all = new SummaryDelta();
        all.rankAll();
        dsg.find(SummaryDelta.LEXICON, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(all::lexicon);
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (SummaryDelta.isArticleGraph(g)) graphs.add(g);
        });
        for (Node g : graphs) {
            Set<Quad> quads = new HashSet<>();
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            all.replace(ArticleTallies.NONE, ArticleTallies.of(quads));
            if (all.size() >= writeOutKeys) write(dsg, all);
        }
        finish(dsg, all);
    }

    /** Writes the delta's tallies when it holds more than {@value #WRITE_OUT_KEYS} keys, and empties it. */
    static void writeOutIfLarge(DatasetGraph dsg, SummaryDelta delta) {
        if (delta.size() >= WRITE_OUT_KEYS) write(dsg, delta);
    }

    /**
     * Writes the rest of the delta, then relinks top facts and ranks; a build that touched nothing
     * leaves the graph alone.
     */
    static void finish(DatasetGraph dsg, SummaryDelta delta) {
        if (!delta.touched()) return;
        write(dsg, delta);
        TopFacts.refresh(dsg, delta.ends());
        if (delta.ranksAll() || !RankedLists.update(dsg, delta.retallied())) RankedLists.rankAll(dsg);
    }

    /** Brings the tallies of the delta's keys up to date: stored tally plus change, or a recount where adding cannot tell. */
    private static void write(DatasetGraph dsg, SummaryDelta delta) {
        delta.entities().forEach((e, change) -> {
            tallyEntity(dsg, e, change);
            delta.retallied(e);
        });
        delta.facts().forEach((f, change) -> {
            // A tally whose article count stayed (a revised article restating it) keeps its rank and top-fact places.
            Node counted = tallyFact(dsg, f, change);
            if (counted != null) {
                delta.retallied(counted);
                delta.recounted(f);
            }
        });
        delta.days().forEach((day, change) -> tallyDay(dsg, day, change));
        delta.written();
    }

    /** The IRI of a fact's tally: stable, so a recount finds and replaces it. */
    static Node factNode(Triple fact) {
        String p = fact.getPredicate().getLocalName();
        return NodeFactory.createURI(FACTS + p + "/" + digest(fact.getSubject() + " " + p + " " + fact.getObject()));
    }

    private static void tallyEntity(DatasetGraph dsg, Node e, SummaryDelta.EntityChange change) {
        long storedArticles = stored(dsg, e, Vocab.ARTICLE_COUNT), storedMentions = stored(dsg, e, Vocab.MENTION_COUNT);
        long articles = storedArticles + change.articles;
        long mentions = storedMentions + change.mentions;
        if (articles < 0 || mentions < 0 || (articles == 0 && mentions != 0)) {
            // The stored tally does not agree with the store (written by hand, or by a build that failed
            // half-way without its transaction): counted again, from the store.
            articles = countInArticles(dsg, Node.ANY, Vocab.SCHEMA_MENTIONS, e);
            mentions = articles == 0 ? 0 : countInArticles(dsg, Node.ANY, Vocab.REFERS_TO, e);
            change.labelRemoved = true;
        }
        // Unchanged tallies are not rewritten: every quad written copies index blocks (TDB2 is copy-on-write).
        if (storedArticles != articles || storedMentions != mentions) {
            dsg.deleteAny(GRAPH, e, Vocab.ARTICLE_COUNT, Node.ANY);
            dsg.deleteAny(GRAPH, e, Vocab.MENTION_COUNT, Node.ANY);
            if (articles > 0) {
                dsg.add(GRAPH, e, Vocab.ARTICLE_COUNT, ExtractionMapper.integer(articles));
                dsg.add(GRAPH, e, Vocab.MENTION_COUNT, ExtractionMapper.integer(mentions));
            }
        }
        directoryEntry(dsg, e, articles, change);
    }

    /**
     * The entity's type, label, key and linked flag, once, for every entity of the lexicon or the
     * articles. The label is the lexicon's, else the least of the labels the articles give it (the same
     * whatever order the articles came in). In the union graph each article repeats them, so reading
     * them there costs one index entry per article that names the entity: the stored entry and the
     * change are used instead, unless a label went away.
     */
    private static void directoryEntry(DatasetGraph dsg, Node e, long articles, SummaryDelta.EntityChange change) {
        Node lexiconLabel = first(dsg, SummaryDelta.LEXICON, e, RDFS.Nodes.label);
        Node label = lexiconLabel != null || articles == 0 ? lexiconLabel : articleLabel(dsg, e, change);
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
    private static final Node LINKED = ExtractionMapper.bool(true);

    /** The least label the articles give an entity no lexicon names. */
    private static Node articleLabel(DatasetGraph dsg, Node e, SummaryDelta.EntityChange change) {
        Node stored = first(dsg, GRAPH, e, RDFS.Nodes.label);
        boolean fromArticles = stored != null && !dsg.contains(GRAPH, e, Vocab.LINKED, LINKED);
        if (!change.labelRemoved && (fromArticles || stored == null) && (stored != null || change.leastLabelAdded != null)) {
            Node added = change.leastLabelAdded;
            if (stored == null || !fromArticles) return added;
            return added != null && lessLabel(added, stored) ? added : stored;
        }
        Node least = null;
        Iterator<Quad> it = dsg.find(Node.ANY, e, RDFS.Nodes.label, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            if (SummaryDelta.isArticleGraph(q.getGraph()) && (least == null || lessLabel(q.getObject(), least))) least = q.getObject();
        }
        return least;
    }

    /** The order labels are chosen in: by text, then by the rest of the term, so the choice never depends on the order of the articles. */
    static boolean lessLabel(Node a, Node b) {
        int c = a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm());
        return c != 0 ? c < 0 : a.toString().compareTo(b.toString()) < 0;
    }

    private static Node first(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** What a fact's tally says: the articles that state it and what their evidence qualifies it with. */
    private record FactTally(long articles, Set<Node> roles, long chips, Set<SummaryDelta.Amount> amounts, List<Node> samples) { }

    /**
     * A fact's tally: the articles that state it and what their evidence qualifies it with (roles,
     * amounts, chip counts), so listing queries never walk the evidence of a fact stated thousands of
     * times. The stored tally plus the change, unless removed evidence makes that unsure
     * ({@link SummaryDelta.FactChange#needsRecount}): then a recount from the article graphs. Only the
     * quads that differ from the stored tally are written. Returns the tally's node when its article
     * count changed (what ranks and top facts go by), else null.
     */
    private static Node tallyFact(DatasetGraph dsg, Triple fact, SummaryDelta.FactChange change) {
        Node f = factNode(fact);
        Set<Quad> have = storedTally(dsg, f);
        FactTally stored = read(f, have);
        FactTally t = change.needsRecount(stored.samples(), stored.chips()) ? recount(dsg, fact) : merged(stored, change);
        if (t.articles() < 0) t = recount(dsg, fact);
        // The fact itself, once, whether articles state it or the lexicon knows it: the summary is the
        // store's deduplicated fact graph, which path queries walk without meeting every article's copy.
        Quad direct = Quad.create(GRAPH, fact);
        boolean known = t.articles() > 0 || dsg.contains(SummaryDelta.LEXICON, fact.getSubject(), fact.getPredicate(), fact.getObject());
        if (known && !dsg.contains(direct)) dsg.add(direct);
        if (!known && dsg.contains(direct)) dsg.delete(direct);
        Set<Quad> want = new HashSet<>();
        if (t.articles() > 0) {
            want.add(Quad.create(GRAPH, f, RDF.Nodes.type, Vocab.FACT_TALLY));
            want.add(Quad.create(GRAPH, f, RDF.Nodes.subject, fact.getSubject()));
            want.add(Quad.create(GRAPH, f, RDF.Nodes.predicate, fact.getPredicate()));
            want.add(Quad.create(GRAPH, f, RDF.Nodes.object, fact.getObject()));
            want.add(Quad.create(GRAPH, f, Vocab.ARTICLE_COUNT, ExtractionMapper.integer(t.articles())));
            if (fact.getObject().isLiteral()) {
                want.add(Quad.create(GRAPH, f, Vocab.KEY, ExtractionMapper.key(fact.getObject().getLiteralLexicalForm())));
            }
            for (Node role : t.roles()) want.add(Quad.create(GRAPH, f, Vocab.ROLE, role));
            if (t.chips() >= 0) want.add(Quad.create(GRAPH, f, Vocab.CHIP_COUNT, ExtractionMapper.integer(t.chips())));
            for (SummaryDelta.Amount a : t.amounts()) {
                // Named by value and unit, so equal amounts are one node.
                Node n = NodeFactory.createURI(f.getURI() + "/amount/" + digest(a.value().getLiteralLexicalForm() + " " + a.unit().getLiteralLexicalForm()));
                want.add(Quad.create(GRAPH, f, Vocab.AMOUNT, n));
                want.add(Quad.create(GRAPH, n, Vocab.SCHEMA_VALUE, a.value()));
                want.add(Quad.create(GRAPH, n, Vocab.SCHEMA_UNIT_TEXT, a.unit()));
            }
            // A few evidence records, the same ones whatever the order the articles came in: a query
            // that shows quotes per fact reads these instead of every article's evidence.
            for (Node ev : t.samples()) want.add(Quad.create(GRAPH, f, Vocab.SAMPLE_EVIDENCE, ev));
        }
        for (Quad q : have) if (!want.contains(q)) dsg.delete(q);
        for (Quad q : want) if (!have.contains(q)) dsg.add(q);
        return t.articles() == stored.articles() ? null : f;
    }

    /** The summary's quads about a tally and its amount nodes; not its place in a ranked list, which {@link RankedLists} keeps. */
    private static Set<Quad> storedTally(DatasetGraph dsg, Node f) {
        Set<Quad> have = new HashSet<>();
        dsg.find(GRAPH, f, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!q.getPredicate().equals(Vocab.RANK)) have.add(q);
        });
        List<Node> amounts = new ArrayList<>();
        for (Quad q : have) if (q.getPredicate().equals(Vocab.AMOUNT)) amounts.add(q.getObject());
        for (Node a : amounts) dsg.find(GRAPH, a, Node.ANY, Node.ANY).forEachRemaining(have::add);
        return have;
    }

    /** What a stored tally says, read from its quads once (no count, no chips: 0 and -1). */
    private static FactTally read(Node f, Set<Quad> have) {
        long articles = 0, chips = -1;
        Set<Node> roles = new HashSet<>();
        Set<SummaryDelta.Amount> amounts = new HashSet<>();
        List<Node> samples = new ArrayList<>(SAMPLE_EVIDENCE);
        Map<Node, Node[]> amountNodes = new HashMap<>();
        for (Quad q : have) {
            Node p = q.getPredicate(), o = q.getObject();
            if (q.getSubject().equals(f)) {
                if (p.equals(Vocab.ARTICLE_COUNT)) articles = ((Number) o.getLiteralValue()).longValue();
                else if (p.equals(Vocab.ROLE)) roles.add(o);
                else if (p.equals(Vocab.CHIP_COUNT)) chips = ((Number) o.getLiteralValue()).longValue();
                else if (p.equals(Vocab.SAMPLE_EVIDENCE)) SummaryDelta.addSample(samples, o);
            } else if (p.equals(Vocab.SCHEMA_VALUE)) {
                amountNodes.computeIfAbsent(q.getSubject(), k -> new Node[2])[0] = o;
            } else if (p.equals(Vocab.SCHEMA_UNIT_TEXT)) {
                amountNodes.computeIfAbsent(q.getSubject(), k -> new Node[2])[1] = o;
            }
        }
        for (Node[] a : amountNodes.values()) if (a[0] != null && a[1] != null) amounts.add(new SummaryDelta.Amount(a[0], a[1]));
        return new FactTally(articles, roles, chips, amounts, samples);
    }

    /** The stored tally with what the change brings: its article count added, its qualifiers and samples merged in. */
    private static FactTally merged(FactTally stored, SummaryDelta.FactChange change) {
        Set<Node> roles = new HashSet<>(stored.roles());
        roles.addAll(change.roles);
        Set<SummaryDelta.Amount> amounts = new HashSet<>(stored.amounts());
        amounts.addAll(change.amounts);
        List<Node> samples = new ArrayList<>(change.samples);
        for (Node ev : stored.samples()) SummaryDelta.addSample(samples, ev);
        return new FactTally(stored.articles() + change.articles, roles, Math.max(stored.chips(), change.chips), amounts, samples);
    }

    /** The tally counted again from the article graphs that state the fact. */
    private static FactTally recount(DatasetGraph dsg, Triple fact) {
        long articles = 0;
        SummaryDelta.FactChange all = new SummaryDelta.FactChange();
        Iterator<Quad> it = dsg.find(Node.ANY, fact.getSubject(), fact.getPredicate(), fact.getObject());
        while (it.hasNext()) {
            Node g = it.next().getGraph();
            if (!SummaryDelta.isArticleGraph(g)) continue;
            articles++;
            for (Node ev : evidenceOf(dsg, g, fact)) {
                Node count = first(dsg, g, ev, Vocab.CHIP_COUNT);
                Node amount = first(dsg, g, ev, Vocab.AMOUNT);
                Node value = amount == null ? null : first(dsg, g, amount, Vocab.SCHEMA_VALUE);
                Node unit = amount == null ? null : first(dsg, g, amount, Vocab.SCHEMA_UNIT_TEXT);
                boolean stated = value != null && unit != null;
                all.add(new ArticleTallies.Evidence(ev, first(dsg, g, ev, Vocab.ROLE),
                        count == null ? -1 : ((Number) count.getLiteralValue()).longValue(),
                        stated ? value : null, stated ? unit : null));
            }
        }
        return new FactTally(articles, all.roles, all.chips, all.amounts, all.samples);
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

    private static void tallyDay(DatasetGraph dsg, Node day, long change) {
        Node d = NodeFactory.createURI(DAYS + day.getLiteralLexicalForm());
        long moves = stored(dsg, d, Vocab.MOVE_COUNT) + change;
        if (moves < 0) moves = countInArticles(dsg, Node.ANY, Vocab.ON_DATE, day);
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
            if (SummaryDelta.isArticleGraph(it.next().getGraph())) n++;
        }
        return n;
    }

    /** The entity type an IRI's kind stands for ({@code id/person/…} is a Person), or null. */
    static String typeOf(String iri) {
        if (!iri.startsWith(Namespaces.ID)) return null;
        int slash = iri.indexOf('/', Namespaces.ID.length());
        return slash < 0 ? null : TYPE_OF_KIND.get(iri.substring(Namespaces.ID.length(), slash));
    }

    /** The predicate's local name when the IRI is a fact tally's ({@code id/fact/founderOf/…}), else null. */
    static String factPredicate(String iri) {
        if (!iri.startsWith(FACTS)) return null;
        int slash = iri.indexOf('/', FACTS.length());
        return slash < 0 ? null : iri.substring(FACTS.length(), slash);
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
