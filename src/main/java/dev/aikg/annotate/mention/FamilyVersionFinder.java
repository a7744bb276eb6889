package dev.aikg.annotate.mention;

import dev.aikg.annotate.text.Token;
import dev.aikg.lexicon.LexiconEntry;
import dev.aikg.model.EntityType;
import dev.aikg.model.Method;
import dev.aikg.model.Mention;

import java.util.List;

/**
 * A new version of a model or chip family the lexicon knows: "AlphaFold 3", "Falcon 3", "Stable Diffusion 3.5",
 * "Midjourney V7", "Dimensity 9400", "Kling 2.5 Turbo" when the lexicon holds the family but not that version. The family was found by
 * the lexicon (a context label only with its context, so "Falcon 9" in a rocket story is not one), and
 * a version right after it makes the pair a model or chip of its own, as a lexicon label would
 * ("Claude 3.7" is not Claude). A number that measures something ("Falcon 3 Prozent", "Gemini 2
 * Millionen") is no version.
 */
public final class FamilyVersionFinder implements MentionFinder {
    static final double CONFIDENCE = 0.8;
    private static final String RULE = "pattern:family-version";

    private final LexiconIndex index;

    public FamilyVersionFinder(LexiconIndex index) {
        this.index = index;
    }

    @Override
    public void find(DocumentTokens d, List<Mention> found, List<Mention> out) {
        for (Mention m : found) {
            if (m.entityId() == null || m.type() != EntityType.AI_MODEL && m.type() != EntityType.CHIP) continue;
            if (m.method() != Method.LEXICON && m.method() != Method.CONTEXT) continue;
            int i = d.indexAt(m.start());
            int last = d.indexAt(m.end()) - 1;
            if (i >= d.size() || last < i || d.get(last).end() != m.end() || !familyName(m)) continue;
            int v = last + 1;
            // Chips count their generations in thousands ("Dimensity 9400", "Kirin 9020"), models do not.
            if (!version(d, last, v, m.type() == EntityType.CHIP ? 4 : 2)) continue;
            int end = v;
            // One tier word after the version belongs to the name: "Kling 2.5 Turbo", "Veo 3 Pro".
            if (end + 1 < d.size() && d.sameSentence(v, end + 1) && d.get(end + 1).gap() == Token.Gap.SPACE
                    && VersionedModelFinder.OTHER_SUFFIXES.contains(d.lower(end + 1)) && Character.isUpperCase(d.get(end + 1).text().charAt(0))) end++;
            // "Dimensity 9300+": a plus glued to the version is part of the name.
            if (end + 1 < d.size() && d.get(end + 1).is("+") && d.get(end + 1).gap() == Token.Gap.NONE) end++;
            out.add(d.mention(i, end, m.type(), null, Method.PATTERN, RULE, CONFIDENCE));
        }
    }


    /** Words of letters naming a family, not a version of its own ("AlphaFold", "Stable Diffusion", not "R1"). */
    private boolean familyName(Mention m) {
        LexiconEntry e = index.lexicon().get(m.entityId());
        if (e == null) return false;
        String s = m.surface();
        for (int k = 0; k < s.length(); k++) if (!Character.isLetter(s.charAt(k)) && s.charAt(k) != ' ') return false;
        return s.length() >= 3;
    }

    /** Token v is a version number right after the family's last word: "3", "2.5", "v2", "V7", also "AlphaFold-3". */
    private static boolean version(DocumentTokens d, int i, int v, int maxDigits) {
        if (v >= d.size() || !d.sameSentence(i, v)) return false;
        Token t = d.get(v);
        if (t.gap() != Token.Gap.SPACE && t.gap() != Token.Gap.HYPHEN) return false;
        String s = t.text();
        int k = s.startsWith("v") || s.startsWith("V") ? 1 : 0;
        int digits = 0;
        while (k < s.length() && Character.isDigit(s.charAt(k))) { k++; digits++; }
        if (digits == 0 || digits > maxDigits) return false;
        // "Blackwell 2025": a year, not a generation.
        if (digits == 4 && (s.startsWith("19", k - 4) || s.startsWith("20", k - 4))) return false;
        if (k == s.length() - 1 && s.charAt(k) == '+') return true; // "9300+"
        if (k < s.length()) {
            if (s.charAt(k) != '.' || k + 1 >= s.length()) return false;
            int frac = 0;
            for (k++; k < s.length() && Character.isDigit(s.charAt(k)); k++) frac++;
            if (frac == 0 || frac > 2 || k < s.length()) return false;
        }
        // "Falcon 3 Prozent", "Gemini 2 Millionen Nutzer": a quantity, not a version; "Falcon 3,5": a number.
        Token after = v + 1 < d.size() && d.sameSentence(v, v + 1) ? d.get(v + 1) : null;
        if (after != null && (VersionedModelFinder.UNITS.contains(after.lower()) || after.is(",") && after.gap() == Token.Gap.NONE
                && v + 2 < d.size() && Character.isDigit(d.get(v + 2).text().charAt(0)))) return false;
        return true;
    }
}
