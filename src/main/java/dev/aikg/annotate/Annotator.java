package dev.aikg.annotate;

import java.util.Set;

/**
 * One stage of the pipeline, in the manner of spaCy components and CoreNLP annotators: it reads the
 * layers it {@link #requires()} and adds to the layers it {@link #assigns()}. Implementations hold no
 * per-document state, so one instance serves many threads.
 */
public interface Annotator {

    /** A short name for timings and errors. */
    String name();

    Set<Layer> requires();

    Set<Layer> assigns();

    void annotate(AnnotatedDocument doc);
}
