package dev.aikg.annotate.mention;

import dev.aikg.annotate.text.Token;
import dev.aikg.model.EntityType;
import dev.aikg.model.Method;
import dev.aikg.model.Mention;

import java.util.List;
import java.util.Set;

/**
 * People and organisations the lexicon lacks, found from the shape of their names and the words
 * around them: one scan over the document's words, where a word that could start a cue is tried as
 * a person ({@link PersonCues}) and then as an organisation ({@link OrganisationCues}); a name found
 * covers its words, so the scan goes on after it.
 */
public final class CueMentionFinder implements MentionFinder {
    /** Lower-case words that can start a rule: role nouns, cue nouns, source cues, share nouns. */
    static final Set<String> LOWER_TRIGGERS = Cues.union(Cues.ROLES, OrganisationCues.ORG_CUE_NOUNS, OrganisationCues.SOURCE_CUES,
            OrganisationCues.SHARE_NOUNS, Set.of("hedge", "up", "ups", "fund", "based"));

    public CueMentionFinder() { }

    @Override
    public void find(DocumentTokens d, List<Mention> found, List<Mention> out) {
        boolean[] covered = Covered.of(d, found);
        for (int i = 0; i < d.size(); i++) {
            Token t = d.get(i);
            if (!t.word() || covered[i]) continue;
            // Most words are lower case and trigger nothing: one lookup decides.
            if (!t.capitalised() && !Character.isDigit(t.text().charAt(0)) && !Cues.is(t, Cues.F_LOWER_TRIGGER)) continue;
            int end = investmentArmOfKnownName(d, i, found, out);
            if (end < 0) end = PersonCues.at(d, i, covered, out);
            if (end < 0) {
                int before = out.size();
                end = OrganisationCues.at(d, i, covered, out);
                if (out.size() == before + 1) withKnownParent(d, i, found, out);
            }
            if (end >= i) {
                for (int k = i; k <= end; k++) covered[k] = true;
                i = end;
            }
        }
    }

    /** Words that, after a known company's one-word name, name a firm of its own: "Avendra Partners", "Kestrel Ventures". */
    private static final Set<String> FIRM_WORDS = Set.of("Partners", "Ventures", "Capital", "Advisors", "Advisers", "Securities",
            "Investments");

    /**
     * "Analystin der Investmentbank Avendra Partners": a firm's word right after a known one-word name makes another firm's
     * name, the whole span (the lexicon's caterer "Avendra" is not the bank). A longer known name ("Intel Capital") is the
     * lexicon's own and never reaches here.
     */
    private static int investmentArmOfKnownName(DocumentTokens d, int i, List<Mention> found, List<Mention> out) {
        Token t = d.get(i);
        if (i == 0 || t.gap() != Token.Gap.SPACE || !FIRM_WORDS.contains(t.text()) || !d.sameSentence(i - 1, i) || d.get(i - 1).possessive()) {
            return -1;
        }
        int prevEnd = d.get(i - 1).end();
        for (Mention m : found) {
            if (m.end() != prevEnd || m.type() != EntityType.ORGANIZATION || m.method() != Method.LEXICON || m.surface().indexOf(' ') >= 0) continue;
            out.add(d.mention(d.indexAt(m.start()), i, EntityType.ORGANIZATION, null, Method.CUE, "cue:org-suffix-of-parent",
                    OrganisationCues.ORG_SUFFIX));
            return i;
        }
        return -1;
    }

    /**
     * "BASF Digital Farming GmbH", "Henkel Adhesive Technologies": a legal or kind suffix after a known company's name
     * names its subsidiary, the whole span. The longer mention wins over the lexicon's in entity resolution.
     */
    private static void withKnownParent(DocumentTokens d, int i, List<Mention> found, List<Mention> out) {
        Mention cue = out.get(out.size() - 1);
        // "Fraunhofer-Institut für Werkzeugmaschinen": a known name glued to an institute's head opens the institute's name.
        boolean glued = d.get(i).gap() == Token.Gap.HYPHEN && OrganisationCues.schoolHead(d.get(i));
        if (!cue.rule().equals("cue:org-suffix") || i == 0 || d.get(i).gap() != Token.Gap.SPACE && !glued || !d.sameSentence(i - 1, i)
                || cue.start() != d.get(i).start()) return;
        int prevEnd = d.get(i - 1).end();
        for (Mention m : found) {
            if (m.end() != prevEnd || m.type() != EntityType.ORGANIZATION || m.method() != Method.LEXICON
                    || m.surface().indexOf(' ') >= 0 && m.surface().length() > 30) continue;
            // A possessive or genitive parent ("Googles KI-Sparte GmbH") describes, it does not name.
            if (d.get(i - 1).possessive()) return;
            out.set(out.size() - 1, d.mention(d.indexAt(m.start()), d.indexAt(cue.end()) - 1, cue.type(), null, cue.method(),
                    "cue:org-suffix-of-parent", cue.confidence()));
            return;
        }
    }
}
