package dev.aikg.annotate;

import dev.aikg.model.Document;
import dev.aikg.model.Entity;
import dev.aikg.model.Extraction;
import dev.aikg.model.Mention;
import dev.aikg.model.Quantity;
import dev.aikg.model.Relation;
import dev.aikg.model.Sentence;
import dev.aikg.model.StockMove;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The working state of one document while the pipeline runs. Annotators append to its lists; the
 * finished state becomes an immutable {@link Extraction}. Not thread-safe: one per document.
 */
public final class AnnotatedDocument {
    private final Document document;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<int[]> boilerplate = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<StockMove> stockMoves = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Set<Layer> done = EnumSet.noneOf(Layer.class);

    public AnnotatedDocument(Document document) {
        this.document = document;
    }

    public Document document() { return document; }

    public String text() { return document.text(); }

    /** Sentences in order. Mutable: the sentence splitter fills it. */
    public List<Sentence> sentences() { return sentences; }

    /** Boilerplate spans as {start, end} pairs. */
    public List<int[]> boilerplate() { return boilerplate; }

    public boolean isBoilerplate(int start, int end) {
        for (int[] b : boilerplate) {
            if (start < b[1] && b[0] < end) return true;
        }
        return false;
    }

    /** The sentence holding the offset, or null. Binary search: sentences are sorted and disjoint. */
    public Sentence sentenceAt(int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return s;
        }
        return null;
    }

    public List<Mention> mentions() { return mentions; }

    public List<Entity> entities() { return entities; }

    public Entity entity(String id) {
        for (Entity e : entities) {
            if (e.id().equals(id)) return e;
        }
        return null;
    }

    public List<Relation> relations() { return relations; }

    public List<Quantity> quantities() { return quantities; }

    public List<StockMove> stockMoves() { return stockMoves; }

    public List<String> warnings() { return warnings; }

    void markDone(Set<Layer> layers) { done.addAll(layers); }

    boolean has(Layer layer) { return done.contains(layer); }

    public Extraction toExtraction() {
        return new Extraction(document, sentences, entities, relations, stockMoves, quantities, warnings);
    }
}
