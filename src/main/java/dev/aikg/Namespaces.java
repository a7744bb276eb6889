package dev.aikg;

/** IRI namespaces, as plain strings so both the Jena-free extraction and the RDF mapping use them. */
public final class Namespaces {
    /** The ontology: classes and properties. */
    public static final String AIKG = "https://w3id.org/aikg/ns#";
    /** Entities: {@code ID + "org/nvidia"}. Lexicon entities and minted ones share this scheme. */
    public static final String ID = "https://w3id.org/aikg/id/";
    /** Articles: {@code DOC + documentId}. */
    public static final String DOC = "https://w3id.org/aikg/doc/";
    /** Named graphs: one per article ({@code GRAPH + "doc/" + documentId}), plus the reference graphs. */
    public static final String GRAPH = "https://w3id.org/aikg/graph/";
    public static final String ONTOLOGY_GRAPH = GRAPH + "ontology";
    public static final String LEXICON_GRAPH = GRAPH + "lexicon";
    /** Tallies and rankings over all article graphs, kept up by every build (see SummaryGraph). */
    public static final String SUMMARY_GRAPH = GRAPH + "summary";

    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String WDT = "http://www.wikidata.org/prop/direct/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    private Namespaces() { }

    public static String graphOf(String documentId) { return GRAPH + "doc/" + documentId; }

    public static String docIri(String documentId) { return DOC + documentId; }

    public static String entityIri(String entityId) { return ID + entityId; }
}
