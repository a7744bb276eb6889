package dev.aikg.annotate.mention;

import dev.aikg.annotate.text.Regions;
import dev.aikg.annotate.text.Token;
import dev.aikg.model.EntityType;
import dev.aikg.model.Method;
import dev.aikg.model.Mention;

import java.util.List;
import java.util.Set;

/**
 * Lexicon names written with a typo or garbled by machine translation ("Toky Electron", "Richard
 * Socker"). A multi-word label matches a capitalised span of as many words when all words but one
 * are equal and that one is within one edit (two for words over seven letters) with the same first
 * letter; a long one-word label (seven letters or more) matches a capitalised word within one edit
 * sharing its first two letters. Candidates come from hash lookups by word or by first letters, so
 * the edit distance runs on a handful of pairs per document.
 */
public final class FuzzyMentionFinder implements MentionFinder {
    static final double CONFIDENCE = 0.7;

    private final LexiconIndex index;

    public FuzzyMentionFinder(LexiconIndex index) {
        this.index = index;
    }

    @Override
    public void find(DocumentTokens d, List<Mention> found, List<Mention> out) {
        boolean[] covered = Covered.of(d, found);
        for (int i = 0; i < d.size(); i++) {
            Token t = d.get(i);
            if (covered[i] || !Cues.nameLike(t)) continue;
            int end = multiWord(d, i, covered, out);
            if (end < 0) end = singleWord(d, i, out);
            if (end >= 0) {
                for (int k = i; k <= end; k++) covered[k] = true;
                i = end;
            }
        }
    }

    /**
     * Tries the multi-word labels holding word i at the matching position whose neighbouring word starts as the
     * token's neighbour does; returns the last token or -1. Where several fit, the label listed first wins.
     */
    private int multiWord(DocumentTokens d, int i, boolean[] covered, List<Mention> out) {
        WordInLabels holding = d.multiWordLabels(i, index);
        if (holding == null) return -1;
        LexiconIndex.Label best = null;
        int bestOrder = Integer.MAX_VALUE, bestFrom = -1, bestTo = -1;
        for (int p = 0; p <= holding.maxPosition() && p <= i; p++) {
            int neighbour = p == 0 ? i + 1 : i - 1;
            if (neighbour >= d.size() || d.lower(neighbour).isEmpty()) continue;
            for (WordInLabels.Candidate c : holding.at(p, d.lower(neighbour).charAt(0))) {
                // Listed in order: a later one cannot beat the best, and the same label at an earlier position came first.
                if (c.order() >= bestOrder) break;
                List<Token> words = c.label().words();
                int from = i - p, to = from + words.size() - 1;
                if (to >= d.size() || !sameFirstLetters(d, from, words) || !spanOk(d, from, to, covered)) continue;
                // "Meridian Lane Securities" is no "Land Securities": a typo'd name does not go on a longer name's tail.
                if (nameWordBefore(d, from)) continue;
                // "Anna Berg" is no "Anna Borg": in a short surname one letter makes another person, not a typo; "Kita Ventures"
                // is no "Kima Ventures": in a company's four-letter word, another company.
                boolean person = c.label().entry().type() == EntityType.PERSON;
                if (closeEnough(d, from, words) && !shortDifference(d, from, words, person ? 6 : 5)
                        && !(person && otherEnding(d, from, words))) {
                    best = c.label();
                    bestOrder = c.order();
                    bestFrom = from;
                    bestTo = to;
                    break;
                }
            }
        }
        if (best == null) return -1;
        out.add(d.mention(bestFrom, bestTo, best.entry().type(), best.entry().id(), Method.FUZZY, "fuzzy:" + best.label(),
                CONFIDENCE));
        return bestTo;
    }

