package dev.aikg.cli;

import dev.aikg.query.QueryResult;
import dev.aikg.query.QueryRunner;
import dev.aikg.query.QuerySpec;
import dev.aikg.query.ResultWriter;
import dev.aikg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "stats", description = "Counts per class, per predicate and per graph.",
        footer = {"", "Example:", "  aikg stats"})
final class StatsCommand implements Callable<Integer> {
    private static final String PER_CLASS = "SELECT ?class (COUNT(DISTINCT ?s) AS ?instances) "
            + "WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?instances) ?class";
    private static final String PER_PREDICATE = "SELECT ?predicate (COUNT(*) AS ?triples) "
            + "WHERE { ?s ?predicate ?o } GROUP BY ?predicate ORDER BY DESC(?triples) ?predicate";
    private static final String PER_GRAPH = "SELECT ?graph (COUNT(*) AS ?quads) "
            + "WHERE { GRAPH ?graph { ?s ?p ?o } } GROUP BY ?graph ORDER BY DESC(?quads) ?graph";

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (KnowledgeStore ks = store.openExisting()) {
            QueryRunner runner = new QueryRunner(60_000);
            for (String[] section : List.of(new String[] {"Classes", PER_CLASS},
                    new String[] {"Predicates", PER_PREDICATE}, new String[] {"Graphs", PER_GRAPH})) {
                out.println(section[0]);
                out.flush();
                QuerySpec q = new QuerySpec(section[0].toLowerCase(java.util.Locale.ROOT), section[0], "", List.of(),
                        section[1], null);
                QueryResult r = runner.run(ks.datasetGraph(), q, Map.of());
                ResultWriter.write(r, ResultWriter.Format.TABLE, new WriterOutputStream(out));
                out.println();
            }
            out.printf("store size on disk: %,d bytes%n", ks.sizeOnDisk());
        }
        out.flush();
        return 0;
    }
}
