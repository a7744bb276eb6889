package dev.aikg.cli;

import dev.aikg.query.QueryCatalog;
import dev.aikg.query.QueryParam;
import dev.aikg.query.QuerySpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "queries", description = "List the query catalog: name, title, description and parameters.",
        footer = {"", "Example:", "  aikg queries"})
final class QueriesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--queries", paramLabel = "DIR", description = "catalog directory (default: queries/ of the aikg home)")
    Path queriesDir;

    @Override
    public Integer call() {
        Path dir = queriesDir != null ? queriesDir : AikgHome.resolve("queries");
        var out = spec.commandLine().getOut();
        QueryCatalog catalog = QueryCatalog.load(dir);
        if (catalog.queries().isEmpty()) {
            out.println("no queries in " + dir);
            return 1;
        }
        for (QuerySpec q : catalog.queries()) {
            out.printf("%-22s %s%n", q.name(), q.title());
            if (!q.description().isEmpty()) out.printf("%-22s   %s%n", "", q.description());
            for (QueryParam p : q.params()) {
                out.printf("%-22s   --param %s=…  %s%s%n", "", p.name(), p.meaning(),
                        p.defaultValue() == null ? " (required)" : p.defaultValue().isEmpty() ? " (default: empty)"
                                : " (default: " + p.defaultValue() + ")");
            }
        }
        out.flush();
        return 0;
    }
}
