package dev.aikg.annotate.mention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The multi-word labels holding one word, for the typo matcher: where the word stands in each label and the first
 * letter of its neighbour there (the word after it when it comes first, the word before it otherwise). A typo'd span
 * starts every word as its label does, so at a token the matcher reads only the labels whose neighbouring word starts
 * as the token's neighbour does. A common name word ("Capital", "Technologies", "Group") sits in hundreds of labels; a
 * bucket holds a handful. Built once per {@link LexiconIndex}, read-only.
 */
final class WordInLabels {
    /**
     * One label holding the word at {@code position}. {@code order} is the label's place in the word's label list, so
     * that when several labels fit the matcher takes the one the list names first, whatever bucket it came from.
     */
    record Candidate(LexiconIndex.Label label, int position, int order) { }

    private final Map<Integer, List<Candidate>> buckets;
    private final int maxPosition;
    private final int size;

    private WordInLabels(Map<Integer, List<Candidate>> buckets, int maxPosition, int size) {
        this.buckets = buckets;
        this.maxPosition = maxPosition;
        this.size = size;
    }

    /** Buckets the labels holding this lower-case word; a label listed twice (a word it repeats) counts once. */
    static WordInLabels of(String lowerWord, List<LexiconIndex.Label> labels) {
        Map<Integer, List<Candidate>> buckets = new HashMap<>();
        Map<LexiconIndex.Label, Boolean> seen = new IdentityHashMap<>();
        int max = 0, size = 0;
        for (int order = 0; order < labels.size(); order++) {
            LexiconIndex.Label l = labels.get(order);
            if (seen.put(l, Boolean.TRUE) != null) continue;
            for (int p = 0; p < l.words().size(); p++) {
                if (!l.words().get(p).lower().equals(lowerWord)) continue;
                String neighbour = l.words().get(p == 0 ? 1 : p - 1).lower();
                if (neighbour.isEmpty()) continue;
                buckets.computeIfAbsent(key(p, neighbour.charAt(0)), k -> new ArrayList<>()).add(new Candidate(l, p, order));
                max = Math.max(max, p);
                size++;
            }
        }
        buckets.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return new WordInLabels(buckets, max, size);
    }

    /** The highest position the word has in any of its labels. */
    int maxPosition() { return maxPosition; }

    /** How many (label, position) pairs hold the word. */
    int size() { return size; }

    /** The labels holding the word at this position whose neighbouring word starts with this lower-case letter, in list order. */
    List<Candidate> at(int position, char neighbour) {
        return buckets.getOrDefault(key(position, neighbour), List.of());
    }

    /** Scrambled by an odd multiplier (a bijection) so HashMap's spreading does not fold position and letter together. */
    private static int key(int position, char neighbour) {
        return (position << 16 | neighbour) * 0x9E3779B9;
    }
}
