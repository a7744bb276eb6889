package dev.aikg.annotate.mention;

import java.util.Set;

/**
 * English words of seven letters or more (SCOWL, see the resource's header): a capitalised word of this list is a word
 * of the language, not a misspelt name ("Correction" is no "Correctiv"). Not a test of names in general: companies are
 * named by such words too ("Lighthouse", "Paradox", "Universal").
 */
final class EnglishWords {
    private EnglishWords() { }

    /** Loaded on first use: most documents never ask. */
    private static final class Holder {
        static final Set<String> SET = Cues.load("common-words-en.txt");
    }

    static boolean contains(String lower) {
        return lower.length() >= 7 && Holder.SET.contains(lower);
    }
}
