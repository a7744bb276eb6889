package dev.aikg.model;

/**
 * Where a fact was read: the document, the sentence, the character span that states it, the rule
 * that matched and how sure it is.
 */
public record Evidence(String documentId, int sentence, int start, int end, String rule, double confidence) {
}
