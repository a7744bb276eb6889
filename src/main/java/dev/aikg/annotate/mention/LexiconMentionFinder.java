package dev.aikg.annotate.mention;

import dev.aikg.annotate.text.Token;
import dev.aikg.lexicon.LexiconEntry;
import dev.aikg.model.EntityType;
import dev.aikg.model.Method;
import dev.aikg.model.Mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Exact, case-aware matching of lexicon labels against token n-grams, longest match first.
 * Folds genitives and possessives ("Nvidias", "DeepSeek’s"), reads hyphen compounds part by part
 * ("OpenAI-CEO", "R1-Modells"), and matches case-insensitively only labels of four or more
 * characters written with a capital ("Deepseek" for "DeepSeek"). Context labels ("Meta", "R1",
 * "VAT") are kept only with support: see {@link ContextSupport}.
 */
public final class LexiconMentionFinder implements MentionFinder {
    static final double EXACT = 0.95;
    static final double FOLDED = 0.9;
    static final double CONTEXT = 0.85;

    private final LexiconIndex index;

    public LexiconMentionFinder(LexiconIndex index) {
        this.index = index;
    }

    /** A matched n-gram: tokens from..to and the labels it may stand for. */
    record Match(int from, int to, List<LexiconIndex.Label> labels, boolean folded) {
        boolean context() {
            for (LexiconIndex.Label l : labels) if (!l.context()) return false;
            return true;
        }
    }

    /**
     * "KPMG hatte eine Allianz mit Microsoft angekündigt": in German a one-word company name right after an indefinite
     * article is the noun it also is. A compound glued to it still names the company ("eine Allianz-Tochter").
     */
    private static boolean germanNounAfterIndefinite(DocumentTokens d, Match m) {
        if (m.from() != m.to() || m.from() == 0 || !"de".equals(d.doc().document().lang())) return false;
        if (!d.sameSentence(m.from() - 1, m.from()) || !Cues.INDEFINITE_DE.contains(d.lower(m.from() - 1))) return false;
        return m.to() + 1 >= d.size() || d.get(m.to() + 1).gap() != Token.Gap.HYPHEN;
    }

    @Override
    public void find(DocumentTokens d, List<Mention> found, List<Mention> out) {
        List<Match> matches = new ArrayList<>();
        int n = d.size();
        for (int i = 0; i < n; ) {
            Match m = d.get(i).word() ? longestAt(d, i) : null;
            if (m == null) { i++; continue; }
            if (!surnameAfterGivenName(d, m, matches)) matches.add(m);
            i = m.to() + 1;
        }
        Set<String> strong = new HashSet<>();
        List<Match> context = new ArrayList<>();
        for (Match m : matches) {
            LexiconIndex.Label l = firstNonContext(m);
            // "EQT Ventures" also after a parent known only by a context label.
            if (l.entry().type() == EntityType.ORGANIZATION && armFollows(d, m.to())) {
                out.add(d.mention(m.context() ? nameWordBefore(d, m.from()) : m.from(), armEnd(d, m.to()), EntityType.ORGANIZATION, null,
                        Method.CUE, "cue:investment-arm", ARM));
                continue;
            }
            if (m.context()) {
                // "an assistant called Mila": a name the text gives a model is not the institute the word also names.
                if (!givenNameBeforeSurname(d, m) && !productNameBeforeSurname(d, m) && !insideLongerName(d, m) && !opensLongerName(d, m)
                        && !opensLongerSuffixedName(d, m)
                        && !afterMiddleInitial(d, m)
                        && !ModelNounFinder.namedAfterModelNoun(d, m.from())
                        && !otherPersonsSurname(d, m)) {
                    context.add(m);
                }
                continue;
            }
            if (germanNounAfterIndefinite(d, m)) continue;
            // "Norbert Schiedeck" is no "NorBERT": a model's label met in another case, as a given name before a surname.
            if (productNameBeforeSurname(d, m) && !d.get(m.from()).text().equals(l.label())) continue;
            if (l.entry().type() == EntityType.ORGANIZATION && joinedBeforeSuffix(d, m, l)) continue;
            if (l.entry().type() == EntityType.ORGANIZATION && nameWordOpensLonger(d, m, matches)) continue;
            if (l.entry().type() == EntityType.ORGANIZATION && opensLongerSuffixedName(d, m)) continue;
            // "Snapdragon W5 Gen 2" after the label "Snapdragon W5", "Exynos W1000" after "Exynos": a generation or a code the
            // label lacks names another chip; the pattern finders take it whole.
            if (l.entry().type() == EntityType.CHIP && otherChipFollows(d, m.from(), m.to())) continue;
            strong.add(l.entry().id());
            int rest = l.entry().type() == EntityType.CHIP ? makerPrefixEnd(d, m, l.entry()) : -1;
            if (rest > 0) {
                // "Nvidia H200 chips", "Nvidia-H100-Chips": the maker is named as well as the chip.
                LexiconEntry maker = makerAt(d, m.from(), l.entry());
                strong.add(maker.id());
                out.add(d.mention(m.from(), m.from(), EntityType.ORGANIZATION, maker.id(), Method.LEXICON,
                        "lexicon:" + d.get(m.from()).text(), EXACT));
                out.add(d.mention(rest, m.to(), l.entry().type(), l.entry().id(), Method.LEXICON,
                        "lexicon:" + l.label(), m.folded() ? FOLDED : EXACT));
                continue;
            }
            out.add(d.mention(m.from(), nameEnd(d, m, l.entry()), l.entry().type(), l.entry().id(), Method.LEXICON,
                    "lexicon:" + l.label(), m.folded() ? FOLDED : EXACT));
        }
        if (!context.isEmpty()) new ContextSupport(index, d, strong, out).resolve(context, out);
    }

