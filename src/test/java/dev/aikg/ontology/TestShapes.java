package dev.aikg.ontology;

import dev.aikg.Namespaces;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shapes accept a well-formed article graph and pin each kind of breakage to its node and property. */
class TestShapes {
    static final String PREFIXES = """
            @prefix aikg:   <https://w3id.org/aikg/ns#> .
            @prefix doc:    <https://w3id.org/aikg/doc/> .
            @prefix rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
            @prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
            @prefix schema: <https://schema.org/> .
            @prefix prov:   <http://www.w3.org/ns/prov#> .
            @prefix nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
            @prefix org:    <https://w3id.org/aikg/id/org/> .
            @prefix person: <https://w3id.org/aikg/id/person/> .
            @prefix model:  <https://w3id.org/aikg/id/model/> .
            @prefix chip:   <https://w3id.org/aikg/id/chip/> .
            @prefix exchange: <https://w3id.org/aikg/id/exchange/> .
            @prefix ticker: <https://w3id.org/aikg/id/ticker/> .
            """;

    /** One article's graph as the mapping describes it, plus a ticker and an exchange. */
    static final String VALID = PREFIXES + """
            doc:t1 a aikg:Article , schema:NewsArticle ;
                schema:headline "Lindtech shares slide before the bell"@en ;
                schema:datePublished "2025-03-04"^^xsd:date ;
                schema:inLanguage "en" ;
                aikg:source "articles/t1.txt" ;
                aikg:sha256 "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" ;
                schema:mentions person:ada-lind , org:lindtech , model:lind-1 .

            person:ada-lind a aikg:Person ; rdfs:label "Ada Lind" ; aikg:linked false ;
                aikg:founderOf org:lindtech .
            org:lindtech a aikg:Organization , aikg:Company ; rdfs:label "Lindtech" ; aikg:linked true ;
                aikg:hasTicker ticker:XNAS-LNDT ; aikg:headquarteredIn "Oslo" .
            model:lind-1 a aikg:AIModel ; rdfs:label "Lind-1" ; aikg:linked false ;
                aikg:developedBy org:lindtech .

            <https://w3id.org/aikg/doc/t1#char=0,44> a nif:Sentence ;
                nif:anchorOf "Ada Lind, who founded Lindtech, spoke today." ;
                nif:beginIndex 0 ; nif:endIndex 44 ; aikg:sentenceIndex 0 ;
                nif:referenceContext doc:t1 .

            <https://w3id.org/aikg/doc/t1#char=0,8> a aikg:Mention , nif:Phrase ;
                nif:referenceContext doc:t1 ; nif:beginIndex 0 ; nif:endIndex 8 ; nif:anchorOf "Ada Lind" ;
                aikg:refersTo person:ada-lind ; aikg:method "cue" ; aikg:rule "person-name" ;
                aikg:confidence 0.8 ; aikg:inSentence <https://w3id.org/aikg/doc/t1#char=0,44> .

            <https://w3id.org/aikg/doc/t1#ev-1> a aikg:Evidence ;
                rdf:subject person:ada-lind ; rdf:predicate aikg:founderOf ; rdf:object org:lindtech ;
                prov:wasDerivedFrom doc:t1 ; aikg:inSentence <https://w3id.org/aikg/doc/t1#char=0,44> ;
                nif:beginIndex 0 ; nif:endIndex 30 ; aikg:rule "founder-appositive" ; aikg:confidence 0.9 ;
                aikg:role "founder" .

            <https://w3id.org/aikg/doc/t1#move-1> a aikg:StockMove ;
                aikg:subject org:lindtech ; aikg:changePercent -12.0 ; aikg:approximate true ;
                aikg:onDate "2025-03-04"^^xsd:date ; aikg:session "pre-market" ;
                aikg:valueChange <https://w3id.org/aikg/doc/t1#qty-1> ;
                aikg:evidence <https://w3id.org/aikg/doc/t1#ev-2> .
            <https://w3id.org/aikg/doc/t1#qty-1> a aikg:Quantity , schema:QuantitativeValue ;
                aikg:quantityKind "marketValueChange" ; schema:value -6.0E10 ; schema:unitText "USD" ;
                aikg:measures org:lindtech ; aikg:evidence <https://w3id.org/aikg/doc/t1#ev-2> .
            <https://w3id.org/aikg/doc/t1#ev-2> a aikg:Evidence ;
                prov:wasDerivedFrom doc:t1 ; nif:beginIndex 45 ; nif:endIndex 90 ;
                aikg:rule "stock-move-percent" ; aikg:confidence 0.85 .

            ticker:XNAS-LNDT a aikg:Ticker ; aikg:symbol "LNDT" ; aikg:listedOn exchange:XNAS ;
                aikg:primaryListing true .
            exchange:XNAS a aikg:StockExchange ; skos:prefLabel "Nasdaq"@en ;
                aikg:mic "XNAS" ; aikg:exchangeCode "NASDAQ" .
            """;

