package dev.aikg.annotate.link;

import dev.aikg.annotate.AnnotatedDocument;
import dev.aikg.annotate.Annotator;
import dev.aikg.annotate.Layer;
import dev.aikg.annotate.mention.Cues;
import dev.aikg.annotate.mention.LexiconIndex;
import dev.aikg.annotate.mention.SharedSurnameFinder;
import dev.aikg.lexicon.LexiconEntry;
import dev.aikg.model.Entity;
import dev.aikg.model.EntityType;
import dev.aikg.model.Method;
import dev.aikg.model.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns raw mentions into entities: removes overlaps (the longest wins, then the surer method),
 * links unlinked mentions whose text is a lexicon label, mints ids for the rest from type and
 * name ({@link Slugs}), attaches explicit tickers to the company named before them, and resolves
 * short forms within the article ({@link ShortForms}).
 */
public final class EntityResolver implements Annotator {
    private static final Map<Method, Integer> RANK = Map.of(Method.LEXICON, 6, Method.CONTEXT, 5, Method.FUZZY, 4,
            Method.PATTERN, 3, Method.CUE, 2, Method.COREF, 1);
    private static final Comparator<Mention> PRIORITY = Comparator.comparingInt(Mention::length).reversed()
            .thenComparing(m -> -RANK.get(m.method()))
            .thenComparing(m -> -m.confidence())
            .thenComparingInt(Mention::start);

    private final LexiconIndex index;
    private final ShortForms shortForms = new ShortForms();

    public EntityResolver(LexiconIndex index) {
        this.index = index;
    }

    @Override public String name() { return "entities"; }

    @Override public Set<Layer> requires() { return Set.of(Layer.MENTIONS); }

    @Override public Set<Layer> assigns() { return Set.of(Layer.ENTITIES); }

    @Override
    public void annotate(AnnotatedDocument doc) {
        List<Mention> kept = removeOverlaps(doc.mentions());
        Map<String, String> tickers = new HashMap<>();
        List<Mention> linked = new ArrayList<>(kept.size());
        for (Mention m : kept) {
            Mention l = link(m);
            if (m.rule().startsWith("ticker:")) {
                l = attachTicker(l, linked, tickers, doc);
                if (l == null) continue;
            }
            if (l != null) linked.add(l);
        }
        linked = shortForms.resolve(doc, linked, index);
        doc.entities().addAll(group(linked, tickers));
    }

    static List<Mention> removeOverlaps(List<Mention> raw) {
        List<Mention> sorted = new ArrayList<>(raw);
        sorted.sort(PRIORITY);
        // Kept mentions never overlap each other, so the one starting last before m's end is the only
        // one that can overlap m.
        java.util.TreeMap<Integer, Mention> kept = new java.util.TreeMap<>();
        for (Mention m : sorted) {
            var before = kept.lowerEntry(m.end());
            if (before != null && before.getValue().overlaps(m)) continue;
            kept.put(m.start(), m);
        }
        return new ArrayList<>(kept.values());
    }

    /** The mention with its entity id: the lexicon id when its text is a label, else minted from its name. */
    private Mention link(Mention m) {
        if (m.entityId() != null) return m;
        if (m.rule().startsWith("ticker:")) return m;
        LexiconEntry e = lexiconEntry(m.surface(), m.type());
        if (e != null) return m.withEntity(e.id(), e.type());
        // "Zhilin Yang" is Yang Zhilin: a Chinese name in either order is the same person.
        if (m.rule().startsWith("cue:chinese-name") && m.surface().indexOf(' ') > 0) {
            String[] parts = m.surface().split(" ", 2);
            e = lexiconEntry(parts[1] + " " + parts[0], m.type());
            if (e != null) return m.withEntity(e.id(), e.type());
        }
        String name = canonical(m.surface());
        if (name.isEmpty() || m.type() != EntityType.PERSON && Cues.is(name.toLowerCase(java.util.Locale.ROOT), Cues.F_NOT_NAME)) {
            return null;
        }
        return m.withEntity(Slugs.entityId(m.type(), name), m.type());
    }

    /** A lexicon entry of a compatible type whose label has this text, or null. */
    LexiconEntry lexiconEntry(String surface, EntityType type) {
        String key = compactKey(surface);
        for (String k : new String[]{key, key.endsWith("s") ? key.substring(0, key.length() - 1) : null}) {
            if (k == null || k.isEmpty()) continue;
            for (LexiconIndex.Label l : index.lookup(k)) {
                if (l.entry().type() == type && (!l.context() || type != EntityType.ORGANIZATION)) return l.entry();
            }
        }
        return null;
    }