    private static final java.util.regex.Pattern CHIP_CODE = java.util.regex.Pattern.compile("[A-Z]{0,2}\\d{2,5}[A-Z]{0,2}");

    private static boolean otherChipFollows(DocumentTokens d, int from, int to) {
        if (to + 1 >= d.size() || !d.sameSentence(to, to + 1) || d.get(to + 1).gap() != Token.Gap.SPACE) return false;
        Token next = d.get(to + 1);
        if (next.is("Gen")) return to + 2 < d.size() && d.get(to + 2).gap() == Token.Gap.SPACE && Character.isDigit(d.get(to + 2).text().charAt(0));
        // A code after a one-word family ("Exynos W1000"); after a longer name ("AMD Instinct MI300X") the finders split it.
        return to == from && CHIP_CODE.matcher(next.text()).matches() && Character.isUpperCase(next.text().charAt(0));
    }

    /**
     * "the OBX index of Oslo's most traded stocks": an index's label matched with "index" written as a common noun; the
     * name is the part before it, as for a chip noun after a chip's name. Else the match's end.
     */
    private static int nameEnd(DocumentTokens d, Match m, LexiconEntry e) {
        if (e.type() == EntityType.STOCK_INDEX && m.to() > m.from() && d.get(m.to()).text().equals("index") && d.get(m.to() - 1).word()) {
            return m.to() - 1;
        }
        // "1Komma5°", "Amazon Alexa™": a brand's sign glued to the name is the name's; the rules then see the word after it.
        int next = m.to() + 1;
        return next < d.size() && d.get(next).gap() == Token.Gap.NONE && BRAND_SIGNS.contains(d.get(next).text()) ? next : m.to();
    }

    private static final Set<String> BRAND_SIGNS = Set.of("°", "™", "®");

