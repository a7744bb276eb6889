package dev.aikg.build;

import dev.aikg.Namespaces;
import dev.aikg.annotate.Pipeline;
import dev.aikg.annotate.Pipelines;
import dev.aikg.annotate.StageTimings;
import dev.aikg.model.Document;
import dev.aikg.model.Entity;
import dev.aikg.model.Extraction;
import dev.aikg.rdf.ExtractionMapper;
import dev.aikg.rdf.LexiconGraph;
import dev.aikg.read.DocumentReader;
import dev.aikg.read.KnownDocuments;
import dev.aikg.read.ReadProblem;
import dev.aikg.store.KnowledgeStore;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds articles into the store. Documents stream from the reader through a pool of extraction
 * threads to the one thread that holds the write transaction: the whole build is one transaction,
 * so a build that is killed or fails leaves the store exactly as it was. Unchanged documents (same
 * bytes, same lexicon and extractor) are skipped before extraction; a changed one has its named
 * graph replaced. Before the commit, the summary graph's tallies are recounted for what the build
 * touched ({@link SummaryGraph}); after it, the store is compacted as the {@link Compaction} policy says.
 */
public final class Builder {
    private static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(Namespaces.ONTOLOGY_GRAPH);
    private static final Node LEXICON_GRAPH = NodeFactory.createURI(Namespaces.LEXICON_GRAPH);
    private static final Node SUMMARY_GRAPH = NodeFactory.createURI(Namespaces.SUMMARY_GRAPH);
    private static final String DOC_GRAPH_PREFIX = Namespaces.GRAPH + "doc/";

    private final ReferenceData reference;
    private final StageTimings timings;
    /** Built on a thread of its own: a build reads its inputs and opens the store meanwhile. */
    private final CompletableFuture<Pipeline> pipeline;
    private final long createdAt = System.nanoTime();
    private volatile long pipelineReadyAt;
    private final ExtractionMapper mapper = new ExtractionMapper();

    /** A builder whose standard pipeline is built in the background, from the lexicon as soon as it is parsed. */
    public Builder(ReferenceData reference) {
        this.reference = reference;
        this.timings = new StageTimings();
        this.pipeline = Background.start("aikg-pipeline", () -> ready(Pipelines.standard(reference.lexicon(), timings)));
    }

    /** A builder with its own pipeline (tests, experiments); stage timings come from that pipeline. */
    public Builder(ReferenceData reference, Pipeline pipeline) {
        this.reference = reference;
        this.pipeline = CompletableFuture.completedFuture(ready(pipeline));
        this.timings = pipeline.timings();
    }

    private Pipeline ready(Pipeline p) {
        pipelineReadyAt = System.nanoTime();
        return p;
    }

    /** One document's outcome on its way from an extraction thread to the writer. */
    private record Job(Path file, Document document, Extraction extraction, String error) {
        static final Job END = new Job(null, null, null, null);
    }

