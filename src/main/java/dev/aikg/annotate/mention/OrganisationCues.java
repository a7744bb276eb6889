package dev.aikg.annotate.mention;

import dev.aikg.annotate.text.Token;
import dev.aikg.model.EntityType;
import dev.aikg.model.Method;
import dev.aikg.model.Mention;

import java.util.List;
import java.util.Set;

/**
 * Organisations the lexicon lacks, found from their names' last words and the words around them, for
 * {@link CueMentionFinder}: a legal suffix or cue last word ("Acme AG", "Bernstein Research", "Scale AI",
 * "Kettler & Vogt Research"); a cue noun before the name ("das Startup Acme", "Hedgefonds X", "the company
 * X", "des Kölner Softwarehauses Datenwerk"); a describing apposition ("Quillmark, a London-based
 * startup"); "X was founded"; "shares of X"; a school and its town; a media name ("… Times", "… Journal");
 * sources in parentheses ("(Laut SCMP)"); a company before an executive role in a compound ("Acme-CEO").
 * Never a lone capitalised word without such a cue: in German every noun is capitalised.
 */
final class OrganisationCues {
    static final double ORG_SUFFIX = 0.75;
    static final double ORG_CUE = 0.65;

    // With the trade and public bodies: "British Retail Consortium", "the Gambling Commission".
    static final Set<String> ORG_SUFFIXES = Cues.union(Cues.PUBLIC_BODY_WORDS, Cues.hashed("ag", "se", "gmbh", "inc", "corp",
            "corporation", "ltd", "llc",
            "plc", "holding", "holdings", "group", "gruppe", "capital", "ventures", "partners", "research", "labs",
            "ai", "technologies", "robotics", "semiconductor", "securities", "alternatives", "foundation", "institute", "institut",
            "investments", "kg", "nv", "bv", "spa", "asa", "oyj", "limited", "incorporated", "intelligence",
            "therapeutics", "pharmaceuticals", "biosciences", "invest",
            // "Kestrel Bay Advisors", "Greystone Associates": advisory houses ("Advisory" follows common words too: "Security Advisory").
            "advisors", "advisers", "associates",
            // "Kestrel Vision Systems", "Lindqvist Semiconductors", "Cascadia Pension Trust", "Pearl Harbour Growth Fund",
            // "Kapellberg Kapital", "Helvetor Privatbank", "Halvorsen Peak Infrastructure", "Cathay Venture".
            "systems", "semiconductors", "trust", "fund", "kapital", "privatbank", "infrastructure", "venture", "analytics",
            // "Neckar Deep Tech Fonds", "Limmat Deep Tech Fonds": the German fund.
            "fonds",
            // "Thames Chamber Orchestra", "Havelländische Sinfoniker", "Alpenländische Kammerphilharmonie": orchestras (not
            // "Philharmonie", which is as often the hall).
            "orchestra", "philharmonic", "philharmoniker", "sinfoniker", "symphoniker", "kammerphilharmonie", "sinfonieorchester",
            "symphonieorchester", "kammerorchester",
            // "Rose Acre Farms", "Sanderson Farms": producers named after their farms.
            "farms",
            // "der Ernst Klett Verlag", "der Carl Hanser Verlag": a publisher named after its founder.
            "verlag",
            // "der Nordsee Medienholding", "die Rheinland Verlagsgruppe": a holding or group of a trade.
            "medienholding", "familienholding", "finanzholding", "verlagsholding", "mediengruppe", "verlagsgruppe",
            // "Yaskawa Electric", "Lumora Microelectronics", "QED Investors".
            "electric", "electronics", "microelectronics", "investors",
            // "Keisei Electric Railway", "East Japan Railway", "Union Pacific Railroad".
            "railway", "railways", "railroad",
            // "Raven Industries", "Lumivar Photonics", "Boston Dynamics", "Texas Instruments", "Orbital Materials", "Analog Devices".
            "industries", "photonics", "dynamics", "instruments", "materials", "devices",
            // "Sophia Genetics", "Verna Genomics", "Lumen Biotech": life-science firms (a given name may open them).
            "genetics", "genomics", "biotech",
            // "Aldermoor Commodities", "Ivanhoe Mines", "Zijin Mining", "Vulcan Energy Resources": miners and metal traders.
            "commodities", "minerals", "mines", "mining", "metals", "resources",
            // "Llama Productions", "Skydance Productions": film and voice studios.
            "productions",
            // "Caption Health", "Volpara Health", "Komodo Health": health-care firms ("public health" stays a word, below).
            "health",
            // "Sizwe Compute", "Tessaro Compute": compute providers ("more compute" is lower case).
            "compute",
            // "Kattegat Equities", "Baudata Insights", "Hallmann Bank", "Nordlicht Seed".
            "equities", "insights", "bank", "seed",
            // "Starboard Value", "Harbor Value": an activist fund (never a surname).
            "value",
            // "Bryggen Markets", "Norrsken VC", "Harpeth River Angels", "Maersk Growth".
            "markets", "vc", "angels", "growth",
            // "Tufts University", "Imperial College": a research house, never a surname.
            "university", "universität", "college",
            // "Vantage Studios", "Brackwater Games", "Skydance Entertainment", "Stillframe Pictures": studios of games and film.
            "studios", "games", "entertainment", "pictures",
            // "Hanse Mediengruppe", "Funke Mediengruppe"; "Halloway Brothers", "Lehman Brothers" (a bank's partnership).
            "mediengruppe", "brothers",
            // "Brittany Ferries", "Celebrity Cruises", "Ardcraig Distillers", "Par Equity", "William Grant & Sons": a given name
            // may open them, the trade's plural closes them.
            "ferries", "cruises", "distillers", "distillery", "brewery", "breweries", "vineyards", "wines", "equity", "sons",
            // "Hector Stiftung", "Zürcher Kantonalbank", "Hamburger Sparkasse": foundations and public banks.
            "stiftung", "kantonalbank", "sparkasse", "landesbank", "volksbank",
            // Nordic and French legal forms: "Kodvik AB", "Halvø Bio ApS", "Noctal SAS", "Vaisala Oyj" ("oyj" above).
            "ab", "aps", "oy", "sas",
            // "Allegheny Electric Cooperative", "Raiffeisen Warengenossenschaft": cooperatives.
            "cooperative", "co-operative", "genossenschaft",
            // Dotted legal forms, one token each: "Lucerna S.p.A.", "Reply S.A.", "Brava S.r.l.", "Philips N.V.",
            // "KI Bundesverband e.V."; "Kirchberg Lingua S.à r.l." is two tokens (see suffixRun).
            "s.p.a", "s.a", "s.r.l", "n.v", "b.v", "s.a.s", "e.v", "s.à"));
    /** Suffixes that are also common nouns of their own, and the common words that make a compound with them. */
    private static final Set<String> WEAK_SUFFIXES = Cues.hashed("fund", "fonds", "venture", "ventures", "kapital", "capital", "trust",
            "systems", "infrastructure", "partners", "group", "holding", "electronics", "investors", "materials", "devices", "dynamics",
            "bank", "seed", "insights", "value", "markets", "angels", "growth", "studios", "games", "entertainment", "pictures",
            "stiftung", "commodities", "minerals", "mines", "mining", "metals", "resources", "productions", "health", "compute",
            "equity", "cruises", "wines", "vineyards", "brewery", "distillery");
    private static final Set<String> COMMON_BEFORE_WEAK_SUFFIX = Cues.hashed("hedge", "joint", "art", "index", "mutual", "pension",
            // "Bitcoin Mining stocks", "Rare Earth Metals", "Critical Minerals": the trade, not a company.
            "bitcoin", "earth", "rare", "critical", "precious", "base", "battery", "gold", "silver", "copper", "lithium",
            // "Public Health", "Mental Health", "Population Health": fields of health, not firms ("home", "film" below).
            "mental", "population", "occupational", "planetary", "oral", "animal", "women's", "men's", "child",
            "growth", "sovereign", "wealth", "private", "public", "national", "global", "digital", "investment", "venture",
            "equity", "debt", "bond", "money", "crypto", "climate", "impact", "tech", "data", "cloud", "energy", "power", "real",
            "estate", "risk", "seed", "startup", "start-up", "corporate", "family", "human", "social", "working", "peer", "control",
            "consumer", "retail", "institutional", "foreign", "angel", "strategic", "existing", "individual", "professional",
            "activist", "new", "other", "major", "key", "early", "many", "some", "most", "all", "big", "small", "large",
            "central", "zentral", "world", "development", "savings", "commercial", "merchant", "pre", "series", "customer", "market",
            "shareholder", "fair", "book", "enterprise", "intrinsic", "net", "asset", "present", "face", "residual", "deep",
            "added", "lifetime", "brand", "economic", "total", "true", "core", "emerging", "financial", "frontier", "developed",
            "stock", "revenue", "sales", "earnings", "profit", "job", "user", "subscriber", "strong", "slow", "rapid", "organic",
            "business", "ai", "sustainable", "guardian", "fallen", "video", "film", "movie", "olympic", "hollywood", "home",
            "mobile", "online", "indie", "console", "casual", "live", "motion", "music", "sports", "war", "hunger");
    static final Set<String> ORG_CUE_NOUNS = Cues.hashed("startup", "startups", "start-up", "start-ups", "hedgefonds",
            "beratungshaus", "beratungsfirma", "finanzunternehmen", "finanzdienstleister", "zeitung", "blog", "blogs",
            "newsletter", "magazin", "nachrichtenagentur", "konzern", "konzerns", "chipdesigner", "chiphersteller",
            "chipkonzern", "investmentbank", "investmentfirma", "vermögensverwalter", "risikokapitalfirma",
            "wagniskapitalgeber", "softwarehaus", "softwarekonzern", "techkonzern", "plattform", "firma", "company",
            "firm", "startup-unternehmen", "forschungslabor", "forschungszentrum", "forschungsinstitut", "denkfabrik", "thinktank", "analysehaus", "researchhaus",
            "fund", "agentur", "agency", "publication", "outlet", "unternehmen", "zulieferer", "ausrüster",
            "chipausrüster", "broker", "bank", "fonds", "labor", "lab", "sender", "verlag", "unternehmens",
            "chipfirma", "ki-firma", "ki-unternehmen", "tech-firma", "techfirma", "ki-labor", "ki-startup", "investmentboutique",
            // "AGCOs Tochter Fendt", "der Schweizer Rivale Jua": a first name after them is a person's ("seine Tochter Emma").
            "tochter", "rivale", "rivalen", "konkurrent", "konkurrenten", "wettbewerber", "rival",
            // "die KIT-Ausgründung Lernfuchs AI": a spin-off named by its parent.
            "ausgründung",
            // "dessen größter Aktionär Orbis Capital ist": the holder's noun is no part of its name.
            "aktionär", "großaktionär", "hauptaktionär", "anteilseigner",
            // "mit dem Finanzportal Moneycontrol": news sites.
            "portal", "finanzportal", "nachrichtenportal", "newsportal", "onlineportal", "wirtschaftsportal");
    /** Descriptor endings that may also name a person ("KI-Spezialist Max Brenner"): no company cue on their own. */
    private static final String[] PERSON_DESCRIPTOR_ENDINGS = {"entwickler", "entwicklers", "spezialist", "spezialisten", "händler",
        "händlers", "forscher", "forschers"};

    /** German states, which name public funds and banks after their descriptor ("Technologiegründerfonds Sachsen"). */
    private static final Set<String> STATES = Cues.hashed("bayern", "sachsen", "hessen", "thüringen", "brandenburg", "niedersachsen",
            "nordrhein-westfalen", "baden-württemberg", "rheinland-pfalz", "saarland", "schleswig-holstein", "mecklenburg-vorpommern",
            "sachsen-anhalt", "berlin", "hamburg", "bremen");

    /** Nouns that open a German name: "Bankhaus Metzler", "vom Bankhaus Lessing & Co.", "das Weingut Robert Weil". */
    // "der Pariser Banque Morel": the French bank noun opens its name like "Bankhaus".
    private static final Set<String> NAME_OPENING_NOUNS = Cues.hashed("bankhaus", "weingut", "banque");

    private static final Set<String> GOVERNMENT_HEADS = Cues.hashed("department", "ministry", "office", "bureau",
            // "das Ministerium für Information und Kommunikation", "Bundesministerium für Digitales und Staatsmodernisierung".
            "ministerium", "bundesministerium", "staatsministerium");