    /**
     * "Analyst Tobias Renk", "Anna Renk sagte": a one-word company name right after a given name is
     * that person's surname (the person finders read the full name). A given name that is the first
     * word of a label ("Morgan Stanley") is inside the match; given names that are common words
     * ("Will", "May") are not in the list.
     */
    private static boolean surnameAfterGivenName(DocumentTokens d, Match m, List<Match> before) {
        int i = m.from();
        if (m.to() != i || i == 0 || entry(m).type() != EntityType.ORGANIZATION || !d.sameSentence(i - 1, i)) return false;
        Token given = d.get(i - 1);
        if (d.get(i).gap() != Token.Gap.SPACE || !given.word() || !Character.isUpperCase(given.text().charAt(0))) return false;
        // "Konzernchef Hirotaka Kawai": after a role, a name word the given-name list lacks opens a name as well.
        boolean afterRole = i >= 2 && d.sameSentence(i - 2, i) && given.gap() == Token.Gap.SPACE && Cues.is(d.get(i - 2), Cues.F_ROLE)
                && NameSpans.surnameLike(given) && !Cues.is(given, Cues.F_NOT_NAME);
        if (!Cues.is(given, Cues.F_GIVEN) && !afterRole) return false;
        return before.isEmpty() || before.get(before.size() - 1).to() < i - 1;
    }

    /**
     * "Rafael Quintero", "Douglas Mattson": a one-word context label of a company that is a known given name, followed by
     * a capitalised name word, is a person's given name (the person finders read the full name). English text only: in
     * German every noun is capitalised ("die Harvey Konkurrenz machen"), and models go on in capitals ("Claude Sonnet"),
     * unless a role stands right before the given name ("Nike-Chef Elliott Hill").
     */
    private static boolean givenNameBeforeSurname(DocumentTokens d, Match m) {
        if (m.from() != m.to() || entry(m).type() != EntityType.ORGANIZATION || !Cues.is(d.get(m.from()), Cues.F_GIVEN)) return false;
        // German too when a role stands right before: "Nike-Chef Elliott Hill" names a person.
        boolean roleBefore = m.from() > 0 && d.sameSentence(m.from() - 1, m.from()) && Cues.is(d.get(m.from() - 1), Cues.F_ROLE);
        if (!"en".equals(d.doc().document().lang()) && !roleBefore) return false;
        Token next = d.wordNear(m.to() + 1, m.to());
        return next != null && next.gap() == Token.Gap.SPACE && next.capitalised() && NameSpans.surnameLike(next);
    }

    /**
     * "die Pflanzengenetikerin Miriam Osterloh": a person's surname label (Rick Osterloh's "Osterloh") after another
     * capitalised name word is someone else's surname; the person finders read the full name.
     */
    private static boolean otherPersonsSurname(DocumentTokens d, Match m) {
        LexiconEntry e = entry(m);
        if (m.from() != m.to() || e.type() != EntityType.PERSON || m.from() == 0 || !d.sameSentence(m.from() - 1, m.from())
                || d.get(m.from()).gap() != Token.Gap.SPACE) {
            return false;
        }
        Token before = d.get(m.from() - 1);
        if (!before.word() || !before.capitalised() || before.possessive() || !Cues.nameLike(before)
                || Cues.is(before, Cues.F_ROLE | Cues.F_SPEECH | Cues.F_DETERMINER | Cues.F_ORG_TYPE)) {
            return false;
        }
        return !e.name().startsWith(before.text() + " ");
    }

    /** "Allegion-Chef John H. Stone": a one-word label after a given name and a middle initial is a surname. */
    private static boolean afterMiddleInitial(DocumentTokens d, Match m) {
        int i = m.from();
        if (m.from() != m.to() || i < 3 || !d.sameSentence(i - 3, i) || !d.get(i - 1).is(".")) return false;
        Token initial = d.get(i - 2);
        return initial.length() == 1 && Character.isUpperCase(initial.text().charAt(0)) && Cues.is(d.get(i - 3), Cues.F_GIVEN);
    }

    /** Given names that name chips and models too: "Grace Lam" is no Grace CPU, "Claude Debussy" no Claude. */
    private static final Set<String> PRODUCT_GIVEN_NAMES = Cues.hashed("grace", "claude", "gemma", "aria", "maia", "iris", "vera",
            "luna", "nova", "sora", "norbert");