    /** Lexicon style: subclasses only, skos labels, no rdfs:label, no aikg:linked. */
    static final String LEXICON = PREFIXES + """
            org:lindtech a aikg:Company ; skos:prefLabel "Lindtech"@en , "Lindtech"@de ;
                skos:altLabel "Lindtech Inc." ; aikg:contextLabel "Lind" ; aikg:headquarteredIn "Oslo" .
            org:lindlabs a aikg:ResearchOrganization ; skos:prefLabel "Lind Labs"@en ;
                aikg:spinOffOf org:lindtech .
            person:ada-lind a aikg:Person ; skos:prefLabel "Ada Lind"@en ;
                aikg:founderOf org:lindtech ; aikg:ceoOf org:lindtech .
            model:lind-2 a aikg:AIModel ; skos:prefLabel "Lind-2"@en ; aikg:contextLabel "L2" ;
                aikg:developedBy org:lindlabs ; aikg:basedOn model:lind-1 ; aikg:modelFamily "Lind" ;
                aikg:trainedOn chip:k9 .
            model:lind-1 a aikg:AIModel ; skos:prefLabel "Lind-1"@en .
            chip:k9 a aikg:Chip ; skos:prefLabel "K9"@en ; aikg:manufacturedBy org:lindtech ;
                aikg:generation "Kestrel" .
            """;

    static final String AIKG = Namespaces.AIKG;
    static final String EVIDENCE = Namespaces.DOC + "t1#ev-1";
    static final String MENTION = Namespaces.DOC + "t1#char=0,8";
    static final String MOVE = Namespaces.DOC + "t1#move-1";
    static final String PERSON = Namespaces.ID + "person/ada-lind";
    static final String EXCHANGE = Namespaces.ID + "exchange/XNAS";

    static Shapes shapes;

    @BeforeAll
    static void loadShapes() {
        shapes = Shapes.parse(RDFDataMgr.loadGraph(TestOntology.SHAPES));
    }

    @Test
    void validArticleGraphConforms() {
        ValidationReport report = validate(parse(VALID));
        assertTrue(report.conforms(), () -> describe(report));
    }

    @Test
    void lexiconStyleGraphConforms() {
        ValidationReport report = validate(parse(LEXICON));
        assertTrue(report.conforms(), () -> describe(report));
    }

    @Test
    void unionWithOntologyAndShapesConforms() {
        // The store's default graph is the union of all graphs, the ontology graph included.
        Model union = parse(VALID).add(parse(LEXICON))
                .add(RDFDataMgr.loadModel(TestOntology.ONTOLOGY)).add(RDFDataMgr.loadModel(TestOntology.SHAPES));
        ValidationReport report = validate(union);
        assertTrue(report.conforms(), () -> describe(report));
    }

    @Test
    void exchangeMicsThatDoNotStartWithXConform() {
        // ISO 10383 codes are four letters or digits; NYSE Arca is ARCX, Cboe BZX is BATS.
        Model data = parse(PREFIXES + """
                <https://w3id.org/aikg/id/exchange/ARCX> a aikg:StockExchange ; skos:prefLabel "NYSE Arca"@en ; aikg:mic "ARCX" .
                <https://w3id.org/aikg/id/exchange/BATS> a aikg:StockExchange ; skos:prefLabel "Cboe BZX"@en ; aikg:mic "BATS" .
                """);
        ValidationReport report = validate(data);
        assertTrue(report.conforms(), () -> describe(report));
        Model bad = parse(PREFIXES + """
                <https://w3id.org/aikg/id/exchange/nas> a aikg:StockExchange ; skos:prefLabel "Nasdaq"@en ; aikg:mic "nas" .
                """);
        assertFalse(validate(bad).conforms(), "three lower-case letters are no MIC");
    }

    @Test
    void founderOfAnAIModelFails() {
        Model data = parse(VALID);
        data.add(data.getResource(PERSON), aikg(data, "founderOf"), data.getResource(Namespaces.ID + "model/lind-1"));
        assertFailsOnlyAt(data, PERSON, AIKG + "founderOf");
    }

    @Test
    void founderOfFromAnOrganizationFails() {
        Model data = parse(VALID);
        Resource org = data.getResource(Namespaces.ID + "org/lindtech");
        data.add(org, aikg(data, "founderOf"), org);
        assertFails(data, org.getURI(), null);
    }

    @Test
    void evidenceWithoutSourceFails() {
        Model data = parse(VALID);
        data.removeAll(data.getResource(EVIDENCE), data.createProperty(Namespaces.PROV, "wasDerivedFrom"), null);
        assertFailsOnlyAt(data, EVIDENCE, Namespaces.PROV + "wasDerivedFrom");
    }