    /**
     * Every word of the span starts as the label's word does: {@link #closeEnough} asks it of the one
     * differing word, and equal words share it anyway. Checked first, since most labels holding a
     * common name word ("AI", "Capital") fail it at once.
     */
    private static boolean sameFirstLetters(DocumentTokens d, int from, List<Token> words) {
        for (int k = 0; k < words.size(); k++) {
            String a = d.lower(from + k), b = words.get(k).lower();
            if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)) return false;
        }
        return true;
    }

    /** The word's upper-case letters in order: "STM" for "STMicroelectronics", "AGI" for "AllianzGI". */
    private static String capitals(String s) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < s.length(); k++) if (Character.isUpperCase(s.charAt(k))) sb.append(s.charAt(k));
        return sb.toString();
    }

    /** An upper-case letter after the first two characters: "STMicroelectronic", "OpenAi" (no common word is written so). */
    private static boolean internalCapital(String s) {
        for (int k = 2; k < s.length(); k++) if (Character.isUpperCase(s.charAt(k))) return true;
        return false;
    }

    private static boolean inLongerName(DocumentTokens d, int i) {
        Token after = d.wordNear(i + 1, i);
        if (after != null && after.gap() == Token.Gap.SPACE && after.capitalised()) return true;
        return nameWordBefore(d, i);
    }

    /** A name word right before token i, not one that describes the company ("der Chipkonzern X"). */
    private static boolean nameWordBefore(DocumentTokens d, int i) {
        Token before = d.wordNear(i - 1, i);
        return before != null && d.get(i).gap() == Token.Gap.SPACE && Cues.nameLike(before) && !describesCompany(before);
    }

    /** Peoples {@link Cues#DEMONYMS} leaves out because there they would cut names ("Ukrainian Catholic University"). */
    private static final java.util.Set<String> MORE_DEMONYMS = Cues.hashed("icelandic", "estonian", "latvian", "lithuanian",
            "portuguese", "turkish", "czech", "hungarian", "romanian", "ukrainian", "vietnamese", "indonesian", "filipino",
            "malaysian", "argentine", "chilean", "colombian", "peruvian", "slovenian", "slovak", "croatian", "serbian",
            "bulgarian", "luxembourgish", "maltese", "cypriot", "mongolian", "kazakh", "uzbek", "georgian", "armenian");

    /** German nouns that describe the company named after them: "der Chipkonzern STMicroelectronic". */
    private static final String[] COMPANY_NOUN_ENDINGS = {"konzern", "hersteller", "anbieter", "spezialist", "spezialisten",
        "firma", "ausrüster", "zulieferer", "riese", "entwickler", "unternehmen", "gruppe"};

    private static boolean describesCompany(Token t) {
        if (Cues.is(t, Cues.F_ORG_CUE_NOUN | Cues.F_ROLE) || OrganisationCues.descriptorNoun(t)) return true;
        String l = t.lower();
        // "des größten Anteilseigners Sequioa Capital": a cue noun's genitive.
        if (l.length() > 4 && l.endsWith("s") && Cues.is(l.substring(0, l.length() - 1), Cues.F_ORG_CUE_NOUN | Cues.F_ROLE)) return true;
        for (String e : COMPANY_NOUN_ENDINGS) if (l.endsWith(e)) return true;
        return false;
    }

    private static boolean spanOk(DocumentTokens d, int from, int to, boolean[] covered) {
        for (int k = from; k <= to; k++) {
            Token t = d.get(k);
            if (covered[k] || !t.word() || !(t.capitalised() || t.hasUpperOrDigit()) || !d.sameSentence(from, k)) return false;
            if (k > from && t.gap() != Token.Gap.SPACE && t.gap() != Token.Gap.HYPHEN) return false;
        }
        return true;
    }

    /** Exactly one word differs, by a small typo with the same first letter. */
    private static boolean closeEnough(DocumentTokens d, int from, List<Token> words) {
        int differing = 0;
        for (int k = 0; k < words.size(); k++) {
            String a = d.lower(from + k), b = words.get(k).lower();
            if (a.equals(b)) continue;
            if (++differing > 1 || a.length() < 4 || b.length() < 4 || a.charAt(0) != b.charAt(0)) return false;
            int max = b.length() > 7 ? 2 : 1;
            if (Fuzzy.distance(a, b, max) > max) return false;
        }
        return differing == 1;
    }

    /**
     * The one word that differs from the label's is shorter than {@code shorterThan} letters and one letter is replaced:
     * "Berg" for "Borg", "Mark" for "Marc" name other people, "Kita" for "Kima" another fund. Swapped, dropped or doubled
     * letters stay typos ("Haung", "Huan").
     */
    private static boolean shortDifference(DocumentTokens d, int from, List<Token> words, int shorterThan) {
        for (int k = 0; k < words.size(); k++) {
            String a = d.lower(from + k), b = words.get(k).lower();
            if (!a.equals(b)) return b.length() < shorterThan && a.length() == b.length() && !swapped(a, b);
        }
        return false;
    }

    /**
     * "Samuel Adeyemi" is no "Samuel Adeyemo": a name that differs only in its final vowel is another family's or
     * another gender's (Rossi, Rosso; Marino, Marina), not a slip. A final consonant may be one ("Turlov", "Turlow").
     */
    private static boolean otherEnding(DocumentTokens d, int from, List<Token> words) {
        for (int k = 0; k < words.size(); k++) {
            String a = d.lower(from + k), b = words.get(k).lower();
            if (a.equals(b)) continue;
            int n = a.length();
            return n == b.length() && a.regionMatches(0, b, 0, n - 1) && VOWELS.indexOf(a.charAt(n - 1)) >= 0
                    && VOWELS.indexOf(b.charAt(n - 1)) >= 0;
        }
        return false;
    }

    private static final String VOWELS = "aeiouy";

    /** Two equally long words that differ by two neighbouring letters swapped. */
    private static boolean swapped(String a, String b) {
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) i++;
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
    }

    /**
     * "Notebooks" is no typo of "NotebookLM": the word is the label's head before its closing capitals (LM, AI, X)
     * with an inflection ending instead. A typo rarely drops a whole acronym; a plural or genitive of the head is
     * another word.
     */
    static boolean inflectedHead(String word, String label) {
        int k = label.length();
        while (k > 0 && (Character.isUpperCase(label.charAt(k - 1)) || Character.isDigit(label.charAt(k - 1)))) k--;
        if (label.length() - k < 2 || k < 4 || !Character.isLowerCase(label.charAt(k - 1))) return false;
        if (!word.regionMatches(true, 0, label, 0, k) || word.length() - k > 2) return false;
        // "NotebookLN" keeps its capitals: a typo in the acronym, not an inflection.
        for (int c = k; c < word.length(); c++) if (!Character.isLowerCase(word.charAt(c))) return false;
        return true;
    }

    /**
     * A long one-word name with one typo, or with two where the first six letters agree (garbled
     * inflection: "Anthropen"). Not inside a longer capitalised name ("Cerebral Valley" is a place).
     */
    private int singleWord(DocumentTokens d, int i, List<Mention> out) {
        Token t = d.get(i);
        if (t.length() < 7 || !Character.isUpperCase(t.text().charAt(0)) || inLongerName(d, i)) return -1;
        // "Ladezeiten von E-Transportern" is no "Transporeon": the tail of a hyphen compound is a common noun's part.
        if (t.gap() == Token.Gap.HYPHEN && i > 0 && d.get(i - 1).word()) return -1;
        // "Philipp von Hirschheydt" is no "Philips": a known given name is not a typo of a company's name.
        if (Cues.is(t, Cues.F_GIVEN)) return -1;
        // "Investors" is no "Investcorp": a cue or stop word of the vocabulary is a word, not a typo.
        if (Cues.is(t, Cues.F_NOT_SURNAME | Cues.F_NOT_NAME)) return -1;
        // "Correction: an earlier version …" is no "Correctiv": a word of the English dictionary is a word of the language.
        if (EnglishWords.contains(t.lower())) return -1;
        // "Swedish, Danish, Norwegian and Icelandic" is no "Icelandair": an adjective of origin is a word of the language.
        if (Cues.DEMONYMS.contains(t.lower()) || MORE_DEMONYMS.contains(t.lower())) return -1;
        // "Professor für Informatik" is no "Informatica": in German text a word with the ending of an abstract noun may be one
        // letter off a name ("Supertonik"), not two.
        boolean germanNoun = "de".equals(d.doc().document().lang()) && germanNounEnding(t.lower());
        // "eine Neobank mit Kreditbuch" is no "Nedbank": after an indefinite article stands a common noun, not a misspelt name.
        Token before = i > 0 ? d.wordNear(i - 1, i) : null;
        if (before != null && Cues.INDEFINITE_ARTICLES.contains(before.lower())) return -1;
        // "the Broomfield, Colorado, company" is no "Brookfield": the word before a state is a town.
        if (beforeState(d, i)) return -1;
        String w = t.lower();
        // "Mistral" is a label itself (Mistral AI's, in context): no misspelling of "Mixtral".
        if (!index.lookup(w).isEmpty()) return -1;
        for (LexiconIndex.Label l : index.longLabelsNear(w)) {
            String b = l.lowerKey();
            boolean genitive = w.length() == b.length() + 1 && w.endsWith("s") && w.startsWith(b);
            if (w.equals(b) || genitive || w.length() < 2 || b.charAt(1) != w.charAt(1)) continue;
            // "General" is a word of its own, not "Generali" missing its end: a typo seldom drops the last letter.
            // A brand-cased word ("STMicroelectronic") is no common word, so there it is a typo.
            // "Kickstart" is no "Kickstarter" either: a word the name opens, short of one or two letters.
            if (b.length() - w.length() <= 2 && b.length() > w.length() && b.startsWith(w) && !internalCapital(t.text())) continue;
            // Two edits only for a garbled inflection ("Anthropen") or a brand's tail ("STMicroelectronix"): a word cased
            // otherwise than the brand ("SuperTOBi", "AllianzGPT") is another name spelt on purpose.
            boolean sameCasing = !internalCapital(t.text()) || capitals(t.text()).equals(capitals(l.label()));
            int max = w.length() >= 9 && b.length() >= 9 && w.regionMatches(0, b, 0, 6) && sameCasing && !germanNoun ? 2 : 1;
            // The distance first: it rejects almost every candidate, and by its length test alone.
            // "Traveller" is no "TravelPerk": a brand written with an inner capital keeps it in its typos.
            int dist = Fuzzy.distance(w, b, max);
            // "Castlegate" is no "Castlelake": two edits only at the end, where a garbled inflection puts them.
            if (dist == 2 && commonPrefix(w, b) < Math.min(w.length(), b.length()) - 2) continue;
            // "Solarparks" is no "Solarpack": a plural "-s" on a word one letter off the name is that word's plural.
            if (dist == 2 && w.endsWith("s") && !b.endsWith("s") && Fuzzy.distance(w.substring(0, w.length() - 1), b, 1) <= 1) continue;
            // "Verrane" is no "Verdane": in a word of seven or eight letters one replaced letter makes another name.
            if (dist == 1 && w.length() == b.length() && w.length() <= 8 && !swapped(w, b)) continue;
            if (dist <= max && !inflectedHead(t.text(), l.label())
                    && (internalCapital(t.text()) || !internalCapital(l.label())) && innerCapitalsKept(t.text(), l.label())) {
                out.add(d.mention(i, i, l.entry().type(), l.entry().id(), Method.FUZZY, "fuzzy:" + l.label(), CONFIDENCE));
                return i;
            }
        }
        return -1;
    }

    private static boolean beforeState(DocumentTokens d, int i) {
        if (i + 2 >= d.size() || !",".equals(d.get(i + 1).text())) return false;
        String state = d.get(i + 2).text();
        return Regions.isState(state) || i + 3 < d.size() && Regions.isState(state + " " + d.get(i + 3).text());
    }

    /**
     * "ClearBay" is no "Clearpay": where a word's inner capital stands, the label has the same letter. A capital inside a
     * word marks where its maker joined two words, so a different letter there is another name, not a slip.
     */
    private static int commonPrefix(String a, String b) {
        int k = 0;
        while (k < a.length() && k < b.length() && a.charAt(k) == b.charAt(k)) k++;
        return k;
    }

    private static final String[] GERMAN_NOUN_ENDINGS = {"ik", "ung", "heit", "keit", "schaft", "ität", "ismus"};

    private static boolean germanNounEnding(String lower) {
        for (String e : GERMAN_NOUN_ENDINGS) if (lower.endsWith(e)) return true;
        return false;
    }

    static boolean innerCapitalsKept(String word, String label) {
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isUpperCase(c) || !Character.isLowerCase(word.charAt(i - 1))) continue;
            if (i >= label.length() || Character.toLowerCase(label.charAt(i)) != Character.toLowerCase(c)) return false;
        }
        return true;
    }

}