    /** A one-word chip or model label that is a given name, a surname-like word after it: a person's name. */
    private static boolean productNameBeforeSurname(DocumentTokens d, Match m) {
        if (m.from() != m.to()) return false;
        EntityType type = entry(m).type();
        if (type != EntityType.CHIP && type != EntityType.AI_MODEL) return false;
        Token t = d.get(m.from());
        if (!Cues.is(t, Cues.F_GIVEN) && !PRODUCT_GIVEN_NAMES.contains(t.lower())) return false;
        Token next = d.wordNear(m.to() + 1, m.to());
        return next != null && next.gap() == Token.Gap.SPACE && next.capitalised() && NameSpans.surnameLike(next)
                && !Cues.is(next, Cues.F_NOT_NAME | Cues.F_MODEL_TYPE | Cues.F_CHIP_TYPE | Cues.F_ORG_SUFFIX);
    }

    /**
     * "Aurora Nordic Ventures", "Grace Capital Partners": a one-word context label followed by name words and a company
     * suffix opens another company's name.
     */
    private static boolean opensLongerName(DocumentTokens d, Match m) {
        // "Amazon's Alexa Fund": a possessive owns the name after it.
        if (m.from() != m.to() || d.get(m.to()).possessive() || m.folded()) return false;
        // A suffix right after the label may describe the product ("Hivemind AI pilot") or name its owner's unit ("Alexa
        // Fund"), which other finders read; a name word between makes the longer name plain.
        return suffixAfterNameWords(d, m) > m.to() + 1;
    }

    /**
     * The company suffix that up to two capitalised name words after the match lead to ("Isar Asia Research GmbH",
     * "Aurora Nordic Ventures"), or -1.
     */
    private static int suffixAfterNameWords(DocumentTokens d, Match m) {
        for (int k = m.to() + 1; k <= m.to() + 3 && k < d.size() && d.sameSentence(m.from(), k); k++) {
            Token after = d.get(k);
            if (after.gap() != Token.Gap.SPACE || !after.capitalised()) return -1;
            if (Cues.is(after, Cues.F_ORG_SUFFIX)) return k;
            if (!Cues.nameLike(after)) return -1;
        }
        return -1;
    }

    /**
     * "Brookfield Business Partners", "Lenzing & Partner Research": a one-word company label, then a name word and a company
     * suffix, or an ampersand and a partnership's words, opens another company's name, which the suffix cue reads whole.
     */
    private static boolean opensLongerSuffixedName(DocumentTokens d, Match m) {
        int k = m.to() + 1;
        if (m.from() != m.to() || d.get(m.to()).possessive() || k + 1 >= d.size() || !d.sameSentence(m.from(), k + 1)) return false;
        Token next = d.get(k);
        Token last = d.get(k + 1);
        if (last.gap() != Token.Gap.SPACE || !last.capitalised()) return false;
        // Not "Anthropic & Co.", German for "and the like".
        if (next.is("&")) {
            String l = last.lower();
            return OrganisationCues.AMPERSAND_ENDINGS.contains(l) && !l.equals("co") && !l.equals("cie") || LONGER_NAME_ENDINGS.contains(l);
        }
        // Not "Amazon Alexa Fund", "SoftBank Vision Fund", "Siemens Heathineers AG": a parent's arm, or a garbled known name.
        return next.gap() == Token.Gap.SPACE && next.capitalised() && Cues.nameLike(next) && !Cues.is(next, Cues.F_ORG_SUFFIX)
                && !next.possessive() && LONGER_NAME_ENDINGS.contains(last.lower());
    }

    private static boolean hasShortWord(LexiconIndex.Label l) {
        for (Token w : l.words()) if (w.word() && w.length() < 3) return true;
        return false;
    }

    /** The endings of research and advisory houses, which a family or place name opens ("Brookfield Business Partners"). */
    private static final Set<String> LONGER_NAME_ENDINGS = Set.of("partners", "research", "advisors", "advisers", "associates",
            "securities", "analytics", "insights", "consulting", "strategies");

