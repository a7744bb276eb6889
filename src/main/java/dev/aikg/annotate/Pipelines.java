package dev.aikg.annotate;

import dev.aikg.annotate.link.EntityResolver;
import dev.aikg.annotate.mention.LexiconIndex;
import dev.aikg.annotate.mention.MentionStage;
import dev.aikg.annotate.quantity.QuantityAnnotator;
import dev.aikg.annotate.relation.RelationAnnotator;
import dev.aikg.annotate.stock.StockMoveAnnotator;
import dev.aikg.annotate.text.BoilerplateDetector;
import dev.aikg.annotate.text.SentenceSplitter;
import dev.aikg.lexicon.Lexicon;

import java.util.List;

/** The standard pipeline: read order is the order of the stages below. */
public final class Pipelines {
    private Pipelines() { }

    public static Pipeline standard(Lexicon lexicon, StageTimings timings) {
        // Text (sentences, boilerplate), then mentions and entity resolution, then the facts:
        // quantities first, since relations use chip counts and amounts. The Pipeline constructor
        // checks that every stage's requirements come earlier.
        LexiconIndex index = new LexiconIndex(lexicon);
        List<Annotator> stages = List.of(
                new SentenceSplitter(),
                new BoilerplateDetector(),
                MentionStage.standard(index),
                new EntityResolver(index),
                new QuantityAnnotator(),
                new RelationAnnotator(lexicon),
                new StockMoveAnnotator());
        return new Pipeline(stages, timings);
    }
}