    /** The lexicon's lookup key of a surface: lower-case letters and digits (and inner dots, "&"). */
    public static String compactKey(String surface) {
        StringBuilder sb = new StringBuilder(surface.length());
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '.' && i > 0 && i + 1 < surface.length()
                    && Character.isLetterOrDigit(surface.charAt(i + 1)) || c == '&') {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** The surface with white space normalised, as a name. */
    static String canonical(String surface) {
        return surface.replaceAll("\\s+", " ").trim();
    }

    /** Gives a ticker mention the entity of the company named right before it, or drops it. */
    private Mention attachTicker(Mention t, List<Mention> before, Map<String, String> tickers, AnnotatedDocument doc) {
        String ticker = t.rule().substring("ticker:".length());
        if (t.entityId() != null) {
            // "Alphabet (NASDAQ: GOOGL)": a listing two lexicon entries share belongs to the name right before it.
            Mention prev = before.isEmpty() ? null : before.get(before.size() - 1);
            if (prev != null && prev.sentence() == t.sentence() && !prev.entityId().equals(t.entityId())
                    && adjacent(doc, prev, t)) {
                LexiconEntry pe = index.lexicon().get(prev.entityId());
                if (pe != null && ticker.equalsIgnoreCase(pe.ticker())) return t.withEntity(pe.id(), EntityType.ORGANIZATION);
            }
            return t;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            Mention m = before.get(i);
            if (m.sentence() != t.sentence()) break;
            if (m.type() != EntityType.ORGANIZATION) continue;
            if (adjacent(doc, m, t)) {
                if (!ticker.startsWith("?:")) tickers.putIfAbsent(m.entityId(), ticker);
                return t.withEntity(m.entityId(), EntityType.ORGANIZATION);
            }
            break;
        }
        return null;
    }

    /** Only "(", "[", ",", ":" and spaces, three characters at most, between the name and its ticker. */
    private static boolean adjacent(AnnotatedDocument doc, Mention m, Mention t) {
        if (m.end() > t.start()) return false;
        String gap = doc.text().substring(m.end(), t.start());
        return gap.length() <= 3 && gap.replaceAll("[\\s(\\[,:]", "").isEmpty();
    }

    private List<Entity> group(List<Mention> mentions, Map<String, String> tickers) {
        Map<String, List<Mention>> byId = new LinkedHashMap<>();
        for (Mention m : mentions) byId.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m);
        List<Entity> out = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> e : byId.entrySet()) {
            List<Mention> ms = e.getValue();
            LexiconEntry entry = index.lexicon().get(e.getKey());
            if (entry != null) {
                out.add(new Entity(entry.id(), entry.name(), entry.type(), entry.subtype(), true, entry.wikidata(),
                        entry.ticker() != null ? entry.ticker() : tickers.get(entry.id()), ms));
            } else {
                Mention best = bestNamed(namingTheId(e.getKey(), ms));
                String name = best.rule().startsWith(SharedSurnameFinder.RULE)
                        ? best.rule().substring(SharedSurnameFinder.RULE.length()) : canonical(best.surface());
                out.add(new Entity(e.getKey(), name, best.type(), subtype(best), false, null,
                        tickers.get(e.getKey()), ms));
            }
        }
        return out;
    }

    /**
     * The mentions whose own text mints the entity's id, when there are any: "das Amtsgericht Köln" names the court that
     * "des Amtsgerichts Köln" was given, not the other way round.
     */
    private static List<Mention> namingTheId(String id, List<Mention> ms) {
        if (ms.size() < 2) return ms;
        List<Mention> naming = new ArrayList<>();
        for (Mention m : ms) if (id.equals(Slugs.entityId(m.type(), canonical(m.surface())))) naming.add(m);
        return naming.isEmpty() ? ms : naming;
    }

    private static Mention bestNamed(List<Mention> ms) {
        Mention best = ms.get(0);
        for (Mention m : ms) {
            boolean better = m.method() != Method.COREF && !m.rule().startsWith("ticker:")
                    && (best.method() == Method.COREF || best.rule().startsWith("ticker:") || m.length() > best.length());
            if (better) best = m;
        }
        return best;
    }

    private static String subtype(Mention m) {
        if (m.rule().equals("cue:media")) return "MediaOrganization";
        return null;
    }
}
