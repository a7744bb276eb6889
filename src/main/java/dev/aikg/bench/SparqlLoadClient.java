package dev.aikg.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load on a SPARQL endpoint from a closed loop of workers: each sends the query (SPARQL protocol,
 * POST {@code application/sparql-query}, asking for JSON results), reads the whole answer, and sends
 * again, until the run has lasted its duration or issued its maximum number of requests, whichever
 * comes first. A request in flight at the deadline may finish; each is limited by
 * {@link #REQUEST_TIMEOUT}, so a run never outlasts its duration by more than that.
 *
 * <p>A request is an error when it throws, answers outside 2xx, or (for each worker's first answer,
 * which is parsed in full to prove the endpoint returns real results) is not a SPARQL JSON results
 * document. Later answers are not parsed: that would spend the client's share of a small machine.
 * Latency percentiles cover the successful requests only, so fast failures cannot flatter them.
 */
public final class SparqlLoadClient {
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String RESULTS_JSON = "application/sparql-results+json";

    /** The outcome of a run. {@code latency} is null when no request succeeded. */
    public record Result(String query, int concurrency, long requests, long errors, String firstError, double seconds,
                         long rows, Percentiles.Summary latency) {
        public double requestsPerSecond() { return seconds > 0 ? requests / seconds : 0; }
    }

    private final URI endpoint;
    private final String queryText;
    private final int concurrency;
    private final Duration duration;
    private final int maxRequests;
    private final HttpClient http;
    private final ObjectMapper json = JsonMapper.builder().build();

    public SparqlLoadClient(URI endpoint, String queryText, int concurrency, Duration duration, int maxRequests) {
        checkLimits(concurrency, duration, maxRequests);
        this.endpoint = LoopbackUrl.require(endpoint.toString());
        this.queryText = queryText;
        this.concurrency = concurrency;
        this.duration = duration;
        this.maxRequests = maxRequests;
        // No proxy: the requests are for this machine's loopback and must never leave it.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The bounds a run needs: at least one worker, a positive duration, at least one request. */
    public static void checkLimits(int concurrency, Duration duration, int maxRequests) {
        if (concurrency < 1) throw new IllegalArgumentException("--concurrency must be at least 1");
        if (maxRequests < 1) throw new IllegalArgumentException("--max-requests must be at least 1");
        if (duration.isNegative() || duration.isZero()) throw new IllegalArgumentException("--duration must be positive");
    }

    /**
     * Sends {@code count} requests one after the other, unmeasured, so the server's code paths are
     * compiled before the run; returns how many failed (the run itself counts and reports errors).
     */
    public int warmUp(int count) throws InterruptedException {
        int failed = 0;
        for (int i = 0; i < count; i++) {
            try {
                if (http.send(request(), HttpResponse.BodyHandlers.ofByteArray()).statusCode() / 100 != 2) failed++;
            } catch (java.io.IOException e) {
                failed++;
            }
        }
        return failed;
    }

    public Result run(String queryName) throws InterruptedException {
        AtomicInteger tickets = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<Tally>> workers = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) workers.add(pool.submit(() -> work(tickets, deadline)));
            List<Tally> tallies = new ArrayList<>();
            for (Future<Tally> f : workers) tallies.add(f.get());
            double seconds = (System.nanoTime() - start) / 1e9;
            return combine(queryName, tallies, seconds);
        } catch (ExecutionException e) {
            throw new IllegalStateException("load worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One worker's closed loop: a ticket per request, so the total never passes the maximum. */
    private Tally work(AtomicInteger tickets, long deadline) {
        Tally t = new Tally();
        while (System.nanoTime() < deadline && tickets.incrementAndGet() <= maxRequests) {
            long t0 = System.nanoTime();
            try {
                HttpResponse<byte[]> resp = http.send(request(), HttpResponse.BodyHandlers.ofByteArray());
                long nanos = System.nanoTime() - t0;
                if (resp.statusCode() / 100 != 2) {
                    t.error("HTTP " + resp.statusCode() + ": " + firstLine(new String(resp.body(), StandardCharsets.UTF_8)));
                } else if (t.rows < 0) {
                    t.rows = resultRows(resp.body());
                    t.ok(nanos);
                } else {
                    t.ok(nanos);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                t.error(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())));
            }
            t.requests++;
        }
        return t;
    }

    private HttpRequest request() {
        return HttpRequest.newBuilder(endpoint).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/sparql-query; charset=utf-8")
                .header("Accept", RESULTS_JSON)
                .POST(HttpRequest.BodyPublishers.ofString(queryText, StandardCharsets.UTF_8)).build();
    }

    /** The number of rows in a SPARQL JSON results document; throws if the body is not one. */
    long resultRows(byte[] body) {
        JsonNode root = json.readTree(body);
        JsonNode bindings = root.path("results").path("bindings");
        if (bindings.isArray()) return bindings.size();
        if (root.path("boolean").isBoolean()) return 1;
        throw new IllegalStateException("not SPARQL JSON results: " + firstLine(new String(body, StandardCharsets.UTF_8)));
    }

    private Result combine(String queryName, List<Tally> tallies, double seconds) {
        long requests = 0, errors = 0, rows = -1;
        String firstError = null;
        int ok = 0;
        for (Tally t : tallies) {
            requests += t.requests;
            errors += t.errors;
            if (firstError == null) firstError = t.firstError;
            if (rows < 0) rows = t.rows;
            ok += t.okCount;
        }
        long[] all = new long[ok];
        int i = 0;
        for (Tally t : tallies) {
            System.arraycopy(t.nanos, 0, all, i, t.okCount);
            i += t.okCount;
        }
        return new Result(queryName, concurrency, requests, errors, firstError, seconds, rows,
                ok == 0 ? null : Percentiles.Summary.ofNanos(all));
    }

    private static String firstLine(String s) {
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 199) + "…" : line;
    }

    /** One worker's counts; confined to its thread until the worker returns it. */
    private static final class Tally {
        long requests;
        long errors;
        long rows = -1;
        String firstError;
        long[] nanos = new long[64];
        int okCount;

        void ok(long n) {
            if (okCount == nanos.length) nanos = Arrays.copyOf(nanos, nanos.length * 2);
            nanos[okCount++] = n;
        }

        void error(String message) {
            errors++;
            if (firstError == null) firstError = message;
        }
    }
}
