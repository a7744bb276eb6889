package dev.aikg.annotate;

import dev.aikg.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.List;

/** The standard pipeline: read order is the order of the stages below. */
public final class Pipelines {
    private Pipelines() { }

    public static Pipeline standard(Lexicon lexicon, StageTimings timings) {
        List<Annotator> stages = new ArrayList<>();
        // Text layer (sentences, boilerplate), then mentions and entity resolution, then relations,
        // quantities and stock moves. Each stage checks its own requirements at construction.
        return new Pipeline(stages, timings);
    }
}
