package dev.aikg.store;

import java.nio.file.Path;

/** Run in a separate JVM by {@link TestKnowledgeStore}: opens a store, prints "open", waits to be killed. */
public final class StoreHolderChild {
    private StoreHolderChild() { }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        KnowledgeStore ks = KnowledgeStore.open(Path.of(args[0]));
        ks.read(() -> ks.datasetGraph().isEmpty());
        System.out.println("open");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