    /** "ein eigenes Ministerium für KI", "a new ministry for AI": a body described, not named. */
    private static boolean indefiniteBefore(DocumentTokens d, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 2) && d.sameSentence(k, i); k--) {
            if (Cues.INDEFINITE_ARTICLES.contains(d.lower(k))) return true;
            if (d.get(k).capitalised()) return false;
        }
        return false;
    }

    private static final Set<String> GOVERNMENT_PREPOSITIONS = Cues.hashed("of", "for", "für");
    private static final Set<String> GOVERNMENT_JOINERS = Cues.hashed("and", "of", "&", "und");

    /**
     * The last token of "Department of X", "Ministry for X and Y": "of" or "for" right after the head, then capitalised
     * words, which "and", "of" or "&" may join; -1 when no capitalised word follows the preposition.
     */
    private static int governmentBodyEnd(DocumentTokens d, int i, boolean[] covered) {
        int k = i + 1;
        if (k + 1 >= d.size() || !d.sameSentence(i, k + 1) || covered[k] || !GOVERNMENT_PREPOSITIONS.contains(d.get(k).text())) return -1;
        int end = -1, beforeComma = -1;
        for (int j = k + 1; j < d.size() && d.sameSentence(i, j) && !covered[j]; j++) {
            Token w = d.get(j);
            boolean comma = w.is(",") && w.gap() == Token.Gap.NONE;
            if (!w.word() && !w.is("&") && !comma || w.gap() != Token.Gap.SPACE && !comma) break;
            if (w.word() && w.capitalised() && !w.possessive() && !Cues.is(w, Cues.F_DETERMINER)) {
                end = j;
                continue;
            }
            // A joining word goes on only before another capitalised word; "Science, Innovation and Technology": a comma
            // only in a list that "and" closes.
            boolean joins = (GOVERNMENT_JOINERS.contains(w.text()) || comma) && end == j - 1 && j + 1 < d.size()
                    && d.sameSentence(j, j + 1) && d.get(j + 1).word() && d.get(j + 1).capitalised() && !covered[j + 1];
            if (!joins) break;
            if (comma && beforeComma < 0) beforeComma = end;
            if (w.is("and") || w.is("und")) beforeComma = -1;
        }
        return beforeComma >= 0 ? beforeComma : end;
    }

    private static final Set<String> GENITIVE_ARTICLES = Cues.hashed("des", "eines", "dieses", "seines", "ihres", "unseres");

    /**
     * "des Start-ups Elbsilizium", "des Berliner KI-Start-ups Aaron.ai": a genitive article up to two words before the
     * noun makes "-ups" the singular's genitive; without one it is the plural ("drei Start-ups Rechenzeit geben").
     */
    private static boolean genitiveArticleBefore(DocumentTokens d, int start) {
        for (int k = start - 1; k >= Math.max(0, start - 3) && d.sameSentence(k, start); k--) {
            if (GENITIVE_ARTICLES.contains(d.lower(k))) return true;
            if (!d.get(k).word()) return false;
        }
        return false;
    }

    /** A German compound descriptor of a company ("Sicherheitskonzern", "Computerzubehör-Herstellers"), see {@link #descriptorNoun}. */
    private static boolean compoundCompanyHead(Token t) {
        if (!descriptorNoun(t)) return false;
        String l = t.lower();
        for (String e : PERSON_DESCRIPTOR_ENDINGS) if (l.endsWith(e)) return false;
        return true;
    }

    /** "Energiehändler", "Drohnenspezialist": a descriptor that names a company as often as a person. */
    private static boolean personDescriptor(Token t) {
        if (!descriptorNoun(t)) return false;
        String l = t.lower();
        for (String e : PERSON_DESCRIPTOR_ENDINGS) if (l.endsWith(e)) return true;
        return false;
    }

    /**
     * "der Energiehändler Nordmark Energiehandel aus Rostock", "der Drohnenspezialist Aerolynx aus Minnesota": after such
     * a descriptor, a name that is no person's (no first name) and comes from a place is a company's. Returns its last
     * token, or -1.
     */
    private static int nameFromPlace(DocumentTokens d, int s, boolean[] covered) {
        if (covered[s] || !d.sameSentence(s - 1, s) || d.get(s).gap() != Token.Gap.SPACE || d.is(s, Cues.F_GIVEN)) return -1;
        int end = suffixRun(d, nameAfter(d, s, covered, 3), covered);
        if (end < s || end + 2 >= d.size() || !d.sameSentence(s, end + 2) || !d.lower(end + 1).equals("aus")
                || !d.get(end + 2).capitalised()) {
            return -1;
        }
        return end;
    }

    private static final Set<String> BYLINE_PREPOSITIONS = Cues.hashed("by", "von", "via", "from", "per", "laut", "quelle", "source");

    /** Possessive determiners: what follows them belongs to someone named before. */
    private static final Set<String> OWNER_DETERMINERS = Cues.hashed("seine", "seiner", "seinem", "seinen", "ihre", "ihrer",
            "ihrem", "ihren", "dessen", "deren", "its", "their", "his", "her", "our", "unsere", "unserer");
    /** Cue nouns that also head ordinary clauses ("hat das Unternehmen Milliarden investiert"): only before distinctive names. */
    private static final Set<String> GENERIC_CUE_NOUNS = Cues.hashed("unternehmen", "unternehmens", "firma", "konzern",
            "konzerns", "company", "firm", "bank", "fonds", "labor", "lab", "agentur", "agency", "plattform", "sender",
            "verlag", "zeitung", "fund", "broker", "zulieferer", "ausrüster", "magazin", "newsletter", "publication",
            "outlet");
    static final Set<String> MEDIA_NOUNS = Cues.hashed("times", "journal", "post", "daily", "review", "herald",
            "tribune", "gazette", "chronicle", "telegraph", "zeitung", "rundschau", "observer", "economist", "guardian",
            "insider", "week", "weekly", "magazine", "today", "wire", "news", "standard", "courier", "kurier",
            "anzeiger", "tagblatt", "allgemeine", "monitor", "mail", "express", "mirror", "independent", "spiegel",
            "handelsblatt", "information");
    /** Only these suffixes also join with a hyphen ("Schwarz-Gruppe"); "Joint-Ventures" is a common noun. */
    private static final Set<String> HYPHEN_SUFFIXES = Cues.hashed("gruppe", "group", "holding", "stiftung");
    private static final Set<String> EXEC_ROLES = Cues.hashed("ceo", "chef", "chefin", "gründer", "gründerin",
            "mitgründer", "founder", "cofounder", "cto", "cfo", "boss", "vorstand", "chairman");
    static final Set<String> SOURCE_CUES = Cues.hashed("laut", "quelle", "source", "via", "according", "nach",
            "mit", "with", "from");
    private static final Set<String> IN_NAME_CONNECTORS = Cues.hashed("and", "of", "&", "für", "am", "for", "on");

    /** Nouns of a credit line before its sources: "Mit Material von", "with reporting from". */
    private static final Set<String> SOURCE_MATERIAL = Cues.hashed("material", "informationen", "angaben", "reporting",
            "information", "additional", "berichten");
    private static final Set<String> SOURCE_PREPOSITIONS = Cues.hashed("von", "from", "by", "aus");
    /** "shares of X", "Aktien von X": the company after them. */
    static final Set<String> SHARE_NOUNS = Cues.hashed("shares", "stock", "aktie", "aktien", "papiere");

    private OrganisationCues() { }

    private static final Set<String> SEAT_NOUNS = Cues.hashed("sitz", "hauptsitz", "based", "headquartered", "ansässig");

    /** Token i follows "Sitz in", "based in", "ansässig in" or "aus": a place named as a company's seat or origin. */
    private static boolean seatBefore(DocumentTokens d, int i) {
        if (i < 1 || !d.sameSentence(i - 1, i)) return false;
        String prep = d.lower(i - 1);
        // "aus Mühltal bei Darmstadt, 1993 gegründet": a town near another is a place too.
        if (prep.equals("aus") || prep.equals("bei") && i >= 3 && d.sameSentence(i - 3, i) && d.lower(i - 3).equals("aus")) return true;
        return (prep.equals("in") || prep.equals("im")) && i >= 2 && d.sameSentence(i - 2, i) && SEAT_NOUNS.contains(d.lower(i - 2));
    }

    /**
     * The organisation whose name starts at word i (or after the cue at word i), added to out; returns the
     * name's last token, or -1 when no organisation cue fits there.
     */
    static int at(DocumentTokens d, int i, boolean[] covered, List<Mention> out) {
        Token t = d.get(i);
        String l = t.lower();
        // "das Landgericht Leipzig", "vor dem Oberlandesgericht Stuttgart", "Amtsgericht Frankfurt am Main": a German court is
        // named by its kind and its seat.
        // "ein Beschluss des Amtsgerichts Köln": the genitive too.
        if (t.capitalised() && t.gap() != Token.Gap.HYPHEN && (l.endsWith("gericht") && l.length() > 9 || l.endsWith("gerichts") && l.length() > 10
                || l.endsWith("gerichtshof") && l.length() > 12)) {
            int end = courtSeatEnd(d, i, covered);
            if (end > i) {
                // The genitive names the court of the nominative: one entity for "des Amtsgerichts Köln" and "das Amtsgericht Köln".
                String id = !l.endsWith("s") ? null : dev.aikg.annotate.link.Slugs.entityId(EntityType.ORGANIZATION,
                        t.text().substring(0, t.text().length() - 1) + d.text().substring(t.end(), d.get(end).end()));
                out.add(d.mention(i, end, EntityType.ORGANIZATION, id, Method.CUE, "cue:court", ORG_CUE));
                return end;
            }
        }
        if (givenNameFirm(d, i, covered)) {
            out.add(d.mention(i, i + 1, EntityType.ORGANIZATION, null, Method.CUE, "cue:given-name-firm", ORG_CUE));
            return i + 1;
        }
        // "the Department of Government Efficiency", "the Ministry of Electronics and Information Technology": a
        // government body is named by its head and what it is for.
        if (t.capitalised() && GOVERNMENT_HEADS.contains(l) && !indefiniteBefore(d, i)) {
            int end = governmentBodyEnd(d, i, covered);
            if (end > i) {
                out.add(d.mention(i, end, EntityType.ORGANIZATION, null, Method.CUE, "cue:government-body", ORG_CUE));
                return end;
            }
        }
        // "von der Hanseatischen Kapitalbank", "der Oldenburgischen Landesbank": in German a capitalised adjective inside the
        // sentence opens a proper name, and a bank's compound closes it.
        if (adjectiveBank(d, i, covered)) {
            out.add(d.mention(i, i + 1, EntityType.ORGANIZATION, null, Method.CUE, "cue:adjective-bank", ORG_CUE));
            return i + 1;
        }
        // "vom Bankhaus Lindqvist", "Bankhaus Severin": the house is part of a German private bank's name.
        if (NAME_OPENING_NOUNS.contains(l) && t.capitalised()) {
            int end = bankhausName(d, i, covered);
            if (end > i) {
                out.add(d.mention(i, end, EntityType.ORGANIZATION, null, Method.CUE, "cue:" + l, ORG_CUE));
                return end;
            }
        }
        if (Cues.is(t, Cues.F_ROLE) && !t.possessive()) {
            int end = employerAfterRole(d, i, covered);
            if (end > i) {
                out.add(d.mention(end, end, EntityType.ORGANIZATION, null, Method.CUE, "cue:role-employer", ORG_CUE));
                return end;
            }
        }
        if (l.equals("based")) {
            int end = basedName(d, i, covered);
            if (end > i) out.add(d.mention(i + 1, end, EntityType.ORGANIZATION, null, Method.CUE, "cue:org-based", ORG_CUE));
            return end > i ? end : -1;
        }
        // "Sicherheitskonzern Check Point", "Computerzubehör-Herstellers Logitech": a compound whose head is a
        // company noun counts like the noun, and like it needs a distinctive name.
        boolean compoundHead = !Cues.is(t, Cues.F_ORG_CUE_NOUN) && compoundCompanyHead(t);
        boolean cueNoun = Cues.is(t, Cues.F_ORG_CUE_NOUN) || compoundHead || (l.equals("up") || l.equals("ups") && genitiveArticleBefore(d, i - 1)) && i > 0 && d.lower(i - 1).equals("start")
                || l.equals("fund") || l.equals("hedge")
                // "eine Tochter der Agnelli-Holding Exor": a holding named by its owner, then its own name.
                || HYPHEN_SUFFIXES.contains(l) && t.gap() == Token.Gap.HYPHEN && t.capitalised();
        // "A HEDGE AGAINST THE COURTROOM", "THE START-UP ANGLE": a shouted headline's words are no cue for the capitals after
        // them; a two-letter noun only as a compound's tail ("the VC EQT" is an abbreviation).
        if (cueNoun && (t.length() > 2 || t.gap() == Token.Gap.HYPHEN) && noLowerCase(t.text())) cueNoun = false;
        // "seiner KI-Plattform AIP", "its cloud platform Foo": a company's own platform is a product.
        if (cueNoun && (l.equals("plattform") || l.equals("platform"))
                && (t.gap() == Token.Gap.HYPHEN || i > 0 && OWNER_DETERMINERS.contains(d.lower(i - 1)))) {
            cueNoun = false;
        }
        // "the company's Advancing AI event": what a possessive cue noun owns is not the company.
        // "die Start-up-Szene", "KI-Szene": a word glued to the cue noun makes a compound, not a name.
        if (cueNoun && i + 1 < d.size() && d.get(i + 1).gap() == Token.Gap.HYPHEN) cueNoun = false;
        // "der Weserhaus Privatbank": a word that looks like a company noun ("-haus") before a suffix word is the name.
        if (compoundHead && t.gap() == Token.Gap.SPACE && i + 1 < d.size() && d.sameSentence(i, i + 1) && !covered[i + 1]
                && d.get(i + 1).gap() == Token.Gap.SPACE && d.get(i + 1).capitalised() && Cues.is(d.get(i + 1), Cues.F_ORG_SUFFIX)
                && i > 0 && Cues.is(d.get(i - 1), Cues.F_DETERMINER)) {
            int end = suffixRun(d, i + 1, covered);
            out.add(d.mention(i, end, EntityType.ORGANIZATION, null, Method.CUE, "cue:org-suffix", ORG_SUFFIX));
            return end;
        }
        if (!cueNoun && t.capitalised() && i + 1 < d.size() && personDescriptor(t)) {
            int end = nameFromPlace(d, i + 1, covered);
            // "beim Münchner Tracking-Spezialisten Kinexon": a city's adjective before the descriptor, one plain word after
            // that is no first name.
            if (end < 0 && cityAdjectiveBefore(d, i) && i + 1 < d.size() && d.sameSentence(i, i + 1) && !covered[i + 1]
                    && d.get(i + 1).gap() == Token.Gap.SPACE && plainName(d.get(i + 1)) && !Cues.is(d.get(i + 1), Cues.F_NOT_NAME)
                    && !(i + 2 < d.size() && d.sameSentence(i, i + 2) && d.get(i + 2).capitalised() && d.get(i + 2).word())) {
                end = i + 1;
            }
            if (end > i) {
                out.add(d.mention(i + 1, end, EntityType.ORGANIZATION, null, Method.CUE, "cue:org-noun:" + l, ORG_CUE));
                return end;
            }
        }
        if (cueNoun && !t.possessive()) {
            int s = i + 1;
            if (l.equals("hedge") && d.lower(s).equals("fund")) s++;
            int end = suffixRun(d, nameAfter(d, s, covered, 3), covered);
            boolean distinctive = end > s || end == s && (codeLike(d.get(s)) || compoundHead && singularBefore(d, i) && plainName(d.get(s)));
            // "der Bildungsverlag Ernst Klett": a publisher or a house named after its founder.
            boolean founderNamed = compoundHead && end > s && foundersHouse(l);
            // "die irische Firma Ubotica", "the Irish firm Ubotica", "die Firma Kelvara aus Cork": a generic noun with a
            // place to it (an adjective of origin before, or "aus" and a place after) names a company by one plain word.
            // "nachdem der Mannheimer Konzern Hoffnung … gemacht hatte": a German noun's ending makes no name.
            if (!distinctive && end == s && !compoundHead && plainName(d.get(s)) && !Cues.is(d.get(s), Cues.F_NOT_NAME)
                    && !ModelNounFinder.germanNoun(d, s)
                    && !(s + 1 < d.size() && d.sameSentence(s, s + 1) && d.get(s + 1).gap() == Token.Gap.SPACE && d.get(s + 1).capitalised())
                    && (originBefore(d, i) || end + 2 < d.size() && d.sameSentence(s, end + 2) && d.lower(end + 1).equals("aus")
                    && d.get(end + 2).capitalised()
                    // "das junge Unternehmen Borescan mit Sitz in Toulouse": the seat that follows places it like "aus".
                    || end + 3 < d.size() && d.sameSentence(s, end + 3) && d.lower(end + 1).equals("mit") && d.lower(end + 2).equals("sitz")
                    && d.lower(end + 3).equals("in"))) {
                distinctive = true;
            }
            // "wie schnell ein europäischer Anbieter Kapital einsammeln kann", "wenn ein Industriekunde Versicherungsschutz
            // anfragt": after an indefinite article a single plain word is the German noun of the clause, not a name.
            if (end == s && indefiniteBefore(d, i) && !codeLike(d.get(s))) return -1;
            // "the rival Chinese labs": a people's adjective after the noun describes what follows, it names nothing.
            if (end >= s && (!d.is(s, Cues.F_GIVEN) || founderNamed) && (distinctive || !compoundHead && !GENERIC_CUE_NOUNS.contains(l))
                    && !Cues.DEMONYMS.contains(d.lower(s))) {
                // "der Technologiegründerfonds Sachsen": a place alone after a compound descriptor is no name of its own;
                // the compound and the place name the fund together.
                boolean placeOnly = compoundHead && end == s && t.gap() == Token.Gap.SPACE && d.get(s).capitalised()
                        && (Cues.is(d.get(s), Cues.F_NOT_NAME) || STATES.contains(d.lower(s)));
                int from = NAME_OPENING_NOUNS.contains(l) && t.gap() == Token.Gap.SPACE || placeOnly ? i : s;
                out.add(d.mention(from, end, EntityType.ORGANIZATION, null, Method.CUE, "cue:org-noun:" + l, ORG_CUE));
                return end;
            }
        }
        if (SOURCE_CUES.contains(l) && i > 0 && d.get(i - 1).is("(")) {
            int s = i + 1 + (i + 1 < d.size() && d.get(i + 1).is(":") ? 1 : 0)
                    + (l.equals("according") && d.lower(i + 1).equals("to") ? 1 : 0);
            // "(Mit Material von dpa-AFX)", "(with reporting from Reuters)": the sources follow the noun's preposition.
            if (s + 1 < d.size() && SOURCE_MATERIAL.contains(d.lower(s)) && SOURCE_PREPOSITIONS.contains(d.lower(s + 1))) s += 2;
            return sources(d, s, covered, out);
        }
        // "By Chip Daily staff": the byline's preposition is no part of the paper's name; "Minister for Digital Development
        // and Information": an office's title, not a paper's.
        // "den texanischen Hersteller Encore Wire": a company noun describes the name after it, it opens none.
        if (t.capitalised() && !Cues.is(t, Cues.F_DETERMINER) && !BYLINE_PREPOSITIONS.contains(l) && !companyNoun(t)) {
            int end = mediaName(d, i, covered);
            if (end > i && !inOfficeTitle(d, i)) {
                // "cited by The Korea Economic Daily": a capital "The" inside a sentence opens the title.
                boolean the = i > 1 && d.get(i - 1).is("The") && !covered[i - 1] && d.sameSentence(i - 2, i - 1) && d.get(i - 2).word();
                out.add(d.mention(the ? i - 1 : i, end, EntityType.ORGANIZATION, null, Method.CUE, "cue:media", ORG_SUFFIX));
                return end;
            }
        }
        // "der Universität Bamberg", "die Hochschule München": the German head takes its town without a link.
        boolean germanSchool = (l.equals("universität") || l.equals("hochschule")) && i + 1 < d.size() && d.sameSentence(i, i + 1)
                && d.get(i + 1).gap() == Token.Gap.SPACE && d.get(i + 1).capitalised() && Cues.nameLike(d.get(i + 1)) && !covered[i + 1];
        if (t.capitalised() && SCHOOLS.contains(l) && i + 2 < d.size() && (SCHOOL_LINKS.contains(d.lower(i + 1)) || germanSchool)
                && !d.lower(i + 1).equals("in") && !d.lower(i + 1).equals("at")) {
            // "the University of Edinburgh", "Institut für Informatik": the head opens the name.
            int end = placeAfterSchool(d, i, covered);
            if (end > i + (germanSchool ? 0 : 1)) {
                int start = namedPrefixStart(d, i, covered);
                // "the Shenzhen Institutes of Advanced Technology": a city's name before the head opens the name.
                if (start == i && !germanSchool && i > 0 && d.sameSentence(i - 1, i) && !covered[i - 1] && d.get(i).gap() == Token.Gap.SPACE
                        && d.get(i - 1).word() && d.get(i - 1).capitalised() && !d.get(i - 1).possessive()
                        && !Cues.is(d.get(i - 1), Cues.F_DETERMINER | Cues.F_ROLE | Cues.F_NOT_NAME)) {
                    start = i - 1;
                }
                // "die Technische Hochschule Weserland", "der Freien Universität": the kind of school opens the name.
                if (start == i && germanSchool && i > 0 && d.sameSentence(i - 1, i) && !covered[i - 1] && d.get(i - 1).capitalised()
                        && d.get(i).gap() == Token.Gap.SPACE && SCHOOL_KINDS_DE.contains(d.lower(i - 1))) {
                    start = i - 1;
                }
                out.add(d.mention(start, end, EntityType.ORGANIZATION, null, Method.CUE, "cue:org-suffix", ORG_SUFFIX));
                return end;
            }
        }
        // "Absci ($ABSI)", "Kestrelon (ASX: KST)": a listing in brackets right after a name makes it a company.
        // The name starts here: no capitalised word before it ("Taiwan Semiconductor Manufacturing (NYSE: TSM)" is the
        // lexicon's), and no article ("die Vorzugsaktie (Xetra: …)", "des Telekomkonzerns (SIX: …)" name the share or house).
        Token prev = i > 0 && d.sameSentence(i - 1, i) ? d.get(i - 1) : null;
        boolean nameStarts = prev == null || !prev.word() || !prev.capitalised() && !Cues.is(prev, Cues.F_DETERMINER);
        // "mit Sitz in St. Gallen (NASDAQ: SRAD)": after an abbreviation's full stop ("St.", "Mt.") the name began before it.
        if (prev != null && prev.is(".") && prev.gap() == Token.Gap.NONE && i >= 2 && d.get(i - 2).word() && d.get(i - 2).capitalised()
                && d.get(i - 2).length() <= 3) {
            nameStarts = false;
        }
        // German capitalises every noun: there the name must follow a preposition or a link ("die Aktie von Appen (ASX: APX)"),
        // not an adjective ("die in New York gehandelten Hinterlegungsscheine (NYSE: TSM)").
        if (nameStarts && prev != null && prev.word() && "de".equals(d.doc().document().lang()) && !LISTING_LINKS.contains(prev.lower())) {
            nameStarts = false;
        }
        if (nameStarts && t.capitalised() && Cues.nameLike(t) && !Cues.is(t, Cues.F_GIVEN | Cues.F_ROLE | Cues.F_DETERMINER)
                && !descriptorNoun(t)) {
            int end = i;
            while (end + 1 < d.size() && end - i < 2 && d.sameSentence(i, end + 1) && !covered[end + 1] && d.get(end + 1).gap() == Token.Gap.SPACE
                    && d.get(end + 1).capitalised() && Cues.nameLike(d.get(end + 1))) end++;
            // "Banorte shares (BMV: GFNORTEO)", "Itaú's preferred shares (B3: ITUB4)": the listing may follow the share noun.
            boolean viaShares = end + 1 < d.size() && d.sameSentence(end, end + 1) && SHARE_NOUNS.contains(d.lower(end + 1))
                    && listingInBrackets(d, end + 1)
                    || d.get(end).possessive() && end + 2 < d.size() && d.sameSentence(end, end + 2)
                    && SHARE_NOUNS.contains(d.lower(end + 2)) && listingInBrackets(d, end + 2);
            if (listingInBrackets(d, end) || viaShares) {
                out.add(d.mention(i, end, EntityType.ORGANIZATION, null, Method.CUE, "cue:listing", ORG_SUFFIX));
                return end;
            }
        }
        if (SHARE_NOUNS.contains(l) && i + 2 < d.size() && (d.lower(i + 1).equals("of") || d.lower(i + 1).equals("von"))
                && d.sameSentence(i, i + 2)) {
            int start = i + 2;
            // "Shares of Ahmedabad-based Arvind": the seat before the name is no part of it.
            if (start + 2 < d.size() && d.get(start + 1).gap() == Token.Gap.HYPHEN && d.sameSentence(start, start + 2)
                    && (d.lower(start + 1).equals("based") || d.lower(start + 1).equals("headquartered"))) {
                start += 2;
            }
            int end = shareName(d, start, covered);
            if (end >= start) {
                out.add(d.mention(start, end, EntityType.ORGANIZATION, null, Method.CUE, "cue:shares-of", ORG_CUE));
                return end;
            }
        }
        // "into MTN Group Fintech, a unit": a descriptor right after a name found before is no company of its own.
        boolean descriptorAfterName = i > 0 && covered[i - 1] && t.gap() == Token.Gap.SPACE && DESCRIPTOR_WORDS.contains(l);
        // "Der Hannoveraner Anbieter Urnentech, dessen …": a company noun before a capitalised word describes the name after it.
        boolean describesNext = companyNoun(t) && i + 1 < d.size() && d.sameSentence(i, i + 1) && d.get(i + 1).capitalised()
                && d.get(i + 1).gap() == Token.Gap.SPACE;
        // "Sizwe Compute, a Cape Town start-up": a given name before a company suffix opens the company's name.
        // Not a saint's name, whose "St." the cue cannot take ("St. Brendan Health").
        boolean givenBeforeSuffix = Cues.is(t, Cues.F_GIVEN) && i + 1 < d.size() && d.sameSentence(i, i + 1)
                && d.get(i + 1).gap() == Token.Gap.SPACE && d.get(i + 1).capitalised() && Cues.is(d.get(i + 1), Cues.F_ORG_SUFFIX)
                && !(i >= 2 && d.get(i - 1).is(".") && (d.lower(i - 2).equals("st") || d.lower(i - 2).equals("ste")));
        if (Cues.nameLike(t) && (!Cues.is(t, Cues.F_GIVEN) || givenBeforeSuffix) && !descriptorAfterName && !describesNext
                && !germanAgentNoun(d, t)
                && (i == 0 || !d.sameSentence(i - 1, i) || !Cues.is(d.get(i - 1), Cues.F_DETERMINER))) {
            // "Bosch eBike Systems mit Sitz in Reutlingen, eine Tochter der …": a seat is a place, not the apposition's company.
            int end = seatBefore(d, i) ? -1 : describedName(d, i, covered);
            // "St. Brendan Health, a hospital group", "Canary Technologies, a … firm" after a known name: a suffix word alone is
            // the tail of a name this cue cannot delimit.
            if (end == i && Cues.is(t, Cues.F_ORG_SUFFIX)) end = -1;
            // "Helsinki's Veri, a metabolic-health start-up": a possessive owns the name after it; the name starts there.
            if (end > i && t.possessive()) end = -1;
            if (end >= i) {
                out.add(d.mention(ampersandBefore(d, numberBefore(d, i, covered), covered), end, EntityType.ORGANIZATION, null, Method.CUE,
                        "cue:org-apposition", ORG_CUE));
                return end;
            }
            // "Die X GmbH mit Sitz in Köln, 2023 von A gegründet": the seat before the participle is a place, not the company.
            // "Relex Solutions of Helsinki, led by …": a place after a name's "of" is where it is, not a company.
            boolean placeOfName = i >= 2 && d.sameSentence(i - 2, i) && d.lower(i - 1).equals("of") && covered[i - 2];
            end = seatBefore(d, i) || placeOfName ? -1 : foundedName(d, i, covered);
            if (end >= i) {
                out.add(d.mention(i, end, EntityType.ORGANIZATION, null, Method.CUE, "cue:org-founded", ORG_CUE));
                return end;
            }
            end = whoseName(d, i, covered);
            if (end >= i) {
                out.add(d.mention(i, end, EntityType.ORGANIZATION, null, Method.CUE, "cue:org-whose", ORG_CUE));
                return end;
            }
            // "Amsterdam's Korvus raises $72m": a possessive owns the name after it; the name starts there.
            // "Das Start-up von Daniel Vassilev und Jacky Koh sammelte": a name joined to a person's is another person's.
            end = t.possessive() || afterPersonAndLink(d, i, out) ? -1 : raisedName(d, i, covered);
            if (end >= i) {
                out.add(d.mention(i, end, EntityType.ORGANIZATION, null, Method.CUE, "cue:org-raised", ORG_CUE));
                return end;
            }
        }
        if (Cues.nameLike(t) && !amount(t.text())) {
            int end = suffixedName(d, i, covered);
            if (end > i) {
                out.add(d.mention(numberBefore(d, initialBefore(d, i, covered), covered), end, EntityType.ORGANIZATION, null, Method.CUE,
                        "cue:org-suffix", ORG_SUFFIX));
                return end;
            }
            if (execCompound(d, i)) {
                out.add(d.mention(i, i, EntityType.ORGANIZATION, null, Method.CUE, "cue:exec-compound", ORG_CUE));
                return i;
            }
            if (!Cues.is(t, Cues.F_NOT_NAME) && i > 0 && d.lower(i - 1).equals("laut") && d.sameSentence(i - 1, i)
                    && codeLike(t) && d.wordNear(i + 1, i) == null) {
                out.add(d.mention(i, i, EntityType.ORGANIZATION, null, Method.CUE, "cue:source", ORG_CUE));
                return i;
            }
        }
        return -1;
    }

    /** "€100m AI pact", "a 5bn AI bet", "100M": a sum with its scale letters (but "3M", one digit and a capital, is a company). */
    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile(
            "\\d+(?:[.,]\\d+)?(?:m|bn|mn|b|k|tn|mrd|mio)|\\d{2,}(?:[.,]\\d+)?(?:M|BN|B|K)");

    static boolean amount(String word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(0)) && AMOUNT.matcher(word).matches();
    }

    /** True when no letter of the word is lower case (asked without building an upper-cased copy). */
    private static boolean noLowerCase(String w) {
        for (int k = 0; k < w.length(); k++) if (Character.isLowerCase(w.charAt(k))) return false;
        return true;
    }

    /** Nouns that describe a company in an apposition ("Quillmark, a London-based startup"). */
    private static final Set<String> APPOSITION_NOUNS = Cues.hashed("startup", "start-up", "company", "firm", "maker", "chipmaker",
            "provider", "lab", "laboratory", "fund", "bank", "broker", "brokerage", "supplier", "manufacturer", "operator",
            "subsidiary", "unit", "spin-off", "consultancy", "conglomerate", "unternehmen", "firma", "konzern", "anbieter",
            "hersteller", "zulieferer", "dienstleister", "tochter", "tochtergesellschaft", "ausgründung", "fonds", "registry",
            "vendor", "developer", "insurer", "reinsurer", "retailer", "lender", "group", "fintech", "insurtech", "neobank",
            "nonprofit", "non-profit", "agency", "studio", "outfit", "producer", "distributor", "marketplace", "foundry",
            // "Mercure Recherche, a research boutique based in Paris", "a fund house", "a think tank".
            "boutique", "house", "tank", "institute",
            // "Synlab, the Munich-based laboratory chain".
            "chain");
    private static final Set<String> GERMAN_OBLIQUE_DEFINITE = Cues.hashed("dem", "den", "des");
    /** Prepositions before a place, not before a company a dative apposition describes ("mit BookBeat, dem …" is one). */
    private static final Set<String> PLACE_ONLY_PREPOSITIONS_DE = Cues.hashed("in", "aus", "nach", "nahe", "um");
    private static final Set<String> APPOSITION_ARTICLES = Cues.hashed("a", "an", "ein", "eine", "einem", "einer", "eines");
    /** Words before a name that make it the object of a phrase, not the subject an apposition with "the" describes ("In Berlin, the firm that …"). */
    private static final Set<String> PREPOSITIONS = Cues.hashed("in", "at", "on", "from", "to", "with", "by", "for", "of", "than",
            "like", "as", "into", "across", "near", "after", "before", "since", "during", "under", "over", "about", "against");
    /** Words that may follow the noun of such an apposition; another noun would make it a compound ("a company founder"). */
    private static final Set<String> APPOSITION_FOLLOWERS = Cues.hashed("that", "which", "in", "from", "with", "founded", "backed",
            "headed", "behind", "chaired", "managed", "listed", "created", "started",
            "based", "known", "whose", "of", "for", "focused", "owned", "controlled", "run", "led", "headquartered", "and", "valued", "building",
            "making", "developing", "specializing", "specialising", "aus", "mit", "von", "für", "der", "die", "das", "im", "den",
            "dem", "des", "zu", "zur", "zum",
            // "Augmedix, a documentation company since acquired by Commure", "… now part of X".
            "since", "now", "later", "acquired", "bought", "spun", "seit", "inzwischen",
            // "Harbormind, a Rotterdam-based start-up co-founded by …".
            "co");

    /** The last of up to three name words from i, before a comma that describes them: no role or cue noun among them. */
    private static int appositionNameEnd(DocumentTokens d, int i, boolean[] covered) {
        int end = i;
        while (end + 1 < d.size() && end < i + 2 && d.sameSentence(i, end + 1) && d.get(end + 1).gap() == Token.Gap.SPACE
                && !covered[end + 1] && (Cues.nameLike(d.get(end + 1)) || nameTail(d.get(end + 1)))
                && !Cues.is(d.get(end + 1), Cues.F_ROLE | Cues.F_ORG_CUE_NOUN)) {
            end++;
        }
        // "Halvorsen & Pike, a Boston research house": two names a partnership's ampersand joins.
        // Not two common nouns ("Racks & Cabinets, a product line").
        if (end == i && end + 3 < d.size() && d.sameSentence(i, end + 3) && ampersandJoins(d, end + 1, covered) && d.get(end + 3).is(",")
                && !EnglishWords.contains(d.lower(i)) && !EnglishWords.contains(d.lower(i + 2))) end += 2;
        return end;
    }

    /**
     * "Quillmark, a London-based startup that …", "Atoss Software, einem Anbieter von …": a name of up to three words
     * followed by a comma and an indefinite article whose noun (within six words) describes a company. Returns the
     * name's last token, or -1.
     */
    /** Nouns that stand for a house already named ("das Frankfurter Institut"), never a name after a city adjective. */
    private static final Set<String> GENERIC_HOUSES = Cues.hashed("institut", "instituts", "konzern", "konzerns", "unternehmen",
            "unternehmens", "geldhaus", "geldhauses", "kreditinstitut", "kreditinstituts", "traditionshaus", "traditionshauses");

    /** English nouns that describe the company named after them, capitalised only because they open the sentence. */
    private static final Set<String> OPENING_DESCRIPTORS = Cues.hashed("conglomerate", "chipmaker", "carmaker", "automaker",
            "retailer", "lender", "insurer", "reinsurer", "broker", "brokerage", "startup", "start-up", "drugmaker", "miner",
            "operator", "telco", "carrier", "utility", "developer", "manufacturer", "supplier", "rival", "peer", "investor",
            "bank", "fund", "group", "firm", "company", "maker", "giant", "owner", "parent", "unit", "subsidiary", "shipper",
            "airline", "exporter", "outsourcer", "foundry",
            // "Großaktionär Günther Holding, der Familienholding …": German holder and rival nouns opening the sentence.
            "großaktionär", "hauptaktionär", "mehrheitsaktionär", "rivale", "konkurrent", "wettbewerber", "mutterkonzern");

    /** "Conglomerate John Keells Holdings slipped 1.2%": a descriptor opening the sentence is no part of the name after it. */
    /**
     * "Tokyo's Sakura Frontier Capital", "Sakura Harbor Capital": a given name before one or two common English words (the
     * dictionary's long ones, or a landscape's) and a company suffix opens the name: read as a person, the words would
     * leave the suffix alone, which names nothing. A surname that is no common word ("Peter Thiel Capital") keeps the given
     * name out.
     */
    private static boolean commonWordsBeforeSuffix(DocumentTokens d, int i) {
        for (int k = i + 1; k <= i + 3 && k < d.size() && d.sameSentence(i, k); k++) {
            Token t = d.get(k);
            if (!t.word() || t.gap() != Token.Gap.SPACE || !t.capitalised()) return false;
            if (k > i + 1 && d.is(k, Cues.F_ORG_SUFFIX)) return true;
            if (Cues.is(t, Cues.F_GIVEN | Cues.F_ORG_SUFFIX | Cues.F_ROLE) || !commonNameWord(t)) return false;
        }
        return false;
    }

    /** Words that name places and things rather than families: long dictionary words, and short ones of landscape. */
    private static boolean commonNameWord(Token t) {
        return EnglishWords.contains(t.lower()) || LANDSCAPE_WORDS.contains(t.lower());
    }

    /** Short English words of landscape that names of funds and firms take ("Sakura Harbor Capital", "Naomi Ridge Ventures"). */
    private static final Set<String> LANDSCAPE_WORDS = Cues.hashed("harbor", "harbour", "ridge", "river", "lake", "peak", "bay",
            "hill", "hills", "rock", "stone", "bridge", "gate", "field", "valley", "creek", "park", "point", "summit", "coast",
            "ocean", "sea", "island", "forest", "grove", "oak", "pine", "cedar", "maple", "willow", "star", "sun", "moon", "sky",
            "light", "north", "south", "east", "west", "wind", "wave", "tide", "spring", "falls", "canyon", "mesa", "meadow");

    private static boolean openingDescriptor(DocumentTokens d, int i) {
        return OPENING_DESCRIPTORS.contains(d.lower(i)) && (i == 0 || !d.sameSentence(i - 1, i)) && i + 1 < d.size()
                && d.sameSentence(i, i + 1) && d.get(i + 1).gap() == Token.Gap.SPACE && d.get(i + 1).capitalised();
    }

    /**
     * "Masiyiwas Gruppe betreibt …", "Haddads Fonds": the German genitive of a person named in the text, before "Gruppe" or
     * "Fonds", is whose group or fund it
     * is, not a company called so. The person shows as the surname after a given name or after a role and a first name.
     */
    private static boolean personsGroup(DocumentTokens d, int i) {
        Token t = d.get(i);
        if (!"de".equals(d.doc().document().lang()) || i + 1 >= d.size() || !d.lower(i + 1).equals("gruppe") && !d.lower(i + 1).equals("fonds")
                || d.get(i + 1).gap() != Token.Gap.SPACE || t.length() < 4 || !t.text().endsWith("s")) {
            return false;
        }
        String stem = t.text().substring(0, t.text().length() - 1);
        for (int j = 1; j < d.size(); j++) {
            if (!d.get(j).is(stem) || !d.sameSentence(j - 1, j) || !d.get(j - 1).capitalised()) continue;
            if (d.is(j - 1, Cues.F_GIVEN) || j > 1 && d.sameSentence(j - 2, j) && d.is(j - 2, Cues.F_ROLE)) return true;
        }
        return false;
    }

    private static int describedName(DocumentTokens d, int i, boolean[] covered) {
        // "Nuvolith Memory aus Daejeon, eine Ausgründung des KAIST": the apposition describes the company before the place.
        // Not after English "from", which opens a company as often ("came from Curio Metrics, a London-based start-up").
        if (i > 0 && d.sameSentence(i - 1, i) && d.lower(i - 1).equals("aus")) return -1;
        int end = appositionNameEnd(d, i, covered);
        int a = end + 2;
        if (a >= d.size() || !d.get(end + 1).is(",") || !d.sameSentence(end, a)) return -1;
        // "Watershed, the San Francisco company run by …": a definite article too, where the name is no preposition's object.
        // Nor the tail of a name found before ("Amazon Robotics, the warehouse unit of Amazon").
        boolean definite = d.lower(a).equals("the") && !continuesName(d, i)
                && !(i > 0 && d.sameSentence(i - 1, i) && PREPOSITIONS.contains(d.lower(i - 1)));
        // "mit BookBeat, dem Hörbuchdienst der Bonnier-Gruppe": a German dative or genitive article agrees with the name's
        // case. Not "der", "die", "das": they open relative clauses whose subject may be a company noun ("Netztechnik, die
        // Betreiber … nutzen"). The company noun must follow at once or after one adjective, and the name must be no place
        // ("in Dresden, dem Gemeinschaftsunternehmen von …").
        boolean definiteDe = !definite && GERMAN_OBLIQUE_DEFINITE.contains(d.lower(a)) && "de".equals(d.doc().document().lang())
                && !continuesName(d, i) && !Cues.is(d.get(i), Cues.F_NOT_NAME)
                && !(i > 0 && d.sameSentence(i - 1, i) && PLACE_ONLY_PREPOSITIONS_DE.contains(d.lower(i - 1)));
        if (!APPOSITION_ARTICLES.contains(d.lower(a)) && !definite && !definiteDe) return -1;
        for (int k = a + 1; k < Math.min(d.size(), definiteDe ? a + 3 : a + 9) && d.sameSentence(a, k); k++) {
            Token w = d.get(k);
            // "Halden Pathology, a Cambridge, Massachusetts, start-up": a town and its state between commas.
            if (w.is(",") && k + 2 < d.size() && d.get(k - 1).capitalised() && d.get(k + 1).capitalised() && d.get(k + 2).is(",")
                    && d.sameSentence(k, k + 2)) {
                k += 2;
                continue;
            }
            if (!w.word() && !Character.isDigit(w.text().charAt(0))) return -1;
            // The tokenizer keeps "Start-up" as two words glued by a hyphen.
            boolean startUp = w.lower().equals("start") && k + 1 < d.size() && d.get(k + 1).gap() == Token.Gap.HYPHEN
                    && d.lower(k + 1).equals("up");
            boolean noun = startUp || APPOSITION_NOUNS.contains(w.lower()) && w.gap() != Token.Gap.HYPHEN && !w.possessive()
                    || compoundCompanyHead(w);
            if (!noun) {
                // A second article opens a phrase of its own: "in Freiburg, ein zweites Büro unterhält das Start-up"
                // describes no company by its place ("ein von Nvidia unterstütztes Start-up" has one article).
                if (Cues.is(w, Cues.F_DETERMINER) || APPOSITION_ARTICLES.contains(w.lower())) return -1;
                continue;
            }
            if (startUp) k++;
            Token next = k + 1 < d.size() && d.sameSentence(k, k + 1) ? d.get(k + 1) : null;
            // "the Munich-based laboratory chain": a noun before another one of the kind modifies it.
            if (next != null && next.word() && next.gap() == Token.Gap.SPACE && APPOSITION_NOUNS.contains(next.lower())) continue;
            // "a Denver-based start-up designing factory-built microreactors": a present participle says what it does.
            boolean participle = next != null && next.length() >= 6 && next.lower().endsWith("ing") && Character.isLowerCase(next.text().charAt(0));
            if (next != null && next.word() && next.gap() == Token.Gap.SPACE && !APPOSITION_FOLLOWERS.contains(next.lower()) && !participle) {
                return -1;
            }
            if (next != null && next.gap() == Token.Gap.HYPHEN) return -1;
            return end;
        }
        return -1;
    }

    /**
     * "Quillbase was founded last year by …", "Quillbase, founded in 2024, …": what was founded is a company. A name of
     * one or two words; a one-word name must look like one (not a German plural).
     */
    private static int foundedName(DocumentTokens d, int i, boolean[] covered) {
        // "Der Berliner Anbieter, 2017 von Mario Kohle mitgegründet": a noun that describes a company is none's name.
        if (descriptorNoun(d.get(i)) || companyNoun(d.get(i))) return -1;
        int end = i;
        if (end + 1 < d.size() && d.sameSentence(i, end + 1) && d.get(end + 1).gap() == Token.Gap.SPACE && !covered[end + 1]
                && (Cues.nameLike(d.get(end + 1)) || nameTail(d.get(end + 1))) && !Cues.is(d.get(end + 1), Cues.F_ROLE | Cues.F_ORG_CUE_NOUN)) {
            end++;
        }
        int k = end + 1;
        // "OroraTech aus München, mitgegründet von …": the seat between the name and the clause. Not the tail of a longer
        // name ("Yushan Advanced Substrate aus Taoyuan") and not a place itself ("Aleph Alpha aus Heidelberg, …").
        // "Trackman aus dem dänischen Vedbæk, gegründet von …": an article and an adjective may stand between them.
        boolean afterPreposition = i > 0 && d.sameSentence(i - 1, i) && NAME_PREPOSITIONS.contains(d.lower(i - 1))
                || i > 2 && d.sameSentence(i - 3, i) && NAME_PREPOSITIONS.contains(d.lower(i - 3))
                && (d.lower(i - 2).equals("dem") || d.lower(i - 2).equals("der")) && !d.get(i - 1).capitalised();
        if (k + 2 < d.size() && d.lower(k).equals("aus") && d.get(k + 1).capitalised() && d.get(k + 2).is(",")
                && d.sameSentence(i, k + 2)) {
            if (continuesName(d, i) || afterPreposition) return -1;
            k += 2;
        }
        if (k + 1 >= d.size() || !d.sameSentence(i, k + 1)) return -1;
        String a = d.lower(k), b = d.lower(k + 1);
        if (!a.equals("was") && !a.equals(",") || end == i && !plainName(d.get(i))) return -1;
        // "Quillchip, started by Stanford professor …".
        boolean founded = b.equals("founded") || b.equals("co") && d.lower(k + 2).equals("founded")
                || b.equals("started") && d.lower(k + 2).equals("by");
        if (a.equals(",") && (b.equals("gegründet") || b.equals("mitgegründet")) && !continuesName(d, i) && !afterPreposition) {
            return end;
        }
        if (a.equals("was") && founded) return end;
        if (a.equals(",") && founded && FOUNDED_AFTER.contains(d.lower(k + (b.equals("co") ? 3 : 2)))) return end;
        // "Sylvera, led by co-founder Allister Furey", "Watershed, run by its founder": who runs it makes it a company.
        // Not the tail of a longer name or a place ("Hoboken, New Jersey, run by …").
        if (a.equals(",") && RUN_BY.contains(b) && d.lower(k + 2).equals("by") && !ROUND_WORDS.contains(d.lower(i))
                && !continuesName(d, i)) {
            return end;
        }
        // "Veltrion Defence, 2024 von … gegründet, hat …": a German participle clause after the comma.
        if (a.equals(",") && (b.matches("(19|20)\\d\\d") || b.equals("im") || b.equals("von") || b.equals("vor"))) {
            for (int j = k + 2; j < Math.min(d.size(), k + 22) && d.sameSentence(k, j); j++) {
                String w = d.lower(j);
                if (w.equals(",") || w.equals(".")) return -1;
                if (w.equals("gegründet") || w.equals("mitgegründet")) return end;
            }
        }
        return -1;
    }

    private static final Set<String> FOUNDED_AFTER = Cues.hashed("in", "by", "last", "earlier", "two", "three", "four", "five");
    /** Prepositions whose object is a place, not the company a clause after it describes: "aus Köln, gegründet von …". */
    private static final Set<String> NAME_PREPOSITIONS = Cues.hashed("aus", "in", "im", "nach", "bei", "von", "vom", "from", "at",
            "near", "nahe");
    /** A capitalised word right before i in its sentence: the word at i would be the tail of a longer name or place. */
    private static boolean continuesName(DocumentTokens d, int i) {
        return i > 0 && d.sameSentence(i - 1, i) && d.get(i - 1).word() && d.get(i - 1).capitalised();
    }

    /** Participles that, with "by" after them, say who runs a company: "Sylvera, led by co-founder …". */
    private static final Set<String> RUN_BY = Cues.hashed("led", "run", "headed");

    /**
     * "Toronto-based Ledgerline Carbon", "London-based Sylvera": the name after a place joined to "based". At
     * token i, "based"; returns the name's last token, or -1.
     */
    private static int basedName(DocumentTokens d, int i, boolean[] covered) {
        int s = i + 1;
        if (i == 0 || s >= d.size() || d.get(i).gap() != Token.Gap.HYPHEN || !d.get(i - 1).capitalised() || !d.sameSentence(i, s)) return -1;
        Token n = d.get(s);
        // "a London-based analyst", "US-based Chinese researchers": a role, a person or a nationality follows, not a name.
        if (covered[s] || n.gap() != Token.Gap.SPACE || !n.capitalised() || !Cues.nameLike(n) || Cues.DEMONYMS.contains(n.lower())
                || Cues.is(n, Cues.F_GIVEN | Cues.F_ROLE | Cues.F_DETERMINER | Cues.F_ORG_CUE_NOUN)) {
            return -1;
        }
        int end = suffixRun(d, nameAfter(d, s, covered, 3), covered);
        return end < s || end == s && !plainName(n) ? -1 : end;
    }

    /**
     * Nouns after "X, whose" that only a company has: "Persefoni, whose chief executive …", "Juicebox, whose search engine
     * …". Not a boss or clients, which a person has too ("Brenner, dessen Chef …", "Boyd, whose clients …").
     */
    private static final Set<String> WHOSE_COMPANY_NOUNS = Cues.hashed("chief", "ceo", "founder", "founders", "co-founder",
            "cofounder", "chairman", "chairwoman", "shares", "stock", "investors", "backers", "software", "platform", "engine",
            "app", "products", "valuation", "revenue", "revenues", "headquarters", "parent", "models", "chips", "aktie", "aktien",
            "gründer", "gründerin", "investoren", "geldgeber", "umsatz", "plattform", "mutterkonzern", "hauptsitz", "bewertung");
    private static final Set<String> WHOSE = Cues.hashed("whose", "dessen", "deren");
    private static final Set<String> PLACE_PREPOSITIONS_DE = Cues.hashed("aus", "in", "im", "bei", "nach", "von", "vom", "mit", "am");
    /** Words of a funding round, never a company's name: "$62 million Series B, led by …". */
    private static final Set<String> ROUND_WORDS = Cues.hashed("series", "serie", "round", "runde", "seed", "tranche");

    /**
     * "Persefoni, whose chief executive …", "Juicebox, whose search engine PeopleGPT …", "Lumora, deren Gründer …": a name
     * of up to three words, a comma, "whose" and within three words a noun only a company has. Returns the name's last
     * token, or -1.
     */
    private static int whoseName(DocumentTokens d, int i, boolean[] covered) {
        int end = appositionNameEnd(d, i, covered);
        int w = end + 2;
        if (w >= d.size() || !d.get(end + 1).is(",") || !WHOSE.contains(d.lower(w)) || end == i && !plainName(d.get(i))) return -1;
        // "Avonmere AI aus Bristol, dessen Gründerin …", "mit Sitz in Genf, deren Chef …": a place names no company.
        if (i > 0 && d.sameSentence(i - 1, i) && (PREPOSITIONS.contains(d.lower(i - 1)) || PLACE_PREPOSITIONS_DE.contains(d.lower(i - 1)))) return -1;
        for (int k = w + 1; k <= w + 3 && k < d.size() && d.sameSentence(w, k) && d.get(k).word(); k++) {
            if (WHOSE_COMPANY_NOUNS.contains(d.lower(k)) && !d.get(k).possessive()) return end;
        }
        return -1;
    }

    /**
     * The company after "shares of"/"Aktien von". English capitalises only names there; a German noun is capitalised too,
     * so there the name must not look like an inflected plural ("Aktien von Privatanlegern").
     */
    private static int shareName(DocumentTokens d, int s, boolean[] covered) {
        // "Shares of Japanese and South Korean makers": a nationality names no company.
        if (covered[s] || d.is(s, Cues.F_GIVEN) || d.get(s).gap() != Token.Gap.SPACE || Cues.DEMONYMS.contains(d.lower(s))) return -1;
        int end = suffixRun(d, nameAfter(d, s, covered, 3), covered);
        if (end < s) return -1;
        for (int k = s; k <= end; k++) {
            String l = d.lower(k);
            if (Cues.pluralLike(l) || Cues.is(d.get(k), Cues.F_ROLE | Cues.F_DETERMINER)) return -1;
        }
        if (end == s && !plainName(d.get(s))) return -1;
        return end;
    }

    /** Common words that end company names after a distinctive one ("Veloran Silicon", "Ostara Software"). */
    private static final Set<String> NAME_TAILS = Cues.hashed("silicon", "software", "systems", "solutions", "networks",
            "technology", "electronics", "devices", "energy", "data", "cloud", "robots", "materials", "instruments", "tech");

    private static boolean nameTail(Token t) {
        return t.capitalised() && t.gap() == Token.Gap.SPACE && NAME_TAILS.contains(t.lower());
    }

    private static final Set<String> SINGULAR_BEFORE = Cues.hashed("der", "des", "dem", "den", "vom", "beim", "zum", "ein", "einem",
            "eines", "the", "a", "an");

    /**
     * "der Waferhersteller Siltronic": a compound's article is singular, so one word after it is a name; "die
     * Halbleiterhersteller Europas" is a plural with a place after it.
     */
    private static boolean singularBefore(DocumentTokens d, int i) {
        int k = i;
        while (k > 0 && d.get(k).gap() == Token.Gap.HYPHEN) k--; // "des Autochip-Spezialisten": the article before the whole compound
        // "dem jungen Kamikazedrohnen-Anbieter Stark": up to two adjectives between article and compound.
        for (int adjectives = 0; adjectives < 2 && k > 1 && d.sameSentence(k - 1, k) && d.get(k - 1).word()
                && Character.isLowerCase(d.get(k - 1).text().charAt(0)) && !SINGULAR_BEFORE.contains(d.lower(k - 1)); adjectives++) {
            k--;
        }
        return k > 0 && d.sameSentence(k - 1, k) && SINGULAR_BEFORE.contains(d.lower(k - 1));
    }

    /** A one-word name that is no place or genitive of one ("Europas") and is long enough to be distinctive. */
    private static final Set<String> RAISED = Cues.hashed("raised", "raises", "collected", "collects", "sammelte", "sammelt");
    private static final Set<String> RAISED_AUX = Cues.hashed("has", "had", "hat", "hatte", "just", "recently");
    /** Articles that open a German subject after its verb ("sammelt ein Start-up"); "im Mai" is no subject. */
    private static final Set<String> NOMINATIVE_ARTICLES = Cues.hashed("ein", "eine", "der", "die", "das");
    private static final Set<String> MONEY_WORDS = Cues.hashed("million", "billion", "millionen", "milliarden", "mio", "mrd",
            "dollar", "dollars", "euro", "euros", "pounds", "franken");

    /**
     * "Tillwise raised $9 million", "Regalwerk sammelte 12 Millionen Euro ein": a name raising money is a company. One
     * or two plain name words (no known given name), the verb, then a sum within four tokens. Not a surname the
     * document gives a person elsewhere ("Anna Okafor … Okafor raised $9 million for her fund").
     */
    private static int raisedName(DocumentTokens d, int i, boolean[] covered) {
        // The verb first: it is rare, and the name tests below cost more.
        if (!raiseVerbNear(d, i)) return -1;
        // "Qingluan Robotics aus Suzhou sammelte …": a place after a preposition is the seat; "Datenfirma X" a description.
        if (!plainName(d.get(i)) || descriptorNoun(d.get(i)) || continuesName(d, i)
                || i > 0 && d.sameSentence(i - 1, i) && (NAME_PREPOSITIONS.contains(d.lower(i - 1)) || PREPOSITIONS.contains(d.lower(i - 1)))) {
            return -1;
        }
        // "Der bayerische Drohnenbauer sammelt 160 Millionen Euro ein": in German, after an article and an adjective, the
        // capitalised word is the noun that describes the company.
        if ("de".equals(d.doc().document().lang()) && i >= 2 && d.sameSentence(i - 2, i) && d.get(i - 1).word()
                && !d.get(i - 1).capitalised() && Cues.is(d.get(i - 2), Cues.F_DETERMINER)
                && (i + 1 >= d.size() || !d.get(i + 1).capitalised())) {
            return -1;
        }
        int end = i;
        if (end + 1 < d.size() && d.sameSentence(i, end + 1) && d.get(end + 1).gap() == Token.Gap.SPACE && !covered[end + 1]
                && d.get(end + 1).capitalised() && Cues.nameLike(d.get(end + 1)) && !Cues.is(d.get(end + 1), Cues.F_ROLE | Cues.F_ORG_CUE_NOUN)) {
            end++;
        }
        int k = end + 1;
        if (k < d.size() && RAISED_AUX.contains(d.lower(k))) k++;
        if (k >= d.size() || !d.sameSentence(i, k) || !RAISED.contains(d.lower(k))) return -1;
        // "Gleichzeitig sammelt ein Hamburger Start-up Millionen": an article after the German verb opens its subject; the
        // word in front was an adverb.
        if ("de".equals(d.doc().document().lang()) && k + 1 < d.size() && d.sameSentence(k, k + 1)
                && NOMINATIVE_ARTICLES.contains(d.lower(k + 1))) return -1;
        boolean sum = false;
        for (int j = k + 1; j <= k + 5 && j < d.size() && d.sameSentence(i, j); j++) {
            if (MONEY_WORDS.contains(d.lower(j)) || d.get(j).is("$") || d.get(j).is("€") || d.get(j).is("£")) sum = true;
        }
        if (!sum || surnameOfAPerson(d, d.lower(end))) return -1;
        return end;
    }

    /** Token i follows "und"/"and" right after a person found just before. */
    private static boolean afterPersonAndLink(DocumentTokens d, int i, List<Mention> out) {
        if (i < 2 || out.isEmpty() || !d.sameSentence(i - 2, i)) return false;
        String link = d.lower(i - 1);
        if (!link.equals("und") && !link.equals("and")) return false;
        Mention last = out.get(out.size() - 1);
        return last.type() == EntityType.PERSON && last.end() == d.get(i - 2).end();
    }

    /** Seats of courts that the list of words never in a name holds as places: "Landgericht München", "Kammergericht Berlin". */
    private static final Set<String> COURT_SEATS = Cues.hashed("berlin", "münchen", "frankfurt", "hamburg", "köln", "stuttgart",
            "düsseldorf", "zürich", "wien", "london", "paris", "washington");

    /** The seat after a court's kind: one capitalised place word, and "am Main" or "an der Saale" after it; else -1. */
    private static int courtSeatEnd(DocumentTokens d, int i, boolean[] covered) {
        int k = i + 1;
        if (k >= d.size() || !d.sameSentence(i, k) || covered[k] || d.get(k).gap() != Token.Gap.SPACE || !d.get(k).capitalised()
                || !Cues.nameLike(d.get(k)) && !COURT_SEATS.contains(d.lower(k)) || d.get(k).possessive()) return -1;
        int end = k;
        if (k + 2 < d.size() && d.sameSentence(i, k + 2) && (d.lower(k + 1).equals("am") || d.lower(k + 1).equals("an"))) {
            int place = d.lower(k + 1).equals("an") && d.lower(k + 2).equals("der") ? k + 3 : k + 2;
            if (place < d.size() && d.sameSentence(i, place) && d.get(place).capitalised() && Cues.nameLike(d.get(place))) end = place;
        }
        return end;
    }

    /** The end of "Bankhaus" and one or two name words after it (a given name too: "Bankhaus Severin"), or -1. */
    private static int bankhausName(DocumentTokens d, int i, boolean[] covered) {
        int end = i;
        while (end + 1 < d.size() && end - i < 2 && d.sameSentence(i, end + 1) && !covered[end + 1]
                && d.get(end + 1).gap() == Token.Gap.SPACE && d.get(end + 1).capitalised() && Cues.nameLike(d.get(end + 1))) {
            end++;
        }
        // "Bankhaus Hallwyl & Brenner", "Bankhaus Elbwarden & Co": a name that goes on with an ampersand or a legal suffix
        // is found as it goes on, by the suffix finders.
        if (end == i || end + 1 < d.size() && d.sameSentence(i, end + 1) && (d.get(end + 1).is("&")
                || d.get(end + 1).gap() == Token.Gap.SPACE && d.get(end + 1).capitalised() && Cues.is(d.get(end + 1), Cues.F_ORG_SUFFIX))) {
            return -1;
        }
        return end;
    }

    /** A raise verb one to three tokens after i ("X raised", "X Y has raised"). */
    private static boolean raiseVerbNear(DocumentTokens d, int i) {
        for (int k = i + 1; k <= i + 3 && k < d.size(); k++) if (RAISED.contains(d.lower(k))) return true;
        return false;
    }

    /** The word follows a known given name somewhere in the document: a person's surname. */
    private static boolean surnameOfAPerson(DocumentTokens d, String lower) {
        for (int j = 1; j < d.size(); j++) {
            if (d.lower(j).equals(lower) && Cues.is(d.get(j - 1), Cues.F_GIVEN) && d.sameSentence(j - 1, j)) return true;
        }
        return false;
    }

    private static boolean plainName(Token t) {
        String l = t.lower();
        return t.length() >= 4 && !Cues.is(t, Cues.F_GIVEN) && !(l.endsWith("s") && Cues.is(l.substring(0, l.length() - 1), Cues.F_NOT_NAME));
    }

    /** "Royal Bank of Canada", "Commonwealth Bank of Australia": a bank's name goes on over "of" and its country. */
    private static int bankOf(DocumentTokens d, int end, boolean[] covered) {
        // "Steel Authority of India", "Gaming Commission of Ontario": a public body of a place, like a bank.
        if (end < 0 || !d.lower(end).equals("bank") && !Cues.PUBLIC_BODY_WORDS.contains(d.lower(end)) || end + 2 >= d.size() || !d.sameSentence(end, end + 2)
                || !d.lower(end + 1).equals("of") || covered[end + 2] || !d.get(end + 2).capitalised() || !d.get(end + 2).word()) {
            return end;
        }
        int last = end + 2;
        // "Bank of New York": a two-word place.
        if (last + 1 < d.size() && d.sameSentence(last, last + 1) && !covered[last + 1] && d.get(last + 1).gap() == Token.Gap.SPACE
                && d.get(last + 1).capitalised() && d.get(last + 1).word() && Cues.nameLike(d.get(last + 1))) last++;
        return last;
    }

    /** "beim Münchner Tracking-Spezialisten": a capitalised city adjective in -er after an article or "beim", "vom", "zum". */
    private static boolean cityAdjectiveBefore(DocumentTokens d, int i) {
        int a = i - 1;
        // "Tracking-Spezialisten": the descriptor's first part stands before the hyphen.
        while (a > 0 && d.get(a + 1).gap() == Token.Gap.HYPHEN && d.sameSentence(a, i)) a--;
        if (a < 1 || !d.sameSentence(a - 1, i)) return false;
        return cityAdjective(d.get(a)) && (Cues.is(d.get(a - 1), Cues.F_DETERMINER) || CONTRACTED_ARTICLES.contains(d.lower(a - 1)));
    }

    /** "Münchner", "Frankfurter": a capitalised adjective made from a city's name. */
    private static boolean cityAdjective(Token t) {
        String l = t.lower();
        return t.capitalised() && l.endsWith("er") && l.length() > 5 && !Cues.is(t, Cues.F_NOT_NAME);
    }

    private static final Set<String> CONTRACTED_ARTICLES = Cues.hashed("beim", "vom", "zum", "zur", "im", "am");

    /** An article and an adjective of origin right before the noun at i: "die irische Firma", "the Irish firm", "der Münchner Konzern". */
    private static boolean originBefore(DocumentTokens d, int i) {
        if (i == 0 || !d.sameSentence(i - 1, i) || !d.get(i - 1).word()) return false;
        Token a = d.get(i - 1);
        String l = a.lower();
        // With an article before it: "wie chinesische Unternehmen Fortschritte machen" is a plural with no name.
        if (i < 2 || !d.sameSentence(i - 2, i) || !Cues.is(d.get(i - 2), Cues.F_DETERMINER)) return false;
        if (Cues.DEMONYMS.contains(l)) return true;
        if (a.capitalised()) return cityAdjective(a);
        return l.endsWith("ische") || l.endsWith("ischen") || l.endsWith("ischer");
    }

    /** Up to max name units after a cue: capitalised or code-like words, hyphen parts kept together. */
    private static int nameAfter(DocumentTokens d, int s, boolean[] covered, int max) {
        if (s >= d.size() || !d.sameSentence(s - 1, s) || d.get(s).gap() == Token.Gap.NEWLINE) return -1;
        int end = -1, units = 0;
        for (int k = s; k < d.size() && d.sameSentence(s, k); k++) {
            Token t = d.get(k);
            boolean glued = k > s && t.gluedToPrevious() && t.word();
            // "Vermögensverwalter Auerbach & Steyn": an ampersand between two name words joins them.
            if (k > s && ampersandJoins(d, k, covered)) {
                if (AMPERSAND_ENDINGS.contains(d.lower(k + 1))) return k + 1;
                continue;
            }
            if (covered[k] || !Cues.nameLike(t) && !(glued && t.word()) && !(k > s && nameTail(t)) && !(k > s && placeBeforeSuffix(d, k, covered))) break;
            if (!glued) {
                if (k > s && t.gap() != Token.Gap.SPACE || ++units > max) break;
                if (Cues.is(t, Cues.F_ROLE | Cues.F_ORG_CUE_NOUN)) break;
            }
            end = k;
        }
        return end;
    }

    /** "Quell Asia Research GmbH", "Nordwind Europa Capital": a place word inside a name, right before its suffix. */
    private static boolean placeBeforeSuffix(DocumentTokens d, int k, boolean[] covered) {
        Token t = d.get(k);
        if (!t.word() || !t.capitalised() || t.gap() != Token.Gap.SPACE || Cues.is(t, Cues.F_ROLE | Cues.F_ORG_CUE_NOUN | Cues.F_DETERMINER)
                || k + 1 >= d.size() || covered[k + 1] || !d.sameSentence(k, k + 1)) return false;
        Token next = d.get(k + 1);
        return next.gap() == Token.Gap.SPACE && next.capitalised() && Cues.is(next, Cues.F_ORG_SUFFIX);
    }

    /**
     * Words before "AI" that make a kind of AI, not a company: nationalities and common adjectives
     * ("Chinese AI", "Industrial AI Cloud", "generative AI" written with a capital in a headline).
     */
    /** A word that says what kind of AI ("Chinese AI", "generative AI"), so "X AI" names no company. */
    static boolean isGenericAiWord(String lower) { return GENERIC_AI.contains(lower); }

    /** A whole word that describes the company named after it ("Finanzinvestor", "Geldgeber"), not a person's title. */
    static boolean companyDescriptorWord(String lower) { return DESCRIPTOR_WORDS.contains(lower); }

    private static final Set<String> GENERIC_AI = Cues.hashed("chinese", "american", "european", "german", "french",
            "british", "japanese", "korean", "indian", "russian", "arabic", "us", "eu", "western", "global", "industrial",
            "generative", "physical", "agentic", "conversational", "responsible", "sovereign", "enterprise", "general",
            "artificial", "narrow", "edge", "embodied", "ethical", "trustworthy", "explainable", "multimodal", "frontier",
            "advanced", "modern", "new", "next", "vertical", "symbolic", "predictive", "creative", "open-source", "chief", "head",
            "other", "more", "most", "some", "any", "all", "many", "several", "rival", "leading", "top", "big", "major",
            "asian", "african", "arab", "gulf", "emirati", "saudi", "israeli", "canadian", "australian", "taiwanese",
            "italian", "spanish", "swiss", "dutch", "nordic", "eastern", "northern", "southern", "regional", "national",
            "domestic", "foreign", "local", "andere", "weitere",
            "chinesische", "amerikanische", "europäische", "deutsche", "generative", "souveräne",
            // What the AI does or whom it serves, in headlines: "Voice AI's money moment", "Consumer AI Brief".
            "voice", "consumer", "speech", "medical", "legal", "financial", "military", "defence", "defense", "mobile");

    /** "T. Rowe Price Associates": a capital initial and its full stop right before the name start it. */
    private static int initialBefore(DocumentTokens d, int i, boolean[] covered) {
        int numbered = numberWordBefore(d, i, covered);
        if (numbered < i) return numbered;
        return i >= 2 && d.sameSentence(i - 2, i) && NameSpans.initialAt(d, i - 2, covered) ? i - 2 : i;
    }

    private static final Set<String> NUMBER_WORDS = Set.of("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
            "Ten", "Eins", "Zwei", "Drei", "Vier", "Fünf", "Sieben");

    /** "Two Seas Capital", "Three Arrows Capital": a capitalised number word opens the name. */
    private static int numberWordBefore(DocumentTokens d, int i, boolean[] covered) {
        if (i < 1 || !d.sameSentence(i - 1, i) || covered[i - 1] || d.get(i).gap() != Token.Gap.SPACE) return i;
        return NUMBER_WORDS.contains(d.get(i - 1).text()) ? i - 1 : i;
    }

    /** Endings of German company nouns whose house often bears its founder's name: "Bildungsverlag Ernst Klett". */
    private static final String[] FOUNDERS_HOUSES = {"verlag", "bankhaus", "privatbank", "konzern", "kanzlei",
        // "der Wirkmaschinenhersteller Karl Mayer", "die Porzellanmanufaktur Franz Hutschenreuther".
        "hersteller", "herstellers", "manufaktur", "zulieferer", "zulieferers", "ausrüster", "ausrüsters"};

    private static boolean foundersHouse(String lower) {
        for (String e : FOUNDERS_HOUSES) if (lower.endsWith(e)) return true;
        return false;
    }

    /** Plurals of a trade that no surname takes: "Brittany Ferries", "Sophia Genetics", "Hazel Distillers". */
    private static final Set<String> TRADE_PLURALS = Cues.hashed("ferries", "cruises", "distillers", "breweries", "vineyards",
            "genetics", "genomics", "therapeutics", "pharmaceuticals", "semiconductors", "technologies", "robotics");

    /**
     * A given name right before a trade's plural, the two the whole name; or a founder's full name before a partnership's
     * ending: "William Grant & Sons".
     */
    private static boolean tradePluralAfter(DocumentTokens d, int i) {
        if (i + 3 < d.size() && d.sameSentence(i, i + 3) && d.get(i + 1).capitalised() && d.get(i + 2).is("&")
                && AMPERSAND_ENDINGS.contains(d.lower(i + 3))) return true;
        return i + 1 < d.size() && d.sameSentence(i, i + 1) && d.get(i + 1).gap() == Token.Gap.SPACE && d.get(i + 1).capitalised()
                && TRADE_PLURALS.contains(d.lower(i + 1));
    }

    /** "Bernstein Research", "Acme Holding AG", "Scale AI", "Schwarz-Gruppe": a name ending in a legal or cue suffix. */
    private static int suffixedName(DocumentTokens d, int i, boolean[] covered) {
        // "Montreal's Inovia Capital": a possessive before another name word places or owns the name that follows.
        if (d.get(i).possessive() && i + 1 < d.size() && !d.is(i + 1, Cues.F_ORG_SUFFIX)) return -1;
        // "Conglomerate John Keells Holdings": after a descriptor that opens the sentence, a given name may open the name.
        if (d.is(i, Cues.F_ORG_SUFFIX) || d.is(i, Cues.F_GIVEN) && !codeLike(d.get(i)) && !foundationAhead(d, i)
                && !(i > 0 && openingDescriptor(d, i - 1)) && !commonWordsBeforeSuffix(d, i) && !tradePluralAfter(d, i)) return -1;
        // "the Danish Kattegat Industrial Fund": after an article, an adjective of origin describes the name that follows.
        // Not a trade body's: "the British Retail Consortium", "the American Bankers Association".
        if (Cues.DEMONYMS.contains(d.lower(i)) && i > 0 && d.sameSentence(i - 1, i) && Cues.is(d.get(i - 1), Cues.F_DETERMINER)
                && i + 2 < d.size() && d.sameSentence(i, i + 2) && d.get(i + 1).capitalised() && !d.is(i + 1, Cues.F_ORG_SUFFIX)
                && !bodySuffixAhead(d, i)) {
            return -1;
        }
        if (descriptorNoun(d.get(i)) || personsGroup(d, i) || openingDescriptor(d, i) || genitiveNounAfterArticle(d, i)) return -1;
        // "die bestehende Investorin Revontuli Ventures": a German role noun before the name describes it.
        if (d.is(i, Cues.F_ROLE) && "de".equals(d.doc().document().lang()) && i + 1 < d.size() && d.sameSentence(i, i + 1)
                && d.get(i + 1).gap() == Token.Gap.SPACE && d.get(i + 1).capitalised() && !d.is(i + 1, Cues.F_ORG_SUFFIX)) {
            return -1;
        }
        // "der Hamburger Privatbank Kessler & Voss", "der Schweizer Bank UBS": a city's or a country's adjective and a house
        // noun describe the name after them.
        if (cityAdjective(d.get(i)) && i + 2 < d.size() && d.sameSentence(i, i + 2)
                && (DESCRIPTOR_WORDS.contains(d.lower(i + 1)) || descriptorNoun(d.get(i + 1))
                    || d.lower(i + 1).equals("bank") && "de".equals(d.doc().document().lang()) && !d.is(i + 2, Cues.F_ORG_SUFFIX))
                && d.get(i + 2).gap() == Token.Gap.SPACE && d.get(i + 2).capitalised() && Cues.nameLike(d.get(i + 2))) {
            return -1;
        }
        // "\"Using AI to target …\"", "Building AI is hard": an English gerund opening a sentence or a quote before "AI".
        if (i + 1 < d.size() && d.lower(i + 1).equals("ai") && "en".equals(d.doc().document().lang()) && d.lower(i).endsWith("ing")
                && d.get(i).length() >= 5 && (i == 0 || !d.sameSentence(i - 1, i) || !d.get(i - 1).word())) {
            return -1;
        }
        // "every Greek AI team", "Bulgarian AI start-ups": an adjective of origin before "AI" and a common noun is no name.
        // The endings stand for the adjectives the list lacks; the list itself stays short, since before other words an
        // adjective of origin often opens a name ("Ukrainian Catholic University").
        if (i + 1 < d.size() && (d.lower(i + 1).equals("ai") || d.lower(i + 1).equals("ki"))
                && (i + 2 >= d.size() || !d.sameSentence(i, i + 2) || !d.get(i + 2).capitalised())) {
            String l0 = d.lower(i);
            if (Cues.DEMONYMS.contains(l0) || l0.length() > 5 && (l0.endsWith("ian") || l0.endsWith("ish") || l0.endsWith("ese"))) return -1;
        }
        // "des Hamburger Investors Elbtal Capital": after "des"/"eines", German "Investors" is the genitive of "Investor".
        if (i > 0 && i + 1 < d.size() && d.lower(i + 1).equals("investors") && (d.lower(i - 1).equals("des") || d.lower(i - 1).equals("eines"))
                && d.sameSentence(i - 1, i + 1)) {
            return -1;
        }
        // "einem Stuttgarter Fonds für Medizintechnik": after an article, a city adjective before "Fonds" alone describes a fund.
        if (d.lower(i + 1).equals("fonds") && cityAdjective(d.get(i)) && i > 0 && d.sameSentence(i - 1, i + 1)
                && (Cues.is(d.get(i - 1), Cues.F_DETERMINER) || CONTRACTED_ARTICLES.contains(d.lower(i - 1)))
                && (i + 2 >= d.size() || !d.sameSentence(i, i + 2) || !d.get(i + 2).capitalised() || d.get(i + 2).gap() != Token.Gap.SPACE)) {
            return -1;
        }
        // "bei der Frankfurter Nordwall Capital": a city adjective after an article describes the name that follows.
        if (cityAdjective(d.get(i)) && i > 0 && d.sameSentence(i - 1, i) && (Cues.is(d.get(i - 1), Cues.F_DETERMINER)
                || CONTRACTED_ARTICLES.contains(d.lower(i - 1))) && i + 2 < d.size() && d.sameSentence(i, i + 2)
                && d.get(i + 1).capitalised() && !d.is(i + 1, Cues.F_ORG_SUFFIX)) {
            return -1;
        }
        // "an dem Frankfurter Institut", "der Münchner Konzern": a city adjective and a generic noun point back to a house.
        if (cityAdjective(d.get(i)) && i + 1 < d.size() && d.sameSentence(i, i + 1) && GENERIC_HOUSES.contains(d.lower(i + 1))
                && (i + 2 >= d.size() || !d.sameSentence(i, i + 2) || !d.get(i + 2).capitalised() || d.get(i + 2).gap() != Token.Gap.SPACE)) {
            return -1;
        }
        // "das Family Office Lindenhain Capital": the kind of house is no part of its name.
        if (d.lower(i).equals("family") && d.lower(i + 1).equals("office") || d.lower(i).equals("office") && i > 0 && d.lower(i - 1).equals("family")) {
            return -1;
        }
        int units = 0;
        for (int k = i + 1; k < d.size() && d.sameSentence(i, k) && k <= i + 4; k++) {
            Token t = d.get(k);
            // "Kettler & Vogt Research", "BDT & MSD Partners", "Lindqvist & Partner".
            if (ampersandJoins(d, k, covered)) {
                if (AMPERSAND_ENDINGS.contains(d.lower(k + 1))) return k + 1;
                continue;
            }
            if (!t.word() || covered[k] || t.gap() != Token.Gap.SPACE && t.gap() != Token.Gap.HYPHEN) return -1;
            // "Shirakaba Asset Management", "Kestrel Wealth Management": a fund house's two-word suffix.
            if (MANAGEMENT_KINDS.contains(t.lower()) && t.capitalised() && t.gap() == Token.Gap.SPACE && managementAt(d, k + 1, covered)) {
                return suffixRun(d, k + 1, covered);
            }
            if (Cues.is(t, Cues.F_ORG_SUFFIX) && (Character.isUpperCase(t.text().charAt(0)) || registeredSociety(t))
                    && (t.gap() == Token.Gap.SPACE || HYPHEN_SUFFIXES.contains(t.lower()))) {
                // "der Frankfurter Research-Boutique X": a suffix glued to the next word starts a compound noun.
                if (k + 1 < d.size() && d.get(k + 1).gap() == Token.Gap.HYPHEN && d.get(k + 1).word()) return -1;
                // "Industrial Foundation Model": a suffix before a model noun names a kind of model.
                if (k + 1 < d.size() && d.get(k + 1).gap() == Token.Gap.SPACE && Cues.is(d.get(k + 1), Cues.F_MODEL_TYPE)) return -1;
                if (t.lower().equals("ai") && (t.gap() != Token.Gap.SPACE || !t.is("AI") || GENERIC_AI.contains(d.lower(i)))) return -1;
                // "the Heidelberg AI start-up", "Subsurface AI start-ups draw …": "X AI" before a company noun describes it.
                if (t.lower().equals("ai") && attributiveAi(d, k)) return -1;
                // "Alipay's AI assistants": the company's AI, not a company called so.
                if (t.lower().equals("ai") && d.get(k - 1).possessive()) return -1;
                // "der Agnelli-Holding Exor": a glued suffix before a name describes the company that name follows.
                if (t.gap() == Token.Gap.HYPHEN && k + 1 < d.size() && d.sameSentence(k, k + 1) && d.get(k + 1).gap() == Token.Gap.SPACE
                        && d.get(k + 1).capitalised() && Cues.nameLike(d.get(k + 1)) && !Cues.is(d.get(k + 1), Cues.F_NOT_NAME)) return -1;
                if (t.lower().equals("intelligence") || t.lower().equals("research") && d.lower(k - 1).equals("and")) return -1;
                // "ein Hedge Fund", "das Joint Venture", "eine Art Kapital": a common word before a suffix that is a word too.
                // "Rare Earth Metals": two common words.
                if (k <= i + 2 && WEAK_SUFFIXES.contains(t.lower()) && COMMON_BEFORE_WEAK_SUFFIX.contains(d.lower(i))
                        && COMMON_BEFORE_WEAK_SUFFIX.contains(d.lower(k - 1))) return -1;
                if (t.lower().equals("ai") && productOf(d, i, k, covered)) return -1;
                return bankOf(d, suffixRun(d, k, covered), covered);
            }
            // "Hallberg Software AG", "Coldstream Systems Corp.", "Kestrel Daten Systeme GmbH": up to two common words
            // right before a legal form are part of the name.
            boolean beforeLegalForm = t.capitalised() && t.gap() == Token.Gap.SPACE
                    && (k == i + 1 && legalFormAt(d, k + 1) || k <= i + 2 && twoCommonWordsBeforeLegalForm(d, i));
            // "Kinneret Deep Tech Capital", "Harbor Data Partners": common words that go on inside a name before its suffix.
            boolean inner = t.capitalised() && INNER_COMMON.contains(t.lower());
            if (!Cues.nameLike(t) && !beforeLegalForm && !inner || t.gap() == Token.Gap.SPACE && ++units > 2) return -1;
            if (!beforeLegalForm && (Cues.is(t, Cues.F_ROLE | Cues.F_ORG_CUE_NOUN) || descriptorNoun(t))) return -1;
        }
        return -1;
    }

    /** Not "beim": a contracted article goes with a common noun ("Gründer beim Handelsstart"), a company name takes none. */
    private static final Set<String> EMPLOYER_LINKS = Cues.hashed("bei", "at", "with");
    /** What may follow the employer's name: the end of the apposition or the verb of the sentence ("Analyst at Wedbush, said"). */
    private static final Set<String> AFTER_EMPLOYER = Cues.hashed("in", "and", "und", "who", "which", "der", "die", "said", "says",
            "told", "wrote", "sagte", "sagt", "schrieb", "meint", "meinte", "erklärte", "aus", "from");

    /**
     * "Marco Bernasconi, Analyst bei Vontobel", "an analyst at Wedbush": one capitalised word after a role and "bei"/"at",
     * ending the run of names, is where the person works. Not a given name ("partner at Morgan …" goes on), a common
     * word, a role or an adjective of origin; the run must end there, so longer names are left to the other cues.
     */
    private static int employerAfterRole(DocumentTokens d, int i, boolean[] covered) {
        int s = i + 2;
        if (s >= d.size() || !d.sameSentence(i, s) || !EMPLOYER_LINKS.contains(d.lower(i + 1)) || covered[s]) return -1;
        Token n = d.get(s);
        if (n.gap() != Token.Gap.SPACE || !n.word() || !n.capitalised() || !Cues.nameLike(n) || !plainName(n) || n.possessive()
                || Cues.is(n, Cues.F_NOT_NAME | Cues.F_ROLE | Cues.F_ORG_CUE_NOUN | Cues.F_DETERMINER)
                || Cues.DEMONYMS.contains(n.lower()) || cityAdjective(n)) return -1;
        if (s + 1 < d.size() && d.sameSentence(s, s + 1)) {
            Token next = d.get(s + 1);
            if (next.word() ? !AFTER_EMPLOYER.contains(next.lower()) || next.gap() != Token.Gap.SPACE : next.is("&") || next.is("-")) return -1;
        }
        return s;
    }

    /** Words before a name that a number opening it may follow: "a stake in 80 Acres Farms", "from 3 Sigma Labs". */
    private static final Set<String> BEFORE_NUMBERED_NAME = Cues.hashed("in", "a", "an", "the", "of", "from", "by", "with", "at", "and",
            "und", "von", "bei", "an", "to", "for", "mit", "wie", "such", "including");

    /** "80 Acres Farms": a short number opening the name, after a preposition or an article (not "raised 80 Acme …"); else i. */
    /** "Harlow & Pine Kitchens, a Leeds-based chain": a capitalised name word and an ampersand before open the name. */
    private static int ampersandBefore(DocumentTokens d, int i, boolean[] covered) {
        if (i < 2 || !d.sameSentence(i - 2, i) || !d.get(i - 1).is("&") || covered[i - 2] || covered[i - 1]) return i;
        Token w = d.get(i - 2);
        // Not a common noun ("Racks & Cabinets, a product line").
        return w.word() && w.capitalised() && Cues.nameLike(w) && !Cues.is(w, Cues.F_DETERMINER | Cues.F_ROLE)
                && !EnglishWords.contains(d.lower(i - 2)) && !EnglishWords.contains(d.lower(i)) ? i - 2 : i;
    }

    private static int numberBefore(DocumentTokens d, int i, boolean[] covered) {
        if (i < 2 || !d.sameSentence(i - 2, i) || covered[i - 1] || d.get(i).gap() != Token.Gap.SPACE) return i;
        String n = d.get(i - 1).text();
        if (n.length() > 3 || !n.chars().allMatch(Character::isDigit)) return i;
        return BEFORE_NUMBERED_NAME.contains(d.lower(i - 2)) ? i - 1 : i;
    }


    /** A trade or public body's last word among the next three capitalised words after token i ("the British Retail Consortium"). */
    private static boolean bodySuffixAhead(DocumentTokens d, int i) {
        for (int k = i + 1; k <= i + 3 && k < d.size() && d.sameSentence(i, k) && d.get(k).capitalised(); k++) {
            if (Cues.PUBLIC_BODY_WORDS.contains(d.lower(k))) return true;
        }
        return false;
    }

    // "Kansas State University", "Ohio State University": a state school.
    private static final Set<String> INNER_COMMON = Cues.hashed("tech", "data", "state");

    // "der Ernst Klett Verlag", "die Robert Bosch Stiftung": houses named after their founder's full name.
    // "the Scott Trust, which owns the group": a trust too.
    // "vom Anton Proksch Institut", "the Alan Turing Institute": institutes are named after people too.
    private static final Set<String> FOUNDATIONS = Cues.hashed("stiftung", "foundation", "verlag", "trust", "institut", "institute");

    /** Words that make a given name before them a firm's, though alone they end no name ("Clean Energy" is none). */
    private static final Set<String> FIRM_WORDS_AFTER_GIVEN = Cues.hashed("energy");

    /**
     * "Jimmy Energy, geführt von …": a given name and a firm's word, no further name word after them, name a firm, not a
     * person.
     */
    static boolean givenNameFirm(DocumentTokens d, int i, boolean[] covered) {
        if (i + 1 >= d.size() || !d.get(i).capitalised() || !d.is(i, Cues.F_GIVEN) || !d.sameSentence(i, i + 1) || covered[i + 1]) return false;
        Token w = d.get(i + 1);
        if (w.gap() != Token.Gap.SPACE || !w.capitalised() || !FIRM_WORDS_AFTER_GIVEN.contains(w.lower())) return false;
        return i + 2 >= d.size() || !d.sameSentence(i, i + 2) || !d.get(i + 2).capitalised() || !d.get(i + 2).word();
    }

    /** Suffixes of firms that are often named after a person or with a given name: "Sophia Genetics", "Ava Labs". */
    private static final Set<String> FIRM_AFTER_GIVEN = Cues.hashed("genetics", "genomics", "biotech", "therapeutics", "biosciences",
            "pharmaceuticals", "labs", "robotics", "technologies", "analytics", "photonics", "energy");

    /**
     * "Hector Stiftung", "Klaus-Tschira-Stiftung", "Robert Bosch Foundation": foundations are named after people; so are
     * firms whose given name is followed right away by a life-science or technology suffix ("Sophia Genetics").
     */
    private static boolean foundationAhead(DocumentTokens d, int i) {
        if (i + 1 < d.size() && d.sameSentence(i, i + 1) && d.get(i + 1).gap() == Token.Gap.SPACE && d.get(i + 1).capitalised()
                && FIRM_AFTER_GIVEN.contains(d.lower(i + 1))) return true;
        for (int k = i + 1; k <= i + 3 && k < d.size() && d.sameSentence(i, k); k++) {
            Token t = d.get(k);
            if (!t.word() || t.gap() != Token.Gap.SPACE && t.gap() != Token.Gap.HYPHEN || !t.capitalised()) return false;
            if (FOUNDATIONS.contains(t.lower())) return true;
        }
        return false;
    }

    /** Token k is a capitalised legal form ("AG", "GmbH", "Inc.") after a space. */
    private static boolean legalFormAt(DocumentTokens d, int k) {
        return k < d.size() && d.get(k).gap() == Token.Gap.SPACE && LEGAL_FORMS.contains(d.lower(k))
                && Character.isUpperCase(d.get(k).text().charAt(0));
    }

    /**
     * "Kestrel Daten Systeme GmbH": the name word is followed by two capitalised common words and a legal
     * form. A name-like second word means the name starts there ("Meanwhile Coldstream Systems Corp."),
     * and a describing noun is no part of a name ("des Kölner Softwarehauses Datenwerk GmbH").
     */
    private static boolean twoCommonWordsBeforeLegalForm(DocumentTokens d, int i) {
        if (i + 3 >= d.size() || !legalFormAt(d, i + 3)) return false;
        for (int k = i + 1; k <= i + 2; k++) {
            Token t = d.get(k);
            if (!t.word() || !t.capitalised() || t.gap() != Token.Gap.SPACE || Cues.nameLike(t) || descriptorNoun(t)) return false;
        }
        return true;
    }

    /** Token k is an ampersand before a capitalised name word no earlier finder took. */
    private static boolean ampersandJoins(DocumentTokens d, int k, boolean[] covered) {
        if (!d.get(k).is("&") || k + 1 >= d.size() || !d.sameSentence(k, k + 1) || covered[k + 1]) return false;
        Token next = d.get(k + 1);
        return next.capitalised() && next.gap() == Token.Gap.SPACE && Cues.nameLike(next);
    }

    /** The endings of a partnership's name after its ampersand: "Lessing & Co.", "William Grant & Sons", "X & Partner". */
    static final Set<String> AMPERSAND_ENDINGS = Cues.hashed("partner", "partners", "co", "cie", "sons", "söhne", "associates");
    private static final Set<String> LEGAL_FORMS = Cues.hashed("ag", "gmbh", "se", "inc", "inc.", "corp", "corp.", "ltd", "ltd.",
            "llc", "plc", "kg", "kgaa", "nv", "bv", "sa", "sas", "spa", "ab", "aps", "oy");

    /** Endings of German descriptive nouns before a name ("des Kölner Softwarehauses Datenwerk GmbH"). */
    private static final String[] DESCRIPTOR_ENDINGS = {"haus", "hauses", "konzern", "konzerns", "firma", "unternehmen",
        "unternehmens", "hersteller", "herstellers", "anbieter", "anbieters", "entwickler", "entwicklers", "gesellschaft",
        "dienstleister", "dienstleisters", "zulieferer", "zulieferers", "händler", "händlers", "versicherer", "versicherers",
        "spezialist", "spezialisten", "startup", "startups", "start-ups", "ausrüster", "ausrüsters", "boutique", "verwaltung",
        "betreiber", "betreibers", "kanzlei", "kanzleien", "fonds", "geldgeber", "investor", "insurtech", "insurtechs",
        "fintech", "fintechs",
        // "vom Seouler Marktforscher Hangang Semiconductor Insights": a researcher of markets, a house or a person.
        "forscher", "forschers",
        // "der Pilotkunde Brabant Vision Systems": a customer or supplier described before its name.
        "kunde", "kunden", "lieferant", "lieferanten", "kapitalgeber",
        // "Die Tierarztkette CVS Group", "der Drogeriekette dm": a chain described before its name.
        "kette",
        // "Der niederländische Elektrobusbauer Ebusco", "des Autobauers BMW": makers by their product ("-bauer" alone is a surname).
        "busbauer", "busbauers", "autobauer", "autobauers", "maschinenbauer", "maschinenbauers", "anlagenbauer", "anlagenbauers",
        "fahrzeugbauer", "fahrzeugbauers", "turbinenbauer", "turbinenbauers", "roboterbauer", "roboterbauers", "motorenbauer",
        "motorenbauers", "flugzeugbauer", "flugzeugbauers",
        // "der Bildungsverlag Ernst Klett", "des Fachverlags Springer Nature".
        "verlag", "verlags",
        // "die Familienholding Strabel Holding", "vom Branchendienst Baudata Insights".
        "holding", "dienst", "dienstes",
        // "der Bürgerrechtsorganisation Freiraum Digital", "von der Privatbank Weserkontor".
        "organisation", "organisationen", "privatbank", "investmentbank", "förderbank", "geschäftsbank", "regionalbank",
        "digitalbank",
        // "der Risikokapitalarm UCB Ventures", "die Unternehmensberatung X".
        "kapitalarm", "beteiligungsarm", "investmentarm", "beratung",
        // "den Erzrivalen Cadence Design Systems", "seiner Klebstoffsparte Henkel Adhesive Technologies".
        "rivale", "rivalen", "sparte",
        // "bei der Netztochter Westnetz", "die Digitaltochter Nexplore".
        "tochter",
        // "der Privatsender Radio Nordwelle", "des Regionalsenders Radio Kraków": broadcasters.
        "sender", "senders",
        // "der Schauspielergewerkschaft Equity", "die Gewerkschaft Verdi": unions.
        "gewerkschaft",
        // "Die Mälzerei Weyermann", "der Brauerei Paulaner", "die Werft Meyer": workshops and yards of a trade.
        "brauerei", "brauereien", "mälzerei", "gerberei", "druckerei", "reederei", "molkerei", "käserei", "brennerei", "kellerei",
        "großbäckerei", "werft", "werften"};

    /** Whole words that describe the company named after them ("der Geldgeber Lumora Ventures", "das Insurtech X"). */
    private static final Set<String> DESCRIPTOR_WORDS = Cues.hashed("geldgeber", "insurtech", "insurtechs", "fintech", "fintechs",
            "startup", "start-up", "konzern", "fonds", "finanzinvestor", "privatbank",
            // "von der Beratung Rheinkontor Research", "den Spezialisten BETA CAE Systems" (a person is "der Spezialist").
            "beratung", "spezialisten",
            // "über die Beteiligung Formula Systems", "nach der Übernahme Kestrel Robotics".
            "beteiligung", "übernahme", "tochterfirma",
            // "wie schnell ein europäischer Anbieter Kapital einsammeln kann": a bare kind of company before a suffix word.
            "anbieter", "hersteller", "betreiber", "zulieferer", "dienstleister",
            // "des Anbieters Prüfwerk Analytics": their genitives.
            "anbieters", "herstellers", "betreibers", "zulieferers", "dienstleisters");

    /**
     * A capitalised German noun that describes the company named after it, never part of its name: a descriptor noun,
     * or one of the descriptor heads standing alone ("der Pekinger Hersteller").
     */
    private static final String[] ADJECTIVE_ENDINGS = {"ische", "ischen", "sche", "schen"};
    // "der Mitteldeutsche Beteiligungsfonds": a public fund is named like a bank.
    private static final String[] BANK_HEADS = {"bank", "sparkasse", "börse", "fonds"};

    /** The word ends in one of the endings with at least {@code before} letters before it. */
    private static boolean endsWithAny(String word, String[] endings, int before) {
        for (String e : endings) if (word.endsWith(e) && word.length() >= e.length() + before) return true;
        return false;
    }

    /** A capitalised adjective ("Hanseatischen") not opening the sentence, then one word ending in a bank's head, then no name word. */
    private static boolean adjectiveBank(DocumentTokens d, int i, boolean[] covered) {
        Token t = d.get(i);
        if (!"de".equals(d.doc().document().lang()) || !t.capitalised() || t.length() < 7 || i == 0 || !d.sameSentence(i - 1, i)
                || i + 1 >= d.size() || !d.sameSentence(i, i + 1) || covered[i + 1]) return false;
        String l = t.lower(), n = d.lower(i + 1);
        if (!d.get(i - 1).word() || !endsWithAny(l, ADJECTIVE_ENDINGS, 0)) return false;
        Token next = d.get(i + 1);
        if (next.gap() != Token.Gap.SPACE || !next.capitalised() || !endsWithAny(n, BANK_HEADS, 3)) return false;
        // "der Norwegische Staatsfonds": a country's wealth fund is described, not named, this way.
        if (n.endsWith("staatsfonds")) return false;
        // "der Hamburger Privatbank Kessler & Voss": a name after the bank's noun is the bank's own.
        return i + 2 >= d.size() || !d.sameSentence(i, i + 2) || !d.get(i + 2).capitalised() || d.get(i + 2).gap() != Token.Gap.SPACE;
    }

    static boolean companyNoun(Token t) {
        if (descriptorNoun(t)) return true;
        if (!t.capitalised()) return false;
        for (String e : DESCRIPTOR_ENDINGS) if (t.lower().equals(e)) return true;
        return false;
    }

    static boolean descriptorNoun(Token t) {
        if (t.capitalised() && t.gap() != Token.Gap.HYPHEN && DESCRIPTOR_WORDS.contains(t.lower())) return true;
        if (t.length() < 7 && t.gap() != Token.Gap.HYPHEN || !t.capitalised()) return false;
        String l = t.lower();
        boolean head = t.gap() == Token.Gap.HYPHEN; // "Autochip-Spezialisten": the part after the hyphen is the head
        for (String e : DESCRIPTOR_ENDINGS) if (l.endsWith(e) && (l.length() > e.length() || head)) return true;
        return false;
    }

    /**
     * "eines Berichts des Leerverkäufers Hindenburg Research": a German noun in the genitive after "des"/"eines" describes
     * the name that follows it (names after the article rarely end in "-ers" or "-ors").
     */
    private static boolean genitiveNounAfterArticle(DocumentTokens d, int i) {
        if (i == 0 || !d.sameSentence(i - 1, i)) return false;
        String article = d.lower(i - 1), l = d.lower(i);
        return (article.equals("des") || article.equals("eines")) && l.length() >= 7 && (l.endsWith("ers") || l.endsWith("ors"));
    }

    /** Lower-case company nouns after "X AI" that make it an attribute: "the Heidelberg AI start-up". */
    private static final Set<String> AI_ATTRIBUTIVE_HEADS = Set.of("startup", "startups", "company",
            "companies", "firm", "firms", "lab", "labs", "group", "groups", "developer", "developers", "champion", "champions");

    /** "AI" at k is followed by a lower-case company noun ("start-up" is two tokens, glued by a hyphen). */
    private static boolean attributiveAi(DocumentTokens d, int k) {
        if (k + 1 >= d.size() || !d.sameSentence(k, k + 1) || d.get(k + 1).gap() != Token.Gap.SPACE) return false;
        String next = d.get(k + 1).text();
        if (AI_ATTRIBUTIVE_HEADS.contains(next)) return true;
        return next.equals("start") && k + 2 < d.size() && d.get(k + 2).gap() == Token.Gap.HYPHEN
                && (d.get(k + 2).text().equals("up") || d.get(k + 2).text().equals("ups"));
    }

    /** "e.V." (eingetragener Verein), the one legal form written with a small letter first. */
    private static boolean registeredSociety(Token t) {
        return t.lower().equals("e.v");
    }

    /**
     * The name's end taken over the legal suffixes that follow it: "Sakana AI" after "das Start-up",
     * "Acme Holding AG". Returns {@code end} unchanged when none follows (or end is -1).
     */
    private static int suffixRun(DocumentTokens d, int end, boolean[] covered) {
        if (end < 0) return end;
        while (end + 1 < d.size() && d.is(end + 1, Cues.F_ORG_SUFFIX) && d.get(end + 1).gap() == Token.Gap.SPACE
                && (d.get(end + 1).capitalised() || registeredSociety(d.get(end + 1))) && !covered[end + 1] && d.sameSentence(end, end + 1)) {
            end++;
        }
        // "Kirchberg Lingua S.à r.l.": the Luxembourg form's second half is written small.
        if (end >= 0 && end + 1 < d.size() && (d.lower(end).equals("s.à") || d.lower(end).equals("s.a")) && d.lower(end + 1).equals("r.l")
                && d.get(end + 1).gap() == Token.Gap.SPACE && !covered[end + 1] && d.sameSentence(end, end + 1)) {
            end++;
        }
        // "Halvorsen Digital Infrastructure Fund III", "Ares Acquisition Corporation II": the fund's or vehicle's number
        // ("I" only after a fund: elsewhere it is the English pronoun).
        if (end >= 0 && end + 1 < d.size() && !covered[end + 1] && d.sameSentence(end, end + 1) && d.get(end + 1).gap() == Token.Gap.SPACE
                && ROMAN.contains(d.get(end + 1).text()) && (d.is(end, Cues.F_ORG_SUFFIX) || LEGAL_FORMS.contains(d.lower(end)))
                && (!d.get(end + 1).is("I") || d.lower(end).equals("fund") || d.lower(end).equals("fonds"))) {
            end++;
        }
        // "Northgate Capital Markets", "Harbor Capital Management": words that go on only after "Capital".
        if (end >= 0 && d.lower(end).equals("capital") && end + 1 < d.size() && !covered[end + 1] && d.sameSentence(end, end + 1)
                && d.get(end + 1).gap() == Token.Gap.SPACE && (d.get(end + 1).is("Markets") || d.get(end + 1).is("Management"))) {
            end++;
        }
        return placeAfterSchool(d, end, covered);
    }

    private static final Set<String> LISTING_LINKS = Set.of("von", "vom", "bei", "beim", "für", "an", "mit", "wie", "und", "sowie",
            "oder", "als", "auch", "etwa", "hat", "ist", "legte", "legten");

    /** Exchange codes written before a symbol in brackets: "(NASDAQ: ABSI)", "(ASX: APX)", "(Xetra: SAP)". */
    /** Token end is followed by "($SYM)" or "(EXCHANGE: SYM)" in the same sentence. */
    private static boolean listingInBrackets(DocumentTokens d, int end) {
        int k = end + 1;
        if (k + 3 >= d.size() || !d.get(k).is("(") || !d.sameSentence(end, k + 3)) return false;
        // "($ABSI)"; "($120)" is money, not a symbol.
        if (d.get(k + 1).is("$") && symbol(d.get(k + 2)) && !Character.isDigit(d.get(k + 2).text().charAt(0)) && d.get(k + 3).is(")")) {
            return true;
        }
        return k + 4 < d.size() && PatternMentionFinder.EXCHANGES.contains(d.get(k + 1).text()) && d.get(k + 2).is(":")
                && symbol(d.get(k + 3)) && d.get(k + 4).is(")") && d.sameSentence(end, k + 4);
    }

    private static boolean symbol(Token t) {
        return PatternMentionFinder.SYMBOL.matcher(t.text()).matches();
    }

    private static final Set<String> ROMAN = Set.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X");

    // "Hoogendoorn Growth Management": a grower's management systems.
    private static final Set<String> MANAGEMENT_KINDS = Cues.hashed("asset", "investment", "wealth", "portfolio", "fund", "growth");

    private static boolean managementAt(DocumentTokens d, int k, boolean[] covered) {
        return k < d.size() && !covered[k] && d.get(k).is("Management") && d.get(k).gap() == Token.Gap.SPACE
                && d.sameSentence(k - 1, k);
    }

    // "the Shenzhen Institutes of Advanced Technology": the plural of a research house too.
    private static final Set<String> SCHOOLS = Cues.hashed("university", "universität", "hochschule", "institute", "institut",
            "college", "institutes");
    private static final Set<String> SCHOOL_LINKS = Cues.hashed("of", "für", "for", "in", "at");
    /** German adjectives of a school's kind, part of its name: "Technische Hochschule", "Freie Universität". */
    private static final Set<String> SCHOOL_KINDS_DE = Cues.hashed("technische", "technischen", "freie", "freien", "katholische",
            "katholischen", "evangelische", "evangelischen", "pädagogische", "pädagogischen", "medizinische", "medizinischen",
            "tierärztliche", "tierärztlichen", "private", "privaten", "staatliche", "staatlichen");

    /** "Quellberg-Institut für Werkzeugmaschinen", "Max-Planck-Institut für X": the names glued to a school's head open it. */
    private static int namedPrefixStart(DocumentTokens d, int head, boolean[] covered) {
        int start = head;
        // "Georg-August-Universität Göttingen": a common word (a month) glued between two name parts is one of them.
        while (start > 0 && d.get(start).gap() == Token.Gap.HYPHEN && !covered[start - 1] && d.get(start - 1).word()
                && d.get(start - 1).capitalised() && (Cues.nameLike(d.get(start - 1)) || d.get(start - 1).gap() == Token.Gap.HYPHEN
                    && start >= 2 && !covered[start - 2] && d.get(start - 2).word() && d.get(start - 2).capitalised())
                && !descriptorNoun(d.get(start - 1))) {
            start--;
        }
        // "Johannes Gutenberg-Universität Mainz": a given name before the glued name is the namesake's first name.
        if (start < head && start > 0 && d.get(start).gap() == Token.Gap.SPACE && !covered[start - 1] && d.sameSentence(start - 1, start)
                && Cues.is(d.get(start - 1), Cues.F_GIVEN) && d.get(start - 1).capitalised()) {
            start--;
        }
        return start;
    }

    /** A school's or institute's head word ("Institut", "University"), which a known name may open with a hyphen. */
    static boolean schoolHead(Token t) {
        return SCHOOLS.contains(t.lower());
    }

    /**
     * "Technischen Universität Kaiserslautern", "University of Edinburgh", "Institut für Informatik": a
     * school's name goes on with its town or field, one or two capitalised words.
     */
    private static int placeAfterSchool(DocumentTokens d, int end, boolean[] covered) {
        if (!SCHOOLS.contains(d.lower(end))) return end;
        int k = end + 1;
        if (k < d.size() && SCHOOL_LINKS.contains(d.lower(k)) && d.sameSentence(end, k)) {
            // "McGill University in Montreal": a school named before its noun is placed by "in"/"at", not named by it.
            boolean named = end > 0 && d.sameSentence(end - 1, end) && d.get(end - 1).word() && d.get(end - 1).capitalised()
                    && !Cues.is(d.get(end - 1), Cues.F_DETERMINER);
            if (named && (d.lower(k).equals("in") || d.lower(k).equals("at"))) return end;
            k++;
        }
        int last = end;
        for (int n = 0; n < 3 && k < d.size() && d.sameSentence(end, k); n++, k++) {
            Token t = d.get(k);
            // "Institute of Advanced Technology", "University of Science and Technology": a field closes the name.
            boolean field = t.capitalised() && SCHOOL_FIELDS.contains(t.lower()) && !covered[k] && t.gap() == Token.Gap.SPACE;
            if (!field && (covered[k] || !t.word() || t.gap() != Token.Gap.SPACE || !t.capitalised() || !Cues.nameLike(t)
                    || Cues.is(t, Cues.F_ROLE | Cues.F_ORG_CUE_NOUN) || n == 2)) break;
            last = k;
            if (field) break;
        }
        return last;
    }

    /** Fields that close a school's or institute's name after "of": "… of Advanced Technology", "… of Science". */
    private static final Set<String> SCHOOL_FIELDS = Cues.hashed("technology", "science", "sciences", "engineering", "medicine",
            "research", "economics", "management", "design", "arts");

    /** "the company's Advancing AI event": an event named with AI. */
    private static final Set<String> EVENT_NOUNS = Cues.hashed("event", "conference", "summit", "keynote", "day", "days",
            "show", "expo", "konferenz", "veranstaltung", "gipfel");
    /** Possessives that point back to a company named before: what follows is its product or event. */
    private static final Set<String> OWNER_WORDS = Set.of("company's", "firm's", "group's", "its", "their", "konzerns");

    /** Nouns that make "X AI" before them a product: "Azure AI Foundry", "Vertex AI Studio". */
    private static final Set<String> PRODUCT_NOUNS = Cues.hashed("foundry", "studio", "platform", "cloud", "search",
            "assistant", "agent", "agents", "builder", "hub", "service", "services", "suite", "workbench", "toolkit");

    /**
     * "X AI" at tokens from..ai names a company's product, not a company: a product noun follows
     * ("Azure AI Foundry"), or a company's possessive comes right before ("Googles Vertex AI",
     * "Google's Vertex AI").
     */
    private static boolean productOf(DocumentTokens d, int from, int ai, boolean[] covered) {
        Token next = d.wordNear(ai + 1, ai);
        boolean productNoun = next != null && next.gap() == Token.Gap.SPACE && PRODUCT_NOUNS.contains(next.lower());
        if (productNoun && next.capitalised() || next != null && next.gap() == Token.Gap.SPACE && EVENT_NOUNS.contains(next.lower())) {
            return true;
        }
        if (from == 0 || !d.sameSentence(from - 1, from)) return false;
        Token before = d.get(from - 1);
        // "den Assistenten CCH Axcess Expert AI", "KI-Agenten namens Zora AI", "an agent called Tally AI": the assistant's name.
        if (ModelNounFinder.assistantNoun(d.get(from)) || assistantNamed(d, from)) return true;
        // "through the Vertex AI platform": a determiner, the name, a product noun.
        if (productNoun && Cues.is(before, Cues.F_DETERMINER)) return true;
        if (before.possessive() && OWNER_WORDS.contains(before.lower().replace("’", "'"))) return true;
        // The German genitive has no apostrophe: a found name glued to an "s" ("Googles").
        return covered[from - 1] && (before.possessive() || before.lower().endsWith("s"));
    }

    /** An assistant noun (and a naming word) before the name at from, over at most two capitalised words between. */
    private static boolean assistantNamed(DocumentTokens d, int from) {
        for (int b = from - 1; b >= Math.max(0, from - 3) && d.sameSentence(b, from); b--) {
            Token t = d.get(b);
            Token noun = Cues.NAMING_WORDS.contains(t.lower()) && b >= 1 && d.sameSentence(b - 1, from) ? d.get(b - 1) : t;
            if (ModelNounFinder.assistantNoun(noun)) return true;
            if (!t.word() || !t.capitalised() || t.gap() != Token.Gap.SPACE) return false;
        }
        return false;
    }

    /**
     * Token i is in a title's capitalised run: "Minister for Digital Development and Information" (a role word, "for" or
     * "of", then capitalised words and connectors).
     */
    private static boolean inOfficeTitle(DocumentTokens d, int i) {
        int k = i;
        while (k > 0 && d.sameSentence(k - 1, i) && d.get(k - 1).word() && (d.get(k - 1).capitalised()
                || IN_NAME_CONNECTORS.contains(d.lower(k - 1))) && !Cues.is(d.get(k - 1), Cues.F_ROLE)) {
            k--;
        }
        if (Cues.is(d.get(k), Cues.F_ROLE) || k >= 1 && d.sameSentence(k - 1, i) && Cues.is(d.get(k - 1), Cues.F_ROLE)
                && IN_NAME_CONNECTORS.contains(d.lower(k))) {
            return true;
        }
        return k >= 2 && d.sameSentence(k - 2, i) && Cues.is(d.get(k - 2), Cues.F_ROLE)
                && (d.get(k - 1).is("for") || d.get(k - 1).is("of") || d.get(k - 1).is("für"));
    }

    /** "Wall Street Journal", "Science and Technology Daily": a capitalised run ending in a media noun. */
    private static int mediaName(DocumentTokens d, int i, boolean[] covered) {
        int words = 1;
        boolean german = "de".equals(d.doc().document().lang());
        if (german && genitiveTradeNoun(d.get(i))) return -1;
        // "der kleinere Kurier Lanxin Express": after an article and an adjective the media noun is the common noun.
        if (german && Cues.is(d.get(i), Cues.F_MEDIA_NOUN) && i >= 2 && d.sameSentence(i - 2, i) && inflectedAdjective(d.get(i - 1))
                && Cues.is(d.get(i - 2), Cues.F_DETERMINER)) {
            return -1;
        }
        for (int k = i + 1; k < d.size() && d.sameSentence(i, k) && k <= i + 5; k++) {
            Token t = d.get(k);
            if (!t.word() || covered[k] || t.gap() != Token.Gap.SPACE) return -1;
            // "des Brüsseler Badausstatters Ideal Standard": a trade's genitive describes the company; no paper's name holds one.
            if (german && genitiveTradeNoun(t)) return -1;
            if (IN_NAME_CONNECTORS.contains(t.lower())) {
                if (k + 1 >= d.size() || !Cues.nameLike(d.get(k + 1))) return -1;
                continue;
            }
            if (!Character.isUpperCase(t.text().charAt(0))) return -1;
            words++;
            if (Cues.is(t, Cues.F_MEDIA_NOUN) && words >= 2) {
                Token after = d.wordNear(k + 1, k);
                if (after != null && after.gap() == Token.Gap.SPACE && Character.isUpperCase(after.text().charAt(0))
                        && Cues.is(after, Cues.F_MEDIA_NOUN)) {
                    continue;
                }
                // "Chief Digital and Information Officer der UBS": a person's title, not a paper's name.
                if (after != null && after.gap() == Token.Gap.SPACE && Cues.is(after, Cues.F_ROLE)) return -1;
                return k;
            }
        }
        return -1;
    }

    /** A lower-case German adjective with a case ending: "kleinere", "neuen", "großer". */
    private static boolean inflectedAdjective(Token t) {
        String l = t.text();
        return t.word() && Character.isLowerCase(l.charAt(0)) && l.length() > 3 && Cues.germanCaseEnding(l);
    }

    private static boolean genitiveTradeNoun(Token t) {
        return t.length() >= 8 && t.lower().endsWith("ers");
    }

    /** "Curai-CEO", "Acme-Gründerin": a company name glued to an executive role. */
    private static boolean execCompound(DocumentTokens d, int i) {
        if (i + 1 >= d.size()) return false;
        Token next = d.get(i + 1);
        Token t = d.get(i);
        return next.gap() == Token.Gap.HYPHEN && EXEC_ROLES.contains(next.lower()) && t.length() >= 3
                && !Cues.is(t, Cues.F_GIVEN | Cues.F_NOT_NAME) && !POST_PREFIXES.contains(t.lower())
                && (i == 0 || d.get(i).gap() != Token.Gap.HYPHEN);
    }

    /**
     * "Die Hamburger Online-Lotterievermittlerin, eine Tochter der …": a German noun of a woman's trade (-erin) describes the
     * company, it is no name.
     */
    private static boolean germanAgentNoun(DocumentTokens d, Token t) {
        String l = t.lower();
        return t.length() > 6 && (l.endsWith("erin") || l.endsWith("erinnen")) && "de".equals(d.doc().document().lang());
    }

    /** "Interims-Chef", "Finanz-Chef", "Vertriebs-Chefin": words that say which post, not whose. */
    private static final Set<String> POST_PREFIXES = Cues.hashed("interims", "interim", "vize", "senior", "junior", "ober",
            "finanz", "technik", "technologie", "vertriebs", "marketing", "produkt", "forschungs", "entwicklungs", "strategie",
            "personal", "kommunikations", "betriebs", "digital", "ki", "it", "daten", "sicherheits", "einkaufs");

    /** "(Laut SCMP)", "(Quelle: Acme, Foo News)": each listed source is an organisation. */
    private static int sources(DocumentTokens d, int s, boolean[] covered, List<Mention> out) {
        int last = -1;
        int k = s;
        while (k < d.size() && d.sameSentence(s, k)) {
            int end = nameAfter(d, k, covered, 4);
            if (end >= k && !d.is(k, Cues.F_GIVEN)) {
                out.add(d.mention(k, end, EntityType.ORGANIZATION, null, Method.CUE, "cue:source", ORG_CUE));
                last = end;
                k = end + 1;
            } else if (k < d.size() && covered[k]) {
                while (k < d.size() && covered[k]) k++;
            } else {
                break;
            }
            if (k < d.size() && (d.get(k).is(",") || d.get(k).is("/") || d.lower(k).equals("und") || d.lower(k).equals("and"))) {
                k++;
            } else {
                break;
            }
        }
        return last;
    }

    /** "SCMP", "TechCrunch", "36Kr": all capitals, inner capitals or digits. */
    private static boolean codeLike(Token t) {
        String s = t.text();
        int upper = 0;
        for (int i = 1; i < s.length(); i++) if (Character.isUpperCase(s.charAt(i)) || Character.isDigit(s.charAt(i))) upper++;
        return upper > 0 && s.length() >= 2;
    }
}
