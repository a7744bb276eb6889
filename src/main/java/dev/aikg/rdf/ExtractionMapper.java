package dev.aikg.rdf;

import dev.aikg.Namespaces;
import dev.aikg.lexicon.ExchangeCodes;
import dev.aikg.model.Document;
import dev.aikg.model.Entity;
import dev.aikg.model.EntityType;
import dev.aikg.model.Evidence;
import dev.aikg.model.Extraction;
import dev.aikg.model.Mention;
import dev.aikg.model.Quantity;
import dev.aikg.model.Relation;
import dev.aikg.model.Sentence;
import dev.aikg.model.StockMove;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps one document's {@link Extraction} to quads in that document's named graph: the article, its
 * entities, mentions (NIF spans), the relations as plain triples plus one evidence record each
 * (RDF reification vocabulary + PROV), stock moves and quantities. The only step of extraction that
 * knows RDF. Output goes to a {@link StreamRDF}, so the same mapping feeds the store, a dump writer
 * or a test collector.
 */
public final class ExtractionMapper {

    /** The named graph of a document. */
    public static Node graphOf(String documentId) { return NodeFactory.createURI(Namespaces.graphOf(documentId)); }

    public static Node entity(String entityId) { return NodeFactory.createURI(Namespaces.entityIri(entityId)); }

    public static Node typeClass(EntityType type) {
        return switch (type) {
            case PERSON -> Vocab.aikg("Person");
            case ORGANIZATION -> Vocab.aikg("Organization");
            case AI_MODEL -> Vocab.aikg("AIModel");
            case CHIP -> Vocab.aikg("Chip");
            case STOCK_INDEX -> Vocab.aikg("StockIndex");
        };
    }

