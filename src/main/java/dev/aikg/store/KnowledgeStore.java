package dev.aikg.store;

import dev.aikg.Namespaces;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The TDB2 store: one named graph per article, plus the ontology, lexicon and meta graphs. The
 * union of named graphs is the default graph for queries. Only one process may open a store
 * directory; TDB2's lock file enforces that and this class turns a clash into a one-line message.
 */
public final class KnowledgeStore implements AutoCloseable {
    static {
        JenaSystem.init();
    }

    /**
     * Build bookkeeping (the hash each graph was built from) lives in the store's own default graph:
     * transactional with the facts, yet outside the union of named graphs that queries and dumps see.
     */
    private static final Node META = Quad.defaultGraphIRI;
    private static final Node SHA256 = NodeFactory.createURI(Namespaces.AIKG + "sha256");
    private static final Node STORE = NodeFactory.createURI(Namespaces.AIKG + "thisStore");
    private static final Node COMPACTED_SIZE = NodeFactory.createURI(Namespaces.AIKG + "compactedSize");

    private final Path dir;
    private final DatasetGraph dsg;

    private KnowledgeStore(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
    }

    /** Opens (creating if needed) the store in a directory. */
    public static KnowledgeStore open(Path dir) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new StoreException("store " + dir + " is not a directory");
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create store directory " + dir + ": " + e.getMessage(), e);
        }
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new KnowledgeStore(dir, dsg);
        } catch (AlreadyLocked e) {
            throw new StoreException("store " + dir + " is in use by another process (" + e.getMessage()
                    + "); stop that process first", e);
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.toLowerCase(java.util.Locale.ROOT).contains("lock")) {
                throw new StoreException("store " + dir + " is in use by another process (" + msg + ")", e);
            }
            throw new StoreException("cannot open store " + dir + ": " + msg, e);
        }
    }

    /** True when a directory holds a TDB2 store (used to refuse querying a store that was never built). */
    public static boolean exists(Path dir) {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }

    public Path directory() { return dir; }

    public DatasetGraph datasetGraph() { return dsg; }

    public Dataset dataset() { return DatasetFactory.wrap(dsg); }

    public <T> T read(Supplier<T> action) {
        dsg.begin(TxnType.READ);
        try {
            return action.get();
        } finally {
            dsg.end();
        }
    }

    /** Sha256 recorded for each stored graph (documents and reference graphs), by graph IRI. */
    public Map<String, String> recordedHashes() {
        return read(() -> {
            Map<String, String> m = new HashMap<>();
            Iterator<Quad> it = dsg.find(META, Node.ANY, SHA256, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                m.put(q.getSubject().getURI(), q.getObject().getLiteralLexicalForm());
            }
            return m;
        });
    }

    /** Records the hash of what a graph was built from; call inside a write transaction. */
    public void recordHash(Node graph, String sha256) {
        dsg.deleteAny(META, graph, SHA256, Node.ANY);
        if (sha256 != null) dsg.add(META, graph, SHA256, NodeFactory.createLiteralString(sha256));
    }

    /** Removes a graph and its recorded hash; call inside a write transaction. */
    public void dropGraph(Node graph) {
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        recordHash(graph, null);
    }

    /**
     * Compacts the database into a new generation and deletes the old one: TDB2 is copy-on-write,
     * so every write transaction leaves dead blocks behind until this runs.
     */
    public void compact() {
        DatabaseMgr.compact(dsg, true);
        recordCompactedSize(sizeOnDisk());
    }

    /**
     * The store's size on disk right after its last compaction (or after a first build, which leaves
     * nothing to reclaim), or -1 when not recorded: the yardstick for automatic compaction.
     */
    public long compactedSize() {
        return read(() -> {
            Iterator<Quad> it = dsg.find(META, STORE, COMPACTED_SIZE, Node.ANY);
            if (!it.hasNext()) return -1L;
            Object v = it.next().getObject().getLiteralValue();
            return v instanceof Number n ? n.longValue() : -1L;
        });
    }

    /** Records {@link #compactedSize()} in a write transaction of its own. */
    public void recordCompactedSize(long bytes) {
        dsg.begin(TxnType.WRITE);
        try {
            dsg.deleteAny(META, STORE, COMPACTED_SIZE, Node.ANY);
            dsg.add(META, STORE, COMPACTED_SIZE, NodeFactory.createLiteralDT(Long.toString(bytes),
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDlong));
            dsg.commit();
        } finally {
            dsg.end();
        }
    }

    /**
     * Bytes the store occupies on disk. TDB2 grows its memory-mapped files in large sparse chunks, so
     * the files' apparent sizes overstate it many times; the allocated size comes from {@code du}
     * where the system has it, else the apparent size is the (upper) answer.
     */
    public long sizeOnDisk() {
        try {
            Process du = new ProcessBuilder("du", "-sk", dir.toAbsolutePath().toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            if (du.waitFor() == 0 && out.matches("\\d+\\s.*")) return Long.parseLong(out.split("\\s")[0]) * 1024;
        } catch (IOException e) {
            // No du on this system: fall back to the apparent size below.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return apparentSize();
    }

    /** The sum of the store files' apparent sizes (sparse regions included). */
    public long apparentSize() {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Releases the directory (and its lock) so another process, or a later open, can use it. */
    @Override
    public void close() {
        TDBInternal.expel(dsg);
    }
}
