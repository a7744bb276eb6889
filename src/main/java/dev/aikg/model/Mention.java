package dev.aikg.model;

/**
 * A span of text that names an entity.
 *
 * @param start      character offset (inclusive) in the document text
 * @param end        character offset (exclusive)
 * @param surface    the text as written, e.g. "Deepseeks" or "Toky Electron"
 * @param type       the entity type
 * @param entityId   the id of the {@link Entity} it refers to (see {@link Entity#id()})
 * @param sentence   index of the sentence that holds it
 * @param method     how it was found
 * @param rule       the id of the rule or lexicon label that produced it
 * @param confidence 0..1
 */
public record Mention(int start, int end, String surface, EntityType type, String entityId,
                      int sentence, Method method, String rule, double confidence) {

    public Mention withEntity(String newEntityId, EntityType newType) {
        return new Mention(start, end, surface, newType, newEntityId, sentence, method, rule, confidence);
    }

    public boolean overlaps(Mention other) { return start < other.end && other.start < end; }

    public int length() { return end - start; }
}
