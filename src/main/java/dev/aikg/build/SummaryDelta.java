package dev.aikg.build;

import dev.aikg.Namespaces;
import dev.aikg.model.Predicate;
import dev.aikg.rdf.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a build changes the summary's tallies since they were last written: per entity, per fact and
 * per trading day, the change in counts and what the added evidence brings. Built from each written,
 * replaced or pruned article's old and new {@link ArticleTallies}, so the summary is kept without
 * reading the article graphs back. What cannot be kept by adding (a removed evidence record that was
 * a fact's sample, its only role or its largest chip count) marks the key for a recount from the
 * store, which only changed and pruned articles cause.
 */
final class SummaryDelta {
    private static final String DOC_GRAPHS = Namespaces.GRAPH + "doc/";
    static final Node LEXICON = NodeFactory.createURI(Namespaces.LEXICON_GRAPH);
    private static final Set<Node> FACT_PREDICATES = new HashSet<>();

    static {
        for (Predicate p : Predicate.values()) FACT_PREDICATES.add(Vocab.aikg(p.label()));
    }

    /** How one entity's tallies change. */
    static final class EntityChange {
        long articles;
        long mentions;
        /** The least label the added articles give it, or null. */
        Node leastLabelAdded;
        /** Some article no longer gives it a label it gave before: its label is looked up again. */
        boolean labelRemoved;
    }

    /** One amount of a fact's tally, by value and unit. */
    record Amount(Node value, Node unit) { }

    /** How one fact's tally changes. */
    static final class FactChange {
        long articles;
        /** Evidence of it went away: see {@link #needsRecount}. */
        boolean evidenceRemoved;
        final Set<Node> roles = new HashSet<>(2);
        long chips = -1;
        final Set<Amount> amounts = new HashSet<>(2);
        /** The added evidence records that may become samples: the first by IRI, at most {@link SummaryGraph#SAMPLE_EVIDENCE}. */
        final List<Node> samples = new ArrayList<>(2);
        /** What the removed evidence records were and brought. */
        final Set<Node> removedEvidence = new HashSet<>(2);
        final Set<Node> removedRoles = new HashSet<>(2);
        long removedChips = -1;
        final Set<Amount> removedAmounts = new HashSet<>(2);

        void add(ArticleTallies.Evidence ev) {
            if (ev.role() != null) roles.add(ev.role());
            chips = Math.max(chips, ev.chips());
            if (ev.value() != null) amounts.add(new Amount(ev.value(), ev.unit()));
            addSample(samples, ev.node());
        }

        void remove(ArticleTallies.Evidence ev) {
            evidenceRemoved = true;
            removedEvidence.add(ev.node());
            if (ev.role() != null) removedRoles.add(ev.role());
            removedChips = Math.max(removedChips, ev.chips());
            if (ev.value() != null) removedAmounts.add(new Amount(ev.value(), ev.unit()));
        }

        /**
         * Whether the stored tally plus this change could be wrong, so that the fact is recounted from
         * the store. Adding is exact unless a removed record was one of the stored samples (the first
         * by IRI, so one behind them leaves them as they are), or brought a role or amount the added
         * evidence does not bring again, or a chip count as large as the stored one that nothing added
         * matches (the tally's roles and amounts are unions and its chip count a maximum). A revised
         * article shifts the offsets in its evidence IRIs, so most of its records are removed and added
         * again with what they bring unchanged: those no longer cost a recount, which for a fact many
         * articles state means reading every one of their evidence records.
         */
        boolean needsRecount(List<Node> storedSamples, long storedChips) {
            if (!evidenceRemoved) return false;
            for (Node s : storedSamples) if (removedEvidence.contains(s)) return true;
            if (!roles.containsAll(removedRoles) || !amounts.containsAll(removedAmounts)) return true;
            return removedChips >= 0 && removedChips > chips && removedChips >= storedChips;
        }
    }

    static final Comparator<Node> BY_IRI = Comparator.comparing(Node::getURI);

    /** Keeps {@code samples} sorted by IRI and at most {@link SummaryGraph#SAMPLE_EVIDENCE} long. */
    static void addSample(List<Node> samples, Node ev) {
        int at = Collections.binarySearch(samples, ev, BY_IRI);
        if (at >= 0) return;
        at = -at - 1;
        if (at >= SummaryGraph.SAMPLE_EVIDENCE) return;
        samples.add(at, ev);
        if (samples.size() > SummaryGraph.SAMPLE_EVIDENCE) samples.remove(samples.size() - 1);
    }

    private final Map<Node, EntityChange> entities = new HashMap<>();
    private final Map<Triple, FactChange> facts = new HashMap<>();
    private final Map<Node, Long> days = new HashMap<>();
    /** Entities at either end of a fact whose article count changed, since the build began: their top facts are relinked at its end. */
    private final Set<Node> ends = new HashSet<>();
    private boolean touched;
    /**
     * Entities and fact tallies whose counts were rewritten since the build began: only their places in
     * the ranked lists can have changed. Past {@link #RETALLIED_MAX} the build ranks everything afresh
     * instead, which is cheaper than holding a set the size of the store.
     */
    private final Set<Node> retallied = new HashSet<>();
    private boolean rankAll;
    static final int RETALLIED_MAX = 100_000;

    static boolean isFactPredicate(Node p) { return FACT_PREDICATES.contains(p); }

    static boolean isArticleGraph(Node g) { return g.isURI() && g.getURI().startsWith(DOC_GRAPHS); }

    /** An article graph went from {@code old} to {@code now} ({@link ArticleTallies#NONE} for a new or a pruned one). */
    void replace(ArticleTallies old, ArticleTallies now) {
        Set<Node> named = new HashSet<>(old.mentioning().keySet());
        named.addAll(now.mentioning().keySet());
        named.addAll(old.referring().keySet());
        named.addAll(now.referring().keySet());
        for (Node e : named) entity(e, old, now);
        Set<Triple> stated = new HashSet<>(old.facts().keySet());
        stated.addAll(now.facts().keySet());
        for (Triple f : stated) fact(f, old.facts().get(f), now.facts().get(f));
        Set<Node> dated = new HashSet<>(old.days().keySet());
        dated.addAll(now.days().keySet());
        for (Node d : dated) {
            int change = now.days().getOrDefault(d, 0) - old.days().getOrDefault(d, 0);
            if (change != 0) {
                days.merge(d, (long) change, Long::sum);
                touched = true;
            }
        }
    }

    private void entity(Node e, ArticleTallies old, ArticleTallies now) {
        int articles = now.mentioning().getOrDefault(e, 0) - old.mentioning().getOrDefault(e, 0);
        int mentions = now.referring().getOrDefault(e, 0) - old.referring().getOrDefault(e, 0);
        Set<Node> before = old.labels().getOrDefault(e, Set.of()), after = now.labels().getOrDefault(e, Set.of());
        boolean removed = !after.containsAll(before);
        Node least = null;
        for (Node l : after) {
            if (!before.contains(l) && (least == null || SummaryGraph.lessLabel(l, least))) least = l;
        }
        if (articles == 0 && mentions == 0 && !removed && least == null) return;
        EntityChange c = entities.computeIfAbsent(e, k -> new EntityChange());
        c.articles += articles;
        c.mentions += mentions;
        c.labelRemoved |= removed;
        if (least != null && (c.leastLabelAdded == null || SummaryGraph.lessLabel(least, c.leastLabelAdded))) {
            c.leastLabelAdded = least;
        }
        touched = true;
    }

    private void fact(Triple f, List<ArticleTallies.Evidence> before, List<ArticleTallies.Evidence> after) {
        int articles = (after != null ? 1 : 0) - (before != null ? 1 : 0);
        List<ArticleTallies.Evidence> was = before == null ? List.of() : before;
        List<ArticleTallies.Evidence> is = after == null ? List.of() : after;
        List<ArticleTallies.Evidence> removed = new ArrayList<>(was);
        removed.removeAll(is);
        List<ArticleTallies.Evidence> added = new ArrayList<>(is);
        added.removeAll(was);
        if (articles == 0 && removed.isEmpty() && added.isEmpty()) return;
        FactChange c = touch(f);
        c.articles += articles;
        for (ArticleTallies.Evidence ev : removed) c.remove(ev);
        for (ArticleTallies.Evidence ev : added) c.add(ev);
    }

    private FactChange touch(Triple f) {
        touched = true;
        return facts.computeIfAbsent(f, k -> new FactChange());
    }

    /** The fact's article count changed: its ends' top facts are relinked at the end of the build. */
    void recounted(Triple f) {
        ends.add(f.getSubject());
        ends.add(f.getObject());
    }

    /**
     * Notes a quad of the lexicon graph that is added or removed: the summary holds every lexicon
     * entity (a directory entry) and fact too, so these are looked at again.
     */
    void lexicon(Quad q) {
        if (q.getPredicate().equals(RDFS.Nodes.label)) {
            entities.computeIfAbsent(q.getSubject(), k -> new EntityChange());
            touched = true;
        } else if (FACT_PREDICATES.contains(q.getPredicate())) {
            touch(q.asTriple());
        }
    }

    Map<Node, EntityChange> entities() { return entities; }

    Map<Triple, FactChange> facts() { return facts; }

    Map<Node, Long> days() { return days; }

    Set<Node> ends() { return ends; }

    /** The tally of this entity or fact node was written; its rank may have moved. */
    void retallied(Node n) {
        if (rankAll) return;
        retallied.add(n);
        if (retallied.size() > RETALLIED_MAX) rankAll();
    }

    /** Every rank is to be computed from all tallies, not from the retallied ones. */
    void rankAll() {
        rankAll = true;
        retallied.clear();
    }

    boolean ranksAll() { return rankAll; }

    Set<Node> retallied() { return retallied; }

    /** Keys held since the last {@link #written()}: what bounds this delta's memory. */
    int size() { return entities.size() + facts.size() + days.size(); }

    /** The build changed something the summary tallies (now or before the last write-out). */
    boolean touched() { return touched; }

    /** The changes are in the summary graph now; the ends stay, for the top facts relinked at the end. */
    void written() {
        entities.clear();
        facts.clear();
        days.clear();
    }
}
