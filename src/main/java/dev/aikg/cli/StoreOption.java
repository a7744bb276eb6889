package dev.aikg.cli;

import dev.aikg.store.KnowledgeStore;
import dev.aikg.store.StoreException;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --store} option shared by every command that reads or writes the store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "kg",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE})")
    Path store;

    /** Opens a store that a build has made; refuses an empty or missing one with a hint. */
    KnowledgeStore openExisting() {
        if (!KnowledgeStore.exists(store)) {
            throw new StoreException("no store at " + store + "; run 'aikg build' first (or pass --store DIR)");
        }
        return KnowledgeStore.open(store);
    }
}
