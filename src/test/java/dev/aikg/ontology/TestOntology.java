package dev.aikg.ontology;

import dev.aikg.Namespaces;
import dev.aikg.model.EntityType;
import dev.aikg.model.Method;
import dev.aikg.model.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ontology declares every term the brief's lexicon format and RDF mapping use, in en and de. */
class TestOntology {
    static final String ONTOLOGY = "ontology/aikg.ttl";
    static final String SHAPES = "ontology/shapes.ttl";
    static final String ONTOLOGY_IRI = "https://w3id.org/aikg/ns";

    /** Classes named in the brief. */
    static final List<String> CLASSES = List.of("Article", "Person", "Organization", "Company", "InvestmentFirm",
            "Bank", "MediaOrganization", "ResearchOrganization", "GovernmentOrganization", "AIModel", "Chip",
            "StockIndex", "StockExchange", "Ticker", "StockMove", "Quantity", "Mention", "Evidence");

    /** Properties the brief's lexicon format and RDF mapping use. */
    static final List<String> PROPERTIES = List.of("founderOf", "ceoOf", "worksFor", "developedBy", "basedOn",
            "trainedOn", "manufacturedBy", "investedIn", "spinOffOf", "competesWith", "commentedOn",
            "headquarteredIn", "hasTicker", "symbol", "listedOn", "mic", "exchangeCode", "primaryListing",
            "contextLabel", "modelFamily", "generation", "linked", "refersTo", "method", "rule", "confidence",
            "inSentence", "sentenceIndex", "role", "quote", "chipCount", "amount", "subject", "changePercent",
            "approximate", "onDate", "session", "valueChange", "evidence", "quantityKind", "measures", "sha256",
            "source");

