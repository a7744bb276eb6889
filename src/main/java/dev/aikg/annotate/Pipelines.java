package dev.aikg.annotate;

import dev.aikg.annotate.link.EntityResolver;
import dev.aikg.annotate.mention.LexiconIndex;
import dev.aikg.annotate.mention.MentionStage;
import dev.aikg.annotate.text.BoilerplateDetector;
import dev.aikg.annotate.text.SentenceSplitter;
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
        LexiconIndex index = new LexiconIndex(lexicon);
        stages.add(new SentenceSplitter());
        stages.add(new BoilerplateDetector());
        stages.add(MentionStage.standard(index));
        stages.add(new EntityResolver(index));
        return new Pipeline(stages, timings);
    }
}
