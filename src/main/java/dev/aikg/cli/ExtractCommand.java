package dev.aikg.cli;

import dev.aikg.eval.PredictionJson;
import dev.aikg.model.Extraction;
import dev.aikg.rdf.ExtractionMapper;
import dev.aikg.rdf.Vocab;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "extract", sortOptions = false,
        description = "Extraction only, no store: JSON in the gold-file shape, or the RDF a build would store.",
        footer = {"", "Examples:",
                "  aikg extract data/articles/01-deepseek-schock-de.txt",
                "  aikg extract ../shared/seeds --format json --out pred.json",
                "  aikg extract news/ --format trig"})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files or directories of articles")
    List<Path> inputs;

    @Option(names = {"-f", "--format"}, defaultValue = "json",
            description = "json (gold-file shape), ttl (Turtle of all facts) or trig (one graph per article) (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to a file instead of standard output")
    Path out;

    @Mixin
    ReferenceOptions reference;

    @Override
    public Integer call() throws IOException {
        String fmt = format.toLowerCase(java.util.Locale.ROOT);
        if (!List.of("json", "ttl", "trig").contains(fmt)) {
            throw new IllegalArgumentException("unknown format '" + format + "': use json, ttl or trig");
        }
        boolean[] failed = {false};
        List<Extraction> xs = ExtractionRun.run(inputs, reference.load().lexicon(), spec.commandLine().getErr(), failed);
        String text;
        if (fmt.equals("json")) {
            text = PredictionJson.write(ExtractionRun.corpusName(inputs), xs) + "\n";
        } else {
            DatasetGraph dsg = DatasetGraphFactory.createGeneral();
            dsg.prefixes().putAll(Vocab.prefixes());
            ExtractionMapper mapper = new ExtractionMapper();
            xs.forEach(x -> mapper.map(x, StreamRDFLib.dataset(dsg)));
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            if (fmt.equals("trig")) {
                RDFDataMgr.write(bytes, dsg, RDFFormat.TRIG_PRETTY);
            } else {
                org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                g.getPrefixMapping().setNsPrefixes(Vocab.prefixes());
                dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
                RDFDataMgr.write(bytes, g, RDFFormat.TURTLE_PRETTY);
            }
            text = bytes.toString(StandardCharsets.UTF_8);
        }
        if (out != null) Files.writeString(out, text, StandardCharsets.UTF_8);
        else spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return failed[0] ? 1 : 0;
    }
}
