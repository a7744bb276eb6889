package dev.aikg.testing;

import dev.aikg.Namespaces;
import dev.aikg.build.SummaryGraph;
import dev.aikg.model.Extraction;
import dev.aikg.lexicon.LexiconLoader;
import dev.aikg.rdf.ExtractionMapper;
import dev.aikg.rdf.LexiconGraph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

import java.nio.file.Path;
import java.util.List;

/** An in-memory TDB2 dataset holding the fixture extractions, the ontology, the fixture lexicon and their summary graph. */
public final class FixtureStore {
    private FixtureStore() { }

    public static DatasetGraph create() { return create(ExtractionFixture.both()); }

    public static DatasetGraph create(List<Extraction> extractions) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.begin(TxnType.WRITE);
        try {
            StreamRDF sink = StreamRDFLib.dataset(dsg);
            ExtractionMapper mapper = new ExtractionMapper();
            for (Extraction x : extractions) mapper.map(x, sink);
            Path lexicon = Path.of("src/test/resources/fixture-lexicon.ttl");
            LexiconGraph.write(NodeFactory.createURI(Namespaces.LEXICON_GRAPH),
                    LexiconLoader.fromModel(RDFDataMgr.loadModel(lexicon.toString())), List.of(lexicon), sink);
            RDFDataMgr.parse(StreamRDFLib.extendTriplesToQuads(NodeFactory.createURI(Namespaces.ONTOLOGY_GRAPH), sink),
                    Path.of("ontology/aikg.ttl").toUri().toString());
            SummaryGraph.rebuild(dsg);
            dsg.commit();
        } finally {
            dsg.end();
        }
        return dsg;
    }
}
