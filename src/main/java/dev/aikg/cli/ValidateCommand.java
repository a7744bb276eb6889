package dev.aikg.cli;

import dev.aikg.rdf.Vocab;
import dev.aikg.store.KnowledgeStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "validate", description = "Check the store against the SHACL shapes; exit 1 on violations.",
        footer = {"", "Examples:", "  aikg validate", "  aikg validate --shapes ontology/shapes.ttl --limit 50"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--shapes", paramLabel = "FILE", description = "SHACL shapes (default: ontology/shapes.ttl of the aikg home)")
    Path shapes;

    @Option(names = "--limit", defaultValue = "30", description = "most violations to list (default: ${DEFAULT-VALUE})")
    int limit;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        Path file = shapes != null ? shapes : AikgHome.resolve("ontology/shapes.ttl");
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("shapes file not found: " + file);
        Shapes sh = Shapes.parse(RDFDataMgr.loadGraph(file.toUri().toString()));
        try (KnowledgeStore ks = store.openExisting()) {
            ValidationReport report = ks.read(() -> {
                Graph data = ks.datasetGraph().getUnionGraph();
                return ShaclValidator.get().validate(sh, data);
            });
            return print(report);
        }
    }

    /** Prints the report in a form a person can read: one line per violation, then a total. */
    int print(ValidationReport report) {
        var out = spec.commandLine().getOut();
        var pm = Vocab.prefixes();
        int shown = 0;
        for (ReportEntry e : report.getEntries()) {
            if (shown++ >= limit) break;
            String focus = e.focusNode().isURI() ? pm.shortForm(e.focusNode().getURI()) : e.focusNode().toString();
            String path = e.resultPath() == null ? "" : " " + e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(pm));
            out.printf("%s: %s%s: %s%n", e.severity().level().getLocalName().toLowerCase(java.util.Locale.ROOT),
                    focus, path, e.message());
        }
        int total = report.getEntries().size();
        if (total > limit) out.printf("… and %d more%n", total - limit);
        out.println(report.conforms() ? "conforms: no violations" : "does not conform: " + total + " violation(s)");
        out.flush();
        return report.conforms() ? 0 : 1;
    }
}
