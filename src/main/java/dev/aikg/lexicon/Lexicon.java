package dev.aikg.lexicon;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The read-only reference lexicon: entries by id. Shared by all extraction threads. */
public final class Lexicon {
    private final Map<String, LexiconEntry> byId;
    /** Every listing, secondary ones too ("NYSE:TSM" for TSMC, whose primary is "TPE:2330"), upper case → entry id. */
    private final Map<String, String> listings;

    public Lexicon(Collection<LexiconEntry> entries) {
        this(entries, Map.of());
    }

    public Lexicon(Collection<LexiconEntry> entries, Map<String, String> listings) {
        Map<String, LexiconEntry> m = new LinkedHashMap<>();
        for (LexiconEntry e : entries) {
            if (m.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("duplicate lexicon id: " + e.id());
            }
        }
        this.byId = java.util.Collections.unmodifiableMap(m);
        this.listings = Map.copyOf(listings);
    }

    /** The entry listed under this "EXCHANGE:SYMBOL", primary listing or not; null when none. */
    public LexiconEntry byListing(String ticker) {
        String id = listings.get(ticker.toUpperCase(java.util.Locale.ROOT));
        return id == null ? null : byId.get(id);
    }

    public static Lexicon empty() { return new Lexicon(List.of()); }

    public LexiconEntry get(String id) { return byId.get(id); }

    public Collection<LexiconEntry> entries() { return byId.values(); }

    public int size() { return byId.size(); }
}
