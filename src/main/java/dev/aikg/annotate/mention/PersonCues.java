package dev.aikg.annotate.mention;

import dev.aikg.annotate.text.Token;
import dev.aikg.model.EntityType;
import dev.aikg.model.Method;
import dev.aikg.model.Mention;

import java.util.List;
import java.util.Set;

/**
 * People the lexicon lacks, found from the shape of their names and the words around them, for
 * {@link CueMentionFinder}: a Korean name; a known given name before a surname ("Tilly Zhang",
 * "Jan-Hendrik van der Berg"); a founder after "founded by" / "gegründet von"; a Chinese family name
 * before a pinyin given name ("Liang Wenfeng") or after it in Western order ("Shengjia Zhao"); a role
 * noun before a name ("Analystin Jane Roe", "CEO John Doe"); a name before a comma and a role
 * ("John Doe, Analyst bei") or next to a speech verb ("sagte John Doe").
 */
final class PersonCues {
    static final double PERSON_NAME = 0.8;
    static final double PERSON_ROLE = 0.75;

    private static final Set<String> AFFILIATION_PREPOSITIONS = Cues.hashed("von", "vom", "bei", "beim", "of", "at", "from");
    /** Words after a comma that introduce examples, not an apposition: "Beamte, darunter der Parteisekretär". */
    private static final Set<String> NOT_APPOSITION = Cues.hashed("darunter", "unter", "including", "among", "wie", "such",
            "etwa", "beispielsweise", "zum", "so", "und", "and", "oder", "or", "also", "auch", "aber", "but",
            // "Talanx, dessen Vorstandschef …", "Acme, whose chief executive …": the role is someone else's.
            "dessen", "deren", "whose",
            // "das Medikament Bimzelx, doch Konzernchef X": a conjunction opens a new clause, whose role is its own.
            "doch", "jedoch", "während", "while", "sondern", "denn", "weil", "because", "nachdem", "after", "before", "bevor",
            "when", "wenn", "whereas", "yet",
            // "Jimmy Energy, led by co-founder X", "Jimmy Energy, geführt von Mitgründer X": the role after the agent is the agent's.
            "by", "von", "vom");

    private PersonCues() { }

