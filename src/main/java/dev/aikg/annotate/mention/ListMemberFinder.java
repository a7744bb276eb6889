package dev.aikg.annotate.mention;

import dev.aikg.annotate.text.Token;
import dev.aikg.model.EntityType;
import dev.aikg.model.Method;
import dev.aikg.model.Mention;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Organisations the text names only by their company: an unknown item of a list whose other items are
 * organisations found before ("darunter DST Global, Andreessen Horowitz, Bpifrance und Nvidia"), and the
 * lead of a funding round ("in a round led by Greenoaks", "angeführt von Kinnevik"). A name that starts
 * with a given name is a person's, a place word is no name; both stay out.
 */
final class ListMemberFinder implements MentionFinder {
    static final double CONFIDENCE = 0.6;
    private static final Set<String> SEPARATORS = Cues.hashed(",", "und", "and", "sowie", "oder", "or");
    private static final Set<String> LEAD_VERBS = Cues.hashed("led", "co-led", "angeführt", "geführt", "führung");
    private static final Set<String> LEAD_PREPOSITIONS = Cues.hashed("by", "von", "vom");
    private static final Set<String> PARTICIPATION = Cues.hashed("participation", "beteiligung");
    private static final Set<String> PARTICIPATION_PREPOSITIONS = Cues.hashed("from", "of", "von", "vom");

    @Override
    public void find(DocumentTokens d, List<Mention> found, List<Mention> out) {
        int n = d.size();
        companiesSuchAs(d, found, out);
        // Most words are neither next to a list separator nor in a sentence with a round's lead: one pass marks both,
        // so each word then asks an array, not a hash table.
        boolean[] sep = new boolean[n + 4];
        boolean[] leadSentence = new boolean[d.doc().sentences().size()];
        for (int k = 0; k < n; k++) {
            String l = d.lower(k);
            if (l.length() > 12) continue;
            if (SEPARATORS.contains(l)) sep[k] = true;
            else if (LEAD_VERBS.contains(l) || PARTICIPATION.contains(l)) leadSentence[d.sentence(k)] = true;
        }
        boolean[] covered = null;
        Spans spans = null;
        for (int i = 0; i < n; i++) {
            if (!(i > 0 && sep[i - 1]) && !sep[i + 1] && !sep[i + 2] && !sep[i + 3] && !leadSentence[d.sentence(i)]) continue;
            if (!candidate(d, i)) continue;
            if (covered == null) {
                covered = Covered.of(d, found);
                spans = new Spans(d, found);
            }
            if (covered[i]) continue;
            int j = i;
            while (j + 1 < n && j < i + 2 && d.sameSentence(i, j + 1) && !covered[j + 1] && d.get(j + 1).gap() == Token.Gap.SPACE
                    && Cues.nameLike(d.get(j + 1)) && !Cues.is(d.get(j + 1), Cues.F_ROLE | Cues.F_ORG_CUE_NOUN)) {
                j++;
            }
            if (j == i && !plainWord(d.get(i))) continue;
            // "led by Zurich-based Lakeside Partners": a word glued to a compound's tail describes the name after it.
            // ("angeführt vom Changjiang-Fonds" keeps its name: the tail is a noun).
            if (j + 1 < n && d.get(j + 1).gap() == Token.Gap.HYPHEN && !d.get(j + 1).capitalised()) continue;
            // "led by Edinburgh venture firm Northlight Ventures": a place or trade describing the named company after it.
            if (describesNameAfter(d, j)) continue;
            // "led by Highland Europe": a capitalised word that no name may hold ends the run unclearly; leave it.
            if (j + 1 < n && d.sameSentence(j, j + 1) && d.get(j + 1).gap() == Token.Gap.SPACE && d.get(j + 1).capitalised()) continue;
            String rule = inOrganisationList(d, i, j, spans) ? "cue:org-list"
                    : leadSentence[d.sentence(i)] && roundLead(d, i) ? "cue:round-lead"
                    : moneyFromPair(d, i, j, spans) ? "cue:backer-pair" : null;
            if (rule == null) continue;
            out.add(d.mention(i, j, EntityType.ORGANIZATION, null, Method.CUE, rule, CONFIDENCE));
            for (int k = i; k <= j; k++) covered[k] = true;
            i = j;
        }
    }

    /** Where the mentions found before start and end, by token. */
    private static final class Spans {
        final EntityType[] startType;
        final int[] endOf;
        final int[] startOf;

