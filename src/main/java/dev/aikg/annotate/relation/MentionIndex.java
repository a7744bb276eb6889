package dev.aikg.annotate.relation;

import dev.aikg.annotate.AnnotatedDocument;
import dev.aikg.model.Entity;
import dev.aikg.model.EntityType;
import dev.aikg.model.Mention;
import dev.aikg.model.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The resolved entity mentions of a document, grouped by sentence and sorted by offset, so rules can
 * look at "the mentions of this sentence in order" without scanning the whole document.
 */
public final class MentionIndex {

    /** A mention together with the entity it was resolved to. */
    public record Ref(Mention mention, Entity entity) {
        public int start() { return mention.start(); }

        public int end() { return mention.end(); }

        public EntityType type() { return entity.type(); }

        public String id() { return entity.id(); }

        public boolean is(EntityType t) { return entity.type() == t; }
    }

    private final List<List<Ref>> bySentence;

    private MentionIndex(List<List<Ref>> bySentence) {
        this.bySentence = bySentence;
    }

    public static MentionIndex of(AnnotatedDocument doc) {
        List<List<Ref>> lists = new ArrayList<>();
        for (int i = 0; i < doc.sentences().size(); i++) lists.add(new ArrayList<>());
        for (Entity e : doc.entities()) {
            for (Mention m : e.mentions()) {
                int s = sentenceOf(doc, m);
                if (s >= 0 && s < lists.size() && !doc.isBoilerplate(m.start(), m.end())) lists.get(s).add(new Ref(m, e));
            }
        }
        for (List<Ref> l : lists) l.sort(Comparator.comparingInt(Ref::start).thenComparingInt(r -> -r.end()));
        return new MentionIndex(lists);
    }

    private static int sentenceOf(AnnotatedDocument doc, Mention m) {
        int i = m.sentence();
        if (i >= 0 && i < doc.sentences().size() && doc.sentences().get(i).contains(m.start())) return i;
        Sentence s = doc.sentenceAt(m.start());
        return s == null ? -1 : s.index();
    }

    /** Mentions of sentence {@code i} in text order; empty when out of range. */
    public List<Ref> in(int i) {
        return i >= 0 && i < bySentence.size() ? bySentence.get(i) : List.of();
    }

    public int sentenceCount() { return bySentence.size(); }

    /** The last mention of the given type in the {@code back} sentences before sentence {@code i}. */
    public Ref lastBefore(int i, EntityType type, int back) {
        for (int s = i - 1; s >= Math.max(0, i - back); s--) {
            List<Ref> l = in(s);
            for (int k = l.size() - 1; k >= 0; k--) if (l.get(k).is(type)) return l.get(k);
        }
        return null;
    }

    /** The first mention of the given type in sentence {@code i}, or null. */
    public Ref first(int i, EntityType type) {
        for (Ref r : in(i)) if (r.is(type)) return r;
        return null;
    }
}
