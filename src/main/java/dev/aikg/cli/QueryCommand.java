package dev.aikg.cli;

import dev.aikg.query.QueryCatalog;
import dev.aikg.query.QueryException;
import dev.aikg.query.QueryResult;
import dev.aikg.query.QueryRunner;
import dev.aikg.query.QuerySpec;
import dev.aikg.query.ResultWriter;
import dev.aikg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "query", sortOptions = false,
        description = "Run a catalog query (see 'aikg queries') or a .rq file against the store.",
        footer = {"", "Examples:",
                "  aikg query founders",
                "  aikg query entity-profile --param entity=DeepSeek",
                "  aikg query stock-moves --param date=2025-01-27 --format csv",
                "  aikg query fact-evidence -p subject=Nvidia -p predicate=manufacturedBy -p object=TSMC --offset 100",
                "  aikg query my-question.rq --format json"})
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME|FILE", description = "catalog query name, or a path to a .rq file")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "bind a parameter (as an RDF term: IRI, date, number or string)")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv, json or md (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to a file instead of standard output")
    Path out;

    @Option(names = "--limit", paramLabel = "N", description = "return at most N rows (instead of the query's own LIMIT)")
    Long limit;

    @Option(names = "--offset", paramLabel = "N", description = "skip the first N rows: the next page of a listing")
    Long offset;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "query timeout (default: ${DEFAULT-VALUE})")
    int timeout;

    @Option(names = "--queries", paramLabel = "DIR", description = "catalog directory (default: queries/ of the aikg home)")
    Path queriesDir;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws IOException {
        ResultWriter.Format fmt = formatOf(format);
        QuerySpec q = resolve();
        try (KnowledgeStore ks = store.openExisting()) {
            QueryResult result = new QueryRunner(timeout * 1000L).run(ks.datasetGraph(), q, params, page());
            if (out != null) {
                try (OutputStream os = new FileOutputStream(out.toFile())) {
                    ResultWriter.write(result, fmt, os);
                }
            } else {
                spec.commandLine().getOut().flush();
                ResultWriter.write(result, fmt, new WriterOutputStream(spec.commandLine().getOut()));
            }
        }
        return 0;
    }

    private QueryRunner.Page page() {
        if (limit != null && limit < 0) throw new QueryException("--limit must be 0 or more, not " + limit);
        if (offset != null && offset < 0) throw new QueryException("--offset must be 0 or more, not " + offset);
        return new QueryRunner.Page(limit != null ? limit : -1, offset != null ? offset : -1);
    }

    private QuerySpec resolve() {
        Path asFile = Path.of(query);
        if (query.endsWith(".rq") || Files.isRegularFile(asFile)) {
            if (!Files.isRegularFile(asFile)) throw new QueryException("no such query file: " + query);
            return QueryCatalog.parse(asFile);
        }
        Path dir = queriesDir != null ? queriesDir : AikgHome.resolve("queries");
        QuerySpec q = QueryCatalog.load(dir).get(query);
        if (q == null) throw new QueryException("no query named '" + query + "' in " + dir + "; see 'aikg queries'");
        return q;
    }

    static ResultWriter.Format formatOf(String name) {
        try {
            return ResultWriter.Format.valueOf(name.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new QueryException("unknown format '" + name + "': use table, csv, tsv, json or md");
        }
    }
}