    static Model ontology;
    static Model shapes;

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadModel(ONTOLOGY);
        shapes = RDFDataMgr.loadModel(SHAPES);
    }

    @Test
    void bothFilesParse() {
        assertFalse(ontology.isEmpty());
        assertFalse(shapes.isEmpty());
    }

    @Test
    void ontologyHeader() {
        Resource o = ontology.getResource(ONTOLOGY_IRI);
        assertTrue(o.hasProperty(RDF.type, OWL.Ontology));
        assertEquals("1.0", o.getProperty(OWL.versionInfo).getString());
        Property title = ontology.createProperty(Namespaces.DCT, "title");
        Property description = ontology.createProperty(Namespaces.DCT, "description");
        assertEquals(Set.of("en", "de"), languages(o, title));
        assertEquals(Set.of("en", "de"), languages(o, description));
        assertTrue(o.hasProperty(ontology.createProperty(Namespaces.DCT, "license"),
                ontology.getResource("https://creativecommons.org/licenses/by/4.0/")));
    }

    @Test
    void briefClassesAreDeclared() {
        List<String> problems = new ArrayList<>();
        for (String c : CLASSES) {
            Resource r = ontology.getResource(Namespaces.AIKG + c);
            if (!r.hasProperty(RDF.type, OWL.Class)) problems.add(c + " is not an owl:Class");
            problems.addAll(documentationProblems(r));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void briefPropertiesAreDeclared() {
        List<String> problems = new ArrayList<>();
        for (String p : PROPERTIES) {
            Resource r = ontology.getResource(Namespaces.AIKG + p);
            if (!r.hasProperty(RDF.type, OWL.ObjectProperty) && !r.hasProperty(RDF.type, OWL.DatatypeProperty)) {
                problems.add(p + " is neither an owl:ObjectProperty nor an owl:DatatypeProperty");
            }
            problems.addAll(documentationProblems(r));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyAikgTermInTheOntologyIsDocumented() {
        List<String> problems = new ArrayList<>();
        for (Resource r : aikgTerms(ontology)) problems.addAll(documentationProblems(r));
        assertEquals(List.of(), problems);
    }

    @Test
    void everyAikgTermInTheShapesIsDeclared() {
        Set<Resource> used = aikgTerms(shapes);
        assertTrue(used.size() > 30, "the shapes should use most aikg terms, found " + used.size());
        List<String> problems = new ArrayList<>();
        for (Resource r : used) problems.addAll(documentationProblems(ontology.getResource(r.getURI())));
        assertEquals(List.of(), problems);
    }

    @Test
    void modelEnumsMatchTheOntology() {
        List<String> problems = new ArrayList<>();
        for (Predicate p : Predicate.values()) {
            Resource r = ontology.getResource(Namespaces.AIKG + p.label());
            boolean datatype = r.hasProperty(RDF.type, OWL.DatatypeProperty);
            if (datatype != p.literalObject()) problems.add(p.label() + ": literal object mismatch");
            if (r.hasProperty(RDF.type, OWL.SymmetricProperty) != p.symmetric()) {
                problems.add(p.label() + ": symmetry mismatch");
            }
        }
        for (EntityType t : EntityType.values()) {
            if (!ontology.getResource(Namespaces.AIKG + t.label()).hasProperty(RDF.type, OWL.Class)) {
                problems.add(t.label() + " is not a class");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void mentionMethodsInTheShapesMatchTheMethodEnum() {
        Property method = shapes.createProperty(Namespaces.AIKG, "method");
        Set<String> allowed = new TreeSet<>();
        shapes.listResourcesWithProperty(SHACLM.path, method).forEach(ps -> {
            Statement in = ps.getProperty(SHACLM.in);
            if (in == null) return;
            in.getObject().as(RDFList.class).iterator().forEach(n -> allowed.add(n.asLiteral().getString()));
        });
        Set<String> expected = Arrays.stream(Method.values()).map(m -> m.name().toLowerCase())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, allowed);
    }

    @Test
    void shapesAreValidShacl() {
        Shapes parsed = Shapes.parse(shapes.getGraph());
        long targeted = shapes.listSubjects().filterKeep(s -> s.hasProperty(SHACLM.targetClass)
                || s.hasProperty(SHACLM.targetSubjectsOf)).toList().size();
        assertTrue(targeted >= 20, "expected at least 20 targeted shapes, found " + targeted);
        assertEquals(targeted, parsed.getTargetShapes().size());
    }

    @Test
    void everyShapeExplainsItself() {
        List<String> problems = new ArrayList<>();
        for (Resource s : shapes.listSubjectsWithProperty(RDF.type, SHACLM.NodeShape).toList()) {
            if (!s.hasProperty(SHACLM.name)) problems.add(s + " has no sh:name");
            if (!s.hasProperty(SHACLM.description)) problems.add(s + " has no sh:description");
            for (Statement p : s.listProperties(SHACLM.property).toList()) {
                Resource ps = p.getResource();
                String where = s.getLocalName() + "/" + ps.getPropertyResourceValue(SHACLM.path);
                if (!ps.hasProperty(SHACLM.name)) problems.add(where + " has no sh:name");
                if (!ps.hasProperty(SHACLM.message)) problems.add(where + " has no sh:message");
            }
        }
        assertEquals(List.of(), problems);
    }

    /** What is missing for a term to count as declared: labels and comments in en and de, isDefinedBy. */
    static List<String> documentationProblems(Resource r) {
        List<String> problems = new ArrayList<>();
        String name = "aikg:" + r.getURI().substring(Namespaces.AIKG.length());
        if (!languages(r, RDFS.label).containsAll(Set.of("en", "de"))) problems.add(name + " lacks rdfs:label @en/@de");
        if (!languages(r, RDFS.comment).containsAll(Set.of("en", "de"))) {
            problems.add(name + " lacks rdfs:comment @en/@de");
        }
        if (!r.hasProperty(RDFS.isDefinedBy, r.getModel().getResource(ONTOLOGY_IRI))) {
            problems.add(name + " lacks rdfs:isDefinedBy");
        }
        return problems;
    }

    static Set<String> languages(Resource r, Property p) {
        return r.listProperties(p).mapWith(Statement::getObject).filterKeep(RDFNode::isLiteral)
                .mapWith(n -> ((Literal) n).getLanguage()).toSet();
    }

    /** Every IRI in the aikg: namespace that occurs anywhere in a model. */
    static Set<Resource> aikgTerms(Model m) {
        Set<Resource> terms = new LinkedHashSet<>();
        m.getGraph().find().forEach(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(Namespaces.AIKG)) terms.add(m.createResource(n.getURI()));
            }
        });
        return terms;
    }
}
