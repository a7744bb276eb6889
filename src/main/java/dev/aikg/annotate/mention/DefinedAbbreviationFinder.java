package dev.aikg.annotate.mention;

import dev.aikg.annotate.text.Abbreviations;
import dev.aikg.annotate.text.Token;
import dev.aikg.model.EntityType;
import dev.aikg.model.Mention;
import dev.aikg.model.Method;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Institutions an article names in full and then abbreviates in brackets: "das Institute of Smart Systems and
 * Artificial Intelligence (ISSAI)", "the Pakistan Stock Exchange (PSX)". The letters in the bracket fix where the
 * name starts, across link words and suffix words the cue finders stop at ("and", "Systems"). Only names with the head
 * noun of an institution or house ("Institute", "Forschungszentrum", "Exchange"), so "Large Language Model (LLM)" and
 * "Artificial Intelligence (AI)" stay no organisations. Names the lexicon or an earlier finder holds are left alone.
 */
public final class DefinedAbbreviationFinder implements MentionFinder {
    static final double CONFIDENCE = 0.85;
    private final LexiconIndex index;

    public DefinedAbbreviationFinder(LexiconIndex index) {
        this.index = index;
    }

    private static final int MAX_WORDS = 10;
    /** Lower-case words a name may hold between its capitalised ones. */
    private static final Set<String> LINKS = Set.of("of", "for", "and", "&", "on", "in", "the", "für", "und", "de", "des", "der",
            "die", "das", "du", "la", "le", "les", "di", "del", "bin", "al", "el", "van", "von", "zu", "zur");
    /** Heads of institutions and houses, also as the end of a German compound ("Forschungszentrum"). */
    private static final String[] HEADS = {"institute", "institut", "university", "universität", "universidad", "université",
        "college", "school", "centre", "center", "zentrum", "agency", "agentur", "authority", "behörde", "office", "amt",
        "commission", "kommission", "ministry", "ministerium", "department", "bank", "fund", "fonds", "association", "verband",
        "council", "foundation", "stiftung", "organisation", "organization", "corporation", "company", "group", "gruppe",
        "laboratory", "laboratories", "lab", "labs", "exchange", "börse", "board", "bureau", "society", "gesellschaft",
        "academy", "akademie", "alliance", "consortium", "trust", "administration", "directorate", "regulator", "forum",
        "federation", "union", "network", "holdings", "limited", "systems"};

    @Override
    public void find(DocumentTokens d, List<Mention> found, List<Mention> out) {
        boolean[] covered = null;
        for (int b = 2; b + 2 < d.size(); b++) {
            if (!d.get(b).is("(") || !d.get(b + 2).is(")") || !abbreviationLike(d.get(b + 1)) || !d.sameSentence(b - 1, b + 2)) continue;
            if (covered == null) covered = Covered.of(d, found);
            int start = startFor(d, b, d.get(b + 1).text(), covered);
            if (start < 0) continue;
            // "des Deutschen Forschungszentrums für Künstliche Intelligenz (DFKI)": an inflected name the lexicon knows by its
            // abbreviation is that entry.
            String known = knownOrganisation(d.get(b + 1).text());
            out.add(d.mention(start, b - 1, EntityType.ORGANIZATION, known, known != null ? Method.LEXICON : Method.CUE,
                    known != null ? "lexicon:abbreviation" : "cue:defined-abbreviation", CONFIDENCE));
        }
    }

    /** The one organisation the lexicon knows by this abbreviation as a label of its own, or null. */
    private String knownOrganisation(String abbr) {
        String id = null;
        for (LexiconIndex.Label l : index.lookup(abbr.toLowerCase(Locale.ROOT))) {
            if (l.entry().type() != EntityType.ORGANIZATION || l.tokens() != 1) continue;
            if (id != null && !id.equals(l.entry().id())) return null;
            id = l.entry().id();
        }
        return id;
    }

    private static boolean abbreviationLike(Token t) {
        String s = t.text();
        return t.word() && s.length() >= 2 && s.length() <= 8 && Character.isUpperCase(s.charAt(0)) && s.chars().allMatch(Character::isLetter);
    }

    /** The first token of the longest name before the bracket at b whose initials spell abbr, or -1. */
    private static int startFor(DocumentTokens d, int b, String abbr, boolean[] covered) {
        int far = b;
        while (far - 1 >= 0 && b - far < MAX_WORDS && d.sameSentence(far - 1, b) && !covered[far - 1] && d.get(far - 1).word()
                && (d.get(far - 1).capitalised() || LINKS.contains(d.lower(far - 1)))) {
            far--;
        }
        for (int s = far; s <= b - 2; s++) {
            if (!d.get(s).capitalised() || Cues.is(d.get(s), Cues.F_DETERMINER)) continue;
            String[] words = new String[b - s];
            boolean head = false;
            for (int k = s; k < b; k++) {
                words[k - s] = d.get(k).text();
                head |= head(d.lower(k));
            }
            if (head && Abbreviations.fits(abbr, words)) return s;
        }
        return -1;
    }

    private static boolean head(String lower) {
        for (String h : HEADS) if (lower.endsWith(h)) return true;
        return false;
    }
}
