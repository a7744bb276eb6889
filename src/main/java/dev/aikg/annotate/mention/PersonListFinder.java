package dev.aikg.annotate.mention;

import dev.aikg.annotate.text.Token;
import dev.aikg.model.EntityType;
import dev.aikg.model.Method;
import dev.aikg.model.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * People named in a list with people found before: "gegründet von Michael Truell, Sualeh Asif, Arvid
 * Lunnemark und Aman Sanger", "founded by Max Junestrand, Sigge Labor and August Erséus". An item counts
 * when it is exactly two capitalised name words that no earlier finder took, standing between a list
 * separator and the list's next separator or end, next to a person: a list holds things of one kind.
 * One-word items ("Nvidia") and longer ones ("Deutsche Telekom Capital Partners") stay out, as do
 * items holding a role, company or place word.
 */
final class PersonListFinder implements MentionFinder {
    static final double CONFIDENCE = 0.6;
    private static final String RULE = "cue:person-list";
    private static final Set<String> SEPARATORS = Cues.hashed(",", "und", "and", "sowie");
    private static final int NOT_A_NAME_WORD = Cues.F_ROLE | Cues.F_ORG_CUE_NOUN | Cues.F_ORG_SUFFIX | Cues.F_ORG_TYPE
            | Cues.F_MEDIA_NOUN | Cues.F_DETERMINER | Cues.F_MODEL_TYPE | Cues.F_CHIP_TYPE;

    @Override
    public void find(DocumentTokens d, List<Mention> found, List<Mention> out) {
        List<int[]> people = new ArrayList<>();
        for (Mention m : found) {
            if (m.type() != EntityType.PERSON) continue;
            int from = d.indexAt(m.start());
            int to = d.indexAt(m.end()) - 1;
            if (from < d.size() && to >= from) people.add(new int[]{from, to});
        }
        if (people.isEmpty()) return;
        boolean[] covered = Covered.of(d, found);
        // A new item is a person too, so the list is walked on from it: "A B, C D, E F und G H".
        for (int p = 0; p < people.size(); p++) {
            int from = people.get(p)[0], to = people.get(p)[1];
            // After a comma the list must go on past the item ("Jane Roe, Kestrel Labs analyst" is an apposition);
            // after "und"/"and" the item may end it.
            int after = to + 2;
            if (separatorAt(d, to + 1) && item(d, after, covered)
                    && (separatorAt(d, after + 2) || !d.get(to + 1).is(",") && endsItem(d, after + 2))) {
                emit(d, after, covered, people, out);
            }
            int before = from - 3;
            if (before >= 0 && separatorAt(d, from - 1) && item(d, before, covered) && startsItem(d, before)
                    && (!d.get(from - 1).is(",") || separatorAt(d, to + 1))) {
                emit(d, before, covered, people, out);
            }
        }
    }

    private static void emit(DocumentTokens d, int i, boolean[] covered, List<int[]> people, List<Mention> out) {
        out.add(d.mention(i, i + 1, EntityType.PERSON, null, Method.CUE, RULE, CONFIDENCE));
        covered[i] = covered[i + 1] = true;
        people.add(new int[]{i, i + 1});
    }

    private static boolean separatorAt(DocumentTokens d, int k) {
        return k >= 0 && k < d.size() && SEPARATORS.contains(d.lower(k));
    }

    /** Month names that are given names too, left out of the given-name list: in a list of people they are names. */
    private static final Set<String> MONTH_NAMES = Cues.hashed("april", "may", "june", "august");

    /**
     * Tokens i and i+1: two capitalised name words in one sentence that nothing else took. After a known given name
     * a surname may be a word of another class ("Sigge Labor"); a month may be a given name ("August Erséus").
     */
    private static boolean item(DocumentTokens d, int i, boolean[] covered) {
        if (i < 1 || i + 1 >= d.size() || !d.sameSentence(i - 1, i + 1)) return false;
        Token first = d.get(i), second = d.get(i + 1);
        if (covered[i] || covered[i + 1] || !first.capitalised() || !second.capitalised() || first.gap() != Token.Gap.SPACE
                || second.gap() != Token.Gap.SPACE || first.length() < 2 || second.length() < 2 || first.possessive() || second.possessive()) {
            return false;
        }
        boolean month = MONTH_NAMES.contains(first.lower());
        if (!month && (!Cues.nameLike(first) || Cues.is(first, NOT_A_NAME_WORD))) return false;
        // "Mike Dargan, Chief Digital and Information Officer": a title's first words after a name, in English capitals.
        if (PersonCues.TITLE_OPENERS.contains(first.lower())) return false;
        if (Cues.is(first, Cues.F_GIVEN)) return second.word() && !Cues.is(second, Cues.F_ROLE | Cues.F_DETERMINER | Cues.F_ORG_SUFFIX);
        return Cues.nameLike(second) && !Cues.is(second, NOT_A_NAME_WORD);
    }

    /** The item ends at k-1: a separator, punctuation, a lower-case word or the sentence's end follows. */
    private static boolean endsItem(DocumentTokens d, int k) {
        if (k >= d.size() || !d.sameSentence(k - 1, k)) return true;
        Token t = d.get(k);
        if (t.gap() == Token.Gap.HYPHEN || t.gap() == Token.Gap.NONE && t.word()) return false;
        return !t.word() || SEPARATORS.contains(t.lower()) || !Character.isUpperCase(t.text().charAt(0));
    }

    /** The item starts at i: a separator, punctuation or a lower-case word stands before it. */
    private static boolean startsItem(DocumentTokens d, int i) {
        if (!d.sameSentence(i - 1, i)) return true;
        Token t = d.get(i - 1);
        return !t.word() || SEPARATORS.contains(t.lower()) || !Character.isUpperCase(t.text().charAt(0));
    }
}
