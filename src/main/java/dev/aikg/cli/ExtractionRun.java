package dev.aikg.cli;

import dev.aikg.annotate.Pipeline;
import dev.aikg.annotate.Pipelines;
import dev.aikg.annotate.StageTimings;
import dev.aikg.lexicon.Lexicon;
import dev.aikg.model.Document;
import dev.aikg.model.Extraction;
import dev.aikg.read.DocumentReader;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Reads inputs and extracts every document, in input order, on all cores; problems go to stderr. */
final class ExtractionRun {
    private ExtractionRun() { }

    static List<Extraction> run(List<Path> inputs, Lexicon lexicon, PrintWriter err, boolean[] failed) {
        List<Document> docs = new DocumentReader().readAll(inputs, p -> {
            if (p.fatal()) failed[0] = true;
            err.println(p.format());
        });
        Pipeline pipeline = Pipelines.standard(lexicon, StageTimings.NONE);
        err.flush();
        return docs.parallelStream().map(pipeline::extract).toList();
    }

    static String corpusName(List<Path> inputs) {
        if (inputs.size() != 1) return "aikg";
        Path name = inputs.get(0).toAbsolutePath().normalize().getFileName();
        return name == null ? "aikg" : name.toString().replaceFirst("\\.[^.]+$", "");
    }
}
