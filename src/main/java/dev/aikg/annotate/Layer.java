package dev.aikg.annotate;

/** The layers of annotation a document gathers; annotators declare which they need and add. */
public enum Layer {
    /** Sentence spans. */
    SENTENCES,
    /** Boilerplate spans (photo credits, cookie notices, share widgets) that extractors must skip. */
    BOILERPLATE,
    /** Raw mentions from the individual finders, possibly overlapping. */
    MENTIONS,
    /** Resolved mentions grouped into entities (overlaps removed, short forms linked). */
    ENTITIES,
    /** Relations between entities. */
    RELATIONS,
    /** Normalised quantities. */
    QUANTITIES,
    /** Share-price and index moves. */
    STOCK_MOVES
}
