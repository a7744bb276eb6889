package dev.aikg.annotate.mention;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
    /** What one lower-case word is. {@code key} is null when no lexicon key starts with the word. */
    public record Lexeme(int classes, LexiconIndex.Key key, List<LexiconIndex.Label> multiWord) { }

    private final Map<String, Lexeme> words = new HashMap<>();

    Vocabulary(Map<String, LexiconIndex.Key> keys, Map<String, List<LexiconIndex.Label>> multiWord) {
        Set<String> all = new HashSet<>(keys.keySet());
        all.addAll(multiWord.keySet());
        all.addAll(Cues.listedWords());
        for (String w : all) {
            words.put(w, new Lexeme(Cues.classify(w), keys.get(w), multiWord.getOrDefault(w, List.of())));
        }
    }

    /**
     * The lexeme of a lower-case word, or null for a word in no list and no lexicon key: its
     * classes are then {@link Cues#unlistedClasses}.
     */
    public Lexeme get(String lower) { return words.get(lower); }

    /** The word classes of a lower-case word, as {@link Cues#flags(String)} gives them. */
    public int classes(String lower) {
        Lexeme l = words.get(lower);
        return l != null ? l.classes() : Cues.unlistedClasses(lower);
    }

    /** True when the word is in the table (listed in some word list or part of a lexicon key). */
    boolean listed(String lower) { return words.containsKey(lower); }
}
