package dev.aikg.annotate.text;

import java.util.Locale;
import java.util.Set;

/**
 * Abbreviations an article defines in brackets right after a name: "Technology Innovation Institute
 * (TII)", "Brightwater Semiconductor Corp. (BSC)", "Mohamed bin Zayed University of Artificial
 * Intelligence (MBZUAI)", "Deutsches Forschungszentrum für Künstliche Intelligenz (DFKI)". The letters
 * must be the initials of the name's words, in order: every capitalised word gives its initial (or,
 * written in camel case, its inner capitals too), a lower-case word such as "für" or "bin" may give
 * its initial or nothing, and a legal suffix may be left out. So a bracket that holds anything else —
 * a ticker "(NVDA)", a country "(USA)", a year — is no abbreviation of the name before it.
 */
public final class Abbreviations {
    /** Legal and house suffixes a name may leave out of its abbreviation ("Brightwater Semiconductor Corp. (BS)"). */
    public static final Set<String> ORG_SUFFIXES = Set.of("ag", "se", "gmbh", "inc", "corp", "ltd", "llc", "plc",
            "holding", "holdings", "group", "gruppe", "capital", "ventures", "partners", "research", "labs", "ai",
            "technologies", "co", "kg", "nv", "limited", "corporation");
    private static final int MIN = 2;
    private static final int MAX = 8;

    private Abbreviations() { }

    /**
     * Where the abbreviation starts when the text after a name ending at nameEnd is " (ABBR)" (or
     * ". (ABBR)" after a name whose full stop the mention left out) and ABBR fits the name's words;
     * -1 otherwise.
     */
    public static int definedAfter(String text, int nameEnd, String[] words) {
        int i = nameEnd;
        if (i < text.length() && text.charAt(i) == '.') i++;
        if (i < text.length() && text.charAt(i) == ' ') i++;
        if (i >= text.length() || text.charAt(i) != '(') return -1;
        int from = i + 1;
        int close = text.indexOf(')', from);
        if (close < 0 || close - from < MIN || close - from > MAX) return -1;
        String abbr = text.substring(from, close);
        return fits(abbr, words) ? from : -1;
    }

    /** True when abbr is written like an abbreviation and its letters are the initials of the words. */
    public static boolean fits(String abbr, String[] words) {
        int upper = 0;
        for (int i = 0; i < abbr.length(); i++) {
            char c = abbr.charAt(i);
            if (!Character.isLetter(c)) return false;
            if (Character.isUpperCase(c)) upper++;
        }
        if (upper < MIN || !Character.isUpperCase(abbr.charAt(0))) return false;
        return match(abbr.toLowerCase(Locale.ROOT), 0, words, 0);
    }

    private static boolean match(String abbr, int p, String[] words, int w) {
        if (w == words.length) return p == abbr.length();
        String word = words[w];
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) return match(abbr, p, words, w + 1);
        boolean capital = Character.isUpperCase(word.charAt(0));
        if ((!capital || ORG_SUFFIXES.contains(word.toLowerCase(Locale.ROOT).replace(".", ""))) && match(abbr, p, words, w + 1)) {
            return true;
        }
        if (p == abbr.length() || Character.toLowerCase(word.charAt(0)) != abbr.charAt(p)) return false;
        // "DeepMind" may give "D" or "DM": its inner capitals follow its initial, all or none of them.
        if (match(abbr, p + 1, words, w + 1)) return true;
        int q = p + 1;
        boolean inner = false;
        for (int i = 1; i < word.length() && q < abbr.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isUpperCase(c)) continue;
            if (Character.toLowerCase(c) != abbr.charAt(q)) return false;
            q++;
            inner = true;
        }
        return inner && match(abbr, q, words, w + 1);
    }
}
