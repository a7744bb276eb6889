package dev.aikg.annotate.mention;

import dev.aikg.annotate.text.Token;
import dev.aikg.model.EntityType;
import dev.aikg.model.Method;
import dev.aikg.model.Mention;

import java.util.List;
import java.util.Set;

/**
 * The company a deal buys, when only the price names it as one: "agreed to buy Moveworks for $2.85
 * billion", "übernimmt Quillmark für rund 400 Millionen Euro", "the takeover of Quillmark for €1
 * billion". A name of one to three capitalised words that no earlier finder claimed, between a
 * purchase word and "for"/"für" with an amount, is an organisation: people and products are not
 * bought for a price in news.
 */
final class DealTargetFinder implements MentionFinder {
    static final double CONFIDENCE = 0.6;
    private static final Set<String> BUY = Cues.hashed("buy", "buys", "bought", "buying", "acquire", "acquires", "acquired",
            "acquiring", "acquisition", "purchase", "purchases", "purchased", "takeover", "übernimmt", "übernahm",
            "übernehmen", "übernommen", "übernahme", "kauft", "kaufte", "kaufen", "gekauft", "kauf", "erwirbt", "erwarb",
            "erwerben", "erworben", "übernehme");
    private static final Set<String> SKIP = Cues.hashed("of", "von", "des", "der", "die", "das", "den", "the", "rival",
            "rivalen", "konkurrenten", "competitor");
    /** What a buyer takes that is no company: "Blackstone übernahm die Mehrheit", "took over control". */
    private static final Set<String> NOT_TARGETS = Cues.hashed("mehrheit", "kontrolle", "führung", "leitung", "verantwortung",
            "anteile", "mehrheitsbeteiligung", "rolle", "majority", "control", "rest", "stake");
    private static final Set<String> FOR = Cues.hashed("for", "für");
    private static final Set<String> AMOUNT_WORDS = Cues.hashed("$", "€", "£", "us-dollar", "rund", "etwa", "knapp", "about",
            "around", "roughly", "nearly", "almost", "fast", "mehr", "more", "über", "over", "an", "a", "usd", "eur", "chf");

    @Override
    public void find(DocumentTokens d, List<Mention> found, List<Mention> out) {
        boolean[] covered = null;
        for (int k = 2; k < d.size(); k++) {
            if (!PARTICIPLES.contains(d.get(k).lower())) continue;
            if (covered == null) covered = Covered.of(d, found);
            germanPerfect(d, k, covered, out);
        }
        for (int k = 0; k + 1 < d.size(); k++) {
            if (!BUY.contains(d.get(k).lower())) continue;
            int i = k + 1;
            while (i < d.size() && i - k <= 2 && SKIP.contains(d.lower(i)) && d.sameSentence(i, k)) i++;
            int j = i;
            while (j < d.size() && j - i < 3 && d.sameSentence(j, k) && nameWord(d.get(j))) j++;
            if (j == i) continue;
            boolean priced = j + 1 < d.size() && FOR.contains(d.lower(j)) && amountAt(d, j + 1);
            if (!priced && !(BUYER_VERBS.contains(d.get(k).lower()) && closesDeal(d, j, k) && buyerBefore(d, found, k))) continue;
            if (covered == null) covered = Covered.of(d, found);
            boolean free = true;
            for (int t = i; t < j; t++) free &= !covered[t];
            if (!free || Cues.is(d.get(i), Cues.F_NOT_NAME) || Cues.is(d.get(i), Cues.F_GIVEN) || NOT_TARGETS.contains(d.lower(i))) continue;
            // "ADNOC übernimmt die Gesellschaft für 14,7 Milliarden Euro": a company noun alone points back, it names nothing.
            if (j == i + 1 && OrganisationCues.companyNoun(d.get(i))) continue;
            out.add(d.mention(i, j - 1, EntityType.ORGANIZATION, null, Method.CUE, "cue:deal-target", CONFIDENCE));
        }
    }

