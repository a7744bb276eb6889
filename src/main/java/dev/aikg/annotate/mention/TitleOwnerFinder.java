package dev.aikg.annotate.mention;

import dev.aikg.annotate.text.Token;
import dev.aikg.model.EntityType;
import dev.aikg.model.Method;
import dev.aikg.model.Mention;

import java.util.List;
import java.util.Set;

/**
 * The company a title belongs to, when only the title names it as one: "Toshiba's chief executive
 * Taro Shimada", "Rakuten founder Hiroshi Mikitani", "Preferred Networks president Toru Nishikawa".
 * One or two capitalised words that no earlier finder claimed, right before the title words of a
 * person found before, become an organisation.
 */
final class TitleOwnerFinder implements MentionFinder {
    static final double CONFIDENCE = 0.6;
    /** Words that qualify a title without being one ("chief executive", "senior vice president"). */
    private static final Set<String> TITLE_WORDS = Cues.hashed("chief", "executive", "senior", "vice", "co", "deputy",
            "managing", "general", "operating", "financial", "technology", "technical", "interim", "acting");
    /** Capitalised words before a title that name no company: places, peoples, kinds. */
    private static final Set<String> NOT_OWNERS = Cues.hashed("us", "u.s.", "eu", "uk", "global", "worldwide", "chinese", "american", "german",
            "french", "british", "european", "japanese", "korean", "indian", "taiwanese", "israeli", "former", "tech",
            "ai", "ki", "startup", "start-up", "company", "the", "der", "die", "das", "then", "longtime", "new", "its",
            "their", "his", "her", "white", "house", "state", "federal", "national", "deutsche", "deutscher",
            // "Activist investor X", "Veteran analyst X": an adjective that opens the sentence, capitalised there.
            "activist", "veteran", "star", "billionaire", "prominent", "independent", "famed", "legendary", "serial",
            "venture", "hedge", "angel", "private", "institutional", "early", "fellow", "rival", "top", "lead", "senior",
            // "Prime Minister X", "Finance Minister X": the office's own words, not its owner.
            "prime", "foreign", "finance", "trade", "defence", "defense", "industry", "economy", "innovation", "digital",
            // "Czech billionaire Karel Komárek": peoples' adjectives without a telling ending, before a title only.
            "czech", "slovak", "hungarian", "romanian", "bulgarian", "croatian", "serbian", "ukrainian", "turkish",
            "portuguese", "vietnamese", "indonesian", "malaysian", "filipino", "argentine", "chilean", "colombian");

    /** Titles of government offices and courts, not of companies ("Commerce Secretary", "U.S. District Judge", "Governor"). */
    private static final Set<String> OFFICE_TITLES = Cues.hashed("secretary", "minister", "ministerin", "staatssekretär",
            "staatssekretärin", "judge", "richter", "richterin", "attorney", "senator", "senatorin",
            // "Querétaros Gouverneur X", "New Hampshire Attorney General X", "Londons Bürgermeister X": a state's or city's office.
            "governor", "gouverneur", "gouverneurin", "mayor", "bürgermeister", "bürgermeisterin", "ministerpräsident",
            "ministerpräsidentin");

    /**
     * Countries (English and German) whose heads and ministers the news names: "Kenias Präsident", "Ghana's President"
     * own no company.
     */
    private static final Set<String> COUNTRIES = Cues.hashed("kenya", "kenia", "nigeria", "ghana", "südafrika", "rwanda", "ruanda",
            "ethiopia", "äthiopien", "senegal", "tanzania", "tansania", "uganda", "egypt", "ägypten", "morocco", "marokko", "tunisia",
            "tunesien", "algeria", "algerien", "angola", "zambia", "sambia", "zimbabwe", "simbabwe", "botswana", "namibia", "mozambique",
            "mosambik", "cameroon", "kamerun", "france", "frankreich", "germany", "deutschland", "italy", "italien", "spain", "spanien",
            "portugal", "poland", "polen", "ukraine", "russia", "russland", "turkey", "türkei", "greece", "griechenland", "israel",
            "iran", "iraq", "irak", "india", "indien", "pakistan", "bangladesh", "indonesia", "indonesien", "malaysia", "vietnam",
            "thailand", "philippines", "philippinen", "japan", "china", "taiwan", "korea", "südkorea", "brazil", "brasilien",
            "argentina", "argentinien", "mexico", "mexiko", "chile", "colombia", "kolumbien", "peru", "canada", "kanada",
            "australia", "australien", "america", "amerika", "britain", "england", "ireland", "irland", "belgium", "belgien",
            "netherlands", "niederlande", "austria", "österreich", "switzerland", "schweiz", "sweden", "schweden", "norway",
            "norwegen", "denmark", "dänemark", "finland", "finnland", "estonia", "estland", "hungary", "ungarn", "romania",
            "rumänien", "czechia", "tschechien", "serbia", "serbien", "qatar", "katar", "bahrain", "oman", "kuwait", "jordan",
            "jordanien", "lebanon", "libanon", "singapore", "singapur", "argentina", "venezuela", "ecuador", "luxembourg",
            "luxemburg", "iceland", "island", "croatia", "kroatien", "bulgaria", "bulgarien", "slovakia", "slowakei");

