package dev.aikg.bench.corpus;

import dev.aikg.lexicon.Lexicon;
import dev.aikg.lexicon.LexiconEntry;
import dev.aikg.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lexicon's real entities sorted into the roles an article gives them: listed companies for
 * stock moves, executives with their company, models with their developer, chips with their maker.
 * Lists are sorted by id, so the same lexicon always gives the same corpus.
 */
final class EntityPools {
    /** A real entity's name and, where the role needs one, the name of the organisation it belongs to. */
    record Named(String name, String org) { }

    final List<String> companies = new ArrayList<>();
    final List<String> listed = new ArrayList<>();
    final List<String> investors = new ArrayList<>();
    final List<String> analystHouses = new ArrayList<>();
    final List<Named> ceos = new ArrayList<>();
    final List<Named> founders = new ArrayList<>();
    final List<Named> models = new ArrayList<>();
    final List<Named> chips = new ArrayList<>();
    final List<String> indices = new ArrayList<>();
    private final Lexicon lexicon;

    EntityPools(Lexicon lexicon) {
        this.lexicon = lexicon;
        List<LexiconEntry> entries = new ArrayList<>(lexicon.entries());
        entries.sort(Comparator.comparing(LexiconEntry::id));
        for (LexiconEntry e : entries) add(e);
    }

    private void add(LexiconEntry e) {
        String name = plainName(e);
        if (name == null) return;
        String sub = e.subtype() == null ? "" : e.subtype();
        switch (e.type()) {
            case ORGANIZATION -> {
                if (sub.equals("Company")) {
                    companies.add(name);
                    if (e.ticker() != null) listed.add(name);
                } else if (sub.equals("InvestmentFirm")) {
                    investors.add(name);
                } else if (sub.equals("Bank") || sub.equals("ResearchOrganization") && !academic(name)) {
                    analystHouses.add(name);
                }
            }
            case PERSON -> {
                String ceoOf = firstName(e.linked("ceoOf"));
                String founderOf = firstName(e.linked("founderOf"));
                if (ceoOf != null) ceos.add(new Named(name, ceoOf));
                if (founderOf != null) founders.add(new Named(name, founderOf));
            }
            case AI_MODEL -> {
                String dev = firstName(e.linked("developedBy"));
                if (dev != null) models.add(new Named(name, dev));
            }
            case CHIP -> {
                String maker = firstName(e.linked("manufacturedBy"));
                if (maker != null) chips.add(new Named(name, maker));
            }
            case STOCK_INDEX -> indices.add(name);
            default -> { }
        }
    }

    /** The name of the first linked entity the lexicon holds, or null. */
    private String firstName(List<String> ids) {
        for (String id : ids) {
            LexiconEntry target = lexicon.get(id);
            if (target != null && target.type() == EntityType.ORGANIZATION) return plainName(target);
        }
        return null;
    }

    /** The name of a lexicon organisation by id, or null when it is missing or only ambiguous. */
    String orgName(String id) {
        LexiconEntry e = lexicon.get(id);
        return e == null ? null : plainName(e);
    }

    /**
     * A label that names the entity without help from context: the canonical name unless it is a
     * context label ("Meta", "Mistral"), then the shortest unambiguous label without a trailing "Inc.". Null when there is none.
     */
    static String plainName(LexiconEntry e) {
        if (!e.contextLabels().contains(e.name())) return e.name();
        String best = null;
        for (String l : e.labels()) {
            if (e.contextLabels().contains(l) || l.endsWith(".")) continue;
            if (best == null || l.length() < best.length()) best = l;
        }
        return best;
    }

    /** Universities and institutes publish papers, not client notes: no "analyst at Zhejiang University". */
    private static boolean academic(String name) {
        return name.contains("Univers") || name.contains("Institut") || name.contains("College") || name.contains("Academy");
    }

    boolean complete() {
        return !listed.isEmpty() && !investors.isEmpty() && !analystHouses.isEmpty() && !ceos.isEmpty()
                && !founders.isEmpty() && !models.isEmpty() && !chips.isEmpty() && !indices.isEmpty();
    }
}
