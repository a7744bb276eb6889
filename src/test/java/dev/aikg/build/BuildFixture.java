package dev.aikg.build;

import dev.aikg.Namespaces;

import dev.aikg.annotate.Pipeline;
import dev.aikg.read.ReadProblem;
import dev.aikg.store.KnowledgeStore;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** A temp directory with a tiny lexicon, articles and a store, and helpers to build and inspect it. */
final class BuildFixture {
    static final String LEXICON = """
            @prefix aikg: <https://w3id.org/aikg/ns#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix owl:  <http://www.w3.org/2002/07/owl#> .
            @prefix wd:   <http://www.wikidata.org/entity/> .
            @prefix org:  <https://w3id.org/aikg/id/org/> .
            @prefix person: <https://w3id.org/aikg/id/person/> .
            @prefix exchange: <https://w3id.org/aikg/id/exchange/> .
            @prefix ticker: <https://w3id.org/aikg/id/ticker/> .

            exchange:XNAS a aikg:StockExchange ; skos:prefLabel "Nasdaq"@en ; aikg:mic "XNAS" ; aikg:exchangeCode "NASDAQ" .
            org:nvidia a aikg:Company ; skos:prefLabel "Nvidia"@en , "Nvidia"@de ; skos:altLabel "NVIDIA" ;
                owl:sameAs wd:Q182477 ; aikg:hasTicker ticker:XNAS-NVDA ; aikg:headquarteredIn "Santa Clara" .
            ticker:XNAS-NVDA a aikg:Ticker ; aikg:symbol "NVDA" ; aikg:listedOn exchange:XNAS ; aikg:primaryListing true .
            person:jensen-huang a aikg:Person ; skos:prefLabel "Jensen Huang"@en ; aikg:ceoOf org:nvidia .
            """;

    final Path root;
    final Path lexicon;
    final Path articles;
    final Path store;
    final List<ReadProblem> problems = new CopyOnWriteArrayList<>();

    BuildFixture(Path root) throws IOException {
        this.root = root;
        this.lexicon = Files.createDirectories(root.resolve("lexicon"));
        this.articles = Files.createDirectories(root.resolve("articles"));
        this.store = root.resolve("kg");
        Files.writeString(lexicon.resolve("tiny.ttl"), LEXICON);
    }

    ReferenceData reference() { return reference(Path.of("ontology")); }

    ReferenceData reference(Path ontologyDir) { return ReferenceData.load(ontologyDir, lexicon); }

    /** Writes a small article of its own words; {@code n} varies the text. */
    Path article(String name, int n) {
        return write(articles.resolve(name), "Bericht Nummer " + n + "\n\n28.01.2025\n\n"
                + "Der Konzern Nvidia meldete am Dienstag, dass die Nachfrage nach Chips im Quartal " + n
                + " gestiegen ist. Der Chef Jensen Huang sprach von einem guten Jahr.\n");
    }

    static Path write(Path p, String text) {
        try {
            Files.createDirectories(p.getParent());
            return Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BuildReport build(boolean rebuild, boolean prune, Path... inputs) {
        return build(new Builder(reference()), rebuild, prune, inputs);
    }

    BuildReport build(Builder builder, boolean rebuild, boolean prune, Path... inputs) {
        return build(builder, rebuild, prune, Compaction.AUTO, inputs);
    }

    BuildReport build(Builder builder, boolean rebuild, boolean prune, Compaction compaction, Path... inputs) {
        List<Path> in = inputs.length == 0 ? List.of(articles) : List.of(inputs);
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            return builder.build(new BuildOptions(in, store, rebuild, prune, 2, compaction), ks, listener());
        }
    }

    long compactedSize() {
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            return ks.compactedSize();
        }
    }

    Builder builder(Pipeline pipeline) { return new Builder(reference(), pipeline); }

    BuildListener listener() {
        return new BuildListener() {
            @Override
            public void problem(ReadProblem problem) { problems.add(problem); }
        };
    }

    /**
     * Every quad in the store, the build bookkeeping in the default graph included, except the store's
     * recorded size after compaction: that is a fact about the files, not about the data.
     */
    Set<Quad> quads() {
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            Set<Quad> all = ks.read(() -> collect(ks.datasetGraph().find()));
            all.removeIf(q -> q.getPredicate().getURI().equals(Namespaces.AIKG + "compactedSize"));
            return all;
        }
    }

    /** The quads of one named graph. */
    Set<Quad> graph(String iri) {
        Node g = NodeFactory.createURI(iri);
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            return ks.read(() -> collect(ks.datasetGraph().find(g, Node.ANY, Node.ANY, Node.ANY)));
        }
    }

    /** Named graphs in the store. */
    Set<String> graphs() {
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            return ks.read(() -> {
                Set<String> out = new HashSet<>();
                ks.datasetGraph().listGraphNodes().forEachRemaining(n -> out.add(n.getURI()));
                return out;
            });
        }
    }

    /** An in-memory copy of the store, for isomorphism checks. */
    DatasetGraph copy() {
        DatasetGraph mem = DatasetGraphFactory.create();
        quads().forEach(mem::add);
        return mem;
    }

    /**
     * Dataset isomorphism, graph by graph with Jena's graph matcher (the ontology's many blank nodes
     * make the whole-dataset tuple matcher too slow).
     */
    static boolean isomorphic(DatasetGraph a, DatasetGraph b) {
        Set<Node> ga = new HashSet<>(), gb = new HashSet<>();
        a.listGraphNodes().forEachRemaining(ga::add);
        b.listGraphNodes().forEachRemaining(gb::add);
        if (!ga.equals(gb)) return false;
        if (!a.getDefaultGraph().isIsomorphicWith(b.getDefaultGraph())) return false;
        for (Node g : ga) {
            if (!a.getGraph(g).isIsomorphicWith(b.getGraph(g))) return false;
        }
        return true;
    }

    long sizeOnDisk() {
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            return ks.sizeOnDisk();
        }
    }

    static Set<Quad> collect(Iterator<Quad> it) {
        Set<Quad> out = new HashSet<>();
        it.forEachRemaining(out::add);
        return out;
    }

    static List<String> messages(List<ReadProblem> problems) {
        List<String> out = new ArrayList<>();
        for (ReadProblem p : problems) out.add(p.format());
        return out;
    }
}