    /** A country, or its German genitive ("Kenias", "Ghanas", "Frankreichs"). */
    private static boolean country(Token t) {
        String l = t.lower();
        if (COUNTRIES.contains(l)) return true;
        return l.length() > 4 && l.endsWith("s") && COUNTRIES.contains(l.substring(0, l.length() - 1));
    }

    @Override
    public void find(DocumentTokens d, List<Mention> found, List<Mention> out) {
        boolean[] covered = null;
        for (Mention p : found) {
            if (p.type() != EntityType.PERSON) continue;
            int start = d.indexAt(p.start());
            int k = start - 1, titles = 0;
            while (k >= 0 && d.sameSentence(k, start) && d.get(k).word()
                    && (Cues.is(d.get(k), Cues.F_ROLE) || TITLE_WORDS.contains(d.lower(k)))) {
                if (Cues.is(d.get(k), Cues.F_ROLE)) titles++;
                k--;
            }
            if (titles == 0 || k < 0 || k == start - 1 || !d.sameSentence(k, start)) continue;
            if (covered == null) covered = Covered.of(d, found);
            Token owner = d.get(k);
            // German glues an owner to its title ("Rakuten-Gründer"); a capitalised word before a title with a space is a
            // noun of the sentence ("an dessen Spitze Mitgründer X"), unless it is a genitive ("Toshibas Chef").
            if ("de".equals(d.doc().document().lang()) && !owner.possessive() && !owner.lower().endsWith("s")) continue;
            // The title is glued to nothing and follows the owner after a space: "Rakuten founder", "Toshiba's chief".
            // "the investment company of Danish billionaire X": a people's adjective owns nothing.
            if (covered[k] || !owner.capitalised() || !Cues.nameLike(owner) || NOT_OWNERS.contains(owner.lower()) || country(owner)
                    || Cues.DEMONYMS.contains(owner.lower())
                    || Cues.is(owner, Cues.F_GIVEN | Cues.F_ROLE | Cues.F_DETERMINER) || d.get(k + 1).gap() != Token.Gap.SPACE) {
                continue;
            }
            int from = k;
            if (k > 0 && d.sameSentence(k - 1, k) && !covered[k - 1] && d.get(k - 1).capitalised() && Cues.nameLike(d.get(k - 1))
                    && !owner.possessive() && d.get(k).gap() == Token.Gap.SPACE && !NOT_OWNERS.contains(d.lower(k - 1))
                    && !Cues.is(d.get(k - 1), Cues.F_GIVEN | Cues.F_ROLE | Cues.F_DETERMINER)) {
                from = k - 1; // "Preferred Networks president"
            }
            // "former New York Stock Exchange president Tom Farley": a third capitalised word before makes the two the tail of
            // a longer name, which this cue cannot delimit.
            if (from > 0 && from < k && d.sameSentence(from - 1, from) && d.get(from).gap() == Token.Gap.SPACE && d.get(from - 1).word()
                    && d.get(from - 1).capitalised() && !NOT_OWNERS.contains(d.lower(from - 1))
                    && !Cues.is(d.get(from - 1), Cues.F_DETERMINER | Cues.F_ROLE)) {
                continue;
            }
            // "Commerce Secretary Howard Lutnick", "Home Secretary X": one word before a government title is the office's.
            if (from == k && OFFICE_TITLES.contains(d.lower(k + 1))) continue;
            out.add(d.mention(from, k, EntityType.ORGANIZATION, null, Method.CUE, "cue:title-owner", CONFIDENCE));
        }
    }
}
