package dev.aikg.cli;

import dev.aikg.eval.GoldScorer;
import dev.aikg.eval.PredictionJson;
import dev.aikg.eval.Score;
import dev.aikg.model.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "eval", sortOptions = false,
        description = "Extract articles and score them against a gold file: precision, recall and F1 for entities "
                + "(overall and per type), relations and stock moves, with the matching rules of score.py.",
        footer = {"", "Examples:",
                "  aikg eval --gold data/gold/samples-gold.json data/articles",
                "  aikg eval --gold ../shared/eval/seeds-gold.json ../shared/seeds --errors",
                "  aikg eval --gold gold.json news/ --types Person,Organization --out pred.json"})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "gold annotation (see GOLD-FORMAT.md)")
    Path gold;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "the articles the gold file annotates")
    List<Path> inputs;

    @Option(names = "--errors", description = "list every miss and spurious item")
    boolean errors;

    @Option(names = "--types", split = ",", paramLabel = "TYPE", description = "score only these entity types")
    Set<String> types;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the predictions as JSON")
    Path out;

    @Mixin
    ReferenceOptions reference;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(gold)) throw new IllegalArgumentException("gold file not found: " + gold);
        JsonNode goldJson;
        try {
            goldJson = JsonMapper.builder().build().readTree(Files.readString(gold, StandardCharsets.UTF_8));
        } catch (tools.jackson.core.JacksonException e) {
            throw new IllegalArgumentException(gold + ": malformed JSON (" + e.getOriginalMessage() + ")");
        }
        boolean[] failed = {false};
        List<Extraction> xs = ExtractionRun.run(inputs, reference.load().lexicon(), spec.commandLine().getErr(), failed);
        var pred = PredictionJson.toJson(ExtractionRun.corpusName(inputs), xs);
        if (out != null) Files.writeString(out, PredictionJson.write(ExtractionRun.corpusName(inputs), xs) + "\n");
        Score score = new GoldScorer(types).score(goldJson, pred);
        spec.commandLine().getOut().print(score.format(errors));
        spec.commandLine().getOut().flush();
        return failed[0] ? 1 : 0;
    }
}
