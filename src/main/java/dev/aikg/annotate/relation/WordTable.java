package dev.aikg.annotate.relation;

import java.util.Collection;

/**
 * A fixed set of lower-case words asked about slices of a text ({@code text[from, to)}), so the
 * words of a sentence can be looked up without copying each one into a string first. Open
 * addressing keyed by {@link String#hashCode}, computed over the slice. Read-only after
 * construction, so shared by all threads.
 */
final class WordTable {
    private final String[] slots;
    private final int mask;
    private final int minLength;
    private final int maxLength;

    WordTable(Collection<String> words) {
        int capacity = Integer.highestOneBit(Math.max(8, words.size() * 3)) << 1;
        slots = new String[capacity];
        mask = capacity - 1;
        int min = Integer.MAX_VALUE, max = 0;
        for (String w : words) {
            int i = slot(w.hashCode());
            while (slots[i] != null && !slots[i].equals(w)) i = (i + 1) & mask;
            slots[i] = w;
            min = Math.min(min, w.length());
            max = Math.max(max, w.length());
        }
        minLength = min;
        maxLength = max;
    }

    private int slot(int hash) { return (hash * 0x9E3779B9 >>> 7) & mask; }

    /** True when {@code text[from, to)} is one of the words. */
    boolean contains(CharSequence text, int from, int to) {
        int n = to - from;
        if (n < minLength || n > maxLength) return false;
        int h = 0;
        for (int k = from; k < to; k++) h = 31 * h + text.charAt(k);
        for (int i = slot(h); slots[i] != null; i = (i + 1) & mask) {
            String w = slots[i];
            if (w.length() == n && w.hashCode() == h && regionEquals(w, text, from)) return true;
        }
        return false;
    }

    private static boolean regionEquals(String w, CharSequence text, int from) {
        for (int k = 0; k < w.length(); k++) if (w.charAt(k) != text.charAt(from + k)) return false;
        return true;
    }
}
