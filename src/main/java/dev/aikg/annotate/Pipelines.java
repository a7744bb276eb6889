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
        addFactStages(stages, lexicon);
        return new Pipeline(stages, timings);
    }

    /**
     * Quantities, relations and stock moves. They need resolved entities, so they are added only
     * once an earlier stage assigns ENTITIES (branches merge in any order; a pipeline without entity
     * resolution stays valid).
     */
    private static void addFactStages(List<Annotator> stages, Lexicon lexicon) {
        boolean entities = stages.stream().anyMatch(a -> a.assigns().contains(Layer.ENTITIES));
        if (!entities) return;
        stages.add(new QuantityAnnotator());
        stages.add(new RelationAnnotator(lexicon));
        stages.add(new StockMoveAnnotator());
    }
}
