package dev.aikg.build;

import dev.aikg.Namespaces;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A build killed in the middle of its write transaction leaves the store as it was. */
class TestKilledBuild {
    @TempDir
    Path tmp;

    @Test
    void aKilledBuildLeavesTheStoreAsItWas() throws Exception {
        BuildFixture fx = new BuildFixture(tmp);
        fx.article("alpha.txt", 1);
        fx.article("beta.txt", 2);
        fx.build(false, false);
        Set<Quad> before = fx.quads();
        DatasetGraph beforeCopy = fx.copy();

        Path corpus = tmp.resolve("corpus.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 3000; i++) {
                w.write("{\"id\":\"gen-" + i + "\",\"published\":\"2025-01-28\",\"text\":\"Meldung " + i
                        + ": Der Chiphersteller Nvidia hat im Quartal " + i + " mehr verkauft. "
                        + "Analysten erwarten, dass die Nachfrage nach Rechenzentren weiter steigt.\"}\n");
            }
        }

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledBuildChild.class.getName(),
                fx.store.toString(), Path.of("ontology").toAbsolutePath().toString(), fx.lexicon.toString(),
                corpus.toString())
                .redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        boolean started = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                output.append(line).append('\n');
                if (line.equals("started")) {
                    started = true;
                    break;
                }
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(20, TimeUnit.SECONDS), "child did not die");
        } finally {
            child.destroyForcibly();
        }
        assertTrue(started, "child never started writing:\n" + output);

        assertEquals(before, fx.quads(), "a killed build changed the store");
        assertTrue(BuildFixture.isomorphic(beforeCopy, fx.copy()));
        assertTrue(fx.graphs().stream().noneMatch(g -> g.startsWith(Namespaces.graphOf("gen-"))));

        // The store still works: the same build now runs to the end.
        BuildReport r = fx.build(false, false, fx.articles, corpus);
        assertEquals(3000, r.written(), r.summary());
        assertEquals(2, r.skipped(), r.summary());
        assertEquals(3002 + 3, fx.graphs().size(), "the articles, the ontology, the lexicon and the summary");
    }
}