    /**
     * "Kestrel Insight Partners" (in English text): a name word no label holds, right before a
     * label of two words or more that ends in a company suffix, opens another company's longer name; the suffix cue reads it
     * whole. Not a word that opens the sentence, a given name, a role, a possessive or another label ("SoftBank Vision Fund").
     */
    private static boolean nameWordOpensLonger(DocumentTokens d, Match m, List<Match> matches) {
        // English only: German capitalises every noun ("des Investors Bain Capital" has a noun, not a name word, before it).
        if (!"en".equals(d.doc().document().lang()) || m.from() == m.to() || m.from() < 2 || !Cues.is(d.get(m.to()), Cues.F_ORG_SUFFIX)) return false;
        int b = m.from() - 1;
        if (!d.sameSentence(b - 1, m.from()) || d.get(m.from()).gap() != Token.Gap.SPACE) return false;
        Token before = d.get(b);
        // "CASE AGAINST STABILITY AI": a headline in capitals is no name.
        if (!before.word() || !before.capitalised() || !Cues.nameLike(before) || before.possessive()
                || before.text().equals(before.text().toUpperCase(java.util.Locale.ROOT))
                || Cues.is(before, Cues.F_NOT_NAME | Cues.F_DETERMINER | Cues.F_ROLE | Cues.F_GIVEN | Cues.F_ORG_CUE_NOUN)) return false;
        for (Match o : matches) if (o.from() <= b && b <= o.to()) return false;
        return true;
    }

    /**
     * "an analyst at Fjordline Insights": one word that matched a label of several ("Fjord Line") only because labels are
     * keyed without their spaces, before a company suffix, is the first word of another company's name.
     */
    private static boolean joinedBeforeSuffix(DocumentTokens d, Match m, LexiconIndex.Label l) {
        // "Mont Blanc Growth Partners" is no "Montblanc" either: a label met split where it is one word.
        if (m.to() - m.from() + 1 == l.tokens() || m.to() + 1 >= d.size() || !d.sameSentence(m.to(), m.to() + 1)) return false;
        Token next = d.get(m.to() + 1);
        return next.gap() == Token.Gap.SPACE && next.capitalised() && Cues.is(next, Cues.F_ORG_SUFFIX);
    }

    /**
     * "Meridian Umbra Systems", "Lindqvist & Roth Research": a one-word context label joined to a name before it by an
     * ampersand, or between a name word and a company suffix, is a part of another name, not the company the label names
     * ("Nvidia Blackwell", "Microsoft Copilot" keep theirs: no suffix follows).
     */
    private static boolean insideLongerName(DocumentTokens d, Match m) {
        if (m.from() != m.to() || m.from() == 0 || !d.sameSentence(m.from() - 1, m.from()) || d.get(m.from()).gap() != Token.Gap.SPACE) {
            return false;
        }
        Token before = d.get(m.from() - 1);
        // "Lindqvist & Roth Research": an ampersand joins the label to the name before it.
        if (before.is("&")) return true;
        if (!before.word() || !before.capitalised() || Cues.is(before, Cues.F_NOT_NAME) || Cues.is(before, Cues.F_DETERMINER)
                || Cues.is(before, Cues.F_ROLE)) return false;
        // "Isar Asia Research GmbH": up to two more name words, then the suffix.
        return suffixAfterNameWords(d, m) >= 0;
    }

    /**
     * "Salesforce Ventures", "Cisco Investments": a company's name before the name of its investment
     * arm is part of another organisation's name, which the cue finder reads whole. The arm, not the
     * parent, is the investor the text names.
     */
    private static boolean armFollows(DocumentTokens d, int to) {
        if (to + 1 >= d.size() || !d.sameSentence(to, to + 1)) return false;
        Token next = d.get(to + 1);
        if (next.gap() != Token.Gap.SPACE || !next.capitalised()) return false;
        return ARM_SUFFIXES.contains(next.lower()) || !next.possessive() && Cues.nameLike(next) && armApposition(d, to + 1);
    }