        Spans(DocumentTokens d, List<Mention> found) {
            int n = d.size();
            startType = new EntityType[n];
            endOf = new int[n];
            startOf = new int[n];
            Arrays.fill(endOf, -1);
            Arrays.fill(startOf, -1);
            for (Mention m : found) {
                int first = d.indexAt(m.start());
                int last = d.indexAt(m.end()) - 1;
                if (first >= n || last < first) continue;
                startType[first] = m.type();
                endOf[first] = last;
                startOf[last] = first;
            }
        }
    }

    private static boolean candidate(DocumentTokens d, int i) {
        Token t = d.get(i);
        return t.word() && (t.capitalised() || Character.isDigit(t.text().charAt(0)) && t.hasUpperOrDigit()) && t.gap() != Token.Gap.HYPHEN
                && Cues.nameLike(t) && !Cues.DEMONYMS.contains(t.lower())
                && !Cues.is(t, Cues.F_GIVEN | Cues.F_DETERMINER | Cues.F_ROLE | Cues.F_ORG_CUE_NOUN | Cues.F_ORG_SUFFIX)
                // "Siemens' frühere Verkehrssparte, Swarco und Jenoptik": a German company noun is a described member, no name.
                && !("de".equals(d.doc().document().lang()) && OrganisationCues.descriptorNoun(t));
    }

    /** Plural nouns of companies that a list of examples may follow: "Anbieter wie X und Y", "rivals such as X". */
    private static final Set<String> COMPANY_PLURALS = Cues.hashed("anbieter", "anbietern", "firmen", "unternehmen", "konzerne",
            "konzernen", "rivalen", "konkurrenten", "wettbewerber", "wettbewerbern", "hersteller", "herstellern", "start-ups",
            "startups", "companies", "firms", "rivals", "competitors", "vendors", "providers", "players", "makers", "chipmakers",
            "labs", "banks", "banken", "brokers", "insurers", "versicherer", "carriers", "reedereien", "airlines", "miners");
    private static final Set<String> EXAMPLE_OPENERS = Cues.hashed("wie", "like", "including", "darunter", "etwa");
    private static final Set<String> ITEM_SEPARATORS = Cues.hashed(",", "und", "and", "sowie", "oder", "or");

    /**
     * "tritt gegen Anbieter wie Sureel und Musical AI an", "rivals such as Kpler and Windward": the names listed after a
     * plural noun of companies are companies. Items are one to three capitalised words, none a first name.
     */
    private static void companiesSuchAs(DocumentTokens d, List<Mention> found, List<Mention> out) {
        boolean[] covered = null;
        for (int k = 0; k + 2 < d.size(); k++) {
            if (!COMPANY_PLURALS.contains(d.lower(k))) continue;
            int p = k + 1;
            if (d.lower(p).equals("such") && p + 1 < d.size() && d.lower(p + 1).equals("as")) p += 2;
            else if (EXAMPLE_OPENERS.contains(d.lower(p))) p++;
            else continue;
            if (covered == null) covered = Covered.of(d, found);
            while (p < d.size() && d.sameSentence(k, p)) {
                Token t = d.get(p);
                if (covered[p]) {
                    // A name found before is an item too: skip over it to the next separator.
                    while (p < d.size() && covered[p] && d.sameSentence(k, p)) p++;
                } else {
                    if (!t.word() || !t.capitalised() || !Cues.nameLike(t) || Cues.is(t, Cues.F_GIVEN | Cues.F_NOT_NAME | Cues.F_DETERMINER)
                            || Cues.DEMONYMS.contains(t.lower())) break;
                    int j = p;
                    while (j + 1 < d.size() && j < p + 2 && d.sameSentence(p, j + 1) && !covered[j + 1]
                            && d.get(j + 1).gap() == Token.Gap.SPACE && d.get(j + 1).capitalised() && Cues.nameLike(d.get(j + 1))) j++;
                    if (j == p && !plainWord(t)) break;
                    // "rivals such as Denver-based Kestrel ID": a word glued to a lower-case compound tail describes the name after it.
                    if (j + 1 < d.size() && d.get(j + 1).gap() == Token.Gap.HYPHEN && d.get(j + 1).word() && !d.get(j + 1).capitalised()) break;
                    out.add(d.mention(p, j, EntityType.ORGANIZATION, null, Method.CUE, "cue:companies-such-as", CONFIDENCE));
                    for (int c = p; c <= j; c++) covered[c] = true;
                    p = j + 1;
                }
                if (p < d.size() && d.sameSentence(k, p) && ITEM_SEPARATORS.contains(d.lower(p))) {
                    p++;
                    if (p < d.size() && ITEM_SEPARATORS.contains(d.lower(p))) p++; // ", and"
                } else {
                    break;
                }
            }
        }
    }

