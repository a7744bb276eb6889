package dev.aikg.annotate.mention;

import dev.aikg.annotate.text.Token;

import java.util.Set;

/** Token-level tests for name shapes shared by the cue rules. */
final class NameSpans {
    static final Set<String> PARTICLES = Cues.hashed("von", "van", "de", "der", "den", "di", "da", "del", "della", "du",
            "bin", "al", "ibn", "le", "la", "ter", "zu", "dos", "das");

    private static final String[] ADJECTIVE_ENDINGS = {"ige", "igen", "iger", "iges", "ische", "ischen", "ischer",
            "isches", "liche", "lichen", "licher", "liches", "ierte", "ierten", "ende", "enden", "ender"};

    private NameSpans() { }

    /** A surname candidate: capitalised letters (inner capitals allowed, "LeCun"), not an acronym or stop word. */
    static boolean surnameLike(Token t) {
        if (!Cues.nameLike(t) || t.length() < 2) return false;
        String s = t.text();
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '’') return false;
            if (Character.isUpperCase(c)) upper++;
        }
        if (upper == s.length()) return false; // "CEO", "KI": acronyms are not surnames
        String l = t.lower();
        for (String ending : ADJECTIVE_ENDINGS) {
            if (l.endsWith(ending)) return false; // "Hochrangige Beamte": German adjectives and participles
        }
        return !Cues.is(t, Cues.F_NOT_SURNAME);
    }

    /**
     * The last token of a person name starting at token i, after i's given or family name: one
     * surname (or a double-barrelled one), optionally after particles ("von der Leyen") or a middle
     * name; -1 when no surname follows.
     */
    static int personEnd(DocumentTokens d, int i, boolean[] covered, boolean middleAllowed) {
        int j = i + 1;
        // Given names written with a hyphen ("Kai-Fu", "Jean-Luc") continue the first name.
        while (j < d.size() && d.get(j).gap() == Token.Gap.HYPHEN && Cues.nameLike(d.get(j)) && j - i < 3) j++;
        int k = j;
        while (k < d.size() && d.sameSentence(i, k) && d.get(k).word() && d.get(k).gap() == Token.Gap.SPACE
                && PARTICLES.contains(d.get(k).text()) && k - j < 2) {
            k++;
        }
        if (!ok(d, i, k, covered)) return -1;
        int end = k;
        // A middle name: "Mary Jane Smith", "John F. Kennedy".
        if (middleAllowed && k == j && end + 1 < d.size() && ok(d, i, end + 1, covered)
                && (d.is(end, Cues.F_GIVEN) && !d.is(end + 1, Cues.F_GIVEN))) {
            end = end + 1;
        }
        // A double-barrelled surname: "Müller-Lüdenscheidt".
        if (end + 1 < d.size() && d.get(end + 1).gap() == Token.Gap.HYPHEN && surnameLike(d.get(end + 1))
                && !covered[end + 1] && Character.isUpperCase(d.get(end + 1).text().charAt(0))) {
            end = end + 1;
        }
        return end;
    }

    private static boolean ok(DocumentTokens d, int i, int k, boolean[] covered) {
        return k < d.size() && d.sameSentence(i, k) && d.get(k).gap() == Token.Gap.SPACE && !covered[k]
                && surnameLike(d.get(k));
    }
}
