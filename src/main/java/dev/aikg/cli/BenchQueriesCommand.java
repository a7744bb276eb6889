package dev.aikg.cli;

import dev.aikg.bench.ParamPicker;
import dev.aikg.bench.QueryLatencyBenchmark;
import dev.aikg.bench.TsvFile;
import dev.aikg.query.QueryCatalog;
import dev.aikg.query.QuerySpec;
import dev.aikg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "queries", sortOptions = false,
        description = {"Warm latency of every catalog query on a store: p50, p95 and max over repeated runs "
                + "(nearest-rank), with the rows each returns.",
                "Parameters that name something are picked from the store (see the 'picked' marks); "
                + "path queries are marked, to be judged against their own bound."},
        footer = {"", "Examples:", "  aikg bench queries --store kg",
                "  aikg bench queries --only founders,entity-profile --param entity-profile.entity=Nvidia --tsv q.tsv"})
final class BenchQueriesCommand implements Callable<Integer> {
    static final List<String> TSV_HEADER = List.of("query", "path", "params", "rows", "runs", "p50_ms", "p95_ms", "max_ms");

    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "50", description = "measured runs per query (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "10", description = "unmeasured runs first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--only", split = ",", paramLabel = "NAME", description = "measure only these catalog queries")
    List<String> only;

    @Option(names = {"-p", "--param"}, paramLabel = "QUERY.NAME=VALUE", description = "set a parameter of one query")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--tsv", paramLabel = "FILE", description = "also append the figures to a TSV file")
    Path tsv;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "timeout per run (default: ${DEFAULT-VALUE})")
    int timeout;

    @Option(names = "--queries", paramLabel = "DIR", description = "catalog directory (default: queries/ of the aikg home)")
    Path queriesDir;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        Path dir = queriesDir != null ? queriesDir : AikgHome.resolve("queries");
        List<QuerySpec> selected = select(QueryCatalog.load(dir), dir);
        Map<String, Map<String, String>> given = givenParams(selected);
        PrintWriter out = spec.commandLine().getOut();
        List<QueryLatencyBenchmark.Result> results = new ArrayList<>();
        try (KnowledgeStore ks = store.openExisting()) {
            QueryLatencyBenchmark bench = new QueryLatencyBenchmark(ks.datasetGraph(), timeout * 1000L, warmup, runs);
            ParamPicker picker = ParamPicker.of(ks.datasetGraph());
            out.printf(Locale.ROOT, "store %s: %d queries, %d warm-up and %d measured runs each (nearest-rank percentiles)%n",
                    store.store, selected.size(), warmup, runs);
            out.printf(Locale.ROOT, "%-18s %-4s %7s %9s %9s %9s  %s%n", "query", "path", "rows", "p50 ms", "p95 ms", "max ms", "params");
            for (QuerySpec q : selected) {
                var r = bench.measure(q, picker.choose(q, given.getOrDefault(q.name(), Map.of())));
                results.add(r);
                out.printf(Locale.ROOT, "%-18s %-4s %7d %9.2f %9.2f %9.2f  %s%n", r.query(), r.path() ? "yes" : "no", r.rows(),
                        r.latency().p50Ms(), r.latency().p95Ms(), r.latency().maxMs(),
                        String.join("; ", r.params().stream().map(ParamPicker.Choice::format).toList()));
                out.flush();
            }
        }
        worst(results, false).ifPresent(r -> out.printf(Locale.ROOT, "worst p95, other queries: %.2f ms (%s)%n", r.latency().p95Ms(), r.query()));
        worst(results, true).ifPresent(r -> out.printf(Locale.ROOT, "worst p95, path queries: %.2f ms (%s)%n", r.latency().p95Ms(), r.query()));
        if (tsv != null) TsvFile.append(tsv, TSV_HEADER, results.stream().map(BenchQueriesCommand::tsvRow).toList());
        return 0;
    }

    private List<QuerySpec> select(QueryCatalog catalog, Path dir) {
        if (catalog.queries().isEmpty()) throw new IllegalArgumentException("no catalog queries in " + dir);
        if (only == null || only.isEmpty()) return catalog.queries();
        List<QuerySpec> out = new ArrayList<>();
        for (String name : only) {
            QuerySpec q = catalog.get(name.strip());
            if (q == null) throw new IllegalArgumentException("no query named '" + name.strip() + "' in " + dir + "; see 'aikg queries'");
            out.add(q);
        }
        return out;
    }

    /** {@code --param query.name=value} split by query; the query must be one being measured. */
    private Map<String, Map<String, String>> givenParams(List<QuerySpec> selected) {
        Map<String, Map<String, String>> byQuery = new HashMap<>();
        for (Map.Entry<String, String> e : params.entrySet()) {
            int dot = e.getKey().lastIndexOf('.');
            if (dot <= 0 || dot == e.getKey().length() - 1) {
                throw new IllegalArgumentException("--param takes QUERY.NAME=VALUE, e.g. entity-profile.entity=Nvidia; got " + e.getKey());
            }
            String query = e.getKey().substring(0, dot);
            if (selected.stream().noneMatch(q -> q.name().equals(query))) {
                throw new IllegalArgumentException("--param " + e.getKey() + ": no query '" + query + "' is being measured");
            }
            byQuery.computeIfAbsent(query, k -> new LinkedHashMap<>()).put(e.getKey().substring(dot + 1), e.getValue());
        }
        return byQuery;
    }

    private static java.util.Optional<QueryLatencyBenchmark.Result> worst(List<QueryLatencyBenchmark.Result> rs, boolean path) {
        return rs.stream().filter(r -> r.path() == path).max(java.util.Comparator.comparingDouble(r -> r.latency().p95Ms()));
    }

    static List<String> tsvRow(QueryLatencyBenchmark.Result r) {
        return List.of(r.query(), Boolean.toString(r.path()), r.paramText(), Long.toString(r.rows()), Integer.toString(r.runs()),
                TsvFile.ms(r.latency().p50Ms()), TsvFile.ms(r.latency().p95Ms()), TsvFile.ms(r.latency().maxMs()));
    }
}
