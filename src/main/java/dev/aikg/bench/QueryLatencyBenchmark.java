package dev.aikg.bench;

import dev.aikg.query.QueryResult;
import dev.aikg.query.QueryRunner;
import dev.aikg.query.QuerySpec;
import org.apache.jena.sparql.core.DatasetGraph;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Warm latency of catalog queries on a store: each query runs {@code warmup} times unmeasured, then
 * {@code runs} times measured, one after the other on one thread. A run is what {@code aikg query}
 * does before writing: parse, bind, execute in a read transaction and read every row, so the time
 * covers producing the whole answer, not just the first row.
 */
public final class QueryLatencyBenchmark {

    /** The measurement of one query. */
    public record Result(String query, boolean path, List<ParamPicker.Choice> params, long rows, int runs,
                         Percentiles.Summary latency) {
        /** Parameters as {@code name=value} pairs joined by "; ", on one line. */
        public String paramText() {
            return params.stream().map(c -> c.name() + "=" + c.value())
                    .map(s -> s.replace('\t', ' ').replace('\n', ' ')).collect(Collectors.joining("; "));
        }
    }

    private final DatasetGraph dsg;
    private final QueryRunner runner;
    private final int warmup;
    private final int runs;

    public QueryLatencyBenchmark(DatasetGraph dsg, long timeoutMillis, int warmup, int runs) {
        if (runs < 1 || warmup < 0) throw new IllegalArgumentException("--runs must be at least 1 and --warmup at least 0");
        this.dsg = dsg;
        this.runner = new QueryRunner(timeoutMillis);
        this.warmup = warmup;
        this.runs = runs;
    }

    public Result measure(QuerySpec spec, List<ParamPicker.Choice> params) {
        var values = ParamPicker.values(params);
        long rows = 0;
        for (int i = 0; i < warmup; i++) rows = rowsOf(runner.run(dsg, spec, values));
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            QueryResult r = runner.run(dsg, spec, values);
            nanos[i] = System.nanoTime() - t0;
            rows = rowsOf(r);
        }
        return new Result(spec.name(), PathQueries.isPathQuery(spec.sparql()), params, rows, runs,
                Percentiles.Summary.ofNanos(nanos));
    }

    /** Rows of a SELECT, 1 for an ASK, triples of a CONSTRUCT or DESCRIBE. */
    static long rowsOf(QueryResult r) {
        if (r.rows() != null) return r.rows().size();
        if (r.ask() != null) return 1;
        return r.graph().size();
    }
}
