package dev.aikg.cli;

import dev.aikg.rdf.Vocab;
import dev.aikg.store.KnowledgeStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;

@Command(name = "dump", sortOptions = false,
        description = "Write the store as RDF: Turtle of the union graph by default; TriG and N-Quads keep one graph per article.",
        footer = {"", "Examples:",
                "  aikg dump --out kg.ttl",
                "  aikg dump --format trig --out kg.trig",
                "  aikg dump --format nq | gzip > kg.nq.gz",
                "  aikg dump --graph https://w3id.org/aikg/graph/doc/01-deepseek-schock-de"})
final class DumpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "ttl",
            description = "ttl, trig, nq or jsonld (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--graph", paramLabel = "IRI", description = "only this named graph")
    String graph;

    @Option(names = "--out", paramLabel = "FILE", description = "write to a file instead of standard output")
    Path out;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws IOException {
        RDFFormat fmt = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "ttl", "turtle" -> RDFFormat.TURTLE_BLOCKS;
            case "trig" -> RDFFormat.TRIG_BLOCKS;
            case "nq", "nquads", "n-quads" -> RDFFormat.NQUADS;
            case "jsonld", "json-ld" -> RDFFormat.JSONLD11;
            default -> throw new IllegalArgumentException("unknown format '" + format + "': use ttl, trig, nq or jsonld");
        };
        boolean quads = fmt == RDFFormat.TRIG_BLOCKS || fmt == RDFFormat.NQUADS || fmt == RDFFormat.JSONLD11;
        try (KnowledgeStore ks = store.openExisting()) {
            ks.read(() -> {
                write(ks.datasetGraph(), fmt, quads);
                return null;
            });
        }
        return 0;
    }

    private void write(DatasetGraph dsg, RDFFormat fmt, boolean quads) {
        Node only = graph != null ? NodeFactory.createURI(graph) : null;
        if (only != null && !dsg.containsGraph(only)) throw new IllegalArgumentException("no graph " + graph + " in the store");
        try (OutputStream os = open()) {
            if (quads) {
                // Named graphs only: the store's default graph holds build bookkeeping, not facts.
                DatasetGraph view = DatasetGraphFactory.createGeneral();
                view.prefixes().putAll(Vocab.prefixes());
                Iterator<Quad> it = dsg.find(only != null ? only : Node.ANY, Node.ANY, Node.ANY, Node.ANY);
                if (fmt == RDFFormat.JSONLD11) {
                    it.forEachRemaining(q -> { if (!q.isDefaultGraph()) view.add(q); });
                    RDFWriter.source(view).format(fmt).output(os);
                } else {
                    org.apache.jena.riot.system.StreamRDF w = org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(os, fmt);
                    w.start();
                    Vocab.prefixes().getNsPrefixMap().forEach(w::prefix);
                    it.forEachRemaining(q -> { if (!q.isDefaultGraph()) w.quad(q); });
                    w.finish();
                }
            } else {
                Graph g = only != null ? dsg.getGraph(only) : dsg.getUnionGraph();
                org.apache.jena.riot.system.StreamRDF w = org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(os, fmt);
                w.start();
                Vocab.prefixes().getNsPrefixMap().forEach(w::prefix);
                g.find().forEachRemaining(w::triple);
                w.finish();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private OutputStream open() throws IOException {
        if (out != null) return new BufferedOutputStream(new FileOutputStream(out.toFile()), 1 << 16);
        spec.commandLine().getOut().flush();
        return new WriterOutputStream(spec.commandLine().getOut());
    }

}
