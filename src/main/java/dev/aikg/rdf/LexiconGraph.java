package dev.aikg.rdf;

import dev.aikg.lexicon.Lexicon;
import dev.aikg.lexicon.LexiconEntry;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes the lexicon graph: the lexicon files as they are, plus, for every entity, the two triples
 * an article graph would give it — its top class ({@code aikg:Organization} for a
 * {@code aikg:Company}) and a plain {@code rdfs:label} with its canonical name. Queries can then
 * name and type any entity the same way, whether it came from an article or only from the lexicon,
 * without reasoning and without duplicate rows from language-tagged labels.
 */
public final class LexiconGraph {
    private LexiconGraph() { }

    public static void write(Node graph, Lexicon lexicon, List<Path> files, StreamRDF quads) {
        StreamRDF into = StreamRDFLib.extendTriplesToQuads(graph, quads);
        for (Path p : files) RDFDataMgr.parse(into, p.toUri().toString());
        for (LexiconEntry e : lexicon.entries()) {
            Node s = ExtractionMapper.entity(e.id());
            into.triple(Triple.create(s, RDF.Nodes.type, ExtractionMapper.typeClass(e.type())));
            into.triple(Triple.create(s, RDFS.Nodes.label, ExtractionMapper.str(e.name())));
        }
    }
}
