package dev.aikg.cli;

import dev.aikg.bench.BoundQueryText;
import dev.aikg.bench.LoopbackUrl;
import dev.aikg.bench.ParamPicker;
import dev.aikg.bench.SparqlLoadClient;
import dev.aikg.bench.TsvFile;
import dev.aikg.query.QueryCatalog;
import dev.aikg.query.QueryException;
import dev.aikg.query.QuerySpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Command(name = "load", sortOptions = false,
        description = {"Load on a running 'aikg serve' from this (second) process: workers send one catalog query "
                + "in a closed loop until the duration or the request count runs out; reports requests/s and latency.",
                "Only loopback URLs are accepted. Exit 1 if any request failed."},
        footer = {"", "Example:", "  aikg serve --store kg &",
                "  aikg bench load --url http://127.0.0.1:3030/aikg --query most-mentioned --concurrency 4 --duration 20s"})
final class BenchLoadCommand implements Callable<Integer> {
    static final List<String> TSV_HEADER = List.of("query", "concurrency", "requests", "errors", "seconds", "req_per_s",
            "p50_ms", "p95_ms", "max_ms");
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)?");

    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "the endpoint, e.g. http://127.0.0.1:3030/aikg")
    String url;

    @Option(names = "--query", required = true, paramLabel = "NAME", description = "catalog query to send")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "bind a parameter; unset ones that name something are picked through the endpoint")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--concurrency", defaultValue = "4", description = "workers sending at once (default: ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--duration", defaultValue = "20s", paramLabel = "TIME",
            description = "longest run, as 500ms, 20s or 2m (default: ${DEFAULT-VALUE})")
    String duration;

    @Option(names = "--max-requests", defaultValue = "5000", description = "most requests in all (default: ${DEFAULT-VALUE})")
    int maxRequests;

    @Option(names = "--warmup", defaultValue = "0", paramLabel = "N",
            description = "requests sent one by one before the run, not counted (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--tsv", paramLabel = "FILE", description = "also append the figures to a TSV file")
    Path tsv;

    @Option(names = "--queries", paramLabel = "DIR", description = "catalog directory (default: queries/ of the aikg home)")
    Path queriesDir;

    @Override
    public Integer call() throws InterruptedException {
        URI endpoint = LoopbackUrl.require(url);
        Duration limit = parseDuration(duration);
        Path dir = queriesDir != null ? queriesDir : AikgHome.resolve("queries");
        QuerySpec q = QueryCatalog.load(dir).get(query);
        if (q == null) throw new IllegalArgumentException("no query named '" + query + "' in " + dir + "; see 'aikg queries'");
        SparqlLoadClient.checkLimits(concurrency, limit, maxRequests);
        List<ParamPicker.Choice> choices = ParamPicker.ofEndpoint(endpoint.toString()).choose(q, params);
        SparqlLoadClient client = new SparqlLoadClient(endpoint, BoundQueryText.of(q, ParamPicker.values(choices)), concurrency, limit, maxRequests);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "load: %s at %s, %d workers, up to %s or %d requests%n", q.name(), endpoint, concurrency,
                duration, maxRequests);
        if (!choices.isEmpty()) out.println("params: " + String.join("; ", choices.stream().map(ParamPicker.Choice::format).toList()));
        out.flush();
        if (warmup > 0) {
            int failed = client.warmUp(warmup);
            out.printf(Locale.ROOT, "warm-up: %d requests, %d failed%n", warmup, failed);
        }
        SparqlLoadClient.Result r = client.run(q.name());
        out.println(report(r));
        if (r.firstError() != null) out.println("first error: " + r.firstError());
        out.flush();
        if (tsv != null) TsvFile.append(tsv, TSV_HEADER, List.of(tsvRow(r)));
        if (r.errors() > 0) {
            throw new QueryException(r.errors() + " of " + r.requests() + " requests failed; first: " + r.firstError());
        }
        return 0;
    }

    static String report(SparqlLoadClient.Result r) {
        String latency = r.latency() == null ? "no successful request"
                : String.format(Locale.ROOT, "latency p50 %.2f ms, p95 %.2f ms, max %.2f ms", r.latency().p50Ms(),
                r.latency().p95Ms(), r.latency().maxMs());
        return String.format(Locale.ROOT, "requests %d, errors %d, %.2f s, %.1f requests/s; %s%s",
                r.requests(), r.errors(), r.seconds(), r.requestsPerSecond(), latency,
                r.rows() < 0 ? "" : "; " + r.rows() + " rows in the first answer");
    }

    static List<String> tsvRow(SparqlLoadClient.Result r) {
        var l = r.latency();
        return List.of(r.query(), Integer.toString(r.concurrency()), Long.toString(r.requests()), Long.toString(r.errors()),
                String.format(Locale.ROOT, "%.3f", r.seconds()), String.format(Locale.ROOT, "%.1f", r.requestsPerSecond()),
                l == null ? "" : TsvFile.ms(l.p50Ms()), l == null ? "" : TsvFile.ms(l.p95Ms()), l == null ? "" : TsvFile.ms(l.maxMs()));
    }

    /** "500ms", "20s", "2m", or a bare number of seconds. */
    static Duration parseDuration(String text) {
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches()) throw new IllegalArgumentException("--duration takes a time such as 500ms, 20s or 2m; got " + text);
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        long millis = Math.round(n * switch (unit) {
            case "ms" -> 1;
            case "m" -> 60_000;
            default -> 1000;
        });
        if (millis <= 0) throw new IllegalArgumentException("--duration must be positive; got " + text);
        return Duration.ofMillis(millis);
    }
}