    /**
     * The person whose name starts at word i, added to out; returns the name's last token, or -1 when no
     * person cue fits there.
     */
    static int at(DocumentTokens d, int i, boolean[] covered, List<Mention> out) {
        Token t = d.get(i);
        String l = t.lower();
        // Before the given-name rule: "Kim" is a given name too, and would stop at "Kim Yoo".
        if (t.capitalised()) {
            int end = NameSpans.koreanNameEnd(d, i, covered);
            if (end > i) return emitPerson(d, i, end, "cue:korean-name", PERSON_NAME, out);
            end = NameSpans.vietnameseNameEnd(d, i, covered);
            if (end > i) return emitPerson(d, i, end, "cue:vietnamese-name", PERSON_NAME, out);
            end = NameSpans.koreanInitialsEnd(d, i, covered);
            if (end > i) return emitPerson(d, i, end, "cue:korean-initials", PERSON_NAME, out);
            end = NameSpans.hyphenatedGivenFirstEnd(d, i, covered);
            if (end > i) return emitPerson(d, i, end, "cue:east-asian-given-first", PERSON_NAME, out);
        }
        // "Jan-Hendrik": a given name that is also a word ("Jan", the month) still opens a double given name.
        boolean doubleGiven = t.capitalised() && i + 1 < d.size() && d.get(i + 1).gap() == Token.Gap.HYPHEN
                && d.get(i + 1).capitalised() && Cues.is(d.get(i + 1), Cues.F_GIVEN);
        // "das Nord-Virginia Lateinamerikas": a given name glued to a word that is none is the tail of a compound.
        boolean compoundTail = t.gap() == Token.Gap.HYPHEN && i > 0 && d.sameSentence(i - 1, i) && d.get(i - 1).word()
                && !Cues.is(d.get(i - 1), Cues.F_GIVEN);
        if ((Cues.nameLike(t) || doubleGiven || monthGivenName(d, i, covered)) && Cues.is(t, Cues.F_GIVEN) && !startsOrg(d, i)
                && !afterSeatPhrase(d, i) && !compoundTail && !OrganisationCues.givenNameFirm(d, i, covered)) {
            // "Jan-Hendrik van der Berg", "Hans-Peter Müller": a double given name joined by a hyphen.
            int from = i;
            while (from + 1 < d.size() && d.get(from + 1).gap() == Token.Gap.HYPHEN && d.sameSentence(from, from + 1)
                    // "Pieter-Jan Claes": the second given name may be a word too ("Jan", the month).
                    && !covered[from + 1] && (Cues.nameLike(d.get(from + 1)) || d.get(from + 1).capitalised())
                    && Cues.is(d.get(from + 1), Cues.F_GIVEN)) {
                from++;
            }
            int end = NameSpans.personEnd(d, from, covered, true);
            // "the Duane Arnold Energy Center": a name that ends in a facility's noun is a place named after someone.
            if (end > i && FACILITY_NOUNS.contains(d.lower(end))) end = -1;
            // "Stanley Security", "Berlin Phil Media": a business's word in the surname's place names a company.
            if (end > i && BUSINESS_TAILS.contains(d.lower(end))) end = -1;
            // "die Marek Lieberberg Konzertagentur", "der Wirkmaschinenhersteller Karl Mayer": in German a company's noun after
            // the name or right before it makes the founder's name the company's.
            if (end > i && (germanCompanyNoun(d, end) || germanCompanyNoun(d, i - 1))) end = -1;
            // "der in Beverly Hills ansässige Konzern", "a Beverly Hills-based group": a name where something is based is a place.
            if (end > i && seatFollows(d, end)) end = -1;
            if (from > i && end > from && !orgFollows(d, end)) return emitPerson(d, initialBefore(d, i, covered), end, "cue:given-name", PERSON_NAME, out);
            if (end > i && !orgFollows(d, end)) return emitPerson(d, initialBefore(d, i, covered), end, "cue:given-name", PERSON_NAME, out);
        }
        // "whose chief executive is Yamini Rangan", "its chief technology officer is Jade Leung": a title, a copula, two name words.
        if (i > 1 && COPULAS.contains(d.lower(i - 1)) && COPULA_TITLES.contains(d.lower(i - 2)) && d.sameSentence(i - 2, i)
                && NameSpans.surnameLike(t) && !Cues.is(t, Cues.F_NOT_NAME) && !startsOrg(d, i)) {
            int end = NameSpans.personEnd(d, i, covered, false);
            if (end > i && !orgFollows(d, end) && !d.is(end, Cues.F_ORG_SUFFIX)) return emitPerson(d, i, end, "cue:title-copula", PERSON_ROLE, out);
        }
        // "co-founded by Anton Osika and Fabian Hedin", "gegründet von Mira Osterkamp": a founder is a person when
        // named by two words; one word may be a company ("founded by Samsung").
        if (i > 0 && FOUNDER_LINKS.contains(d.lower(i - 1))
                && (NameSpans.surnameLike(t) && !Cues.is(t, Cues.F_NOT_NAME) || t.capitalised() && Cues.is(t, Cues.F_GIVEN))
                && founderCueBefore(d, i) && !startsOrg(d, i)) {
            int end = NameSpans.personEnd(d, i, covered, false);
            if (end == i + 1 && !orgFollows(d, end) && !d.is(end, Cues.F_ORG_SUFFIX)) {
                return emitPerson(d, i, end, "cue:founded-by", PERSON_ROLE, out);
            }
        }
        if (Cues.nameLike(t) && Cues.is(t, Cues.F_CHINESE) && i + 2 < d.size()) {
            // "Koh Wei Ling", "Tan Mei Lin": Singapore and Malaysia write the two syllables of the given name apart.
            Token g = d.get(i + 1), h = d.get(i + 2);
            if (g.gap() == Token.Gap.SPACE && h.gap() == Token.Gap.SPACE && d.sameSentence(i, i + 2) && !covered[i + 1] && !covered[i + 2]
                    && NameSpans.surnameLike(g) && NameSpans.surnameLike(h) && !Cues.is(g, Cues.F_NOT_NAME) && !Cues.is(h, Cues.F_NOT_NAME)
                    && Pinyin.isName(g.lower()) && Pinyin.isName(h.lower()) && !Pinyin.isTwoSyllableName(g.lower())
                    && !Pinyin.isTwoSyllableName(h.lower()) && !longerRun(d, i, i + 2)) {
                return emitPerson(d, i, i + 2, "cue:chinese-name-three", PERSON_NAME, out);
            }
        }
        if (Cues.nameLike(t) && Cues.is(t, Cues.F_CHINESE) && i + 1 < d.size()) {
            Token g = d.get(i + 1);
            if (g.gap() == Token.Gap.SPACE && d.sameSentence(i, i + 1) && !covered[i + 1] && NameSpans.surnameLike(g)
                    && Pinyin.isName(g.lower()) && !longerRun(d, i, i + 1)) {
                return emitPerson(d, i, i + 1, "cue:chinese-name", PERSON_NAME, out);
            }
        }
        // "Shengjia Zhao": English papers put the given name first. Two pinyin syllables at least, so that
        // "Hong Kong" (one syllable before a surname-like "Kong") stays a place.
        // The surname test first: it is a bit test, the pinyin split is not.
        if (i + 1 < d.size() && Cues.is(d.get(i + 1), Cues.F_CHINESE) && Cues.nameLike(t)
                && !Cues.is(t, Cues.F_NOT_NAME | Cues.F_CHINESE) && Pinyin.isTwoSyllableName(l)) {
            Token s = d.get(i + 1);
            if (s.gap() == Token.Gap.SPACE && d.sameSentence(i, i + 1) && !covered[i + 1] && Cues.nameLike(s)
                    && !s.possessive() && !longerRun(d, i, i + 1) && !orgFollows(d, i + 1)) {
                return emitPerson(d, i, i + 1, "cue:chinese-name-western", PERSON_NAME, out);
            }
        }
        // "dem Finanzinvestor Canyon Bridge": a role word that describes firms names a firm after it.
        if (Cues.is(t, Cues.F_ROLE) && i + 2 < d.size() && !t.possessive() && !OrganisationCues.companyDescriptorWord(l)) {
            int s = i + 1;
            Token n = d.get(s);
            if (n.gap() == Token.Gap.SPACE && d.sameSentence(i, s) && !covered[s] && NameSpans.surnameLike(n)
                    && !Cues.is(n, Cues.F_NOT_NAME)) {
                int end = NameSpans.personEnd(d, s, covered, true);
                if (end > s && !orgFollows(d, end) && !departmentWords(d, s, end)) {
                    return emitPersonAt(d, s, end, "cue:role-before", PERSON_ROLE, out, i);
                }
            }
            // "Vorstandschef C. Vijayakumar", "chief executive K. Ramanathan": an initial, its full stop, the surname.
            // "chief executive J.K. Symancyk", "CEO R. J. Scaringe": two or three initials, glued or spaced.
            int sur = s;
            // The tokenizer keeps "J.K" as one dotted word, its last full stop apart.
            while (sur + 1 < d.size() && sur - s < 6 && (d.get(sur).text().length() == 1 && Character.isUpperCase(d.get(sur).text().charAt(0))
                    || DOTTED_INITIALS.matcher(d.get(sur).text()).matches())
                    && d.get(sur + 1).is(".") && d.get(sur + 1).gap() == Token.Gap.NONE) {
                sur += 2;
            }
            if (n.gap() == Token.Gap.SPACE && sur > s && sur < d.size() && d.sameSentence(i, sur) && !covered[sur]
                    && d.get(sur).gap() == Token.Gap.SPACE && NameSpans.surnameLike(d.get(sur)) && !Cues.is(d.get(sur), Cues.F_NOT_NAME)
                    && !orgFollows(d, sur)) {
                // "Walmart-Chef H. Lee Scott": a second name after the initial's first belongs to it.
                int last = Math.max(sur, NameSpans.personEnd(d, sur, covered, true));
                return emitPersonAt(d, s, orgFollows(d, last) ? sur : last, "cue:role-before", PERSON_ROLE, out, i);
            }
            // "Its chief executive, Tareq Amin, who …", "Ihr Finanzchef, Jörg Brandt, sagte": a role named with a
            // determiner, then the name set off by commas. Two words at least, and the closing comma.
            // "Nigeria's minister of communications, Bosun Tijani,": the title's field may come before the comma.
            int comma = s;
            if (!d.get(s).is(",")) comma = fieldEnd(d, s) + 1;
            if (comma > s - 1 && comma + 1 < d.size() && d.get(comma).is(",") && d.sameSentence(i, comma + 1) && determinedRole(d, i)) {
                int f = comma + 1;
                Token m = d.get(f);
                if (m.gap() == Token.Gap.SPACE && !covered[f] && NameSpans.surnameLike(m) && !Cues.is(m, Cues.F_NOT_NAME)) {
                    int end = NameSpans.personEnd(d, f, covered, true);
                    // "…, said Padma's chief executive, Rafiqul Hasan.": the sentence's end closes the name too.
                    boolean closed = end + 1 < d.size() && d.get(end + 1).is(",")
                            || end + 1 >= d.size() || !d.sameSentence(end, end + 1) || d.get(end + 1).is(".") && d.get(end + 1).gap() == Token.Gap.NONE;
                    if (end > f && closed && !orgFollows(d, end)) {
                        return emitPersonAt(d, f, end, "cue:role-apposition", PERSON_ROLE, out, i);
                    }
                }
            }
        }
        // "Jeannette zu Fürstenberg von La Famiglia sagte": a name governed by "von"/"of" is where someone works.
        // "Imagination Technologies aus Kings Langley, die …": a name after "aus" is where something is from.
        // "sagt Produktionsleiter Markus Hölscher": a role compound opens no name; the name after it is the person.
        // "Sein Modell Veridon Protokoll schreibt …": a name right after a model noun is the model's, whatever verb follows.
        if (NameSpans.surnameLike(t) && !Cues.is(t, Cues.F_ROLE) && !startsOrg(d, i) && !afterGermanAdjective(d, i)
                && !(i > 0 && d.sameSentence(i - 1, i) && (d.lower(i - 1).equals("aus") || d.lower(i - 1).equals("model")
                || d.lower(i - 1).endsWith("modell")))) {
            boolean affiliation = i > 0 && d.sameSentence(i - 1, i) && AFFILIATION_PREPOSITIONS.contains(d.lower(i - 1));
            int end = NameSpans.personEnd(d, i, covered, false);
            // "Zustimmung kam von Vasco Pedro, Mitgründer und Chef des Start-ups Unbabel": after "von" a name is an employer
            // unless a title only a person holds follows it.
            if (end > i && !orgFollows(d, end) && !companyNounInside(d, i, end) && !tailOfNamedThing(d, i, end)
                    && (affiliation ? titleAfterComma(d, end) : roleAfterComma(d, end) || speechNext(d, i, end) || appointedNext(d, end))) {
                return emitPerson(d, i, end, "cue:apposition", PERSON_ROLE, out);
            }
        }
        return -1;
    }

