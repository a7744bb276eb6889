package dev.aikg.annotate;

import dev.aikg.model.Document;
import dev.aikg.model.Extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered list of annotators. The constructor checks that every annotator's requirements are
 * assigned by an earlier one, so a mis-ordered pipeline fails at start-up, not on the first
 * document. Thread-safe when its annotators are (they hold no per-document state).
 */
public final class Pipeline {
    private final List<Annotator> annotators;
    private final StageTimings timings;

    public Pipeline(List<Annotator> annotators, StageTimings timings) {
        this.annotators = List.copyOf(annotators);
        this.timings = timings;
        Set<Layer> available = EnumSet.noneOf(Layer.class);
        for (Annotator a : this.annotators) {
            for (Layer need : a.requires()) {
                if (!available.contains(need)) {
                    throw new IllegalStateException("annotator '" + a.name() + "' requires " + need
                            + " but no earlier annotator assigns it");
                }
            }
            available.addAll(a.assigns());
        }
    }

    public Pipeline(List<Annotator> annotators) {
        this(annotators, StageTimings.NONE);
    }

    public List<Annotator> annotators() { return annotators; }

    public StageTimings timings() { return timings; }

    public Extraction extract(Document document) {
        AnnotatedDocument doc = new AnnotatedDocument(document);
        for (Annotator a : annotators) {
            long t0 = System.nanoTime();
            a.annotate(doc);
            doc.markDone(a.assigns());
            timings.add(a.name(), System.nanoTime() - t0);
        }
        return doc.toExtraction();
    }
}
