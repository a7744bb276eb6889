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

    /** An organisation's id and one of its names, lower case. */
    public record Label(String id, String text) { }

    private final List<List<Ref>> bySentence;
    private final List<Entity> entities;
    private List<Label> orgLabels;

    private MentionIndex(List<List<Ref>> bySentence, List<Entity> entities) {
        this.bySentence = bySentence;
        this.entities = entities;
    }

    /** Canonical names and surfaces of the document's organisations, lower case, built once per document. */
    public List<Label> orgLabels() {
        if (orgLabels == null) {
            List<Label> out = new ArrayList<>();
            for (Entity e : entities) {
                if (e.type() != EntityType.ORGANIZATION) continue;
                java.util.Set<String> seen = new java.util.HashSet<>();
                String n = e.name().toLowerCase();
                if (seen.add(n)) out.add(new Label(e.id(), n));
                for (Mention m : e.mentions()) {
                    String l = m.surface().toLowerCase();
                    if (seen.add(l)) out.add(new Label(e.id(), l));
                }
            }
            orgLabels = out;
        }
        return orgLabels;
    }

    /** {@link #prefixOrg} by surface: a model is usually named by the same surface many times in a document. */
    private final java.util.Map<String, String> prefixOrgs = new java.util.HashMap<>();
    private static final String NO_ORG = new String("");

    /** The organisation whose name the surface starts with, followed by a space or hyphen ("DeepSeek R1"), or null. */
    public String prefixOrg(String surface) {
        String known = prefixOrgs.get(surface);
        if (known == null) {
            known = findPrefixOrg(surface);
            prefixOrgs.put(surface, known == null ? NO_ORG : known);
        }
        return known == NO_ORG ? null : known;
    }

    private String findPrefixOrg(String surface) {
        String s = SentenceView.normalise(surface.toLowerCase());
        // A label must end at a space or hyphen inside the surface ("r1", "claude" have none): then the
        // organisations' labels need not be collected at all.
        if (!hasInnerBreak(s)) return null;
        for (Label l : orgLabels()) {
            int n = l.text().length();
            if (n >= 2 && s.length() > n + 1 && s.startsWith(l.text()) && (s.charAt(n) == ' ' || s.charAt(n) == '-')) {
                return l.id();
            }
        }
        return null;
    }

    /** A space or hyphen where a label of two or more characters could end with more text after it. */
    private static boolean hasInnerBreak(String s) {
        for (int i = 2; i < s.length() - 1; i++) if (s.charAt(i) == ' ' || s.charAt(i) == '-') return true;
        return false;
    }

    /** Text order; of two mentions starting together, the longer first. */
    private static final Comparator<Ref> BY_POSITION = Comparator.comparingInt(Ref::start).thenComparingInt(r -> -r.end());

    /**
     * The last index built on this thread, with the document and entities it was built from: the
     * relation and stock-move stages both need the index of the same document, and nothing between
     * them changes its entities (records, compared by identity).
     */
    private static final ThreadLocal<MentionIndex> LAST = new ThreadLocal<>();
    private AnnotatedDocument builtFor;
    private int sentencesBuiltFor;
    private int boilerplateBuiltFor;

    public static MentionIndex of(AnnotatedDocument doc) {
        MentionIndex last = LAST.get();
        if (last != null && last.isFor(doc)) return last;
        MentionIndex built = build(doc);
        built.builtFor = doc;
        built.sentencesBuiltFor = doc.sentences().size();
        built.boilerplateBuiltFor = doc.boilerplate().size();
        LAST.set(built);
        return built;
    }

    private boolean isFor(AnnotatedDocument doc) {
        if (builtFor != doc || sentencesBuiltFor != doc.sentences().size() || boilerplateBuiltFor != doc.boilerplate().size()
                || entities.size() != doc.entities().size()) {
            return false;
        }
        for (int i = 0; i < entities.size(); i++) if (entities.get(i) != doc.entities().get(i)) return false;
        return true;
    }

    private static MentionIndex build(AnnotatedDocument doc) {
        List<List<Ref>> lists = new ArrayList<>();
        for (int i = 0; i < doc.sentences().size(); i++) lists.add(new ArrayList<>());
        for (Entity e : doc.entities()) {
            for (Mention m : e.mentions()) {
                int s = sentenceOf(doc, m);
                if (s >= 0 && s < lists.size() && !doc.isBoilerplate(m.start(), m.end())) lists.get(s).add(new Ref(m, e));
            }
        }
        for (int i = 0; i < lists.size(); i++) {
            List<Ref> l = lists.get(i);
            if (l.size() > 1) l.sort(BY_POSITION);
            lists.set(i, java.util.Collections.unmodifiableList(l)); // shared by the stages that reuse the index
        }
        return new MentionIndex(lists, new ArrayList<>(doc.entities()));
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

    /**
     * The organisation the article is about: the one named most often, the earlier on a tie, when
     * it is named at least {@code least} times; else null.
     */
    public Entity topic(int least) {
        Entity best = null;
        for (Entity e : entities) {
            if (e.type() != EntityType.ORGANIZATION || e.mentions().size() < least) continue;
            if (best == null || e.mentions().size() > best.mentions().size()
                    || e.mentions().size() == best.mentions().size() && e.mentions().get(0).start() < best.mentions().get(0).start()) {
                best = e;
            }
        }
        return best;
    }

    /** The first mention of the given type in sentence {@code i}, or null. */
    public Ref first(int i, EntityType type) {
        for (Ref r : in(i)) if (r.is(type)) return r;
        return null;
    }
}
