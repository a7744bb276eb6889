package dev.aikg.model;

/** A sentence of a document: its index and its character span in {@link Document#text()}. */
public record Sentence(int index, int start, int end, String text) {
    public boolean contains(int offset) { return offset >= start && offset < end; }
}