    private static final Set<String> ARM_NOUNS = Set.of("arm", "unit", "fund", "subsidiary");

    /**
     * "Samsung Next, the electronics maker's investment arm": the word after the parent's name and the apposition that
     * calls the two an arm of the parent (up to five words, closed by "arm", "unit", "fund" or "subsidiary").
     */
    private static boolean armApposition(DocumentTokens d, int k) {
        if (k + 2 >= d.size() || !d.get(k + 1).is(",") || !d.sameSentence(k, k + 2)) return false;
        String article = d.lower(k + 2);
        if (!article.equals("the") && !article.equals("its") && !article.equals("a") && !article.equals("an")) return false;
        for (int j = k + 3; j < Math.min(d.size(), k + 9) && d.sameSentence(k, j) && d.get(j).word(); j++) {
            if (ARM_NOUNS.contains(d.lower(j))) return true;
        }
        return false;
    }

    /**
     * "from Savannah Delta Capital": before a word that is a company's name only in context, a capitalised name word opens
     * the fund's name (a place or given name, which the cue finders would not start a name with). Returns its index, or i.
     */
    private static int nameWordBefore(DocumentTokens d, int i) {
        if (i == 0 || !d.sameSentence(i - 1, i) || d.get(i).gap() != Token.Gap.SPACE) return i;
        Token w = d.get(i - 1);
        boolean opensSentence = i - 1 == 0 || !d.sameSentence(i - 2, i - 1);
        return w.word() && w.capitalised() && !w.possessive() && !opensSentence && Cues.nameLike(w)
                && !Cues.is(w, Cues.F_DETERMINER | Cues.F_ROLE | Cues.F_ORG_SUFFIX) && !OrganisationCues.descriptorNoun(w) ? i - 1 : i;
    }

    // "Ryanair Labs, the carrier's in-house technology unit": a company's lab is a unit of its own.
    // "Smilegate Investment", "Kakao Investment": Korean groups name their venture arms in the singular.
    // "DNB Markets", "Maybank Investment Banking": a bank's brokerage and investment-banking arms.
    // "Guidehouse Insights", "Aristocrat Interactive": a research or digital arm.
    private static final Set<String> ARM_SUFFIXES = Set.of("ventures", "capital", "investments", "investment", "foundation", "securities",
            "alternatives", "labs", "markets", "insights", "interactive");
    private static final Set<String> ARM_TAILS = Set.of("partners", "management", "fund", "markets", "group", "banking");
    static final double ARM = 0.8;

    /**
     * The arm's whole name, read from the parent's name on: "Munich Re Ventures", "Deutsche Telekom Capital Partners"
     * (a cue finder would start after a parent's first word it cannot tell from a place or an adjective).
     */
    private static int armEnd(DocumentTokens d, int to) {
        int end = to + 1;
        while (end + 1 < d.size() && d.sameSentence(end, end + 1)) {
            Token next = d.get(end + 1);
            if (next.gap() != Token.Gap.SPACE || !next.capitalised() || !ARM_SUFFIXES.contains(next.lower()) && !ARM_TAILS.contains(next.lower())) break;
            end++;
        }
        return end;
    }

    /**
     * A chip label that opens with its maker's one-word name ("Nvidia H200", "AMD MI300X"): the token where the
     * chip's own name starts when that rest is a label of the same chip, else -1. Model labels keep their
     * developer's name ("Mistral Small 3.1" is no model "Small 3.1").
     */
    private int makerPrefixEnd(DocumentTokens d, Match m, LexiconEntry chip) {
        if (m.to() <= m.from() || makerAt(d, m.from(), chip) == null) return -1;
        int rest = m.from() + 1;
        if (!d.get(rest).word()) return -1;
        StringBuilder key = new StringBuilder();
        for (int j = rest; j <= m.to(); j++) if (d.get(j).word()) key.append(d.get(j).lower());
        String k = key.toString();
        if (m.folded() && k.endsWith("s")) k = k.substring(0, k.length() - 1);
        for (LexiconIndex.Label l : index.lookup(k)) if (l.entry().id().equals(chip.id())) return rest;
        return -1;
    }

