package dev.aikg.rdf;

import dev.aikg.Namespaces;
import dev.aikg.testing.ExtractionFixture;
import dev.aikg.testing.Golden;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestExtractionMapper {

    private static DatasetGraph mapped() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        ExtractionMapper m = new ExtractionMapper();
        ExtractionFixture.both().forEach(x -> m.map(x, StreamRDFLib.dataset(dsg)));
        return dsg;
    }

    @Test
    void matchesGoldenTriG() throws Exception {
        DatasetGraph dsg = mapped();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dsg.prefixes().putAll(Vocab.prefixes());
        RDFDataMgr.write(out, dsg, RDFFormat.TRIG_PRETTY);
        if (Golden.updating()) Golden.check("mapper/fixture.trig", out.toString(StandardCharsets.UTF_8));
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph(Golden.file("mapper/fixture.trig").toString(), Lang.TRIG);
        assertTrue(IsoMatcher.isomorphic(expected, dsg), "mapping differs from golden/mapper/fixture.trig");
    }

    @Test
    void everyQuadIsInItsDocumentGraph() {
        DatasetGraph dsg = mapped();
        Iterator<Quad> it = dsg.find();
        int n = 0;
        while (it.hasNext()) {
            Quad q = it.next();
            n++;
            String g = q.getGraph().getURI();
            assertTrue(g.equals(Namespaces.graphOf("fixture-de")) || g.equals(Namespaces.graphOf("fixture-en")), g);
        }
        assertTrue(n > 100, "expected a substantial mapping, got " + n + " quads");
    }

    @Test
    void relationIsPlainTripleWithEvidence() {
        Dataset ds = DatasetFactory.wrap(mapped());
        String q = """
                PREFIX aikg: <https://w3id.org/aikg/ns#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT ?text ?b ?e ?rule WHERE { GRAPH ?g {
                  <https://w3id.org/aikg/id/person/liang-wenfeng> aikg:founderOf <https://w3id.org/aikg/id/org/deepseek> .
                  ?ev rdf:subject <https://w3id.org/aikg/id/person/liang-wenfeng> ; rdf:predicate aikg:founderOf ;
                      rdf:object <https://w3id.org/aikg/id/org/deepseek> ; prov:wasDerivedFrom <https://w3id.org/aikg/doc/fixture-de> ;
                      nif:beginIndex ?b ; nif:endIndex ?e ; aikg:rule ?rule ; aikg:inSentence ?s .
                  ?s nif:anchorOf ?text } }""";
        try (var qe = QueryExecutionFactory.create(q, ds)) {
            var rs = qe.execSelect();
            assertTrue(rs.hasNext());
            var row = rs.next();
            assertEquals("Gründer von DeepSeek ist Liang Wenfeng.", row.getLiteral("text").getString());
            int b = row.getLiteral("b").getInt(), e = row.getLiteral("e").getInt();
            assertEquals("Gründer von DeepSeek ist Liang Wenfeng", ExtractionFixture.DE_TEXT.substring(b, e));
            assertEquals("founder-copula-de", row.getLiteral("rule").getString());
            assertFalse(rs.hasNext());
        }
    }

    @Test
    void mentionOffsetsPointAtTheSurface() {
        DatasetGraph dsg = mapped();
        Node g = NodeFactory.createURI(Namespaces.graphOf("fixture-de"));
        Node nif = NodeFactory.createURI(Namespaces.NIF + "anchorOf");
        Node begin = NodeFactory.createURI(Namespaces.NIF + "beginIndex");
        Node end = NodeFactory.createURI(Namespaces.NIF + "endIndex");
        Iterator<Quad> it = dsg.find(g, Node.ANY, Vocab.REFERS_TO, Node.ANY);
        int n = 0;
        while (it.hasNext()) {
            Node m = it.next().getSubject();
            String anchor = dsg.find(g, m, nif, Node.ANY).next().getObject().getLiteralLexicalForm();
            int b = ((Number) dsg.find(g, m, begin, Node.ANY).next().getObject().getLiteralValue()).intValue();
            int e = ((Number) dsg.find(g, m, end, Node.ANY).next().getObject().getLiteralValue()).intValue();
            assertEquals(anchor, ExtractionFixture.DE_TEXT.substring(b, e));
            n++;
        }
        assertTrue(n >= 8, "mentions: " + n);
    }

    @Test
    void mappedGraphsConformToShapes() {
        DatasetGraph dsg = mapped();
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        for (String id : new String[] {"fixture-de", "fixture-en"}) {
            Graph g = dsg.getGraph(NodeFactory.createURI(Namespaces.graphOf(id)));
            ValidationReport r = ShaclValidator.get().validate(shapes, g);
            if (!r.conforms()) org.apache.jena.shacl.lib.ShLib.printReport(r);
            assertTrue(r.conforms(), id + " does not conform to the shapes");
        }
    }

    @Test
    void theSameFactInThreeArticlesHasThreeEvidenceRecords() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        ExtractionMapper m = new ExtractionMapper();
        dev.aikg.model.Extraction de = ExtractionFixture.german();
        for (String id : new String[] {"a", "b", "c"}) {
            var d = de.document();
            var doc = new dev.aikg.model.Document(id, d.title(), d.text(), d.lang(), d.published(), d.source(), d.sha256());
            var rel = de.relations().stream().map(r -> new dev.aikg.model.Relation(r.subjectId(), r.predicate(), r.object(),
                    r.role(), r.quote(), r.count(), r.amount(), new dev.aikg.model.Evidence(id, r.evidence().sentence(),
                    r.evidence().start(), r.evidence().end(), r.evidence().rule(), r.evidence().confidence()))).toList();
            m.map(new dev.aikg.model.Extraction(doc, de.sentences(), de.entities(), rel, List.of(), List.of(), List.of()),
                    StreamRDFLib.dataset(dsg));
        }
        String q = """
                PREFIX aikg: <https://w3id.org/aikg/ns#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT (COUNT(DISTINCT ?ev) AS ?records) (COUNT(DISTINCT ?doc) AS ?docs) WHERE { GRAPH ?g {
                  ?ev rdf:predicate aikg:founderOf ; rdf:subject <https://w3id.org/aikg/id/person/liang-wenfeng> ;
                      prov:wasDerivedFrom ?doc } }""";
        try (var qe = QueryExecutionFactory.create(q, DatasetFactory.wrap(dsg))) {
            var row = qe.execSelect().next();
            assertEquals(3, row.getLiteral("records").getInt());
            assertEquals(3, row.getLiteral("docs").getInt());
        }
    }
}
