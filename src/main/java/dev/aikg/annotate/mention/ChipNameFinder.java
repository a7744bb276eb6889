package dev.aikg.annotate.mention;

import dev.aikg.annotate.text.Token;
import dev.aikg.model.EntityType;
import dev.aikg.model.Method;
import dev.aikg.model.Mention;

import java.util.List;
import java.util.Set;

/**
 * Chip generations named like people or places, which no code pattern catches: "die Rubin-GPUs",
 * "die nächste Chipgeneration Rubin", "the Rubin GPUs". The name must be a
 * capitalised word the lexicon and earlier finders left alone, neither an acronym ("KI-Chips",
 * "US-GPUs") nor a region ("China-Chips").
 */
final class ChipNameFinder implements MentionFinder {
    static final double CONFIDENCE = 0.65;
    /** Nouns that make the name before them a chip: glued by a hyphen in German, after a space in English. */
    private static final Set<String> CHIP_NOUNS = Cues.hashed("gpu", "gpus", "superchip", "superchips", "beschleuniger",
            "chipgeneration", "grafikprozessoren", "grafikprozessor");
    /** Nouns that make the name after them a chip: "Chipgeneration Rubin", "the chip generation Rubin". */
    private static final Set<String> GENERATION_CUES = Cues.hashed("chipgeneration", "gpu-generation", "chiparchitektur",
            "gpu-architektur", "prozessorgeneration", "beschleunigergeneration");
    private static final Set<String> REGIONS = Cues.hashed("china", "usa", "us", "eu", "europa", "europe", "asia", "asien",
            "taiwan", "korea", "japan", "deutschland", "germany", "america", "amerika", "indien", "india", "ki", "ai",
            "gaming", "server", "cloud", "data", "desktop", "laptop", "high-end", "consumer", "export", "standard", "spezial",
            "premium", "einsteiger", "mittelklasse", "oberklasse", "profi", "mobil", "mobile", "universal", "hochleistungs");

    @Override
    public void find(DocumentTokens d, List<Mention> found, List<Mention> out) {
        // Most documents name no chip noun at all: look for the cue words first, the names around them after.
        boolean[] covered = null;
        for (int k = 0; k < d.size(); k++) {
            String l = d.get(k).lower();
            boolean noun = CHIP_NOUNS.contains(l), cue = GENERATION_CUES.contains(l) || l.equals("generation");
            if (!noun && !cue) continue;
            if (covered == null) covered = Covered.of(d, found);
            if (noun && k > 0) nameBeforeNoun(d, k - 1, covered, out);
            if (cue && k + 1 < d.size()) nameAfterCue(d, k + 1, covered, out);
            // "Grafikprozessoren der Blackwell-Generation", "a Hopper-generation part": glued, in a sentence about chips.
            if (l.equals("generation") && k > 0 && d.get(k).gap() == Token.Gap.HYPHEN && chipSentence(d, k)
                    && eligible(d, k - 1, covered)) {
                emit(d, k - 1, out);
            }
        }
    }

    private static final Set<String> CHIP_CONTEXT = Cues.hashed("gpu", "gpus", "chip", "chips", "grafikprozessoren",
            "grafikprozessor", "beschleuniger", "accelerator", "accelerators", "part", "processor", "processors", "prozessoren",
            "nvidia", "amd", "intel", "superchip", "superchips");

    /** A chip noun or maker within the sentence of token k. */
    private static boolean chipSentence(DocumentTokens d, int k) {
        for (int j = Math.max(0, k - 20); j < Math.min(d.size(), k + 20); j++) {
            if (d.sameSentence(j, k) && CHIP_CONTEXT.contains(d.lower(j))) return true;
        }
        return false;
    }

    /** "die Rubin-GPUs", "the Rubin GPUs": the name at i, the chip noun right after it. */
    private static void nameBeforeNoun(DocumentTokens d, int i, boolean[] covered, List<Mention> out) {
        Token next = d.get(i + 1);
        if (!eligible(d, i, covered) || !d.sameSentence(i, i + 1)) return;
        // German glues a chip name to its noun ("Rubin-GPUs"); with a space the word is a noun of its own ("einen Stapel GPUs").
        boolean german = "de".equals(d.doc().document().lang());
        if (next.gap() == Token.Gap.HYPHEN || next.gap() == Token.Gap.SPACE && lowerBefore(d, i) && !german) emit(d, i, out);
    }

    /** "Chipgeneration Rubin", "the chip generation Rubin": the name at i after the cue. */
    private static void nameAfterCue(DocumentTokens d, int i, boolean[] covered, List<Mention> out) {
        Token t = d.get(i), cue = d.get(i - 1);
        if (t.gap() != Token.Gap.SPACE || !d.sameSentence(i - 1, i) || !eligible(d, i, covered)) return;
        if (cue.lower().equals("generation") && !(i > 1 && (d.lower(i - 2).equals("chip") || d.lower(i - 2).equals("gpu")))) return;
        emit(d, i, out);
    }

    private static boolean eligible(DocumentTokens d, int i, boolean[] covered) {
        Token t = d.get(i);
        // Inside a compound ("Mixture-of-Experts-Architektur") a word is no name.
        return t.word() && !covered[i] && t.gap() != Token.Gap.HYPHEN && candidate(t);
    }

    private static void emit(DocumentTokens d, int i, List<Mention> out) {
        Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && last.start() == d.get(i).start()) return; // named by both a cue and a noun
        out.add(d.mention(i, i, EntityType.CHIP, null, Method.CUE, "cue:chip-name", CONFIDENCE));
    }

    /** A capitalised name word: not an acronym, a region or a word that is never a name. */
    private static boolean candidate(Token t) {
        if (!t.capitalised() || t.length() < 3 || !Cues.nameLike(t) || REGIONS.contains(t.lower())) return false;
        String s = t.text();
        for (int k = 1; k < s.length(); k++) {
            if (!Character.isLowerCase(s.charAt(k))) return false; // "KI", "GPU", "H100": other rules' business
        }
        return true;
    }

    /** In English the name stands after a lower-case word or a determiner ("the Rubin GPUs"), not inside a title. */
    private static boolean lowerBefore(DocumentTokens d, int i) {
        if (i == 0 || !d.sameSentence(i - 1, i)) return false;
        Token b = d.get(i - 1);
        return b.word() && Character.isLowerCase(b.text().charAt(0));
    }
}