    public BuildReport build(BuildOptions options, KnowledgeStore store, BuildListener listener) {
        long t0 = System.nanoTime();
        Map<String, String> recorded = options.rebuild() ? Map.of() : store.recordedHashes();
        String fingerprint = reference.pipelineFingerprint();
        DocumentReader reader = new DocumentReader();
        AtomicInteger read = new AtomicInteger(), skipped = new AtomicInteger(), failed = new AtomicInteger();
        List<Path> files = reader.files(options.inputs(), p -> {
            if (p.fatal()) failed.incrementAndGet();
            listener.problem(p);
        });
        boolean inputsComplete = options.inputs().stream().allMatch(Files::exists);

        AtomicInteger filesDone = new AtomicInteger();
        Set<String> seenGraphs = java.util.concurrent.ConcurrentHashMap.newKeySet();
        ReaderOutcome outcome = new ReaderOutcome();
        BlockingQueue<CompletableFuture<Job>> queue = new ArrayBlockingQueue<>(options.threads() * 8);
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "aikg-extract");
            t.setDaemon(true);
            return t;
        });
        Thread producer = new Thread(() -> produce(options, reader, files, recorded, fingerprint, seenGraphs,
                queue, pool, read, skipped, failed, filesDone, listener, outcome), "aikg-read");
        producer.setDaemon(true);
        producer.start();

        DatasetGraph dsg = store.datasetGraph();
        boolean writing = false;
        int written = 0, pruned = 0;
        long relations = 0;
        Set<String> entityIds = new HashSet<>();
        QuadSink sink = new QuadSink(dsg);
        SummaryDelta delta = new SummaryDelta();
        long storeNanos = 0, commitNanos = 0, compactNanos = 0, summaryNanos = 0;
        boolean compacted = false;
        // A --rebuild into a store that holds nothing leaves nothing to reclaim either.
        Set<String> writtenGraphs = new HashSet<>();
        boolean startedEmpty = options.rebuild() ? store.recordedHashes().isEmpty() : recorded.isEmpty();
        try {
            if (options.rebuild()) {
                writing = begin(dsg);
                dsg.clear();
            }
            // Waits for the pipeline while the reader hashes the inputs; a lexicon that cannot be parsed fails the build here.
            Background.join(pipeline);
            while (true) {
                CompletableFuture<Job> f = queue.take();
                Job job = f.get();
                if (job == Job.END) break;
                if (job.error() != null) {
                    failed.incrementAndGet();
                    // The file, not the document's source: a JSONL source is a URL, not a path.
                    listener.problem(ReadProblem.error(job.file(), "document \"" + job.document().id() + "\": "
                            + job.error()));
                } else {
                    if (!writing) writing = begin(dsg);
                    long s0 = System.nanoTime();
                    Node g = ExtractionMapper.graphOf(job.document().id());
                    List<Quad> quads = new ArrayList<>();
                    mapper.map(job.extraction(), collector(quads));
                    if (recorded.containsKey(g.getURI()) || !writtenGraphs.add(g.getURI())) {
                        // A changed article: only the quads that differ are touched.
                        GraphReplacer.Replaced r = GraphReplacer.replace(dsg, g, quads);
                        delta.replace(ArticleTallies.of(r.old()), ArticleTallies.of(r.now()));
                        sink.counted(quads.size());
                    } else {
                        Set<Quad> now = new LinkedHashSet<>(quads);
                        for (Quad q : now) sink.quad(q);
                        delta.replace(ArticleTallies.NONE, ArticleTallies.of(now));
                    }
                    SummaryGraph.writeOutIfLarge(dsg, delta);
                    store.recordHash(g, job.document().sha256() + ":" + fingerprint);
                    storeNanos += System.nanoTime() - s0;
                    written++;
                    relations += job.extraction().relations().size();
                    for (Entity e : job.extraction().entities()) entityIds.add(e.id());
                }
                listener.progress(read.get(), filesDone.get(), files.size());
            }
            producer.join();
            if (outcome.failure != null) {
                // Never commit a partial read: the missing documents would look removed to --prune.
                throw new IllegalStateException("reading the inputs failed: " + outcome.failure, outcome.failure);
            }
            if (options.prune()) {
                if (!inputsComplete) {
                    listener.problem(ReadProblem.warning(Path.of("."), "--prune ignored: some inputs are missing"));
                } else if (outcome.unreadable) {
                    // A file that failed to read is still an input; its graph must not look removed.
                    listener.problem(ReadProblem.warning(Path.of("."),
                            "--prune ignored: some inputs could not be read (see the errors above)"));
                } else {
                    for (String graph : recorded.keySet()) {
                        if (graph.startsWith(DOC_GRAPH_PREFIX) && !seenGraphs.contains(graph)) {
                            if (!writing) writing = begin(dsg);
                            Node gone = NodeFactory.createURI(graph);
                            Set<Quad> was = new HashSet<>();
                            dsg.find(gone, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(was::add);
                            delta.replace(ArticleTallies.of(was), ArticleTallies.NONE);
                            store.dropGraph(gone);
                            pruned++;
                        }
                    }
                }
            }
            if (!reference.ontologyHash().equals(recorded.get(ONTOLOGY_GRAPH.getURI()))) {
                if (!writing) writing = begin(dsg);
                store.dropGraph(ONTOLOGY_GRAPH);
                StreamRDF into = StreamRDFLib.extendTriplesToQuads(ONTOLOGY_GRAPH, sink);
                for (Path p : reference.ontologyFiles()) RDFDataMgr.parse(into, p.toUri().toString());
                store.recordHash(ONTOLOGY_GRAPH, reference.ontologyHash());
            }
            if (!reference.lexiconHash().equals(recorded.get(LEXICON_GRAPH.getURI()))) {
                if (!writing) writing = begin(dsg);
                // Lexicon entities have directory entries in the summary: the old and the new ones are recounted.
                dsg.find(LEXICON_GRAPH, Node.ANY, RDFS.Nodes.label, Node.ANY).forEachRemaining(delta::lexicon);
                store.dropGraph(LEXICON_GRAPH);
                LexiconGraph.write(LEXICON_GRAPH, reference.lexicon(), reference.lexiconFiles(), lexiconSink(sink, delta));
                store.recordHash(LEXICON_GRAPH, reference.lexiconHash());
            }
            // A summary kept by an older version lacks what today's queries read: it is recounted whole,
            // once, from the store (cheaper than re-extracting every article).
            boolean summaryCurrent = startedEmpty || options.rebuild() || SummaryGraph.VERSION.equals(recorded.get(SUMMARY_GRAPH.getURI()));
            if (!summaryCurrent && !writing) writing = begin(dsg);
            if (writing) {
                long m0 = System.nanoTime();
                if (summaryCurrent) {
                    SummaryGraph.finish(dsg, delta);
                } else {
                    SummaryGraph.rebuild(dsg);
                }
                if (!SummaryGraph.VERSION.equals(recorded.get(SUMMARY_GRAPH.getURI()))) {
                    store.recordHash(SUMMARY_GRAPH, SummaryGraph.VERSION);
                }
                summaryNanos = System.nanoTime() - m0;
                long s0 = System.nanoTime();
                dsg.commit();
                dsg.end();
                writing = false;
                // Apart from "store": the commit syncs every index block the build copied, which a rebuild's few quads can make dominant.
                commitNanos = System.nanoTime() - s0;
                long c0 = System.nanoTime();
                compacted = compactIfDue(options, store, startedEmpty);
                compactNanos = System.nanoTime() - c0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        } finally {
            if (writing) {
                dsg.abort();
                dsg.end();
            }
            producer.interrupt();
            pool.shutdownNow();
        }
        Map<String, Double> stages = new LinkedHashMap<>();
        // From the builder's creation: lexicon parse and index, overlapped with opening the store and hashing the inputs.
        stages.put("pipeline", Math.max(0, pipelineReadyAt - createdAt) / 1e6);
        stages.putAll(timings.millis());
        stages.put("store", storeNanos / 1e6);
        stages.put("summary", summaryNanos / 1e6);
        stages.put("commit", commitNanos / 1e6);
        stages.put("compact", compactNanos / 1e6);
        return new BuildReport(read.get(), skipped.get(), failed.get(), written, pruned, entityIds.size(), relations,
                sink.count(), (System.nanoTime() - t0) / 1e9, store.sizeOnDisk(), compacted, stages);
    }

    private static StreamRDF collector(List<Quad> into) {
        return new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad quad) { into.add(quad); }
        };
    }

    /** Writes the lexicon's quads and notes them in the delta: its entities and facts are in the summary too. */
    private static StreamRDF lexiconSink(StreamRDF out, SummaryDelta delta) {
        return new org.apache.jena.riot.system.StreamRDFWrapper(out) {
            @Override
            public void quad(Quad quad) {
                delta.lexicon(quad);
                super.quad(quad);
            }
        };
    }

    /** Compacts when the policy says so and keeps the size the next automatic decision compares with. */
    private static boolean compactIfDue(BuildOptions options, KnowledgeStore store, boolean startedEmpty) {
        long size = store.sizeOnDisk();
        long baseline = store.compactedSize();
        if (options.compaction().due(size, baseline, startedEmpty)) {
            store.compact();
            return true;
        }
        if (baseline < 0) store.recordCompactedSize(size);
        return false;
    }

    /** The reader thread: reads documents, skips unchanged ones, hands the rest to the extraction pool in order. */
    private void produce(BuildOptions options, DocumentReader reader, List<Path> files, Map<String, String> recorded,
                         String fingerprint, Set<String> seenGraphs, BlockingQueue<CompletableFuture<Job>> queue,
                         ExecutorService pool, AtomicInteger read, AtomicInteger skipped, AtomicInteger failed,
                         AtomicInteger filesDone, BuildListener listener, ReaderOutcome outcome) {
        try {
            // An unchanged document is counted and its graph kept without being parsed.
            KnownDocuments unchanged = (id, sha256) -> {
                String graph = Namespaces.graphOf(id);
                // A second document with this id is parsed, to be reported as a duplicate below.
                if (!(sha256 + ":" + fingerprint).equals(recorded.get(graph)) || !seenGraphs.add(graph)) {
                    return false;
                }
                read.incrementAndGet();
                skipped.incrementAndGet();
                return true;
            };
            for (Path file : files) {
                reader.read(List.of(file), unchanged, doc -> {
                    read.incrementAndGet();
                    String graph = Namespaces.graphOf(doc.id());
                    if (!seenGraphs.add(graph)) {
                        failed.incrementAndGet();
                        listener.problem(ReadProblem.error(file, "document id \"" + doc.id()
                                + "\" appears twice in the inputs; skipped"));
                        return;
                    }
                    if ((doc.sha256() + ":" + fingerprint).equals(recorded.get(graph))) {
                        skipped.incrementAndGet();
                        return;
                    }
                    put(queue, CompletableFuture.supplyAsync(() -> extract(file, doc), pool));
                }, problem -> {
                    if (problem.fatal()) {
                        failed.incrementAndGet();
                        outcome.unreadable = true;
                    }
                    listener.problem(problem);
                });
                filesDone.incrementAndGet();
            }
            if (options.inputs().isEmpty()) {
                listener.problem(ReadProblem.warning(Path.of("."), "no inputs given"));
            }
        } catch (RuntimeException | Error e) {
            outcome.failure = e;
        } finally {
            try {
                queue.put(CompletableFuture.completedFuture(Job.END));
            } catch (InterruptedException e) {
                // The writer has given up and interrupted us: nobody waits for the end marker.
                Thread.currentThread().interrupt();
            }
        }
    }

    /** What the reader thread tells the writer besides documents. */
    private static final class ReaderOutcome {
        /** Some file or line could not be read. */
        volatile boolean unreadable;
        /** The reader thread itself failed; the build must not commit. */
        volatile Throwable failure;
    }

    private Job extract(Path file, Document doc) {
        try {
            return new Job(file, doc, Background.join(pipeline).extract(doc), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Job(file, doc, null, "extraction failed: " + e);
        }
    }

    private static void put(BlockingQueue<CompletableFuture<Job>> queue, CompletableFuture<Job> f) {
        try {
            queue.put(f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        }
    }

    private static boolean begin(DatasetGraph dsg) {
        dsg.begin(TxnType.WRITE);
        return true;
    }
}
