package dev.aikg.lexicon;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The read-only reference lexicon: entries by id. Shared by all extraction threads. */
public final class Lexicon {
    private final Map<String, LexiconEntry> byId;

    public Lexicon(Collection<LexiconEntry> entries) {
        Map<String, LexiconEntry> m = new LinkedHashMap<>();
        for (LexiconEntry e : entries) {
            if (m.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("duplicate lexicon id: " + e.id());
            }
        }
        this.byId = java.util.Collections.unmodifiableMap(m);
    }

    public static Lexicon empty() { return new Lexicon(List.of()); }

    public LexiconEntry get(String id) { return byId.get(id); }

    public Collection<LexiconEntry> entries() { return byId.values(); }

    public int size() { return byId.size(); }
}
