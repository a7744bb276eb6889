package dev.aikg.annotate.mention;

import dev.aikg.annotate.text.Token;
import dev.aikg.model.EntityType;
import dev.aikg.model.Method;
import dev.aikg.model.Mention;

import java.util.List;
import java.util.Set;

/**
 * Chips the lexicon lacks, named by a code next to a chip noun: the noun before the code ("Chip VX-1",
 * "ein Inferenzchip namens KW-1", "the next driving chip, ZX7,", "accelerator VT-2") or after it ("its
 * AM-400 chip", "der Ara-2-Prozessor", "seine S32N-Prozessoren"). A code has a capital letter first and
 * a digit in it, so "the chip business" or "KI-Chips" name nothing; quarters and fiscal years ("Q3",
 * "FY2025") are no codes.
 */
final class ChipCodeFinder implements MentionFinder {
    static final double CONFIDENCE = 0.65;
    private static final Set<String> NOUNS = Cues.hashed("chip", "chips", "prozessor", "prozessoren", "processor", "processors",
            "beschleuniger", "accelerator", "accelerators", "npu", "npus", "soc", "socs", "asic", "asics");
    private static final int MAX_PARTS = 3;

    @Override
    public void find(DocumentTokens d, List<Mention> found, List<Mention> out) {
        boolean[] covered = null;
        for (int k = 0; k < d.size(); k++) {
            if (!chipNoun(d.get(k))) continue;
            if (covered == null) covered = Covered.of(d, found);
            // The noun after the code: "AM-400 chip" (a space) or "Ara-2-Prozessor" (glued).
            int start = codeStartBefore(d, k, covered);
            if (start >= 0) {
                add(d, start, k - 1, covered, out);
                continue;
            }
            // The noun before the code: "Chip VX-1", "Inferenzchip namens KW-1", "chip, ZX7,".
            int j = k + 1;
            if (j < d.size() && d.sameSentence(k, j) && (Cues.NAMING_WORDS.contains(d.lower(j)) || d.get(j).is(","))) j++;
            if (j >= d.size() || !d.sameSentence(k, j) || d.get(j).gap() != Token.Gap.SPACE) continue;
            int end = codeEndFrom(d, j, covered);
            if (end < 0) continue;
            // An apposition closes with a comma: "the next driving chip, ZX7, will be made by TSMC".
            if (d.get(k + 1).is(",") && (end + 1 >= d.size() || !d.get(end + 1).is(","))) continue;
            add(d, j, end, covered, out);
        }
    }

    /** A chip noun on its own or as the head of a compound ("Inferenzchip", "KI-Prozessor" glued after a code). */
    private static boolean chipNoun(Token t) {
        if (!t.word()) return false;
        String l = t.lower();
        return NOUNS.contains(l) || l.length() > 6 && (l.endsWith("chip") || l.endsWith("prozessor") || l.endsWith("beschleuniger"));
    }

    /** The first token of a code that ends right before the noun at k, or -1. */
    private static int codeStartBefore(DocumentTokens d, int k, boolean[] covered) {
        Token noun = d.get(k);
        if (k == 0 || !d.sameSentence(k - 1, k) || noun.gap() != Token.Gap.SPACE && noun.gap() != Token.Gap.HYPHEN) return -1;
        // A glued noun must be the plain noun: "Ara-2-Prozessor", not "Ara-2-Chipfabrik".
        if (noun.gap() == Token.Gap.HYPHEN && !NOUNS.contains(noun.lower())) return -1;
        int start = k - 1;
        while (start > 0 && k - start < MAX_PARTS && d.get(start).gap() == Token.Gap.HYPHEN && d.sameSentence(start - 1, start)) start--;
        return code(d, start, k - 1, covered) ? start : -1;
    }

    /** The last token of a code starting at j, or -1. */
    private static int codeEndFrom(DocumentTokens d, int j, boolean[] covered) {
        int end = j;
        while (end + 1 < d.size() && end - j + 1 < MAX_PARTS && d.get(end + 1).gap() == Token.Gap.HYPHEN && d.get(end + 1).word()
                && d.sameSentence(j, end + 1) && !chipNoun(d.get(end + 1))) end++;
        return code(d, j, end, covered) ? end : -1;
    }

    /** Tokens from..to spell a code: uncovered, a capital letter first, a letter and a digit in them, no quarter or year. */
    private static boolean code(DocumentTokens d, int from, int to, boolean[] covered) {
        boolean digit = false, letter = false;
        for (int i = from; i <= to; i++) {
            Token t = d.get(i);
            if (covered[i] || !t.word() && !Character.isDigit(t.text().charAt(0))) return false;
            for (int c = 0; c < t.text().length(); c++) {
                char ch = t.text().charAt(c);
                digit |= Character.isDigit(ch);
                letter |= Character.isLetter(ch);
            }
        }
        String first = d.get(from).text();
        if (!digit || !letter || !Character.isUpperCase(first.charAt(0))) return false;
        // A function word opens no code ("Im 3-nm-Chip"); capitals are a code part ("AM-400", though "am" is a word).
        if (Cues.is(d.get(from), Cues.F_NOT_NAME) && !first.equals(first.toUpperCase(java.util.Locale.ROOT))) return false;
        String all = d.text().substring(d.get(from).start(), d.get(to).end());
        return !all.matches("(Q[1-4]|H[12]|FY\\d{2,4}|[A-Z]\\d{4}|CO2|G[78]|4K|5G|6G|3D)");
    }

    private static void add(DocumentTokens d, int from, int to, boolean[] covered, List<Mention> out) {
        out.add(d.mention(from, to, EntityType.CHIP, null, Method.PATTERN, "pattern:chip-code-noun", CONFIDENCE));
        for (int i = from; i <= to; i++) covered[i] = true;
    }
}
