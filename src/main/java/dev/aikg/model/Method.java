package dev.aikg.model;

/** How a mention was found; kept with every mention so a user can tell a lexicon hit from a guess. */
public enum Method {
    /** An exact (case- and genitive-folded) match of a lexicon label. */
    LEXICON,
    /** A lexicon label that is also a common word, accepted because the context supports it. */
    CONTEXT,
    /** A name pattern (model and chip names, explicit tickers). */
    PATTERN,
    /** A cue word (role noun, legal suffix, "the startup") next to a name-shaped span. */
    CUE,
    /** A lexicon label within a bounded edit distance (typos, machine-translation garble). */
    FUZZY,
    /** A short form (surname, first word) resolved to a full mention earlier in the same article. */
    COREF
}
