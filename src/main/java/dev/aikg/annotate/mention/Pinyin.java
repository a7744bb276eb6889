package dev.aikg.annotate.mention;

import java.util.HashSet;
import java.util.Set;

/** Whether a word reads as one to three pinyin syllables ("Wenfeng", "Yi", "Kunming"): the shape of a Chinese given name. */
final class Pinyin {
    private static final String[] INITIALS = {"", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
            "zh", "ch", "sh", "r", "z", "c", "s", "y", "w"};
    private static final String[] FINALS = {"a", "o", "e", "i", "u", "v", "ai", "ei", "ui", "ao", "ou", "iu", "ie", "ue",
            "er", "an", "en", "in", "un", "ang", "eng", "ing", "ong", "ia", "iao", "ian", "iang", "iong", "ua", "uo",
            "uai", "uan", "uang"};
    private static final Set<String> SYLLABLES = new HashSet<>();

    static {
        for (String i : INITIALS) {
            for (String f : FINALS) {
                // "o" stands alone only after labials and w/y ("bo", "wo"); "to", "go" are not pinyin.
                if (f.equals("o") && !(i.equals("b") || i.equals("p") || i.equals("m") || i.equals("f")
                        || i.equals("w") || i.equals("y") || i.isEmpty())) continue;
                SYLLABLES.add(i + f);
            }
        }
    }

    private Pinyin() { }

    static boolean isName(String lower) {
        return lower.length() >= 2 && lower.length() <= 12 && split(lower, 0, 0);
    }

    /** Two or three syllables, five letters or more: "Shengjia", "Wenfeng", not "Hong" or "Li". */
    static boolean isTwoSyllableName(String lower) {
        return lower.length() >= 5 && lower.length() <= 12 && split(lower, 0, 0, 2);
    }

    private static boolean split(String w, int from, int count) {
        return split(w, from, count, 1);
    }

    private static boolean split(String w, int from, int count, int least) {
        if (from == w.length()) return count >= least;
        if (count == 3) return false;
        for (int len = Math.min(6, w.length() - from); len >= 1; len--) {
            if (SYLLABLES.contains(w.substring(from, from + len)) && split(w, from + len, count + 1, least)) return true;
        }
        return false;
    }
}
