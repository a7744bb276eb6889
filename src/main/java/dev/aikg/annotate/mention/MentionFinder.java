package dev.aikg.annotate.mention;

import dev.aikg.model.Mention;

import java.util.List;

/**
 * One way of finding raw mentions in a tokenised document. Finders run in order inside
 * {@link MentionStage}; each sees the mentions found by the ones before it (a cue finder can leave
 * alone what the lexicon already named). Implementations hold no per-document state.
 */
public interface MentionFinder {
    /** Adds what it finds to {@code out}; {@code found} holds the mentions of earlier finders. */
    void find(DocumentTokens doc, List<Mention> found, List<Mention> out);
}
