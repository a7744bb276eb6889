package dev.aikg.serve;

import dev.aikg.query.ConnectionsFunction;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The store as a Fuseki endpoint at {@code /aikg}: SPARQL query and graph-store reads, updates only
 * when asked for, loopback only unless the host says otherwise, and a query timeout. The caller
 * must {@link #stop()} it: Jetty's threads keep the JVM alive.
 */
public final class SparqlServer implements AutoCloseable {
    public static final String DATASET = "/aikg";

    private final FusekiServer server;

    private SparqlServer(FusekiServer server) { this.server = server; }

    /**
     * @param port        TCP port; 0 picks a free one
     * @param host        127.0.0.1/localhost/::1 (loopback) or 0.0.0.0 (every interface)
     * @param timeoutSecs query timeout in seconds
     * @param allowUpdate true to accept SPARQL Update and graph-store writes
     */
    public static SparqlServer start(DatasetGraph dsg, int port, String host, int timeoutSecs, boolean allowUpdate) {
        boolean loopback = isLoopback(host);
        if (!loopback && !host.equals("0.0.0.0")) {
            throw new IllegalArgumentException("--host must be a loopback address (127.0.0.1, localhost, ::1) "
                    + "or 0.0.0.0 for every interface; got " + host);
        }
        ConnectionsFunction.register();
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeoutSecs * 1000L));
        FusekiServer server = FusekiServer.create()
                .port(port)
                .loopback(loopback)
                .enablePing(true)
                .enableStats(false)
                .add(DATASET, dsg, allowUpdate)
                .build();
        server.start();
        return new SparqlServer(server);
    }

    static boolean isLoopback(String host) {
        if (host.equals("localhost")) return true;
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    public int port() { return server.getHttpPort(); }

    public String endpoint() { return "http://127.0.0.1:" + port() + DATASET; }

    public void join() { server.join(); }

    public void stop() { server.stop(); }

    @Override
    public void close() { stop(); }
}
