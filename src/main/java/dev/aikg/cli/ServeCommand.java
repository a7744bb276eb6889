package dev.aikg.cli;

import dev.aikg.serve.SparqlServer;
import dev.aikg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", sortOptions = false,
        description = "Serve the store as a read-only SPARQL endpoint (Fuseki) at /aikg until Ctrl-C.",
        footer = {"", "Examples:",
                "  aikg serve                                # http://127.0.0.1:3030/aikg",
                "  aikg serve --port 8080 --timeout 30",
                "  curl -s http://127.0.0.1:3030/aikg/sparql --data-urlencode 'query=SELECT * {?s ?p ?o} LIMIT 3'"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "3030", description = "TCP port; 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "127.0.0.1/localhost (loopback) or 0.0.0.0 for every interface (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10", description = "query timeout (default: ${DEFAULT-VALUE})")
    int timeout;

    @Option(names = "--allow-update", description = "accept SPARQL Update and graph-store writes (off by default)")
    boolean allowUpdate;

    @Mixin
    StoreOption store;

    /** Released when the server should stop; tests count it down instead of sending Ctrl-C. */
    final CountDownLatch stop = new CountDownLatch(1);
    volatile SparqlServer running;

    @Override
    public Integer call() throws InterruptedException {
        try (KnowledgeStore ks = store.openExisting()) {
            SparqlServer server = SparqlServer.start(ks.datasetGraph(), port, host, timeout, allowUpdate);
            Thread hook = new Thread(stop::countDown, "aikg-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                running = server;
                var out = spec.commandLine().getOut();
                out.println("serving " + store.store + " at " + server.endpoint().replace("127.0.0.1", hostShown())
                        + (allowUpdate ? " (updates allowed)" : " (read-only)") + "; Ctrl-C to stop");
                out.flush();
                stop.await();
            } finally {
                running = null;
                server.stop();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // The JVM is already stopping (Ctrl-C): the hook has run.
                }
            }
        }
        return 0;
    }

    private String hostShown() { return host.equals("0.0.0.0") ? "0.0.0.0" : host.contains(":") ? "[" + host + "]" : host; }
}