    @Test
    void confidenceAboveOneFails() {
        Model data = parse(VALID);
        replace(data, EVIDENCE, aikg(data, "confidence"), data.createTypedLiteral(new BigDecimal("1.5")));
        assertFailsOnlyAt(data, EVIDENCE, AIKG + "confidence");
    }

    @Test
    void evidenceEndingBeforeItBeginsFails() {
        Model data = parse(VALID);
        replace(data, EVIDENCE, data.createProperty(Namespaces.NIF, "beginIndex"), data.createTypedLiteral(
                BigInteger.valueOf(31)));
        assertFailsOnlyAt(data, EVIDENCE, Namespaces.NIF + "beginIndex");
    }

    @Test
    void stockMoveWithoutChangeFails() {
        Model data = parse(VALID);
        data.removeAll(data.getResource(MOVE), aikg(data, "changePercent"), null);
        assertFailsOnlyAt(data, MOVE, AIKG + "changePercent");
    }

    @Test
    void stockMoveInUnknownSessionFails() {
        Model data = parse(VALID);
        replace(data, MOVE, aikg(data, "session"), data.createLiteral("weekend"));
        assertFailsOnlyAt(data, MOVE, AIKG + "session");
    }

    @Test
    void mentionWithUnknownMethodFails() {
        Model data = parse(VALID);
        replace(data, MENTION, aikg(data, "method"), data.createLiteral("guess"));
        assertFailsOnlyAt(data, MENTION, AIKG + "method");
    }

    @Test
    void exchangeWithoutIsoMicFails() {
        Model data = parse(VALID);
        replace(data, EXCHANGE, aikg(data, "mic"), data.createLiteral("NASDAQ"));
        assertFailsOnlyAt(data, EXCHANGE, AIKG + "mic");
    }

    @Test
    void entityWithoutAnyLabelFails() {
        Model data = parse(VALID);
        data.removeAll(data.getResource(PERSON), RDFS.label, null);
        assertFails(data, PERSON, null);
    }

    @Test
    void articleWithoutHashFails() {
        Model data = parse(VALID);
        String article = Namespaces.DOC + "t1";
        data.removeAll(data.getResource(article), aikg(data, "sha256"), null);
        assertFailsOnlyAt(data, article, AIKG + "sha256");
    }

    @Test
    void untypedFounderOfTargetFails() {
        Model data = parse(VALID);
        // Typed only as a Company (as in the lexicon), lindtech still counts as an organisation ...
        data.remove(data.getResource(Namespaces.ID + "org/lindtech"), RDF.type,
                data.getResource(AIKG + "Organization"));
        // ... but an object the graph says nothing about does not.
        data.add(data.getResource(PERSON), aikg(data, "founderOf"), data.getResource(Namespaces.ID + "org/nowhere"));
        assertFailsOnlyAt(data, PERSON, AIKG + "founderOf");
    }

    // ---- helpers

    static Model parse(String turtle) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(m);
        return m;
    }

    static ValidationReport validate(Model data) {
        return ShaclValidator.get().validate(shapes, data.getGraph());
    }

    static Property aikg(Model m, String local) { return m.createProperty(AIKG, local); }

    static void replace(Model m, String subject, Property p, RDFNode value) {
        Resource s = m.getResource(subject);
        assertTrue(s.hasProperty(p), "test data lacks " + p + " on " + subject);
        m.removeAll(s, p, null);
        m.add(s, p, value);
    }

    /** The graph fails, and every violation is at the expected focus node and path. */
    static void assertFailsOnlyAt(Model data, String focus, String path) {
        ValidationReport report = assertFails(data, focus, path);
        for (ReportEntry e : report.getEntries()) {
            assertTrue(at(e, focus, path), () -> "unexpected violation: " + describe(report));
        }
    }

    /** The graph fails with a violation at the focus node (and path, when given). */
    static ValidationReport assertFails(Model data, String focus, String path) {
        ValidationReport report = validate(data);
        assertFalse(report.conforms(), "expected a violation at " + focus);
        assertTrue(report.getEntries().stream().anyMatch(e -> at(e, focus, path)),
                () -> "no violation at " + focus + " " + path + ": " + describe(report));
        return report;
    }

    static boolean at(ReportEntry e, String focus, String path) {
        Node f = NodeFactory.createURI(focus);
        if (!f.equals(e.focusNode())) return false;
        if (path == null) return true;
        return e.resultPath() instanceof P_Link link && link.getNode().getURI().equals(path);
    }

    static String describe(ValidationReport report) {
        return report.getEntries().stream().map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message())
                .collect(Collectors.joining("\n"));
    }

}
