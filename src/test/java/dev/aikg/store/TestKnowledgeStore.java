package dev.aikg.store;

import dev.aikg.Namespaces;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestKnowledgeStore {
    private static final Node G = NodeFactory.createURI(Namespaces.graphOf("a"));
    private static final Quad Q = Quad.create(G, NodeFactory.createURI("http://example.org/s"),
            NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("o"));

    @TempDir
    Path tmp;

    private static void write(KnowledgeStore ks, Runnable action) {
        DatasetGraph dsg = ks.datasetGraph();
        dsg.begin(TxnType.WRITE);
        try {
            action.run();
            dsg.commit();
        } finally {
            dsg.end();
        }
    }

    @Test
    void dataAndHashesSurviveCloseAndReopen() {
        Path dir = tmp.resolve("kg");
        assertFalse(KnowledgeStore.exists(dir));
        try (KnowledgeStore ks = KnowledgeStore.open(dir)) {
            write(ks, () -> {
                ks.datasetGraph().add(Q);
                ks.recordHash(G, "abc");
            });
        }
        assertTrue(KnowledgeStore.exists(dir));
        try (KnowledgeStore ks = KnowledgeStore.open(dir)) {
            assertEquals(Map.of(G.getURI(), "abc"), ks.recordedHashes());
            assertTrue(ks.read(() -> ks.datasetGraph().contains(Q)));
            // The bookkeeping stays out of the union graph that queries see.
            assertEquals(1L, (long) ks.read(() -> ks.datasetGraph().getUnionGraph().size()));
            write(ks, () -> ks.dropGraph(G));
            assertEquals(Map.of(), ks.recordedHashes());
            assertFalse(ks.read(() -> ks.datasetGraph().contains(Q)));
        }
    }

    @Test
    void compactionKeepsTheDataAndFreesOldBlocks() {
        Path dir = tmp.resolve("kg");
        try (KnowledgeStore ks = KnowledgeStore.open(dir)) {
            for (int i = 0; i < 30; i++) {
                int n = i;
                write(ks, () -> {
                    ks.dropGraph(G);
                    for (int j = 0; j < 200; j++) {
                        ks.datasetGraph().add(G, NodeFactory.createURI("http://example.org/s" + j),
                                NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("v" + n));
                    }
                });
            }
            long before = ks.sizeOnDisk();
            ks.compact();
            assertTrue(ks.sizeOnDisk() < before, ks.sizeOnDisk() + " >= " + before);
            assertEquals(200L, (long) ks.read(() -> ks.datasetGraph().getGraph(G).size()));
        }
        try (KnowledgeStore ks = KnowledgeStore.open(dir)) {
            assertEquals(200L, (long) ks.read(() -> ks.datasetGraph().getGraph(G).size()));
        }
    }

    @Test
    void aFileIsNoStoreDirectory() throws Exception {
        Path file = Files.writeString(tmp.resolve("kg"), "not a store");
        StoreException e = assertThrows(StoreException.class, () -> KnowledgeStore.open(file));
        assertEquals("store " + file + " is not a directory", e.getMessage());
        assertFalse(KnowledgeStore.exists(file));
    }

    @Test
    void aStoreOpenInAnotherProcessIsRefusedWithAOneLineMessage() throws Exception {
        Path dir = tmp.resolve("kg");
        try (KnowledgeStore ks = KnowledgeStore.open(dir)) {
            write(ks, () -> ks.datasetGraph().add(Q));
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreHolderChild.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try {
            StringBuilder output = new StringBuilder();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.equals("open")) output.append(line).append('\n');
            assertEquals("open", line, "child did not open the store:\n" + output);

            StoreException e = assertThrows(StoreException.class, () -> KnowledgeStore.open(dir));
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertTrue(e.getMessage().startsWith("store " + dir + " is in use by another process"), e.getMessage());
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(20, TimeUnit.SECONDS));
        }
        try (KnowledgeStore ks = KnowledgeStore.open(dir)) {
            assertTrue(ks.read(() -> ks.datasetGraph().contains(Q)), "store unusable after the other process died");
        }
    }
}
