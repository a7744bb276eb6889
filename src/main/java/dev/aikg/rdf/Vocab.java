package dev.aikg.rdf;

import dev.aikg.Namespaces;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;

/** Terms of the aikg ontology and the external vocabularies the mapping writes, as Jena nodes. */
public final class Vocab {
    private Vocab() { }

    public static Node aikg(String local) { return NodeFactory.createURI(Namespaces.AIKG + local); }

    private static Node uri(String ns, String local) { return NodeFactory.createURI(ns + local); }

    // Classes
    public static final Node ARTICLE = aikg("Article");
    public static final Node MENTION = aikg("Mention");
    public static final Node EVIDENCE = aikg("Evidence");
    public static final Node STOCK_MOVE = aikg("StockMove");
    public static final Node QUANTITY = aikg("Quantity");
    public static final Node TICKER = aikg("Ticker");

    // Article and provenance
    public static final Node SHA256 = aikg("sha256");
    public static final Node SOURCE = aikg("source");
    public static final Node LINKED = aikg("linked");
    public static final Node HAS_TICKER = aikg("hasTicker");
    public static final Node SYMBOL = aikg("symbol");
    public static final Node LISTED_ON = aikg("listedOn");
    public static final Node REFERS_TO = aikg("refersTo");
    public static final Node METHOD = aikg("method");
    public static final Node RULE = aikg("rule");
    public static final Node CONFIDENCE = aikg("confidence");
    public static final Node IN_SENTENCE = aikg("inSentence");
    public static final Node SENTENCE_INDEX = aikg("sentenceIndex");
    public static final Node ROLE = aikg("role");
    public static final Node QUOTE = aikg("quote");
    public static final Node CHIP_COUNT = aikg("chipCount");
    public static final Node AMOUNT = aikg("amount");
    public static final Node SUBJECT = aikg("subject");
    public static final Node CHANGE_PERCENT = aikg("changePercent");
    public static final Node APPROXIMATE = aikg("approximate");
    public static final Node ON_DATE = aikg("onDate");
    public static final Node SESSION = aikg("session");
    public static final Node VALUE_CHANGE = aikg("valueChange");
    public static final Node EVIDENCE_PROP = aikg("evidence");
    public static final Node QUANTITY_KIND = aikg("quantityKind");
    public static final Node MEASURES = aikg("measures");
    public static final Node RELATED_TO = aikg("relatedTo");
    /** The lower-cased label of an entity: names given to queries resolve through an index, not a scan. */
    public static final Node KEY = aikg("key");
    // The summary graph's tallies, kept up by every build.
    public static final Node FACT_TALLY = aikg("FactTally");
    public static final Node MOVE_DAY = aikg("MoveDay");
    public static final Node ARTICLE_COUNT = aikg("articleCount");
    public static final Node MENTION_COUNT = aikg("mentionCount");
    public static final Node MOVE_COUNT = aikg("moveCount");
    public static final Node DAY = aikg("day");
    public static final Node RANK = aikg("rank");
    public static final Node RANK_IN_TYPE = aikg("rankInType");
    public static final Node TOP_FACT = aikg("topFact");
    public static final Node TOP_RANKED = aikg("topRanked");
    public static final Node NEXT_RANKED = aikg("nextRanked");
    public static final Node RANKED_ALL = aikg("rankedAll");
    public static final Node SAMPLE_EVIDENCE = aikg("sampleEvidence");

    // schema.org
    public static final Node SCHEMA_NEWS_ARTICLE = uri(Namespaces.SCHEMA, "NewsArticle");
    public static final Node SCHEMA_QUANTITATIVE_VALUE = uri(Namespaces.SCHEMA, "QuantitativeValue");
    public static final Node SCHEMA_HEADLINE = uri(Namespaces.SCHEMA, "headline");
    public static final Node SCHEMA_DATE_PUBLISHED = uri(Namespaces.SCHEMA, "datePublished");
    public static final Node SCHEMA_IN_LANGUAGE = uri(Namespaces.SCHEMA, "inLanguage");
    public static final Node SCHEMA_URL = uri(Namespaces.SCHEMA, "url");
    public static final Node SCHEMA_MENTIONS = uri(Namespaces.SCHEMA, "mentions");
    public static final Node SCHEMA_VALUE = uri(Namespaces.SCHEMA, "value");
    public static final Node SCHEMA_UNIT_TEXT = uri(Namespaces.SCHEMA, "unitText");

    // PROV, NIF, Dublin Core, OWL
    public static final Node PROV_ENTITY = uri(Namespaces.PROV, "Entity");
    public static final Node PROV_WAS_DERIVED_FROM = uri(Namespaces.PROV, "wasDerivedFrom");
    public static final Node NIF_PHRASE = uri(Namespaces.NIF, "Phrase");
    public static final Node NIF_SENTENCE = uri(Namespaces.NIF, "Sentence");
    public static final Node NIF_REFERENCE_CONTEXT = uri(Namespaces.NIF, "referenceContext");
    public static final Node NIF_BEGIN = uri(Namespaces.NIF, "beginIndex");
    public static final Node NIF_END = uri(Namespaces.NIF, "endIndex");
    public static final Node NIF_ANCHOR_OF = uri(Namespaces.NIF, "anchorOf");
    public static final Node DCT_IDENTIFIER = uri(Namespaces.DCT, "identifier");
    public static final Node OWL_SAME_AS = uri(Namespaces.OWL, "sameAs");

    /** Prefixes for dumps, query output and query text. */
    public static PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("aikg", Namespaces.AIKG);
        pm.setNsPrefix("id", Namespaces.ID);
        pm.setNsPrefix("doc", Namespaces.DOC);
        pm.setNsPrefix("graph", Namespaces.GRAPH);
        pm.setNsPrefix("schema", Namespaces.SCHEMA);
        pm.setNsPrefix("prov", Namespaces.PROV);
        pm.setNsPrefix("nif", Namespaces.NIF);
        pm.setNsPrefix("skos", Namespaces.SKOS);
        pm.setNsPrefix("dcterms", Namespaces.DCT);
        pm.setNsPrefix("owl", Namespaces.OWL);
        pm.setNsPrefix("rdf", Namespaces.RDF);
        pm.setNsPrefix("rdfs", Namespaces.RDFS);
        pm.setNsPrefix("xsd", Namespaces.XSD);
        pm.setNsPrefix("wd", Namespaces.WD);
        pm.setNsPrefix("wdt", Namespaces.WDT);
        pm.lock();
        return pm;
    }
}
