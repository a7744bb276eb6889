package dev.aikg.build;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Work started on a thread of its own so that the caller can go on: a build parses the lexicon and builds
 * its pipeline while it opens the store and hashes its inputs. Failures come back as they were thrown.
 */
final class Background {
    private Background() { }

    /** Runs {@code work} on a new daemon thread named {@code name}. */
    static <T> CompletableFuture<T> start(String name, Supplier<T> work) {
        Executor thread = r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.start();
        };
        return CompletableFuture.supplyAsync(work, thread);
    }

    /** The result, or what the work threw (not wrapped), so callers report it as if they had done the work. */
    static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }
}