    /** The organisation the lexicon relates to this chip whose name is the word token at i, or null. */
    private LexiconEntry makerAt(DocumentTokens d, int i, LexiconEntry chip) {
        Token t = d.get(i);
        if (!t.word()) return null;
        for (LexiconIndex.Label l : index.lookup(t.lower())) {
            if (l.entry().type() == EntityType.ORGANIZATION && l.exactKey().equals(t.text())
                    && index.related(chip.id()).contains(l.entry().id())) return l.entry();
        }
        return null;
    }

    private static LexiconIndex.Label firstNonContext(Match m) {
        for (LexiconIndex.Label l : m.labels()) if (!l.context()) return l;
        return m.labels().get(0);
    }

    /** The longest label match starting at word token i, or null. */
    private static boolean gluedSlash(DocumentTokens d, int j) {
        return d.get(j).is("/") && d.get(j).gap() == Token.Gap.NONE && j + 1 < d.size() && d.get(j + 1).gap() == Token.Gap.NONE;
    }

    Match longestAt(DocumentTokens d, int i) {
        StringBuilder key = null;
        LexiconIndex.Key info = null;
        Match best = null;
        int max = index.maxTokens();
        // k counts the words of the key, j walks the tokens: a dot inside a name ("01.AI", "C. C. Wei")
        // is not a word of any label key and is stepped over.
        for (int k = 0, j = i; k < max && j < d.size(); k++, j++) {
            boolean afterDot = k > 0 && innerDot(d, j);
            if (afterDot) j++;
            // "Dow Jones & Company", "Kuehne+Nagel": label keys hold words only, so an ampersand or a plus sign between two
            // words is stepped over.
            // "Oak HC/FT": a slash glued between two words joins them too.
            boolean joiner = k > 0 && !afterDot && (d.get(j).is("&") || d.get(j).is("+") || gluedSlash(d, j)) && j + 1 < d.size()
                    && d.get(j + 1).word() && d.sameSentence(j, j + 1);
            if (joiner) j++;
            // "Deutsches Zentrum für Luft- und Raumfahrt", "Sparkassen- und Giroverband": a hyphen that stands for the
            // shared end of a compound is stepped over like the ampersand; label keys hold words only.
            boolean suspended = k > 0 && !afterDot && !joiner && d.get(j).is("-") && d.get(j).gap() == Token.Gap.NONE
                    && j + 1 < d.size() && (d.get(j + 1).is("und") || d.get(j + 1).is("oder")) && d.sameSentence(j, j + 1);
            if (suspended) j++;
            Token t = d.get(j);
            if (!t.word()) break;
            if (k > 0) {
                Token prev = d.get(j - 1);
                boolean joined = t.gap() == Token.Gap.SPACE || t.gap() == Token.Gap.HYPHEN || afterDot || joiner || suspended;
                if (!joined || prev.possessive()) break;
                // No longer key goes on with this token's first letter: the lookup below would miss.
                if (!info.continuesWith(t.lower().charAt(0))) break;
            }
            // One-word keys reuse the token's own lower-case string, whose hash is already cached.
            String ks;
            if (k == 0) {
                ks = t.lower();
            } else {
                if (key == null) key = new StringBuilder(d.get(i).lower());
                ks = key.append(t.lower()).toString();
            }
            // Every key is a prefix of itself: a text that is no prefix can only be a genitive.
            // One lookup answers both questions.
            info = k == 0 ? d.key(i, index) : index.key(ks);
            if (info == null) break;
            boolean prefix = info.prefix();
            Match m = prefix ? match(d, i, j, info.labels(), false) : null;
            if (m == null && t.length() > 3 && !t.possessive()) {
                if (info.genitiveStem() != null) m = match(d, i, j, info.genitiveLabels(), true);
            }
            if (m != null) best = m;
            if (!prefix) break;
        }
        return best;
    }