    private static final Set<String> MONEY_WORDS = Cues.hashed("million", "billion", "millionen", "milliarden", "mio.", "mrd.",
            "m", "bn", "dollar", "euro", "funding", "capital", "kapital", "finanzierung");
    private static final Set<String> AND = Cues.hashed("and", "und");

    /**
     * "$33 million from Mayfield and Lux Capital", "30 Millionen Euro von Kelvin und Polaris Ventures": the first of two
     * backers the money came from, when the second is an organisation found before.
     */
    private static boolean moneyFromPair(DocumentTokens d, int i, int j, Spans spans) {
        if (i < 2 || !d.sameSentence(i - 2, i) || !(d.lower(i - 1).equals("from") || d.lower(i - 1).equals("von"))) return false;
        boolean money = false;
        for (int k = i - 2; k >= Math.max(0, i - 4) && d.sameSentence(k, i); k--) money |= MONEY_WORDS.contains(d.lower(k));
        int k = j + 1;
        return money && k + 1 < d.size() && d.sameSentence(i, k + 1) && AND.contains(d.lower(k))
                && spans.startType[k + 1] == EntityType.ORGANIZATION;
    }

    /** A one-word name that does not look like a German noun in the plural or dative ("Konzernen", "Banken"). */
    private static boolean plainWord(Token t) {
        String l = t.lower();
        return t.length() >= 4 && !Cues.pluralLike(l);
    }

    /**
     * The name i..j is an item of a list (comma, "und", "and") with at least two organisations found before,
     * one of them its neighbour, and no person among the items.
     */
    private static boolean inOrganisationList(DocumentTokens d, int i, int j, Spans spans) {
        EntityType[] startType = spans.startType;
        int[] endOf = spans.endOf;
        int[] startOf = spans.startOf;
        int orgs = 0;
        boolean neighbour = false;
        // Leftwards: separator, then an item ending right before it.
        for (int k = i - 1, step = 0; k >= 1 && d.sameSentence(k, i) && SEPARATORS.contains(d.lower(k)); step++) {
            int last = k - 1;
            if (!d.sameSentence(last, i)) break;
            int first = startOf[last];
            if (first < 0) break;
            if (startType[first] == EntityType.PERSON) return false;
            if (startType[first] != EntityType.ORGANIZATION) break;
            orgs++;
            if (step == 0) neighbour = true;
            k = first - 1;
        }
        for (int k = j + 1, step = 0; k + 1 < d.size() && d.sameSentence(k, j) && SEPARATORS.contains(d.lower(k)); step++) {
            int first = k + 1;
            if (!d.sameSentence(first, j)) break;
            if (startType[first] == EntityType.PERSON) return false;
            if (startType[first] != EntityType.ORGANIZATION || endOf[first] < 0) break;
            orgs++;
            if (step == 0) neighbour = true;
            boolean last = SEPARATORS.contains(d.lower(k)) && !d.lower(k).equals(",");
            k = endOf[first] + 1;
            if (last) break;
        }
        return neighbour && orgs >= 2;
    }

    /**
     * "led by X", "co-led by X", "angeführt von X", "with participation from A, B and C" in a sentence about raising
     * money: X, or an item of the list that follows the cue.
     */
    /** Lower-case words after token j, up to three, end in a company noun with a capitalised name right after it. */
    private static boolean describesNameAfter(DocumentTokens d, int j) {
        for (int k = j + 1; k <= j + 3 && k + 1 < d.size() && d.sameSentence(j, k + 1); k++) {
            Token t = d.get(k);
            if (!t.word() || t.capitalised()) return false;
            if (Cues.is(t, Cues.F_ORG_CUE_NOUN) && d.get(k + 1).capitalised() && d.get(k + 1).gap() == Token.Gap.SPACE) return true;
        }
        return false;
    }

    private static boolean roundLead(DocumentTokens d, int i) {
        int k = i - 1;
        for (int steps = 0; ; steps++) {
            if (k < 1 || steps > 24 || !d.sameSentence(k, i)) return false;
            String l = d.lower(k), before = d.lower(k - 1);
            if (LEAD_PREPOSITIONS.contains(l) && LEAD_VERBS.contains(before)
                    || PARTICIPATION_PREPOSITIONS.contains(l) && PARTICIPATION.contains(before)) break;
            if (!SEPARATORS.contains(l) && !(d.get(k).word() && (d.get(k).capitalised() || d.get(k).hasUpperOrDigit()))) return false;
            k--;
        }
        return Cues.fundingSentence(d, i);
    }
}
