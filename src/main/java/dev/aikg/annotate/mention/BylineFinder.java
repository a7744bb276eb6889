package dev.aikg.annotate.mention;

import dev.aikg.annotate.text.Token;
import dev.aikg.model.EntityType;
import dev.aikg.model.Method;
import dev.aikg.model.Mention;

import java.util.List;
import java.util.Set;

/**
 * Authors named by a byline, whatever their given names: "(Reporting by Krystal Hu in San Francisco;
 * Editing by Jamie Freed)", "By Priyanka Ramadurai and Tjasa Novak", "Von Wiebke Harms" on a line of
 * its own. Each name is two or three capitalised words; a list goes on after "and", "und" or a comma.
 */
final class BylineFinder implements MentionFinder {
    static final double CONFIDENCE = 0.7;
    private static final Set<String> CUES = Cues.hashed("reporting", "editing", "writing", "reported", "edited", "written");
    private static final Set<String> LINE_CUES = Cues.hashed("by", "von");
    private static final Set<String> AND = Cues.hashed("and", "und", ",", "&");

    @Override
    public void find(DocumentTokens d, List<Mention> found, List<Mention> out) {
        boolean[] covered = null;
        for (int i = 0; i + 2 < d.size(); i++) {
            Token t = d.get(i);
            int start;
            if (CUES.contains(t.lower()) && d.lower(i + 1).equals("by") && d.sameSentence(i, i + 1)) {
                start = i + 2;
            } else if (LINE_CUES.contains(t.lower()) && t.capitalised() && lineStart(d, i)) {
                start = i + 1; // "By Jane Doe" / "Von Wiebke Harms" opening a line
            } else {
                continue;
            }
            if (covered == null) covered = Covered.of(d, found);
            int k = start;
            while (k < d.size()) {
                // "By Priyanka Ramadurai and Tjasa Novak": an author another finder named already still opens the list.
                int known = knownPersonEnd(d, k, found);
                int end = known >= 0 ? known : name(d, k, covered);
                if (end < 0) break;
                if (known < 0) out.add(d.mention(k, end, EntityType.PERSON, null, Method.CUE, "cue:byline", CONFIDENCE));
                for (int c = k; c <= end; c++) covered[c] = true;
                k = end + 1;
                if (k < d.size() && AND.contains(d.lower(k)) && d.sameSentence(end, k)) k++;
                else break;
            }
        }
    }

    /** The last token of a person mention found before that starts at token k, or -1. */
    private static int knownPersonEnd(DocumentTokens d, int k, List<Mention> found) {
        if (k >= d.size()) return -1;
        int start = d.get(k).start();
        for (Mention m : found) {
            if (m.start() == start && m.type() == EntityType.PERSON) return d.indexAt(m.end()) - 1;
        }
        return -1;
    }

    /** A name of two or three capitalised words from k, or -1; a name already found counts as one. */
    private static int name(DocumentTokens d, int k, boolean[] covered) {
        if (k >= d.size()) return -1;
        // A name another finder found already ends the run: it is a person (or a company) already.
        if (covered[k]) return -1;
        int e = k;
        while (e < d.size() && e - k < 3 && d.get(e).word() && d.get(e).capitalised() && !covered[e]
                && (e == k || d.get(e).gap() == Token.Gap.SPACE || d.get(e).gap() == Token.Gap.HYPHEN) && !Cues.is(d.get(e), Cues.F_NOT_NAME)) {
            e++;
        }
        if (e - k < 2) return -1;
        // "By Markets Staff", "Von der Redaktion": a desk, not a person.
        for (int c = k; c < e; c++) {
            if (DESKS.contains(d.lower(c)) || Cues.is(d.get(c), Cues.F_ORG_SUFFIX | Cues.F_ORG_CUE_NOUN | Cues.F_ROLE)) return -1;
        }
        return e - 1;
    }

    private static final Set<String> DESKS = Cues.hashed("staff", "team", "desk", "reporters", "editors", "correspondents",
            "newsroom", "redaktion", "wire", "services", "agencies", "agenturen", "online");

    private static boolean lineStart(DocumentTokens d, int i) {
        return i == 0 || d.get(i).gap() == Token.Gap.NEWLINE;
    }
}