    /**
     * Token j is a full stop glued to the word before it and followed, in the same sentence, by a
     * word: the dot of an abbreviation or of a name, which label keys leave out.
     */
    private static boolean innerDot(DocumentTokens d, int j) {
        if (j + 1 >= d.size() || j < 1) return false;
        Token t = d.get(j);
        return t.is(".") && t.gap() == Token.Gap.NONE && d.get(j + 1).word() && d.sameSentence(j - 1, j + 1);
    }

    private Match match(DocumentTokens d, int from, int to, List<LexiconIndex.Label> labels, boolean genitive) {
        if (labels.isEmpty()) return null;
        String surface;
        if (from == to) {
            // One token (most matches): its own text, no builder.
            String t = d.get(from).text();
            surface = genitive ? t.substring(0, t.length() - 1) : t;
        } else {
            StringBuilder sb = new StringBuilder();
            for (int j = from; j <= to; j++) if (d.get(j).word()) sb.append(d.get(j).text());
            surface = genitive ? sb.substring(0, sb.length() - 1) : sb.toString();
        }
        List<LexiconIndex.Label> exact = new ArrayList<>();
        List<LexiconIndex.Label> folded = new ArrayList<>();
        for (LexiconIndex.Label l : labels) {
            // "Wendy's", "McDonald's": a label that ends in an apostrophe-s needs it in the text ("Wendy Lo" is a person).
            if (!d.get(to).possessive() && l.words().get(l.words().size() - 1).possessive()) continue;
            // "A on" is no "Aon": a short one-word label is not read across a split ("Open AI" is long enough).
            if (to > from && l.tokens() == 1 && (l.exactKey().length() < 5 || !capitalisedParts(d, from, to))) continue;
            // "applied AI" is no "appliedAI": a one-word label that opens in lower case is a glued brand, never two words.
            if (to > from && l.tokens() == 1 && Character.isLowerCase(l.label().charAt(0))) continue;
            // "Taylor Francis" (a person) is no "Taylor & Francis": the ampersand of a label must be in the text.
            if (to > from && l.label().indexOf('&') >= 0 && !ampersandBetween(d, from, to)) continue;
            if (l.exactKey().equals(surface)) exact.add(l);
            // "Genres" is no "Gen Re", "None" no "N+ONE": one word written joined matches a label of several words in another
            // case only when each of its words is a word of its own ("Nordwindline" is "Nordwind Line").
            else if (to == from && l.tokens() > 1 && hasShortWord(l)) continue;
            else if (caseFoldable(l, surface)) folded.add(l);
        }
        if (!exact.isEmpty()) return new Match(from, to, exact, genitive);
        if (!folded.isEmpty()) return new Match(from, to, folded, true);
        return null;
    }

    /**
     * "Open AI", "Commerz Ventures", "Chat-GPT": a one-word label read across a split only where each later part opens with a
     * capital or a digit ("We build" is no "Webuild").
     */
    private static boolean capitalisedParts(DocumentTokens d, int from, int to) {
        for (int j = from + 1; j <= to; j++) {
            Token t = d.get(j);
            if (t.word() && !Character.isUpperCase(t.text().charAt(0)) && !Character.isDigit(t.text().charAt(0))) return false;
        }
        return true;
    }

    private static boolean ampersandBetween(DocumentTokens d, int from, int to) {
        return d.text().substring(d.get(from).start(), d.get(to).end()).indexOf('&') >= 0;
    }

    /**
     * A label matches in another case only when it is long enough not to be a code or a common
     * short word, the text writes it with a capital, and neither side is a context label.
     */
    private static boolean caseFoldable(LexiconIndex.Label l, String surface) {
        if (l.exactKey().length() < 4 || l.context()) return false;
        char c = surface.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /** Labels of an entity type accepted at this match, used by the context rules. */
    static EntityType type(Match m) {
        return m.labels().get(0).entry().type();
    }

    static LexiconEntry entry(Match m) {
        return m.labels().get(0).entry();
    }
}