    /**
     * "Der Pekinger Hersteller, den Li-Auto-Chef Li Xiang gegründet hat", "vom Hamburger Bankhaus Rautenberg": a company
     * noun ends a description, or opens a house's name; neither is a person's.
     */
    private static boolean companyNounInside(DocumentTokens d, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (OrganisationCues.companyNoun(d.get(k))) return true;
            // "Ein Pfälzer Start-up, Forscher aus …": a lower-case part glued by a hyphen makes a common noun, no name.
            Token t = d.get(k);
            if (k > from && t.word() && t.gap() == Token.Gap.HYPHEN && Character.isLowerCase(t.text().charAt(0))) return true;
        }
        return false;
    }

    /**
     * "Speaking at the International Robot Exhibition, Fanuc's president said": in English, words without a given name
     * that are all common ones, or that follow a capitalised common word inside the sentence, are the tail of a named
     * thing before a role, not a person the role describes.
     */
    private static boolean tailOfNamedThing(DocumentTokens d, int from, int to) {
        if (!"en".equals(d.doc().document().lang())) return false;
        boolean common = true;
        for (int k = from; k <= to; k++) {
            Token t = d.get(k);
            if (!t.word() || Cues.is(t, Cues.F_GIVEN)) return false;
            common &= EnglishWords.contains(t.lower());
        }
        if (common) return true;
        if (from < 2 || !d.sameSentence(from - 2, from) || d.get(from).gap() != Token.Gap.SPACE) return false;
        Token p = d.get(from - 1);
        return p.word() && p.capitalised() && EnglishWords.contains(p.lower())
                && !Cues.is(p, Cues.F_ROLE | Cues.F_GIVEN | Cues.F_DETERMINER);
    }

    /** "Gutenberg-Universität Mainz": a school's head word inside the span makes it no person's name. */
    private static boolean schoolInside(DocumentTokens d, int from, int to) {
        for (int k = from; k <= to; k++) if (OrganisationCues.schoolHead(d.get(k))) return true;
        return false;
    }

    private static final Set<String> COPULAS = Cues.hashed("is", "was", "ist", "war", "remains", "bleibt");
    /** Titles only a person holds, the last word of the title before a copula. */
    private static final Set<String> COPULA_TITLES = Cues.hashed("officer", "executive", "ceo", "cto", "cfo", "coo", "founder",
            "co-founder", "cofounder", "chair", "chairman", "chairwoman", "president", "chef", "chefin", "gründer", "gründerin",
            "mitgründer", "mitgründerin", "vorstandschef", "vorstandschefin", "präsident", "präsidentin", "vorsitzende", "vorsitzender");

    private static final Set<String> FOUNDED = Cues.hashed("founded", "co-founded", "cofounded", "started", "gegründet",
            "mitgegründet", "begründet");
    private static final Set<String> FOUNDED_BY = Cues.hashed("by", "von");
    private static final Set<String> LED = Cues.hashed("led", "run", "geführt", "geleitet");
    /** Words that join the names of a list of founders. */
    private static final Set<String> FOUNDER_LIST_LINKS = Cues.hashed(",", "and", "und", "sowie");
    /** The words right before a founder's name: the preposition, or a list link after another founder. */
    private static final Set<String> FOUNDER_LINKS = Cues.union(FOUNDED_BY, FOUNDER_LIST_LINKS);

    /**
     * "founded by" / "gegründet von" right before token i, or before a list of names that token i continues
     * ("founded by A, B and C").
     */
    private static boolean founderCueBefore(DocumentTokens d, int i) {
        int k = i - 1;
        for (int steps = 0; k >= 1 && d.sameSentence(k, i) && steps < 12; steps++) {
            String l = d.lower(k);
            if (FOUNDED_BY.contains(l)) {
                String verb = d.lower(k - 1);
                // "mitgegründet und geführt von", "co-founded and led by": the founding verb before a second one.
                if (LED.contains(verb) && k >= 3 && FOUNDER_LIST_LINKS.contains(d.lower(k - 2)) && d.sameSentence(k - 3, k)) {
                    verb = d.lower(k - 3);
                    k -= 2;
                }
                // "co-founded" is two tokens glued by a hyphen
                return FOUNDED.contains(verb) || verb.equals("founded") && d.get(k - 1).gap() == Token.Gap.HYPHEN;
            }
            if (!FOUNDER_LIST_LINKS.contains(l) && !(d.get(k).word() && d.get(k).capitalised())) return false;
            k--;
        }
        return false;
    }

    /**
     * The role at token i opens its noun phrase after a determiner or an owner's possessive: "Its chief executive",
     * "der neue Chef", "OpenAI's chief information security officer".
     */
    /** "of communications", "for digital economy": a preposition and up to three lower-case words; their last index, or -2. */
    private static int fieldEnd(DocumentTokens d, int s) {
        if (s >= d.size() || !FIELD_PREPOSITIONS.contains(d.lower(s))) return -2;
        int k = s + 1;
        while (k < d.size() && k - s <= 3 && d.sameSentence(s, k) && d.get(k).word() && !d.get(k).capitalised()) k++;
        return k > s + 1 ? k - 1 : -2;
    }

    private static final Set<String> FIELD_PREPOSITIONS = Cues.hashed("of", "for", "für");

    private static boolean determinedRole(DocumentTokens d, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 5) && d.sameSentence(k, i); k--) {
            Token t = d.get(k);
            if (!t.word()) return false;
            if (Cues.is(t, Cues.F_DETERMINER) || t.possessive() && t.capitalised()) return true;
            if (k < i - 3 && t.capitalised()) return false;
            if (t.capitalised() && !Cues.is(t, Cues.F_ROLE) && k < i - 1) return false;
        }
        return false;
    }

    /** "J. Clay Sell", "H. Lee Scott": a first initial and its full stop open the name before the given name at i. */
    private static int initialBefore(DocumentTokens d, int i, boolean[] covered) {
        return i >= 2 && d.sameSentence(i - 2, i) && d.get(i).gap() == Token.Gap.SPACE && NameSpans.initialAt(d, i - 2, covered) ? i - 2 : i;
    }

    /** Words before "in" that make what follows a place: "based in Ann Arbor", "mit Sitz in Sankt Augustin". */
    private static final Set<String> SEAT_WORDS = Set.of("based", "headquartered", "located", "sitz", "ansässig", "ansässige",
            "ansässigen", "beheimatet", "offices", "office");

    /** "based in Ann Arbor": a name after a seat phrase is a place, however much it looks like a person's. */
    private static boolean afterSeatPhrase(DocumentTokens d, int i) {
        return i >= 2 && d.sameSentence(i - 2, i) && d.lower(i - 1).equals("in") && SEAT_WORDS.contains(d.lower(i - 2));
    }

    /** Places and institutions shaped like a given name and surname that speak in the news ("the White House said"). */
    private static final Set<String> NOT_PEOPLE = Set.of("white house", "wall street", "downing street", "capitol hill",
            "main street", "big tech", "big ben", "grand central");

    private static int emitPerson(DocumentTokens d, int from, int to, String rule, double conf, List<Mention> out) {
        if (to == from + 1 && NOT_PEOPLE.contains(d.lower(from) + " " + d.lower(to))) return -1;
        // "Friedrich-Alexander-Universität Erlangen-Nürnberg": a school named after people is no person.
        if (schoolInside(d, from, to)) return -1;
        out.add(d.mention(from, to, EntityType.PERSON, null, Method.CUE, rule, conf));
        return to;
    }

    /** Emits a person found after a cue at token cue; returns the last token so the scan skips it. */
    /**
     * "Kristina Behrendt, Vice President Customer Experience bei Zalando": after a title, English words of the dictionary
     * with no given name first name the title's department, not a person.
     */
    private static boolean departmentWords(DocumentTokens d, int from, int to) {
        if (Cues.is(d.get(from), Cues.F_GIVEN)) return false;
        for (int k = from; k <= to; k++) {
            Token t = d.get(k);
            if (t.word() && !EnglishWords.contains(t.lower())) return false;
        }
        return true;
    }

    private static int emitPersonAt(DocumentTokens d, int from, int to, String rule, double conf, List<Mention> out, int cue) {
        out.add(d.mention(from, to, EntityType.PERSON, null, Method.CUE, rule, conf));
        return to;
    }

    /** "Huang Kunming" stands alone; "Wang Chuan Capital Tower" is part of something longer. */
    private static final Set<String> DATE_PREPOSITIONS = Cues.hashed("im", "in", "am", "seit", "bis", "ab", "vom", "zum", "anfang",
            "ende", "mitte", "since", "on", "until", "by", "from", "early", "late", "mid", "through", "of");

    /**
     * "Jan Oberhauser": a given name that is also a month abbreviation, when a surname follows and no
     * date word comes before ("seit Jan", "27. Jan", "Jan. 27" stay dates).
     */
    private static boolean monthGivenName(DocumentTokens d, int i, boolean[] covered) {
        Token t = d.get(i);
        if (!t.capitalised() || !Cues.is(t, Cues.F_NOT_NAME) || i + 1 >= d.size()) return false;
        // "Allen Beteiligten war klar …": opening a German sentence, "Allen" is the word for "to all".
        if (t.lower().equals("allen") && (i == 0 || !d.sameSentence(i - 1, i)) && "de".equals(d.doc().document().lang())) return false;
        Token n = d.get(i + 1);
        if (n.gap() != Token.Gap.SPACE || !d.sameSentence(i, i + 1) || covered[i + 1] || !NameSpans.surnameLike(n)
                || Cues.is(n, Cues.F_NOT_NAME) || Cues.is(n, Cues.F_GIVEN)) return false;
        // "am 27. Jan": a day number before, even across a sentence break the splitter made at "27.".
        String pre = d.text().substring(Math.max(0, t.start() - 8), t.start()).stripTrailing();
        if (!pre.isEmpty() && (Character.isDigit(pre.charAt(pre.length() - 1))
                || pre.endsWith(".") && pre.length() > 1 && Character.isDigit(pre.charAt(pre.length() - 2)))) return false;
        Token before = d.wordNear(i - 1, i);
        return before == null || !DATE_PREPOSITIONS.contains(before.lower());
    }

    private static boolean longerRun(DocumentTokens d, int from, int to) {
        Token after = d.wordNear(to + 1, to);
        if (after != null && after.gap() == Token.Gap.SPACE && Cues.nameLike(after)) return true;
        Token before = d.wordNear(from - 1, from);
        return before != null && d.get(from).gap() == Token.Gap.SPACE && Cues.nameLike(before)
                && !Cues.is(before, Cues.F_ROLE) && !Cues.is(before, Cues.F_SPEECH);
    }

    /** The name is followed by a legal suffix: "Thomas Weisel Partners", "Fjellborg Asset Management" are firms. */
    private static final java.util.regex.Pattern DOTTED_INITIALS = java.util.regex.Pattern.compile("\\p{Lu}(\\.\\p{Lu}){1,2}");

    /** Nouns that end the name of a plant, site or building; not surnames ("Park", "Hall" are). */
    private static final Set<String> BUSINESS_TAILS = Cues.hashed("media", "security", "studios", "entertainment", "pictures",
            "logistics", "consulting", "solutions", "services");
    private static final Set<String> FACILITY_NOUNS = Cues.hashed("center", "centre", "zentrum", "station", "plant", "airport",
            "stadium", "arena", "museum", "hospital", "campus", "building", "reactor", "kraftwerk", "flughafen", "klinikum");

    private static boolean seatFollows(DocumentTokens d, int end) {
        Token after = d.wordNear(end + 1, end);
        return after != null && (after.lower().startsWith("ansässig") || after.lower().equals("based") && after.gap() == Token.Gap.HYPHEN);
    }

    private static boolean orgFollows(DocumentTokens d, int end) {
        Token after = d.wordNear(end + 1, end);
        if (after != null && after.is("Tech") && after.gap() == Token.Gap.SPACE) {
            // "Hanse Deep Tech Capital": "Tech" goes on into the fund's suffix.
            Token next = d.wordNear(end + 2, end + 1);
            if (next != null && Cues.is(next, Cues.F_ORG_SUFFIX) && next.gap() == Token.Gap.SPACE) return true;
        }
        // "William Grant & Sons", "Lessing & Co.": a partnership's ampersand and its ending.
        if (after == null && end + 2 < d.size() && d.get(end + 1).is("&") && d.sameSentence(end, end + 2)
                && OrganisationCues.AMPERSAND_ENDINGS.contains(d.lower(end + 2))) return true;
        // "Henry Crown and Company": the founder's name before "and Company" is the firm's.
        if (after != null && after.is("and") && end + 2 < d.size() && d.sameSentence(end, end + 2) && d.get(end + 2).is("Company")) return true;
        return after != null && (Cues.is(after, Cues.F_ORG_SUFFIX | Cues.F_MEDIA_NOUN) || after.is("Management"))
                && (after.gap() == Token.Gap.SPACE || after.gap() == Token.Gap.HYPHEN);
    }

    /** Heads of German compounds that name only a company, never a person ("Konzertagentur", "Wirkmaschinenhersteller"). */
    private static final String[] COMPANY_ONLY_HEADS = {"hersteller", "herstellers", "konzern", "konzerns", "firma",
        "unternehmen", "unternehmens", "anbieter", "anbieters", "zulieferer", "zulieferers", "ausrüster", "ausrüsters",
        "betreiber", "betreibers", "dienstleister", "dienstleisters", "kette", "verlag", "verlags", "holding", "gesellschaft",
        "manufaktur", "agentur"};

    private static boolean germanCompanyNoun(DocumentTokens d, int k) {
        if (k < 0 || k >= d.size() || !"de".equals(d.doc().document().lang())) return false;
        Token t = d.get(k);
        if (!t.word() || !t.capitalised() || t.length() < 6) return false;
        String l = t.lower();
        for (String head : COMPANY_ONLY_HEADS) if (l.endsWith(head) && l.length() > head.length() + 2) return true;
        return false;
    }

    /** "mit künstlicher Intelligenz Fahrer, Händler …": a capitalised word after a German adjective is a noun, not a name. */
    private static boolean afterGermanAdjective(DocumentTokens d, int i) {
        if (i == 0 || !d.sameSentence(i - 1, i) || !"de".equals(d.doc().document().lang())) return false;
        Token a = d.get(i - 1);
        String l = a.lower();
        return a.word() && !a.capitalised() && l.length() > 3 && (l.endsWith("er") || l.endsWith("en") || l.endsWith("es") || l.endsWith("em"))
                && !Cues.is(a, Cues.F_DETERMINER) && !Cues.is(a, Cues.F_NOT_NAME);
    }

    private static boolean startsOrg(DocumentTokens d, int i) {
        return i > 0 && d.is(i - 1, Cues.F_ORG_CUE_NOUN) && d.sameSentence(i - 1, i)
                && !d.is(i, Cues.F_GIVEN);
    }

    /** ", ein berühmter Populärwissenschaftler" / ", Analyst bei": a role within five words after a comma. */
    /** Verbs after ", who" that only a person does in news: "X Y, who heads robotics at …". */
    private static final Set<String> WHO_VERBS = Cues.hashed("heads", "headed", "leads", "led", "runs", "ran", "oversees",
            "oversaw", "directs", "directed", "manages", "managed", "chairs", "chaired", "founded", "co-founded", "cofounded",
            "joined", "teaches", "taught", "previously", "formerly", "studied");

    private static boolean roleAfterComma(DocumentTokens d, int end) {
        int c = end + 1;
        if (c >= d.size() || !d.get(c).is(",") || !d.sameSentence(c, end)) return false;
        // "Carolina Parada, who heads robotics at the lab": a relative clause that only fits a person.
        if (c + 2 < d.size() && d.lower(c + 1).equals("who") && d.sameSentence(c, c + 2) && WHO_VERBS.contains(d.lower(c + 2))) {
            return true;
        }
        int limit = c + 6;
        boolean title = false;
        for (int k = c + 1; k < Math.min(d.size(), limit) && d.sameSentence(k, end); k++) {
            Token t = d.get(k);
            // "the company's chief strategy and transformation officer": "and" inside a title that "chief" opened.
            if (title && AND.contains(t.lower()) && !d.get(k - 1).capitalised()) {
                limit += 2;
                continue;
            }
            if (!t.word() || NOT_APPOSITION.contains(t.lower())) return false;
            if (Cues.is(t, Cues.F_ROLE) || headOf(d, k)) return true;
            title |= TITLE_OPENERS.contains(t.lower());
            if (Character.isUpperCase(t.text().charAt(0)) && t.gap() != Token.Gap.HYPHEN
                    && k + 1 < d.size() && d.get(k + 1).gap() != Token.Gap.HYPHEN) {
                // "Kei Uruma, Mitsubishi Electric's president and chief executive,": a company's possessive before the role.
                if (k == c + 1) return possessiveThenRole(d, k, end);
                // "Hana Okafor, a former Autodesk Research scientist who …": a company's name as the role's field.
                return onlyArticleAndFormer(d, c + 1, k) && companyThenRole(d, k, end);
            }
        }
        return false;
    }

    /** Words after a title that continue the apposition: "Mitgründer und Chef des Start-ups", "chief executive of". */
    private static final Set<String> TITLE_FOLLOWERS = Cues.hashed("und", "and", "des", "der", "von", "vom", "bei", "beim", "of",
            "at", ",");

    /** ", Mitgründer und …", ", CEO of …": a comma, then a role that is no company's (not "Partner", not "Marktführer"). */
    private static boolean titleAfterComma(DocumentTokens d, int end) {
        int c = end + 1;
        if (c + 2 >= d.size() || !d.get(c).is(",") || !d.sameSentence(c + 2, end)) return false;
        String role = d.lower(c + 1);
        return Cues.is(d.get(c + 1), Cues.F_ROLE) && !COMPANY_ROLES.contains(role) && !OrganisationCues.companyDescriptorWord(role)
                && TITLE_FOLLOWERS.contains(d.lower(c + 2));
    }

    private static final Set<String> COMPANY_ROLES = Cues.hashed("partner", "partners", "investor", "investors", "backer",
            "shareholder", "owner", "supplier", "customer", "client", "rival", "competitor", "advisor", "adviser", "auditor");

    private static boolean possessiveThenRole(DocumentTokens d, int k, int end) {
        for (int j = k; j < Math.min(d.size() - 1, k + 3) && d.sameSentence(j, end); j++) {
            Token w = d.get(j);
            if (!w.word() || !Character.isUpperCase(w.text().charAt(0))) return false;
            // "Kestrel Grid, Nvidia's partner,": a company's partner or investor may be a company too.
            if (w.possessive()) return titleAt(d, j + 1, end);
        }
        return false;
    }

    private static final Set<String> AND = Cues.hashed("and", "und", "&");
    /** Words that open a person's title before its head noun: "chief digital officer", "vice president", "head of". */
    static final Set<String> TITLE_OPENERS = Cues.hashed("chief", "vice", "senior", "executive", "deputy", "global",
            "managing", "general", "head");

    private static boolean nameRightAfter(DocumentTokens d, int j) {
        return j + 1 < d.size() && d.sameSentence(j, j + 1) && d.get(j + 1).gap() == Token.Gap.SPACE && d.get(j + 1).word()
                && d.get(j + 1).capitalised() && NameSpans.surnameLike(d.get(j + 1));
    }

    /** "head of energy research": "head" before "of" is a person's title. */
    private static boolean headOf(DocumentTokens d, int k) {
        return d.lower(k).equals("head") && k + 1 < d.size() && d.lower(k + 1).equals("of") && d.sameSentence(k, k + 1);
    }

    /**
     * A person's title at token k after a company's possessive: "president", "chief executive", "chief digital and marketing
     * officer", "head of research"; not a company's role ("Nvidia's partner", "Nvidia's biggest customer").
     */
    private static boolean titleAt(DocumentTokens d, int k, int end) {
        if (k >= d.size() || !d.sameSentence(k, end)) return false;
        Token first = d.get(k);
        if (Cues.is(first, Cues.F_ROLE)) return !COMPANY_ROLES.contains(first.lower());
        if (headOf(d, k)) return true;
        if (!TITLE_OPENERS.contains(first.lower())) return false;
        for (int j = k + 1; j < Math.min(d.size(), k + 6) && d.sameSentence(j, end); j++) {
            Token w = d.get(j);
            if (!w.word() || w.capitalised() && !Cues.is(w, Cues.F_ROLE)) return false;
            // "At the Global Harbour Summit, Maersk's chief executive Lena Holt spoke": the title is the name's after it.
            if (Cues.is(w, Cues.F_ROLE)) return !COMPANY_ROLES.contains(w.lower()) && !nameRightAfter(d, j);
            if (NOT_APPOSITION.contains(w.lower()) && !AND.contains(w.lower())) return false;
        }
        return false;
    }

    /** The words an apposition opens with before a company that describes a person's role: "a former", "ein früherer". */
    private static final Set<String> APPOSITION_OPENERS = Cues.hashed("a", "an", "the", "former", "longtime", "veteran", "ex",
            "ein", "eine", "der", "die", "früherer", "frühere", "ehemaliger", "ehemalige", "langjähriger", "langjährige");

    /** Tokens from..to-1 are articles and "former" only, not a verb ("…, founded by former Groq engineer X"). */
    private static boolean onlyArticleAndFormer(DocumentTokens d, int from, int to) {
        for (int j = from; j < to; j++) if (!APPOSITION_OPENERS.contains(d.lower(j))) return false;
        return true;
    }

    /** Up to three capitalised words, then a role that only a person has: "Autodesk Research scientist", "Google engineer". */
    private static boolean companyThenRole(DocumentTokens d, int k, int end) {
        for (int j = k; j < Math.min(d.size(), k + 4) && d.sameSentence(j, end); j++) {
            Token w = d.get(j);
            if (!w.word() || w.possessive()) return false;
            if (!Character.isUpperCase(w.text().charAt(0))) return j > k && Cues.is(w, Cues.F_ROLE) && !COMPANY_ROLES.contains(w.lower());
        }
        return false;
    }

    private static boolean speechNext(DocumentTokens d, int from, int end) {
        Token after = d.wordNear(end + 1, end);
        if (after != null && Cues.is(after, Cues.F_SPEECH) && !after.lower().equals("so")
                && !after.lower().equals("laut") && !invertedBeforePronoun(d, end + 1)) {
            return true;
        }
        Token before = d.wordNear(from - 1, from);
        return before != null && Cues.is(before, Cues.F_SPEECH) && !before.lower().equals("laut") && !reportedSubject(d, before, end);
    }

    private static final Set<String> APPOINTMENT_AUXILIARIES = Set.of("was", "is", "been");
    private static final Set<String> APPOINTMENT_VERBS = Set.of("named", "appointed", "promoted", "elected", "made");
    private static final Set<String> APPOINTMENT_FILLERS = Set.of("as", "to", "the", "its", "their", "new", "interim", "acting",
            "permanent", "co", "chief", "vice", "senior", "managing", "general");

    /**
     * "Adhy Wibisono was named interim CEO", "Mara Quist has been appointed chief executive": in English two name words
     * before a passive of appointing and a role are a person.
     */
    private static boolean appointedNext(DocumentTokens d, int end) {
        if (!"en".equals(d.doc().document().lang())) return false;
        int k = end + 1;
        if (k < d.size() && d.lower(k).equals("has") && d.sameSentence(end, k)) k++;
        if (k + 2 >= d.size() || !d.sameSentence(end, k + 2) || !APPOINTMENT_AUXILIARIES.contains(d.lower(k))) return false;
        if (!APPOINTMENT_VERBS.contains(d.lower(k + 1))) return false;
        k += 2;
        for (int n = 0; n < 5 && k < d.size() && d.sameSentence(end, k) && APPOINTMENT_FILLERS.contains(d.lower(k)); n++) k++;
        return k < d.size() && d.sameSentence(end, k) && Cues.is(d.get(k), Cues.F_ROLE) && !FIRM_ROLES.contains(d.lower(k));
    }

    /** Roles a firm is appointed to as well ("Goldman Sachs was named adviser on the deal"). */
    private static final Set<String> FIRM_ROLES = Set.of("adviser", "advisor", "advisers", "advisors", "partner", "partners",
            "investor", "investors", "auditor", "consultant", "berater", "supplier", "lender", "broker", "underwriter");

    private static final Set<String> GERMAN_SUBJECT_PRONOUNS = Set.of("sie", "er", "es", "man", "wir", "ich");

    /**
     * "Direkte Konkurrenz sieht sie vor allem in …": a German verb followed by its subject pronoun is inverted, so the
     * words before it are its object, not a speaker.
     */
    private static boolean invertedBeforePronoun(DocumentTokens d, int verb) {
        if (verb + 1 >= d.size() || !"de".equals(d.doc().document().lang())) return false;
        Token next = d.wordNear(verb + 1, verb);
        return next != null && next.gap() == Token.Gap.SPACE && GERMAN_SUBJECT_PRONOUNS.contains(next.lower());
    }

    /** English verbs of saying that take a clause: after them a name is the clause's subject, not a speaker. */
    private static final Set<String> CLAUSE_SPEECH = Set.of("says", "say", "said", "argues", "argued", "adds", "added", "notes",
            "noted", "writes", "wrote", "claims", "claimed", "believes", "thinks", "expects", "insists", "insisted");
    private static final Set<String> AUXILIARIES = Set.of("is", "was", "has", "had", "will", "would", "can", "could", "may",
            "might", "should", "must", "does", "did", "already", "also", "still", "now", "remains", "needs");

    /**
     * "Whitcomb says Socratia Tutor already matches Khanmigo": after an English verb of saying, a name followed by a verb
     * opens the reported clause ("said Jane Doe of Acme", "said Jane Doe, who" keep their speaker).
     */
    private static boolean reportedSubject(DocumentTokens d, Token verb, int end) {
        if (!CLAUSE_SPEECH.contains(verb.lower()) || end + 1 >= d.size() || !d.sameSentence(end, end + 1)) return false;
        Token next = d.get(end + 1);
        if (!next.word() || next.gap() != Token.Gap.SPACE || !Character.isLowerCase(next.text().charAt(0))) return false;
        String l = next.lower();
        return AUXILIARIES.contains(l) || l.length() > 3 && l.endsWith("s") && !l.endsWith("ss");
    }
}