    /** Finite verbs with the buyer before them: "Qualcomm bought Nuvia in 2021", "Bentley acquired Cesium." */
    private static final Set<String> BUYER_VERBS = Cues.hashed("bought", "acquired", "buys", "acquires", "übernahm", "kaufte",
            "erwarb", "übernimmt", "kauft", "erwirbt");

    /** The name ends its clause, or a year follows: "… bought Nuvia in 2021", "… acquired Cesium." */
    private static boolean closesDeal(DocumentTokens d, int j, int k) {
        if (j >= d.size() || !d.sameSentence(j, k)) return true;
        Token t = d.get(j);
        if (t.is(".") || t.is(",") || t.is(";")) return true;
        return (t.lower().equals("in") || t.lower().equals("im")) && j + 1 < d.size() && d.get(j + 1).text().matches("(19|20)\\d\\d");
    }

    /** An organisation found before ends right before the verb at k: the buyer. */
    private static boolean buyerBefore(DocumentTokens d, List<Mention> found, int k) {
        if (k == 0 || !d.sameSentence(k - 1, k)) return false;
        int end = d.get(k - 1).end();
        for (Mention m : found) if (m.type() == EntityType.ORGANIZATION && m.end() == end) return true;
        return false;
    }

    private static final Set<String> PARTICIPLES = Cues.hashed("übernommen", "gekauft", "erworben");
    private static final Set<String> AUXILIARIES = Cues.hashed("hat", "hatte", "haben", "hatten");

    /**
     * "Das Unternehmen hatte 2021 Second Spectrum übernommen": the name right before the participle of a German perfect.
     * German nouns are capitalised too ("hat Verantwortung übernommen"), so only a name of two capitalised words or
     * one with a capital inside ("PortXchange") counts.
     */
    private static void germanPerfect(DocumentTokens d, int k, boolean[] covered, List<Mention> out) {
        int j = k - 1, i = j;
        while (i >= 0 && j - i < 3 && d.sameSentence(i, k) && nameWord(d.get(i)) && !covered[i]) i--;
        i++;
        if (i > j) return;
        boolean distinctive = j > i || innerCapital(d.get(i).text());
        if (!distinctive || Cues.is(d.get(i), Cues.F_NOT_NAME) || Cues.is(d.get(i), Cues.F_GIVEN)) return;
        boolean aux = false;
        for (int a = i - 1; a >= Math.max(0, i - 4) && d.sameSentence(a, k); a--) aux |= AUXILIARIES.contains(d.lower(a));
        if (!aux || i > 0 && Cues.is(d.get(i - 1), Cues.F_DETERMINER)) return;
        out.add(d.mention(i, j, EntityType.ORGANIZATION, null, Method.CUE, "cue:deal-target", CONFIDENCE));
        for (int c = i; c <= j; c++) covered[c] = true;
    }

    /** A capital after the first letter ("PortXchange"); Token.hasUpperOrDigit counts the first capital too. */
    private static boolean innerCapital(String w) {
        for (int c = 1; c < w.length(); c++) if (Character.isUpperCase(w.charAt(c))) return true;
        return false;
    }

    private static boolean nameWord(Token t) {
        return t.word() && t.capitalised() && t.gap() != Token.Gap.HYPHEN && Cues.nameLike(t);
    }

    /** "$2.85 billion", "rund 400 Millionen", "1,3 Milliarden Euro". */
    private static boolean amountAt(DocumentTokens d, int i) {
        Token t = d.get(i);
        if (Character.isDigit(t.text().charAt(0))) return true;
        if (!AMOUNT_WORDS.contains(t.lower())) return false;
        return i + 1 < d.size() && (Character.isDigit(d.get(i + 1).text().charAt(0)) || d.get(i + 1).is("$")
                || d.get(i + 1).is("€"));
    }
}