    /**
     * The lookup key of a name: its lower case, exactly what SPARQL's {@code LCASE} gives, so a query
     * turns the name it is given into a key and finds the entity by index instead of a filtered scan.
     */
    public static Node key(String name) {
        return str(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** Writes all quads of one extraction. */
    public void map(Extraction x, StreamRDF out) {
        new Writer(x, out).write();
    }

    /** State of one mapping run: the graph, the document node, the sentences already written. */
    private static final class Writer {
        private final Extraction x;
        private final StreamRDF out;
        private final Document d;
        private final Node g;
        private final Node doc;
        private final Set<Integer> sentencesWritten = new HashSet<>();
        private int quantitySeq;

        Writer(Extraction x, StreamRDF out) {
            this.x = x;
            this.out = out;
            this.d = x.document();
            this.g = graphOf(d.id());
            this.doc = NodeFactory.createURI(Namespaces.docIri(d.id()));
        }

        void write() {
            article();
            for (Entity e : x.entities()) writeEntity(e);
            for (Relation r : x.relations()) relation(r);
            int n = 0;
            for (StockMove m : x.stockMoves()) move(m, ++n);
            for (Quantity q : x.quantities()) quantity(q);
        }

        private void article() {
            add(doc, RDF.Nodes.type, Vocab.ARTICLE);
            add(doc, RDF.Nodes.type, Vocab.SCHEMA_NEWS_ARTICLE);
            add(doc, Vocab.DCT_IDENTIFIER, str(d.id()));
            if (d.title() != null) add(doc, Vocab.SCHEMA_HEADLINE, str(d.title()));
            if (d.published() != null) add(doc, Vocab.SCHEMA_DATE_PUBLISHED, typed(d.published().toString(), XSDDatatype.XSDdate));
            if (d.lang() != null) add(doc, Vocab.SCHEMA_IN_LANGUAGE, str(d.lang()));
            if (d.source() != null) {
                add(doc, Vocab.SOURCE, str(d.source()));
                if (d.source().startsWith("http://") || d.source().startsWith("https://")) {
                    add(doc, Vocab.SCHEMA_URL, NodeFactory.createURI(d.source()));
                }
            }
            if (d.sha256() != null) add(doc, Vocab.SHA256, str(d.sha256()));
        }

        private void writeEntity(Entity e) {
            Node s = entity(e.id());
            add(s, RDF.Nodes.type, typeClass(e.type()));
            if (e.subtype() != null && !e.subtype().equals("Organization") && e.type() == EntityType.ORGANIZATION) {
                add(s, RDF.Nodes.type, Vocab.aikg(e.subtype()));
            }
            add(s, RDFS.Nodes.label, str(e.name()));
            add(s, Vocab.LINKED, bool(e.linked()));
            if (e.wikidata() != null) add(s, Vocab.OWL_SAME_AS, NodeFactory.createURI(Namespaces.WD + e.wikidata()));
            if (e.ticker() != null && !e.linked()) {
                // A ticker read from the text for an entity the lexicon lacks; linked ones get theirs from the lexicon graph.
                Node t = entity(ExchangeCodes.tickerId(e.ticker(), null));
                add(s, Vocab.HAS_TICKER, t);
                add(t, RDF.Nodes.type, Vocab.TICKER);
                add(t, Vocab.SYMBOL, str(e.ticker().substring(e.ticker().indexOf(':') + 1)));
                String mic = ExchangeCodes.mic(e.ticker());
                if (mic != null) add(t, Vocab.LISTED_ON, entity("exchange/" + mic));
            }
            add(doc, Vocab.SCHEMA_MENTIONS, s);
            for (Mention m : e.mentions()) mention(m, s);
        }

        private void mention(Mention m, Node entity) {
            Node n = span(m.start(), m.end());
            add(n, RDF.Nodes.type, Vocab.MENTION);
            add(n, RDF.Nodes.type, Vocab.NIF_PHRASE);
            add(n, Vocab.NIF_REFERENCE_CONTEXT, doc);
            add(n, Vocab.NIF_BEGIN, integer(m.start()));
            add(n, Vocab.NIF_END, integer(m.end()));
            add(n, Vocab.NIF_ANCHOR_OF, str(m.surface()));
            add(n, Vocab.REFERS_TO, entity);
            add(n, Vocab.METHOD, str(m.method().name().toLowerCase(java.util.Locale.ROOT)));
            if (m.rule() != null) add(n, Vocab.RULE, str(m.rule()));
            add(n, Vocab.CONFIDENCE, decimal(m.confidence()));
            Node sent = sentence(m.sentence());
            if (sent != null) add(n, Vocab.IN_SENTENCE, sent);
        }

        private void relation(Relation r) {
            Node s = entity(r.subjectId());
            Node p = Vocab.aikg(r.predicate().label());
            Node o = r.predicate().literalObject() ? str(r.object()) : entity(r.object());
            add(s, p, o);
            Node ev = evidence(r.evidence(), "ev-" + hash(r.factKey() + "|" + r.evidence().sentence() + "|"
                    + r.evidence().start() + "|" + r.evidence().rule()));
            add(ev, RDF.Nodes.subject, s);
            add(ev, RDF.Nodes.predicate, p);
            add(ev, RDF.Nodes.object, o);
            if (r.role() != null) add(ev, Vocab.ROLE, str(r.role()));
            if (r.quote() != null) add(ev, Vocab.QUOTE, str(r.quote()));
            if (r.count() != null) add(ev, Vocab.CHIP_COUNT, integer(r.count()));
            if (r.amount() != null) add(ev, Vocab.AMOUNT, quantity(r.amount()));
        }

        private void move(StockMove m, int n) {
            Node mv = NodeFactory.createURI(Namespaces.docIri(d.id()) + "#move-" + n);
            add(mv, RDF.Nodes.type, Vocab.STOCK_MOVE);
            add(mv, Vocab.SUBJECT, entity(m.subjectId()));
            add(mv, Vocab.CHANGE_PERCENT, decimal(m.changePct()));
            add(mv, Vocab.APPROXIMATE, bool(m.approximate()));
            if (m.date() != null) add(mv, Vocab.ON_DATE, typed(m.date().toString(), XSDDatatype.XSDdate));
            if (m.session() != null) add(mv, Vocab.SESSION, str(m.session()));
            if (m.valueChange() != null) add(mv, Vocab.VALUE_CHANGE, quantity(m.valueChange()));
            if (m.evidence() != null) add(mv, Vocab.EVIDENCE_PROP, evidence(m.evidence(), "move-" + n + "-ev"));
        }

        private Node quantity(Quantity q) {
            Node qn = NodeFactory.createURI(Namespaces.docIri(d.id()) + "#qty-" + (++quantitySeq));
            add(qn, RDF.Nodes.type, Vocab.QUANTITY);
            add(qn, RDF.Nodes.type, Vocab.SCHEMA_QUANTITATIVE_VALUE);
            add(qn, Vocab.QUANTITY_KIND, str(q.kind()));
            add(qn, Vocab.SCHEMA_VALUE, decimal(q.value()));
            add(qn, Vocab.SCHEMA_UNIT_TEXT, str(q.unit()));
            if (q.subjectId() != null) add(qn, Vocab.MEASURES, entity(q.subjectId()));
            if (q.objectId() != null) add(qn, Vocab.RELATED_TO, entity(q.objectId()));
            if (q.text() != null) add(qn, Vocab.NIF_ANCHOR_OF, str(q.text()));
            if (q.evidence() != null) add(qn, Vocab.EVIDENCE_PROP, evidence(q.evidence(), "qty-" + quantitySeq + "-ev"));
            return qn;
        }

        private Node evidence(Evidence e, String fragment) {
            Node ev = NodeFactory.createURI(Namespaces.docIri(d.id()) + "#" + fragment);
            add(ev, RDF.Nodes.type, Vocab.EVIDENCE);
            add(ev, Vocab.PROV_WAS_DERIVED_FROM, doc);
            Node sent = sentence(e.sentence());
            if (sent != null) add(ev, Vocab.IN_SENTENCE, sent);
            add(ev, Vocab.NIF_BEGIN, integer(e.start()));
            add(ev, Vocab.NIF_END, integer(e.end()));
            if (e.rule() != null) add(ev, Vocab.RULE, str(e.rule()));
            add(ev, Vocab.CONFIDENCE, decimal(e.confidence()));
            return ev;
        }

        /** The sentence node, written on first use: only sentences that carry a mention or evidence are stored. */
        private Node sentence(int index) {
            if (index < 0 || index >= x.sentences().size()) return null;
            Sentence s = x.sentences().get(index);
            // Not a "#char=" IRI: a mention spanning a whole sentence (a headline) must stay its own node.
            Node n = NodeFactory.createURI(Namespaces.docIri(d.id()) + "#sentence-" + s.index());
            if (sentencesWritten.add(index)) {
                add(n, RDF.Nodes.type, Vocab.NIF_SENTENCE);
                add(n, Vocab.NIF_REFERENCE_CONTEXT, doc);
                add(n, Vocab.NIF_BEGIN, integer(s.start()));
                add(n, Vocab.NIF_END, integer(s.end()));
                add(n, Vocab.NIF_ANCHOR_OF, str(s.text()));
                add(n, Vocab.SENTENCE_INDEX, integer(s.index()));
            }
            return n;
        }

        private Node span(int start, int end) {
            return NodeFactory.createURI(Namespaces.docIri(d.id()) + "#char=" + start + "," + end);
        }

        private void add(Node s, Node p, Node o) { out.quad(Quad.create(g, s, p, o)); }
    }

    /** A plain string literal. */
    public static Node str(String s) { return NodeFactory.createLiteralString(s); }

    static Node typed(String lex, XSDDatatype dt) { return NodeFactory.createLiteralDT(lex, dt); }

    public static Node integer(long v) { return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger); }

    public static Node bool(boolean v) { return NodeFactory.createLiteralDT(Boolean.toString(v), XSDDatatype.XSDboolean); }

    /** Decimals with at most 4 fraction digits, written canonically so equal values are equal terms. */
    static Node decimal(double v) {
        BigDecimal bd = BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        String lex = bd.scale() <= 0 ? bd.setScale(1).toPlainString() : bd.toPlainString();
        return NodeFactory.createLiteralDT(lex, XSDDatatype.XSDdecimal);
    }

    static String hash(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Entity ids an extraction refers to, for tests and stats. */
    public static Set<String> entityIds(Extraction x) {
        Set<String> ids = new TreeSet<>();
        x.entities().forEach(e -> ids.add(e.id()));
        return ids;
    }

}
