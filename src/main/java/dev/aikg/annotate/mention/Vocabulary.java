package dev.aikg.annotate.mention;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every lower-case word the finders know, with all they ask of it, so each document token costs
 * one hash lookup: its word classes as {@link Cues} bits (role noun, given name, stop word, legal
 * suffix, cue noun, model family...), what the lexicon knows of it as a one-word key (whether a
 * label starts with it, the labels it names, the key it is the genitive of) and the multi-word
 * labels holding it. A word the table lacks is in none of the word lists and starts no label:
 * only the compound-role test ("Halbleiteranalyst") is left to run on it. Built once per
 * {@link LexiconIndex}, read-only, shared by all threads.
 */
public final class Vocabulary {
    /**
     * What one lower-case word is. {@code key} is null when no lexicon key starts with the word, {@code multiWord}
     * when no multi-word label holds it.
     */
    public record Lexeme(int classes, LexiconIndex.Key key, WordInLabels multiWord) { }

    /**
     * Open addressing over three parallel arrays: the probe reads one int per slot and touches a
     * key only when its hash agrees, so a word the table lacks (most words) costs one memory read.
     * Hash 0 marks an empty slot; a word whose hash is 0 is stored as 1.
     */
    private final int[] hashes;
    private final String[] keys;
    private final Lexeme[] lexemes;
    private final int mask;

    Vocabulary(Map<String, LexiconIndex.Key> keyInfo, Map<String, WordInLabels> multiWord) {
        Set<String> all = new HashSet<>(keyInfo.keySet());
        all.addAll(multiWord.keySet());
        all.addAll(Cues.listedWords());
        int capacity = Integer.highestOneBit(Math.max(16, all.size() * 3)) << 1; // load factor at most 1/3
        hashes = new int[capacity];
        keys = new String[capacity];
        lexemes = new Lexeme[capacity];
        mask = capacity - 1;
        for (String w : all) {
            put(w, new Lexeme(Cues.classify(w), keyInfo.get(w), multiWord.get(w)));
        }
    }

    private static int stored(int hash) { return hash == 0 ? 1 : hash; }

    private static int slot(int hash, int mask) { return (hash * 0x9E3779B9 >>> 7) & mask; }

    private void put(String w, Lexeme l) {
        int h = stored(w.hashCode());
        int i = slot(h, mask);
        while (hashes[i] != 0) i = (i + 1) & mask;
        hashes[i] = h;
        keys[i] = w;
        lexemes[i] = l;
    }

    /**
     * The lexeme of a lower-case word, or null for a word in no list and no lexicon key: its
     * classes are then {@link Cues#unlistedClasses}.
     */
    public Lexeme get(String lower) {
        int h = stored(lower.hashCode());
        for (int i = slot(h, mask); ; i = (i + 1) & mask) {
            int x = hashes[i];
            if (x == 0) return null;
            if (x == h && keys[i].equals(lower)) return lexemes[i];
        }
    }

    /** The word classes of a lower-case word, as {@link Cues#flags(String)} gives them. */
    public int classes(String lower) {
        Lexeme l = get(lower);
        return l != null ? l.classes() : Cues.unlistedClasses(lower);
    }
}
