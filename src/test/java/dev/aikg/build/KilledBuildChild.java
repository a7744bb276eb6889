package dev.aikg.build;

import dev.aikg.store.KnowledgeStore;

import java.nio.file.Path;
import java.util.List;

/**
 * Run in a separate JVM by {@link TestKilledBuild}: builds a large input into a store and prints
 * "started" once hundreds of documents sit in the open write transaction, then keeps writing slowly
 * so the kill lands mid-transaction. Arguments: store, ontology dir, lexicon dir, input.
 */
public final class KilledBuildChild {
    private KilledBuildChild() { }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path store = Path.of(args[0]);
        ReferenceData ref = ReferenceData.load(Path.of(args[1]), Path.of(args[2]));
        BuildListener listener = new BuildListener() {
            private int handled;

            @Override
            public void progress(int documentsDone, int filesDone, int filesTotal) {
                handled++;
                if (handled == 500) {
                    System.out.println("started");
                    System.out.flush();
                }
                if (handled >= 500) {
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            BuildReport r = new Builder(ref).build(new BuildOptions(List.of(Path.of(args[3])), store, false, false, 1),
                    ks, listener);
            System.out.println("finished " + r.summary());
        }
    }
}
