package dev.aikg.annotate.relation;

import dev.aikg.annotate.relation.MentionIndex.Ref;
import dev.aikg.model.EntityType;
import dev.aikg.model.Predicate;
import dev.aikg.model.Quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Funding rounds: who put money into whom when a company raises capital. "X hat 500 Millionen Dollar
 * eingesammelt, angeführt von Y", "X raised $500 million in a round led by Y", "Y führte die
 * Finanzierungsrunde von X an", "Y led X's Series B", "Zu den Geldgebern von X zählen Y und Z",
 * "X's investors include Y", "Y participated in X's round", "X erhielt Kapital von Y". The investor
 * lists follow {@link FounderRules#orgList}; the amount is the money named between the two sides.
 */
final class FundingRules {
    private static final String[] ROUND = {"runde", "round", "series ", "serie-", "seed", "finanzierung", "funding"};
    /** Raise verbs; the English ones are also said of prices and concerns, so they need an amount. */
    private static final String[] RAISE_DE = {"eingesammelt", "sammelte", "sammelt ", "einsammeln", "erhielt", "holte", "geholt",
            "erhält", "erhalten", "bekam", "aufgenommen", "nahm"};
    private static final String[] RAISE_EN = {"raised", "raises", "raising", "secured", "secures", "closed", "landed",
            "received", "receives", "got ", "collected", "collects", "picked up", "pulled in", "took ", "takes "};
    private static final Pattern LED_BY = Pattern.compile(".*\\b(angeführt von|angeführt vom|angeführt durch|led by|co-led by|"
            + "unter (der )?führung von|unter (der )?leitung von|angeführt (wird|wurde|werde) (die|sie) ([\\p{L}-]*runde )?(von|vom)|"
            + "(the|this) ([\\p{L}-]+ )?(round|sale|investment|financing|raise|placement) (is|was) (being )?(co-)?led by)\\s+((the|der|die|dem|den|des)\\s+)?"
            + "((japanischen|chinesischen|amerikanischen|us-|britischen|französischen|deutschen|japanese|chinese|american|"
            + "british|french|german|saudi|saudischen)\\s*)?"
            // "angeführt von dem Hamburger Fonds Y": a city adjective before the description; "led by London-based Y".
            // "led by Copenhagen's Kattegat Capital": a place's possessive too.
            + "(\\p{L}+er\\s+|[\\p{L}-]+-based\\s+|\\p{Lu}?\\p{L}+('s|’s)\\s+)?"
            // "led by the London venture firm Y", "the Tokyo hedge fund Y", "the Swedish venture firm Y": up to three words
            // of place and kind before the description's noun.
            + "((([\\p{L}-]+\\s+){0,3}?[\\p{L}-]*(investor|investors|investoren|fonds|fund|firm|firma|investmentfirma|kapitalgeber|"
            // "angeführt von der Zuger Beteiligungsgesellschaft Alpenfirst Capital": a holding company.
            + "risikokapitalgeber|wagniskapitalgeber|capital firm|vc-firma|vc firm|beteiligungsgesellschaft|investmentgesellschaft)(n|s)?)\\s+)?$");
    /** "in einer von Y angeführten Runde", "a Y-led round". */
    private static final Pattern LED_AFTER = Pattern.compile("(\\s+angeführten\\s+([\\p{L}-]*runde|investitionsrunde)|-led\\s+"
            + "([\\p{L}$€.,\\d-]+\\s+){0,3}(round|funding|investment))\\b.*");
    private static final Pattern LEADS_ROUND = Pattern.compile("\\s+"
            // "Y on Monday led a seed round in X", "Y in July led …": a day or month between the investor and its verb.
            // "Y had led a round in X": an English auxiliary before the verb.
            + "((on|in|last|this)\\s+\\p{L}+\\s+)?(also\\s+)?((has|have|had)\\s+(also\\s+)?(?=(led|co-led|headed)\\s))?(führte|führt|führten|führen|hat|hatte|haben|hatten|leads|led|"
            + "co-led|is leading|was leading|are leading|were leading|headed|anführte|anführt|anführten)\\s+(auch\\s+|also\\s+|bereits\\s+)?((die|the|a|an|eine|den|einer)\\s+)?"
            // "a 6.5 billion yen Series B round in X": the round's noun after its series.
            + "([\\p{L}$€.,\\d-]+\\s+){0,4}?(finanzierungsrunde|runde|investitionsrunde|round|funding round|series [a-f] round|series [a-f]|"
            // "führt eine Finanzierungsrunde über 500 Millionen Dollar bei X an": the amount after the round.
            + "serie-[a-f]-runde|series-[a-f]-runde|seed-runde|seed round)\\s+((über|in höhe von|of|worth)\\s+([\\p{L}$€.,\\d-]+\\s+){1,4}?)?"
            + "(von|des|bei|für|in|of|for|at|into)\\s+"
            + "((dem|der|the)\\s+)?(([\\p{L}-]*(start-ups?|startups?|unternehmens?|company|firm|firma))\\s+)?");
    private static final Pattern LEADS_POSSESSIVE = Pattern.compile("\\s+((had|has|have)\\s+)?(led|leads|lead|headed|co-led|co-lead|is leading|are leading)\\s+(the\\s+)?");
    private static final Pattern ROUND_AFTER_POSSESSIVE = Pattern.compile("('s|s|')\\s+([\\p{L}$€.,\\d-]+\\s+){0,3}?"
            // "PSP had led Cohere's previous raise".
            + "(series [a-f]|funding|round|seed|investment round|financing|raise|fundraise|fundraising)\\b.*");
    /** "zu den (frühen) Geldgebern": the German phrase that opens a list of a company's investors. */
    /** German nouns for a company's backers in the dative plural, the case "zu den …" and "zu Xs …" take. */
    private static final String INVESTOR_NOUNS_DATIVE = "(geldgebern|investoren|kapitalgebern|anteilseignern|unterstützern|aktionären|"
            + "financiers|großaktionären|großinvestoren|ankerinvestoren)";
    private static final String INCLUDE_NOUN = ".*\\bzu den ([\\p{L}-]+\\s+)?" + INVESTOR_NOUNS_DATIVE + "\\s+";
    private static final Pattern INCLUDE_BEFORE = Pattern.compile(INCLUDE_NOUN + "(von|des|der|bei)\\s+"
            + "((dem|der|des)\\s+)?([\\p{L}-]*(start-ups?|unternehmens|konzerns|firma)\\s+)?$");
    private static final Pattern INCLUDE_BEFORE_GENITIVE = Pattern.compile(INCLUDE_NOUN + "$");
    private static final Pattern INVESTOR_NOUN_AFTER_GENITIVE = Pattern.compile("\\s+([\\p{L}-]+\\s+)?" + INVESTOR_NOUNS_DATIVE
            + "(?=\\s)");
    private static final Pattern INCLUDE_VERB = Pattern.compile("\\s+(zählen|gehören|zählt|gehört|zählten|gehörten)\\s+"
            // "gehört der japanische Technologiekonzern SoftBank": an adjective of origin before the kind.
            + "(auch\\s+|unter anderem\\s+|etwa\\s+|bereits\\s+|neben\\s+\\S+\\s+)?((der|die|das)\\s+)?(\\p{Ll}+e[nrs]?\\s+(?=[\\p{L}-]*(geber|investor|fonds|fund|konzern|bank|firma|gesellschaft)\\s))?"
            // "gehört der US-Wagniskapitalgeber General Catalyst": the investor's kind before its name.
            // "gehören der Autobauer Toyota und der Roboterhersteller Fanuc": a company's kind too.
            + "([\\p{L}-]*(geber|investor|fonds|fund|konzern|bank|firma|gesellschaft|verwalter|bauer|hersteller|riese|"
            + "versicherer|anbieter|ausrüster|zulieferer|händler|betreiber|unternehmen|haus)\\s+)?");
    private static final Pattern INCLUDE_AUX = Pattern.compile("\\s+(hatten|hatte|haben|hat)\\s+(einst\\s+|auch\\s+|bereits\\s+|"
            + "früher\\s+|schon\\s+)?((der|die|das)\\s+)?");
    // "Qonto, whose investors include Y": the relative pronoun stands for the possessive.
    // "the European Payments Initiative (EPI), whose shareholders include Y": the name's short form in brackets first.
    private static final Pattern INCLUDE_EN = Pattern.compile("('s|s|'|(\\s*\\([^()]{1,15}\\))?,\\s*whose)\\s+((\\S+\\s+)?(investors|backers|funders|"
            + "financial backers|shareholders)|investoren|geldgeber|kapitalgeber)\\s+(include|included|includes|are|were|"
            + "such as|sind|waren|umfassen)\\s+(also\\s+|auch\\s+)?((the|der|die)\\s+)?");
    private static final Pattern INVESTORS_IN = Pattern.compile(".*\\b(investors|backers|geldgeber|investoren)\\s+(in|of|von|bei)\\s+"
            + "((the|der|dem)\\s+)?$");
    /** "Zu den Geldgebern (des Start-ups) zählen die Wagniskapitalfirmen Y und Z", "Weitere Geldgeber sind Y und Z". */
    private static final Pattern NAMELESS_INCLUDE = Pattern.compile("\\s*(zu den ([\\p{L}-]+\\s+)?(geldgebern|investoren|"
            + "kapitalgebern|anteilseignern|unterstützern)\\s+((des|der|von)\\s+([\\p{L}-]+\\s+)?(start-ups?|startups?|"
            + "unternehmens|konzerns|firma|labors|entwicklers|anbieters|ki-start-ups?)\\s+)?(zählen|gehören|zählten|gehörten|zählt|gehört|zählte|gehörte)"
            + "|(weitere|andere|other|further|additional|neue|new)\\s+(geldgeber|investoren|investors|backers|kapitalgeber|"
            + "participants|teilnehmer)"
            + "\\s+(sind|waren|include|included|are|were)"
            // "Existing backers Amazon and Google did not say…": the investor noun as the names' title.
            + "|(existing|current|early|longtime|new|bisherige|bestehende|langjährige|frühe|neue)\\s+(investors|backers|geldgeber|investoren|kapitalgeber)"
            // "Mit dabei sind außerdem Y und Z", "Investiert haben unter anderem Y und Z".
            + "|mit dabei (sind|waren|ist|war)|investiert (haben|hatten)"
            // "Neu im Kreis der Geldgeber sind der Chipkonzern Y und der Staatsfonds Z".
            + "|(neu )?im kreis der ([\\p{L}-]+\\s+)?(geldgeber|investoren|gesellschafter|anteilseigner|kapitalgeber) (ist|sind|war|waren)"
            // "Its cornerstone investors included Y".
            + "|((its|their|seine|ihre|dessen|deren)\\s+([\\p{L}-]+\\s+)?)?(investors|backers|"
            + "geldgeber|investoren|kapitalgeber) (include|included|includes|are|were|sind|waren|umfassen))"
            + "\\s+(auch\\s+|also\\s+|außerdem\\s+|ebenfalls\\s+|unter anderem\\s+|etwa\\s+|u\\. a\\.\\s+)?((der|die|das|the)\\s+)?"
            + "([\\p{L}-]*(firmen|fonds|investoren|konzerne|unternehmen|gesellschaften|geldgeber|firms|funds|companies)\\s+)?"
            // "Singapore's sovereign wealth fund Y", "der Chipkonzern Y": a description of the first name.
            + "(([\\p{L}-]+('s|’s)\\s+)?([\\p{L}-]+\\s+){0,3}?[\\p{L}-]*(fund|fonds|firm|firma|group|gruppe|konzern|investor|bank|manager|"
            + "gesellschaft|verwalter|kapitalgeber|geldgeber)\\s+)?");
    // Only "finanziert": "unterstützt" may be a partner's help, not money.
    private static final Pattern FRONTED_FINANCED = Pattern.compile("\\s*finanziert\\s+(wird|werden|wurde|wurden)\\s+$");
    private static final Pattern FINANCED_BY = Pattern.compile("\\s+((unter anderem|vor allem|u\\. a\\.|bislang|bisher|seit \\d{4})\\s+)?"
            + "(von|vom)\\s+((der|dem|den)\\s+)?([\\p{L}-]*(fonds|investor|geldgeber|kapitalgeber)\\s+)?");

    /** "Finanziert wird Lelapa unter anderem von Mozilla Ventures und Atlantica Ventures": the participle, the company, its backers. */
    private void frontedFinanced(SentenceView v, RelationSink sink) {
        for (Ref x : v.of(EntityType.ORGANIZATION)) {
            if (!FRONTED_FINANCED.matcher(v.gap(v.sentence.start(), x.start())).matches()) continue;
            Ref y = nextInvestor(v, x);
            if (y == null || !FINANCED_BY.matcher(v.gap(x.end(), y.start())).matches()) return;
            for (Ref i : FounderRules.orgList(v, y)) add(v, i, x, null, "invest.fronted-financed", 0.7, sink);
            return;
        }
    }

    /** "Y, whose chips fill X, is among its investors", "Y gehört zu seinen Geldgebern". */
    private static final Pattern AMONG_ITS = Pattern.compile("(,[^,;]{1,70},)?\\s+(is|are|was|were|gehört|gehören|zählt|zählen|"
            + "gehörte|zählte)\\s+(also\\s+|auch\\s+|bereits\\s+)?(among|zu)\\s+(its|their|seinen|ihren)\\s+([\\p{L}-]+\\s+)?"
            + "(investors|backers|geldgebern|investoren|kapitalgebern|anteilseignern|shareholders|aktionären|financiers)\\b.*");
    private static final Set<String> PREPOSITIONS = Set.of("bei", "von", "vom", "für", "mit", "at", "for", "with", "from",
            "by", "of", "an", "in", "über", "gegen", "against", "than", "als", "wie", "like", "auf", "on", "to", "zu", "unlike");
    private static final Pattern PARTICIPATED = Pattern.compile("\\s+(also\\s+|auch\\s+)?(participated|participates|took part|"
            + "joined|beteiligte sich|beteiligten sich|beteiligt sich|beteiligen sich|nahm|nahmen)\\s+(also\\s+|auch\\s+)?(in|an)\\s+"
            + "((the|der|dem|a|an|einer)\\s+)?([\\p{L}$€.,\\d-]+\\s+){0,4}?(round|runde|finanzierungsrunde|funding|"
            + "investitionsrunde|financing)\\s+(of|for|in|von|des|bei|für|into)\\s+((the|der|dem)\\s+)?");
    private static final Pattern PARTICIPATED_POSSESSIVE = Pattern.compile("\\s+(also\\s+)?(participated|took part|joined)"
            + "\\s+(also\\s+)?(in\\s+)?");
    private static final Pattern ROUND_BEFORE = Pattern.compile(".*\\ban der ([\\p{L}-]+\\s+)?(finanzierungsrunde|runde|"
            + "investitionsrunde)\\s+(von|des|bei)\\s+((dem|der|des)\\s+)?$");
    private static final Pattern JOINED_AFTER = Pattern.compile("\\s+(beteiligten|beteiligte|beteiligen|beteiligt)\\s+sich\\s+"
            + "(auch|zudem|außerdem|ebenfalls|unter anderem)?\\s*((der|die|das)\\s+)?");
    /** The gaps are read in lower case: months, seasons, years and calendar nouns after "in", "last", "im". */
    private static final String TIME_WORDS = "january|february|march|april|may|june|july|august|september|october|november|december|"
            + "januar|februar|märz|mai|juni|juli|oktober|dezember|spring|summer|autumn|fall|winter|frühjahr|sommer|herbst|"
            + "\\d{4}|year|week|month|quarter|jahr|woche|monat|quartal";
    // "Die Rheinmolekül Therapeutics aus Köln hat …": the subject's seat may stand before the verb.
    private static final Pattern RECEIVED = Pattern.compile("(\\s+(aus|from|mit sitz in)\\s+[\\p{L}-]+)?(,\\s*(which|that|das|die|der)\\s+(\\S+\\s+)?|"
            // "Bedrock Robotics, founded by former Waymo engineer X, emerged from stealth with …": an apposition before the verb.
            + "(,\\s+(a|an|the|founded|co-founded|backed|based)\\s[^,;]{0,60},)?\\s+"
            // "Mizan Labs said this week it had raised $12 million from Y": the company reports its own round.
            + "((said|says|announced)\\s+([^,;]{0,25}?\\s+)?(that\\s+)?it\\s+)?"
            // "G42 itself received $1.5 billion from Microsoft".
            + "((itself|selbst)\\s+)?)(erhielt|erhält|bekam|bekommt|holte|holt|received|receives|got|secured|"
            // "emerged from stealth in July with $80 million from investors including Y".
            + "emerged from stealth|came out of stealth|"
            // "LawZero started with about $30 million from donors including …", "Ai2 wins $152 million from NSF".
            // "closed a $9 million seed round from Y".
            // "Binance took $2 billion in March from MGX", "Jua has collected money from the Berlin investor 468 Capital".
            + "secures|sicherte sich|raised|raises|sammelte|sammelt|hat|hatte|has|had|started with|starts with|wins|won|closed|closes|"
            + "took|takes|collected)"
            + "\\b[^;]{0,70}?"
            + "\\b(kapital|geld|finanzierung|"
            + "investitionen|investition|risikokapital|wagniskapital|funding|investment|capital|backing|finanzspritze|cash|money|"
            // "… $700 million in a private placement from Y": up to four words of how before the source, but no purpose
            // ("raised $5 million to buy chips from Nvidia").
            + "dollar|euro|millionen|milliarden|million|billion|mio\\.|mrd\\.)\\S*\\s+((?!(to|um)\\s)\\S+\\s+){0,4}?"
            // "raised 4 million pounds in September from Y": a time phrase before the source.
            + "((in|im|am|on|last|this|earlier|vergangenen|letzten)\\s+((the|der|dem)\\s+)?(" + TIME_WORDS + ")\\s+)?"
            // "sammelte … 30 Milliarden Yen ein, unter anderem von den Großbanken Y": the particle, then a hedge.
            + "(ein,?\\s+)?((unter anderem|darunter|vor allem|etwa|among others)\\s+)?"
            + "(von|vom|from|bei|by)\\s+((the|der|dem|den|des)\\s+)?"
            // "von dem Frühphasenfonds Y", "vom Hamburger Wagniskapitalgeber Y": the source's description.
            // "from the London fund Y": one word of origin before the noun.
            + "((\\p{L}+\\s+)?[\\p{L}-]*(fonds|fund|investor|kapitalgeber|geldgeber|gesellschaft|firma|firm|banken)\\s+)?"
            // "from a group of investors that included A, B and C".
            // "from investors, among them Google, Nvidia and Salesforce".
            + "(((a\\s+)?(group|consortium|syndicate)\\s+of\\s+)?(investors|investoren|geldgebern|backers|donors|spendern|funders),?\\s+"
            + "((that|which)\\s+)?(including|included|include|such as|like|wie|darunter|unter anderem|led by|among them|unter ihnen)\\s+"
            + "((the|der|die|dem|den)\\s+)?)?");
    /** "took $2 billion in March from": the sum right after the verb, at most a time phrase before the source. */
    private static final Pattern TOOK_MONEY = Pattern.compile("(?iu)\\s+(took|takes)\\s+((about|some|nearly|around|roughly|more than|another)\\s+)?"
            + "[$€£]\\s?\\d[\\d.,]*\\s*(million|billion|bn|mn|m|b)?\\s+((in|on|last|this|earlier)\\s+(\\S+\\s+){1,2})?from\\s+.*");

    /** "Im September sammelte X … ein": the raise verb before its subject. */
    private static final Pattern RAISE_VERB_BEFORE = Pattern.compile("(?s).*\\b(sammelte|sammelt|erhielt|erhält|bekam|bekommt)\\s+$");
    /** "X, das im Dezember 60 Millionen Euro von Y eingesammelt hat": the verb closes the relative clause. */
    private static final Pattern RECEIVED_RELATIVE_DE = Pattern.compile(",\\s*(das|die|der)\\s+[^;,]{0,70}?\\b(kapital|geld|"
            + "finanzierung|risikokapital|wagniskapital|dollar|euro|millionen|milliarden|mio\\.|mrd\\.)\\S*\\s+(\\S+\\s+){0,2}?"
            + "(von|vom)\\s+((der|dem|den)\\s+)?((investoren|geldgebern)\\s+(wie|darunter|unter anderem)\\s+)?");
    private static final String[] MONEY_NOUNS = {"kapital", "geld", "finanzierung", "investition", "funding", "investment",
            "capital", "backing", "finanzspritze", "money"};

    void apply(SentenceView v, RelationSink sink) {
        if (!v.hasType(EntityType.ORGANIZATION)) return;
        listedInvestors(v, sink);
        boolean round = v.hasAny(ROUND);
        if (v.hasAny("angeführt", "led by", "co-led by", "führung von", "leitung von", "-led ")) ledBy(v, round, sink);
        // "PSP had led Cohere's previous raise": a raise is a round too.
        if ((round || v.hasAny(" raise", "fundrais")) && v.hasAny("führte", "führt", "hat", "hatte", "haben", "leads", "lead ", "led ",
                "leading", "headed", "anführte")) {
            if (!leadsRound(v, sink)) ledTheRound(v, sink);
        }
        if (round && v.hasAny("führte", "führt", "leitete")) roundLedInverted(v, sink);
        if (v.hasAny("geldgeber", "investoren", "investors", "backers", "funders", "kapitalgeber", "anteilseigner",
                "unterstützern", "aktionär", "shareholders", "financiers", "participants", "teilnehmer", "mit dabei", "investiert haben",
                "investiert hatten")) investorsInclude(v, sink);
        if (v.hasAny("joined", "took part", "particip", "chipped in", "put in more", "followed", "stiegen", "zogen", "beteiligt", "invested")) {
            listJoined(v, sink);
        }
        if (v.hasAny(" wie ", "such as", " like ")) investorsSuchAs(v, sink);
        if (v.hasAny("hinter ")) behind(v, sink);
        if (round && v.hasAny("particip", "took part", "joined", "beteilig", "nahm")) {
            participated(v, sink);
            if (v.hasAny(", darunter ", ", including ", ", among them ", ", unter anderem ")) participantsNamed(v, sink);
        }
        if (round && v.hasAny("an der sich")) relativeRound(v, sink);
        if (round && v.hasAny("führte", "leitete", " led", "headed")) ledRelativeRound(v, sink);
        if (v.hasAny("zu dessen ", "zu deren ")) whoseInvestors(v, sink);
        if (v.hasAny("finanziert wird", "finanziert werden", "finanziert wurde")) {
            frontedFinanced(v, sink);
        }
        if (v.hasAny(MONEY_NOUNS) || v.hasAny(RAISE_DE) || v.hasAny(RAISE_EN) || v.hasAny("started with", "starts with", " wins ", " won ", "of stealth", "from stealth")) {
            received(v, sink);
        }
    }

    /** "X hat 500 Mio. Dollar eingesammelt, angeführt von Y", "X raised $50 million in a round led by Y and Z". */
    private void ledBy(SentenceView v, boolean round, RelationSink sink) {
        for (Ref y : v.refs) {
            if (!investorType(y)) continue;
            String before = v.gap(Math.max(v.sentence.start(), y.start() - 90), y.start());
            boolean led = LED_BY.matcher(before).matches();
            boolean ledAfter = !led && LED_AFTER.matcher(v.gap(y.end(), Math.min(v.sentence.end(), y.end() + 50))).matches()
                    && (Rx.matches(before, ".*\\bvon\\s+((der|dem|den)\\s+)?$") || Rx.matches(before, ".*\\b(a|an|the)\\s+$"));
            if (!led && !ledAfter) continue;
            List<Ref> investors = FounderRules.orgList(v, y);
            Ref target = raiserBefore(v, y, round);
            String rule = "invest.round-led-by";
            // "Angeführt wird sie von Y": the pronoun is the round told in the sentences before.
            boolean pronoun = v.hasAny("angeführt wird sie", "angeführt wurde sie", "it was led by", "it is led by");
            // "The sale was led by Y": a share sale or placement told before is a round too.
            boolean named = v.hasAny(" sale was led", " sale is led", " investment was led", " financing was led", " raise was led",
                    " placement was led");
            if (target == null && (round || named || v.hasAny(RAISE_DE) || pronoun && roundNear(v)) && (pronoun || named || v.hasAny("das start-up",
                    "the startup", "the company", "das unternehmen", "die firma", "the firm", "es ", "it ", "runde", "round"))) {
                target = roundTarget(v, sink);
                rule = "invest.round-led-by-anaphor";
            }
            // "Groq hat in einer von BlackRock angeführten Runde 640 Millionen Dollar eingesammelt", "… war auf 2,8 Milliarden
            // Dollar gekommen, in einer von BlackRock angeführten Runde": the sentence's company, its money named anywhere.
            if (target == null && ledAfter) {
                Ref first = v.first(EntityType.ORGANIZATION);
                if (first != null && first.end() <= y.start() && !investors.contains(first) && !v.typeBetween(first.end(), y.start(), EntityType.ORGANIZATION)
                        && amount(v, v.sentence.start(), v.sentence.end()) != null) {
                    target = first;
                    rule = "invest.round-led-after";
                }
            }
            if (target == null || investors.contains(target)) return;
            investors = withParticipants(v, investors);
            Quantity amount = amount(v, Math.min(target.end(), y.start()), y.start());
            for (Ref i : investors) add(v, i, target, amount, rule, target.start() < i.start() ? 0.75 : 0.6, sink);
            return;
        }
    }

    /** Raise verbs said right after the company that raised ("Lumen raised", "X sammelte"). */
    private static final String RAISED = "(raised|raises|secured|secures|closed|landed|collected|collects|sammelte|sammelt|erhielt|holte)";
    static final Pattern RAISE_RIGHT_AFTER = Pattern.compile("\\s+((has|had|have|hat|hatte|just|recently)\\s+)?" + RAISED + "\\b.*");

    /**
     * The company that raised the money: the organisation the raise verb follows directly ("…, said Tillwise raised $9
     * million in a round led by Y", with Stripe named before as the speaker's old employer); else the first organisation
     * before the investor with a raise cue in between ("Lumen, a Vantor partner, raised …").
     */
    private static Ref raiserBefore(SentenceView v, Ref y, boolean round) {
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            if (r.start() >= y.start()) break;
            if (RAISE_RIGHT_AFTER.matcher(v.gap(r.end(), Math.min(y.start(), r.end() + 30))).matches()
                    && !v.typeBetween(r.end(), y.start(), EntityType.ORGANIZATION) && amount(v, r.end(), y.start()) != null) return r;
        }
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            if (r.start() >= y.start()) return null;
            String between = v.gap(r.end(), y.start());
            boolean raise = contains(between, RAISE_DE) || contains(between, ROUND)
                    || contains(between, RAISE_EN) && amount(v, r.end(), y.start()) != null
                    // "X hatte 30 Millionen Dollar unter Führung von Y eingesammelt": the verb closes the clause.
                    || amount(v, r.end(), y.start()) != null && Rx.matches(v.gap(y.end(), Math.min(v.sentence.end(), y.end() + 40)),
                    "[^,;]*\\b(eingesammelt|eingeworben|erhalten|aufgenommen)\\b.*");
            // "Halcyon led the round, co-led by Corvid": a lead of the round, not the company that raised it.
            if (LED_THE_ROUND.matcher(between).matches()) continue;
            // "X, who spent nine years at Thales Alenia Space, said the company closed a seed round led by Y": the company
            // noun raised it; the one named is a past employer.
            if (ANAPHOR_RAISED.matcher(between).matches()) return null;
            if (raise && (!v.typeBetween(r.end(), y.start(), EntityType.PERSON) || describedSubject(v, r))) return r;
        }
        return null;
    }

    private static final Pattern ANAPHOR_RAISED = Pattern.compile("(?s).*\\b(the|das|die)\\s+(company|start-up|startup|firm|"
            + "unternehmen|firma)\\s+((had|has|hat|hatte|just|recently)\\s+)?" + RAISED + "\\b.*");
    private static final Pattern LED_THE_ROUND = Pattern.compile("\\s+(led|co-led|headed|leads|is leading|anchored|führte|führt)\\s+"
            + "(the|this|die|diese)\\s+([\\p{L}$€.,\\d-]+\\s+){0,3}?(round|funding round|financing|runde|finanzierungsrunde)"
            + "(\\s+an)?\\s*([,.;]|$).*");
    /** The lead's verb and round before the participants: "Y led the round, with Z participating". */
    private static final String LED_PHRASE = "(\\s+(led|co-led|headed|leads|anchored)\\s+(the|this)\\s+([\\p{L}$€.,\\d-]+\\s+){0,3}?"
            + "(round|funding round|financing))?"
            // "led by Fjordline Capital, an Oslo-based fund, with participation from Seedcamp": the lead's apposition.
            + "(,\\s+(a|an|the|ein|eine|einem|einer|der|die|das|dem)\\s[^,;]{1,50})?";
    private static final Pattern WITH_PARTICIPATION = Pattern.compile(LED_PHRASE + "[,;]?\\s*(with participation (from|by)|with additional participation "
            + "(from|by)|unter beteiligung (von|der|des)|mit beteiligung (von|der|des)"
            // "Angeführt wurde die Runde von Y, beteiligt war auch Z": the participants in a clause of their own.
            + "|beteiligt (ist|war|sind|waren|haben sich|hat sich)( auch| zudem| außerdem| ebenfalls)?|ebenfalls beteiligt (ist|war|sind|waren)"
            // "Y led the round, joined by Z", "angeführt von Y; außerdem steigen Z und W ein", "…, außerdem beteiligten sich Z".
            + "|joined by|(außerdem|auch|zudem|ebenfalls) (steigen|stiegen|steigt|stieg|beteiligen sich|beteiligten sich|beteiligt sich|"
            + "beteiligte sich))"
            // "with participation from the state investment bank Bpifrance": up to three words of kind before the noun.
            // "with participation from existing backer OurCrowd".
            // "with participation from Riga-based Amber Coast Ventures": the participant placed by its seat.
            + "\\s+((the|der|die|das|dem|des)\\s+)?([\\p{L}-]+-based\\s+)?(([\\p{L}-]+\\s+){0,3}?[\\p{L}-]*(fonds|fund|investor|investors|kapitalgeber|geldgeber|arm|"
            + "gesellschaft|bank|backer|backers|shareholder|shareholders)\\s+)?");
    // "with Edinburgh-based Thistlegate Partners also taking part": the participant placed by its seat.
    private static final Pattern WITH_LIST = Pattern.compile(LED_PHRASE + ",?\\s*with\\s+((the)\\s+)?([\\p{L}-]+-based\\s+)?");
    private static final Pattern PARTICIPATING_AFTER = Pattern.compile("\\s+(also\\s+)?(participating|joining|taking part|"
            // "with Benchmark and General Catalyst putting in more money".
            + "putting in|putting up|"
            // "with Nvidia and AMD among the participants".
            + "investing|chipping in|taking stakes|among the (participants|investors|backers))\\b.*");

    /**
     * "Halcyon led the round, with Corvid and Brightline participating", "Y führte die Runde an": the lead of a round
     * told in this sentence or the two before, without the company's name.
     */
    private void ledTheRound(SentenceView v, RelationSink sink) {
        for (int k = 0; k < v.refs.size(); k++) {
            Ref y = v.refs.get(k);
            if (!investorType(y) || !v.gap(clauseStart(v, y.start()), y.start()).isBlank()) continue;
            List<Ref> leads = FounderRules.orgList(v, y);
            Ref last = leads.get(leads.size() - 1);
            if (!LED_THE_ROUND.matcher(v.gap(last.end(), v.sentence.end())).matches()) return;
            if (!roundNear(v)) return;
            Ref target = roundTarget(v, sink);
            if (target == null || leads.contains(target)) return;
            for (Ref i : withParticipants(v, leads)) {
                if (!i.id().equals(target.id())) add(v, i, target, null, "invest.led-the-round", 0.6, sink);
            }
            return;
        }
    }

    /** "die Runde führte der Fonds Y aus Düsseldorf an": the round first, its verb, then the lead as the subject. */
    private static final Pattern ROUND_VERB_BEFORE = Pattern.compile("(?s).*\\b(die|diese|die\\s+[\\p{L}-]+)\\s+[\\p{L}-]*(runde|finanzierung)\\s+"
            + "(führte|führt|leitete|leitet)\\s+((der|die|das)\\s+)?([\\p{L}-]+\\s+){0,2}?$");
    private static final Pattern ROUND_VERB_AFTER = Pattern.compile("(\\s+aus\\s+[\\p{L}-]+)?\\s+an(?=\\s*([,.;]|$))");

    private void roundLedInverted(SentenceView v, RelationSink sink) {
        for (Ref y : v.of(EntityType.ORGANIZATION)) {
            String before = v.gap(clauseStart(v, y.start()), y.start());
            if (!ROUND_VERB_BEFORE.matcher(before).matches()) continue;
            List<Ref> leads = FounderRules.orgList(v, y);
            Ref last = leads.get(leads.size() - 1);
            Matcher an = ROUND_VERB_AFTER.matcher(v.gap(last.end(), v.sentence.end()));
            if (!an.lookingAt()) return;
            Ref target = raiserBefore(v, y, true);
            if (target == null && roundNear(v)) target = roundTarget(v, sink);
            if (target == null || leads.contains(target)) return;
            // ", beteiligt war auch der High-Tech Gründerfonds": the participants after the verb's particle.
            List<Ref> all = new java.util.ArrayList<>(leads);
            int anEnd = last.end() + an.end();
            Ref next = v.refAfter(anEnd);
            if (next != null && investorType(next) && WITH_PARTICIPATION.matcher(v.gap(anEnd, next.start())).matches()) {
                all.addAll(FounderRules.orgList(v, next));
            }
            for (Ref i : all) {
                if (!i.id().equals(target.id())) add(v, i, target, null, "invest.round-led-inverted", 0.7, sink);
            }
            return;
        }
    }

    /**
     * The leads and those named after them as taking part: "led by Y, with participation from Z and W", "Y led the round,
     * with Z and W participating".
     */
    private static List<Ref> withParticipants(SentenceView v, List<Ref> leads) {
        Ref last = leads.get(leads.size() - 1);
        Ref next = null;
        for (Ref r : v.refs) {
            if (r.start() >= last.end()) {
                next = r;
                break;
            }
        }
        if (next == null || !investorType(next) || next.start() - last.end() > 110) return leads;
        String gap = v.gap(last.end(), next.start());
        List<Ref> more = FounderRules.orgList(v, next);
        boolean participation = WITH_PARTICIPATION.matcher(gap).matches();
        boolean participating = !participation && WITH_LIST.matcher(gap).matches()
                && PARTICIPATING_AFTER.matcher(v.gap(more.get(more.size() - 1).end(), v.sentence.end())).matches();
        if (!participation && !participating) return leads;
        List<Ref> all = new java.util.ArrayList<>(leads);
        all.addAll(more);
        return all;
    }

    private static final Pattern APPOSITION_OPENS = Pattern.compile(",\\s+((a|an|the|ein|eine|das|der|die)\\s|"
            // "Tenstorrent, run by veteran architect Jim Keller, raised …".
            // "Bloomcast, founded in 2021 by …", "Overjet, mitgegründet und geführt von …": a year or a second participle first.
            + "(run|led|headed|founded|co-founded|started|geführt|geleitet|gegründet|mitgegründet|mitbegründet)"
            + "(\\s+(und|and)\\s+(run|led|headed|geführt|geleitet))?(\\s+(in|im)\\s+\\d{4})?\\s+(by|von)\\s).*");

    /**
     * "Ardent, a San Jose start-up founded by former Tesla engineer Priya Natarajan, said it had raised …": the subject
     * of the sentence with an apposition after it; the people in the apposition describe it and do not raise money.
     */
    private static boolean describedSubject(SentenceView v, Ref r) {
        return subjectOf(v, v.index()) == r && APPOSITION_OPENS.matcher(v.gap(r.end(), Math.min(v.sentence.end(), r.end() + 40))).matches();
    }

    /** "Die Seed-Runde von X hatte Y angeführt", "Die Finanzierungsrunde des Start-ups X führte Y an": the round first. */
    private static final Pattern FRONTED_ROUND_BEFORE = Pattern.compile(".*\\b(die|the)\\s+[\\p{L}-]*(runde|round)\\s+(von|des|der|bei)\\s+"
            + "((dem|der|des)\\s+)?([\\p{L}-]*(start-ups?|unternehmens|anbieters|labors|entwicklers)\\s+)?$");
    private static final Pattern FRONTED_ROUND_VERB = Pattern.compile("\\s+(hatte|hat|führte|führt)\\s+(auch\\s+|bereits\\s+)?"
            + "((der|die|das)\\s+)?([\\p{L}-]+\\s+)?");
    private static final Pattern FRONTED_ROUND_AFTER = Pattern.compile("\\s+(angeführt|an)\\b.*");

    private boolean frontedRound(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        for (int k = 0; k + 1 < orgs.size(); k++) {
            Ref x = orgs.get(k), y = orgs.get(k + 1);
            if (!FRONTED_ROUND_BEFORE.matcher(v.gap(Math.max(v.sentence.start(), x.start() - 60), x.start())).matches()) continue;
            if (!FRONTED_ROUND_VERB.matcher(v.gap(x.end(), y.start())).matches()) continue;
            if (!FRONTED_ROUND_AFTER.matcher(v.gap(y.end(), Math.min(v.sentence.end(), y.end() + 20))).matches()) continue;
            add(v, y, x, null, "invest.fronted-round", 0.7, sink);
            return true;
        }
        return false;
    }

    /** "…; Andreessen Horowitz led its Series A": "its" is the company the sentence (or the one before) is about. */
    private static final Pattern LED_ITS_ROUND = Pattern.compile("\\s+((also|had|has)\\s+)?(led|co-led|headed)\\s+its\\s+"
            + "([^,;]{0,25}?\\s)?(seed|pre-seed|series\\s+[a-h]\\b|round|funding round|financing)\\b.*");

    private boolean ledItsRound(SentenceView v, RelationSink sink) {
        for (Ref y : v.of(EntityType.ORGANIZATION)) {
            if (!investorType(y) || !LED_ITS_ROUND.matcher(v.gap(y.end(), Math.min(v.sentence.end(), y.end() + 60))).matches()) continue;
            // "Coatue and Lightspeed had led its round": the leads listed before the verb; "its" is the company before them,
            // or, when the list opens the sentence, the one the sentence before was about.
            List<Ref> leads = FounderRules.listBefore(v, y, EntityType.ORGANIZATION);
            Ref x = v.first(EntityType.ORGANIZATION);
            if (leads.contains(x)) x = v.previousSubject(EntityType.ORGANIZATION);
            if (x == null) return false;
            for (Ref lead : leads) {
                if (!lead.id().equals(x.id())) sink.add(v, lead.id(), Predicate.INVESTED_IN, x.id(), null, null, null, null, lead.start(),
                        y.end(), "invest.led-its-round", 0.7);
            }
            return true;
        }
        return false;
    }

    /** "Y führte die Finanzierungsrunde von X an", "Y led a $300 million round in X", "Y led X's Series B". */
    private boolean leadsRound(SentenceView v, RelationSink sink) {
        if (frontedRound(v, sink)) return true;
        if (v.hasAny(" its ") && ledItsRound(v, sink)) return true;
        boolean any = false;
        for (Ref y : v.refs) {
            if (!investorType(y)) continue;
            for (Ref x : v.of(EntityType.ORGANIZATION)) {
                if (x.start() < y.end() || x.start() - y.end() > 90 || v.otherBetween(y, x)) continue;
                String gap = v.gap(y.end(), x.start());
                String after = v.gap(x.end(), Math.min(v.sentence.end(), x.end() + 40));
                boolean named = LEADS_ROUND.matcher(gap).matches();
                boolean possessive = !named && LEADS_POSSESSIVE.matcher(gap).matches()
                        && ROUND_AFTER_POSSESSIVE.matcher(SentenceView.genitiveSurface(x) ? "'s" + after : after).matches();
                // "Y hat die Runde von X angeführt": with an auxiliary the participle must follow.
                if (named && Rx.matches(gap, "\\s+(hat|hatte|haben|hatten)\\b.*") && !Rx.matches(after, "[^,;]*\\b(angeführt|geleitet|geführt)\\b.*")) {
                    named = false;
                }
                if (named || possessive) {
                    // "Founders Fund and Sands Capital led Anduril's Series F": every lead of the list.
                    for (Ref lead : FounderRules.listBefore(v, y, EntityType.ORGANIZATION)) {
                        if (investorType(lead)) add(v, lead, x, amount(v, y.end(), x.start()), "invest.leads-round", 0.75, sink);
                    }
                    any = true;
                    break;
                }
            }
        }
        return any;
    }

    private static final Pattern BEHIND_BEFORE = Pattern.compile(".*\\bhinter\\s+((dem|der|den)\\s+([\\p{L}-]+\\s+)?)?$");
    private static final Pattern BEHIND_VERB = Pattern.compile("\\s+(stehen|steht|standen|stand)\\s+(unter anderem\\s+|u\\. a\\.\\s+|"
            // "Hinter Klinova steht der Leipziger Frühphaseninvestor Y": an adjective of origin and the investor's kind.
            + "auch\\s+|etwa\\s+|bereits\\s+|vor allem\\s+)?((der|die|das|den)\\s+)?([\\p{L}-]+\\s+){0,2}");

    /** "Hinter Moonshot stehen unter anderem Alibaba und Tencent (als Investoren)": the German idiom for backers. */
    private void behind(SentenceView v, RelationSink sink) {
        for (Ref x : v.of(EntityType.ORGANIZATION)) {
            if (!BEHIND_BEFORE.matcher(v.gap(Math.max(v.sentence.start(), x.start() - 40), x.start())).matches()) continue;
            Ref y = nextInvestor(v, x);
            if (y == null || !y.is(EntityType.ORGANIZATION) || !BEHIND_VERB.matcher(v.gap(x.end(), y.start())).matches()) continue;
            for (Ref i : FounderRules.orgList(v, y)) add(v, i, x, null, "invest.behind", 0.7, sink);
            return;
        }
    }

    /** "Zu den Geldgebern von X zählen Y und Z", "X's investors include Y and Z", "Investors in X include Y". */
    private void investorsInclude(SentenceView v, RelationSink sink) {
        for (Ref x : v.of(EntityType.ORGANIZATION)) {
            String before = v.gap(Math.max(v.sentence.start(), x.start() - 70), x.start());
            Ref y = nextInvestor(v, x);
            if (y == null) continue;
            String gap = v.gap(x.end(), y.start());
            // "Zu den Geldgebern Aleph Alphas zählen …": the company's genitive right after the noun.
            boolean genitiveOwner = SentenceView.genitiveSurface(x) && INCLUDE_BEFORE_GENITIVE.matcher(before).matches();
            // "Zu Zhipus Geldgebern gehören Alibaba und Tencent": the genitive in the article's place.
            if (SentenceView.genitiveSurface(x) && Rx.matches(before, "(?s).*\\bzu\\s+$")) {
                java.util.regex.Matcher noun = INVESTOR_NOUN_AFTER_GENITIVE.matcher(gap);
                if (noun.lookingAt()) {
                    gap = gap.substring(noun.end());
                    genitiveOwner = true;
                }
            }
            boolean de = (INCLUDE_BEFORE.matcher(before).matches() || genitiveOwner) && (INCLUDE_VERB.matcher(gap).matches()
                    // "Zu den Geldgebern von X hatten einst Y und Z gezählt": the perfect puts the participle last.
                    || INCLUDE_AUX.matcher(gap).matches() && v.hasAny("gezählt", "gehört"));
            boolean en = INCLUDE_EN.matcher(SentenceView.genitiveSurface(x) ? "'s" + gap : gap).matches()
                    || INVESTORS_IN.matcher(before).matches() && Rx.matches(gap, "\\s+(include|included|includes|are|were|"
                    + "sind|waren|umfassen)\\s+(also\\s+)?((the|der|die)\\s+)?");
            if (!de && !en) continue;
            for (Ref i : FounderRules.orgList(v, y)) add(v, i, x, null, "invest.investors-include", 0.75, sink);
            return;
        }
        for (int k = 0; k < v.refs.size(); k++) {
            // The first name of a sentence or of a clause after ";" or ":" ("…gegründet; zu den Investoren gehören Y").
            Ref first = v.refs.get(k);
            int from = clauseStart(v, first.start());
            // "Angeführt wird sie von Y, mit dabei sind außerdem Z und W": the clause after a comma.
            if (k > 0 && v.refs.get(k - 1).end() > from) from = commaAfter(v, v.refs.get(k - 1).end(), first.start());
            if (from < 0 || k > 0 && v.refs.get(k - 1).end() > from) continue;
            if (!investorType(first) || !NAMELESS_INCLUDE.matcher(v.gap(from, first.start())).matches()) continue;
            // "Moonshot wurde 2023 von Yang Zhilin gegründet, zu den Investoren zählen Alibaba und Tencent": the clause
            // after a comma speaks of the sentence's subject, where the sentence tells of no round (whose lead it opens with).
            Ref subject = from > v.sentence.start() && !v.hasAny(ROUND) && Rx.matches(v.gap(from, first.start()), "\\s*zu den\\b.*")
                    ? subjectOf(v, v.index()) : null;
            Ref target = subject != null && subject.end() <= from ? subject : roundTarget(v, sink);
            if (target == null) return;
            for (Ref i : FounderRules.orgList(v, first)) add(v, i, target, null, "invest.investors-include-anaphor", 0.6, sink);
            return;
        }
        for (Ref y : v.refs) {
            if (!investorType(y) || !AMONG_ITS.matcher(v.gap(y.end(), v.sentence.end())).matches()) continue;
            // "Paris-based Owkin, co-founded by …, sells X; drugmaker Sanofi is among its investors": the company the sentence
            // opens with, before the sentences before it.
            Ref opener = v.openingCompany(v.index(), 3);
            Ref target = opener != null && opener.start() < y.start() && !opener.id().equals(y.id()) ? opener : roundTarget(v, sink);
            if (target != null) add(v, y, target, null, "invest.among-its-investors", 0.6, sink);
            return;
        }
    }

    /** What a list of investors that opens its clause does after it: "Y and Z joined", "Y und Z zogen mit". */
    // "auch Picus Capital aus München beteiligte sich": the investor's seat before the verb.
    private static final Pattern JOINED = Pattern.compile("(,[^,;]{1,90},|\\s+(aus|from)\\s+\\p{Lu}[\\p{L}-]+)?\\s+(also\\s+|auch\\s+|ebenfalls\\s+)?(joined|took part|participated|invested|have invested|"
            + "chipped in|put in more money|followed|stiegen\\s+(auch\\s+|ebenfalls\\s+)?ein|zogen\\s+(auch\\s+)?mit|"
            + "beteiligt(e|en|en)? sich(\\s+ebenfalls|\\s+auch|\\s+außerdem)?"
            // "auch der OpenAI Startup Fund ist beteiligt".
            + "|(ist|sind|war|waren)\\s+((auch|ebenfalls|außerdem)\\s+)?beteiligt)(\\s+(too|as well|ebenfalls|auch))?"
            // "… beteiligt sich an der Runde", "… joined the round".
            + "(\\s+(?iu:an der [\\p{L}-]*runde|in the( [\\p{L}-]+)? round|the( [\\p{L}-]+)? round"
            // "… joined existing shareholders including Y", "… stiegen neben den bisherigen Gesellschaftern ein".
            + "|(the )?(existing|other|earlier|current) (shareholders|investors|backers)(?= including| such as|\\s*[,.;]|$)))?"
            + "\\s*([,.;]|$|as did\\b|wie\\b|including\\b|such as\\b).*");

    /**
     * "Lightspeed, Accel, Plural and General Catalyst joined, as did Saab", "…; Andreessen Horowitz, Fidelity und Silver
     * Lake zogen mit": investors that open a clause and join a round told in this sentence or the two before.
     */
    private boolean listJoined(SentenceView v, RelationSink sink) {
        for (int k = 0; k < v.refs.size(); k++) {
            Ref first = v.refs.get(k);
            if (!first.is(EntityType.ORGANIZATION)) continue;
            int from = clauseStart(v, first.start());
            // "Angeführt wurde sie von Y, auch Z und der Lieferdienst W beteiligten sich": a clause after a comma.
            int comma = k > 0 && v.refs.get(k - 1).end() > from ? commaAfter(v, v.refs.get(k - 1).end(), first.start()) : -1;
            if (comma >= 0) from = comma;
            String opening = v.gap(from, first.start());
            // After a comma the clause must open with a word ("…, auch Z"): a bare comma is the middle of a list.
            if (comma >= 0 && opening.isBlank()) continue;
            // "Nvidia's venture arm NVentures, Quanta and QED joined": the arm is named after its owner's possessive.
            // "…, auch der High-Tech Gründerfonds beteiligte sich": an article after the adverb.
            if (!Rx.matches(opening, "\\s*((and|und|while|während|;|,)\\s*)?((auch|also|außerdem|zudem|ebenfalls)\\s+)?((der|die|das|the)\\s+)?")
                    && !Rx.matches(opening, "\\s*[\\p{L}\\d&.-]+(\\s[\\p{L}\\d&.-]+)?('s|’s|s)\\s+((corporate\\s+)?venture(-capital)?|"
                    + "investment|wagniskapital|risikokapital|beteiligungs)[\\s-]*(arm|unit|fund|tochter|sparte|fonds)\\s+")) continue;
            List<Ref> list = FounderRules.orgList(v, first);
            Ref last = list.get(list.size() - 1);
            if (!JOINED.matcher(v.text).region(last.end(), v.sentence.end()).lookingAt()) continue;
            if (!roundNear(v)) return false;
            // "X hatte … unter Führung von Y eingesammelt; auch Z und W beteiligten sich": the round of this sentence first.
            // Only when the funded company is the sentence's subject: "beide zuvor bei Zalando, haben … eingesammelt" is no
            // round of Zalando's.
            Ref target = fundedIn(v, sink, v.index());
            if (target != null && subjectOf(v, v.index()) != target) target = null;
            if (target == null) target = roundTarget(v, sink);
            if (target == null) return false;
            for (Ref i : list) {
                if (!i.id().equals(target.id())) add(v, i, target, null, "invest.list-joined", 0.6, sink);
            }
            return true;
        }
        return false;
    }

    private static final Pattern SUCH_AS_BEFORE = Pattern.compile("(?s).*\\b(investoren|investors|geldgeber|geldgebern|backers|"
            + "kapitalgeber|kapitalgebern|wagniskapitalgeber|wagniskapitalgebern|risikokapitalgeber|risikokapitalgebern|financiers|"
            + "shareholders|gesellschafter|gesellschaftern|aktionäre|aktionären)\\s+(wie|such as|like)\\s+((der|die|das|dem|den|the)\\s+)?$");
    private static final String[] TAKES_PART = {"beteilig", "particip", "joined", "took part", "taking part", "investiert", "invested",
            "dabei"};

    /**
     * "Neben Vela beteiligten sich bisherige Investoren wie Halcyon, Corvid und Brightline an der Runde", "backers such
     * as Y and Z joined": the named investors put money in the round of this sentence, or of one told just before.
     */
    private void investorsSuchAs(SentenceView v, RelationSink sink) {
        for (Ref y : v.of(EntityType.ORGANIZATION)) {
            if (!SUCH_AS_BEFORE.matcher(v.gap(Math.max(v.sentence.start(), y.start() - 60), y.start())).matches()) continue;
            Ref target = raiserBefore(v, y, v.hasAny(ROUND));
            if (target == null && v.hasAny(TAKES_PART) && roundNear(v)) target = roundTarget(v, sink);
            if (target == null) return;
            for (Ref i : FounderRules.orgList(v, y)) {
                if (!i.id().equals(target.id())) add(v, i, target, null, "invest.investors-such-as", 0.6, sink);
            }
            return;
        }
    }

    /** A round or a raise is told in this sentence or the two before. */
    private static boolean roundNear(SentenceView v) {
        for (int s = v.index(); s >= Math.max(0, v.index() - 2); s--) if (speaksOfRaising(v, s)) return true;
        return false;
    }

    /** Sentence s names a round or a raise verb. */
    private static boolean speaksOfRaising(SentenceView v, int s) {
        var sentence = v.doc.sentences().get(s);
        String lower = v.text.substring(sentence.start(), sentence.end()).toLowerCase();
        return contains(lower, ROUND) || contains(lower, RAISE_DE) || contains(lower, RAISE_EN);
    }

    private static final Pattern LIST_CUE = Pattern.compile("(?s).*\\b(investoren|geldgeber|geldgebern|kapitalgeber|kapitalgebern|"
            + "anteilseigner|anteilseignern|gesellschafter|gesellschaftern|investors|backers|shareholders)\\b.*\\b(zählen|gehören|"
            + "sind|waren|include|includes|included|are|were)\\b.*:\\s*");
    private static final int LIST_ITEMS = 16;

    /**
     * "Zu den Investoren zählen unter anderem: – die Schwarz Gruppe, … – der Softwarekonzern SAP": a
     * list item after a sentence that announces the investors with a colon. Its investors are its
     * organisations but those that describe another ("Mutterkonzern von Lidl", "von Hubert Burda Media").
     */
    private void listedInvestors(SentenceView v, RelationSink sink) {
        int cue = -1;
        for (int s = v.index() - 1; s >= Math.max(0, v.index() - LIST_ITEMS); s--) {
            var sentence = v.doc.sentences().get(s);
            String t = v.text.substring(sentence.start(), sentence.end()).strip();
            if (t.endsWith(":")) {
                if (LIST_CUE.matcher(t.toLowerCase(java.util.Locale.ROOT)).matches()) cue = s;
                break;
            }
            boolean bullet = t.length() <= 2 && !t.isEmpty() && "-–—•*·".indexOf(t.charAt(0)) >= 0;
            if (!bullet && !(t.endsWith(",") && t.length() <= 220 && !t.contains(":"))) return;
        }
        if (cue < 0) return;
        Ref target = roundTarget(v, sink, cue);
        if (target == null) return;
        java.util.Set<Ref> described = new java.util.HashSet<>();
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            String before = v.gap(Math.max(v.sentence.start(), r.start() - 6), r.start());
            if (Rx.matches(before, ".*\\b(von|vom|of|des|der)\\s+$")) described.addAll(FounderRules.orgList(v, r));
        }
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            if (!r.id().equals(target.id()) && !described.contains(r)) add(v, r, target, null, "invest.investors-list", 0.6, sink);
        }
    }

    /** The offset after the last comma between a and b, or -1. */
    private static int commaAfter(SentenceView v, int a, int b) {
        int c = v.text.lastIndexOf(',', b - 1);
        return c >= a ? c + 1 : -1;
    }

    /** Where the clause holding offset {@code at} starts: after the last ";" or ":" before it in the sentence. */
    private static int clauseStart(SentenceView v, int at) {
        for (int i = at - 1; i > v.sentence.start(); i--) {
            char c = v.text.charAt(i);
            if (c == ';' || c == ':') return i + 1;
        }
        return v.sentence.start();
    }

    /**
     * The company a sentence without its name speaks of ("die Runde", "its investors"): the company
     * that received money in the two sentences before; else the subject of the nearest of the three
     * sentences before that speaks of raising money; else the subject of the previous sentence. A
     * subject is a sentence's first organisation not governed by a preposition ("Forscher bei Google,
     * hatte Mistral gegründet": Mistral).
     */
    private static Ref roundTarget(SentenceView v, RelationSink sink) {
        return roundTarget(v, sink, v.index());
    }

    /** {@link #roundTarget(SentenceView, RelationSink)} for sentence {@code at}, the one that speaks of the investors. */
    private static Ref roundTarget(SentenceView v, RelationSink sink, int at) {
        Ref funded = fundedIn(v, sink, at - 1);
        if (funded != null) return funded;
        // A sentence between that names another company by its subject moves the topic on
        // ("…an Mistral beteiligt. Unterdessen kündigte Aleph Alpha an…; zu den Investoren gehören Y").
        Ref previous = subjectOf(v, at - 1);
        if (previous != null) {
            // "ASML invests … in Mistral. ASML said its stake … Existing investors … took part": the round is Mistral's.
            Ref funded2 = fundedBy(v, sink, previous, at);
            return funded2 != null ? funded2 : previous;
        }
        // "The largest cheque went to Anthropic, which closed a Series F": the raise verb's company, before an older round.
        Ref raiser = at >= 1 && speaksOfRaising(v, at - 1) ? raiserIn(v, at - 1) : null;
        if (raiser != null) return raiser;
        funded = fundedIn(v, sink, at - 2);
        if (funded != null) return funded;
        for (int s = at - 1; s >= Math.max(0, at - 3); s--) {
            if (!speaksOfRaising(v, s)) continue;
            Ref earlier = raiserIn(v, s);
            if (earlier != null) return earlier;
            Ref subject = subjectOf(v, s);
            // "Founders Fund led the round": the lead of an earlier round is no company that raised one.
            if (subject != null && !investsIn(sink, subject, s)) return subject;
        }
        // "Einen anderen Weg geht Aleph Alpha. … Im November sammelte es … ein. Zu den Investoren zählen:"
        for (int s = at - 1; s >= Math.max(0, at - 3); s--) {
            Ref subject = subjectOf(v, s);
            if (subject != null) return subject;
        }
        return null;
    }

    private static final Pattern RAISED_RIGHT_AFTER = Pattern.compile("(,\\s*(which|that|das|die|der)\\s+|\\s+)((has|had|have|hat|hatte|"
            + "just|recently|then|also)\\s+)?" + RAISED + "\\b.*");

    /** The organisation of sentence s that a raise verb follows right away ("Anthropic, which closed …", "Lumen raised …"). */
    private static Ref raiserIn(SentenceView v, int s) {
        var sentence = v.doc.sentences().get(s);
        for (Ref r : v.index.in(s)) {
            if (r.is(EntityType.ORGANIZATION)
                    && RAISED_RIGHT_AFTER.matcher(v.gap(r.end(), Math.min(sentence.end(), r.end() + 30))).matches()) return r;
        }
        return null;
    }

    /** True when a relation found in sentence s already has {@code r} putting money in a company. */
    private static boolean investsIn(RelationSink sink, Ref r, int s) {
        for (var x : sink.relations()) {
            if (x.predicate() == Predicate.INVESTED_IN && x.evidence().sentence() == s && x.subjectId().equals(r.id())) return true;
        }
        return false;
    }

    /** The company that {@code investor} put money in, by a relation found in the three sentences before {@code at}. */
    private static Ref fundedBy(SentenceView v, RelationSink sink, Ref investor, int at) {
        for (var r : sink.relations()) {
            int s = r.evidence().sentence();
            if (r.predicate() != Predicate.INVESTED_IN || !r.subjectId().equals(investor.id()) || s >= at || s < at - 3) continue;
            for (Ref x : v.index.in(s)) if (x.id().equals(r.object())) return x;
        }
        return null;
    }

    /**
     * The company that received money, by a relation found in sentence s; its mention in that sentence, else its last
     * one in the three before ("Angeführt wurde die Runde von Humain, …": the round of Luma AI, named a sentence earlier).
     */
    private static Ref fundedIn(SentenceView v, RelationSink sink, int s) {
        if (s < 0) return null;
        for (var r : sink.relations()) {
            if (r.predicate() == Predicate.INVESTED_IN && r.evidence().sentence() == s) {
                for (int t = s; t >= Math.max(0, s - 3); t--) {
                    List<Ref> refs = v.index.in(t);
                    for (int i = refs.size() - 1; i >= 0; i--) if (refs.get(i).id().equals(r.object())) return refs.get(i);
                }
            }
        }
        return null;
    }

    private static Ref subjectOf(SentenceView v, int sentence) {
        if (sentence < 0) return null;
        for (Ref r : v.index.in(sentence)) {
            if (r.is(EntityType.ORGANIZATION) && !governed(v, r) && !coordinated(v, r)) return r;
        }
        return null;
    }

    /** The name follows "and"/"und": a later member of a list ("led by Y, with Z and W as co-leads"), not a subject. */
    private static boolean coordinated(SentenceView v, Ref r) {
        Words.Word w = Words.before(v.text, r.start(), Math.max(0, r.start() - 12));
        return w != null && (w.lower().equals("and") || w.lower().equals("und") || w.lower().equals("sowie"));
    }

    /** True when a preposition comes before the mention, with at most two lower-case words between ("von der japanischen X"). */
    private static boolean governed(SentenceView v, Ref r) {
        int at = r.start();
        for (int k = 0; k < 3; k++) {
            Words.Word w = Words.before(v.text, at, Math.max(0, at - 40));
            if (w == null) return false;
            if (PREPOSITIONS.contains(w.lower())) return !frontedTopic(v, w, r);
            // "am Rechenzentrum des KIT": a genitive attribute of a noun is no subject.
            if (w.lower().equals("des") || w.lower().equals("eines")) return true;
            // "vom Wagniskapitalgeber Tidewater": a German describing noun between the preposition and the name.
            if (!Character.isLowerCase(w.text().charAt(0)) && !describingNoun(w.lower())) return false;
            at = w.start();
        }
        return false;
    }

    private static final String[] DESCRIBING_ENDINGS = {"geber", "fonds", "bank", "konzern", "firma", "gesellschaft", "investor",
        "haus", "verwalter", "arm", "tochter"};

    private static boolean describingNoun(String l) {
        for (String e : DESCRIBING_ENDINGS) if (l.endsWith(e)) return true;
        return false;
    }

    /**
     * "For Anthropic, the sum is painful": a preposition that opens the sentence with the name and a comma makes the
     * name its topic, as a subject would.
     */
    private static boolean frontedTopic(SentenceView v, Words.Word preposition, Ref r) {
        var sentence = v.doc.sentenceAt(r.start());
        if (preposition.start() < sentence.start() || !v.text.substring(sentence.start(), preposition.start()).isBlank()) return false;
        int end = r.end();
        while (end < sentence.end() && v.text.charAt(end) == ' ') end++;
        return end < sentence.end() && v.text.charAt(end) == ',';
    }

    /** {@link #PARTICIPATED} and {@link #PARTICIPATED_POSSESSIVE} cannot match without one of these. */
    private static final String[] PARTICIPATE_WORDS = {"particip", "took part", "joined", "beteilig", "nahm"};

    /** "Y participated in the funding round of X", "Y joined X's Series A", "An der Runde von X beteiligten sich Y und Z". */
    private void participated(SentenceView v, RelationSink sink) {
        for (Ref y : v.refs) {
            if (!investorType(y)) continue;
            for (Ref x : v.of(EntityType.ORGANIZATION)) {
                if (x.start() < y.end() || x.start() - y.end() > 90 || v.otherBetween(y, x)) continue;
                String gap = v.gap(y.end(), x.start());
                String after = v.gap(x.end(), Math.min(v.sentence.end(), x.end() + 40));
                if (!Prefilter.containsAny(gap, PARTICIPATE_WORDS)) continue; // both expressions need one
                if (PARTICIPATED.matcher(gap).matches() || PARTICIPATED_POSSESSIVE.matcher(gap).matches()
                        && ROUND_AFTER_POSSESSIVE.matcher(SentenceView.genitiveSurface(x) ? "'s" + after : after).matches()) {
                    add(v, y, x, null, "invest.participated", 0.7, sink);
                    break;
                }
            }
        }
        for (Ref x : v.of(EntityType.ORGANIZATION)) {
            String before = v.gap(Math.max(v.sentence.start(), x.start() - 50), x.start());
            if (!Prefilter.endsWithSpace(before) || !before.contains("an der ") || !before.contains("runde")
                    || !ROUND_BEFORE.matcher(before).matches()) continue;
            Ref y = nextInvestor(v, x);
            if (y == null || !JOINED_AFTER.matcher(v.gap(x.end(), y.start())).matches()) continue;
            for (Ref i : FounderRules.orgList(v, y)) add(v, i, x, null, "invest.participated", 0.7, sink);
        }
        unnamedRoundJoined(v, sink);
    }

    /** "an der Finanzierungsrunde über 14 Millionen Euro beteiligten sich neben X auch Y und Z": a round without its raiser. */
    private static final Pattern UNNAMED_ROUND_JOINED = Pattern.compile("(?s).*\\ban der ([\\p{L}-]+\\s+)?(finanzierungsrunde|runde|"
            + "investitionsrunde|kapitalrunde)(\\s+(über|von|in höhe von)\\s+[^,;]{1,40}?)?\\s+(beteiligten|beteiligte|beteiligen|beteiligt)"
            + "\\s+sich\\s+(neben\\s+)?((dem|der|den)\\s+)?([\\p{L}-]+\\s+)?$");
    private static final Pattern NEBEN_AUCH = Pattern.compile("\\s+(auch|zudem|außerdem|ebenfalls)\\s+((der|die|das)\\s+([\\p{L}-]+\\s+)?)?");

    private void unnamedRoundJoined(SentenceView v, RelationSink sink) {
        for (Ref y : v.of(EntityType.ORGANIZATION)) {
            String before = v.gap(Math.max(v.sentence.start(), y.start() - 110), y.start());
            if (!Prefilter.endsWithSpace(before) || !before.contains("an der ") || !UNNAMED_ROUND_JOINED.matcher(before).matches()) continue;
            List<Ref> investors = new ArrayList<>(FounderRules.orgList(v, y));
            // "neben Lumen auch Ostara und Kestrel": the company after "neben" and those after "auch" all take part.
            if (before.endsWith("neben ") || Rx.matches(before, "(?s).*\\bneben\\s+((dem|der|den)\\s+)?([\\p{L}-]+\\s+)?$")) {
                Ref last = investors.get(investors.size() - 1);
                Ref next = InvestmentRules.nextOrg(v, last);
                if (next != null && NEBEN_AUCH.matcher(v.gap(last.end(), next.start())).matches()) investors.addAll(FounderRules.orgList(v, next));
            }
            // The raiser: the sentence's first company before the phrase ("Vega wurde … gegründet; an der Runde …"), else the round
            // told before.
            Ref first = v.first(EntityType.ORGANIZATION);
            Ref target = first != null && first.end() < y.start() - before.length() + before.lastIndexOf("an der ") ? first : roundTarget(v, sink);
            if (target == null) return;
            for (Ref i : investors) {
                if (!i.id().equals(target.id())) add(v, i, target, null, "invest.unnamed-round-joined", 0.65, sink);
            }
            return;
        }
    }

    private static final Pattern NAMED_AFTER = Pattern.compile("(?s).*,\\s+(darunter|including|among them|unter anderem)\\s+"
            + "((die|der|das|the)\\s+)?$");

    /**
     * "Neben ASML beteiligen sich bestehende Geldgeber an der Runde, darunter A, B und C", "Existing backers also took
     * part in the round, including A and B": the named participants invested in the round's company (named before).
     */
    private void participantsNamed(SentenceView v, RelationSink sink) {
        for (Ref y : v.refs) {
            if (!investorType(y) || !NAMED_AFTER.matcher(v.gap(v.sentence.start(), y.start())).matches()) continue;
            String before = v.gap(v.sentence.start(), y.start());
            if (!Prefilter.containsAny(before, PARTICIPATE_WORDS)) return;
            Ref target = roundTarget(v, sink);
            if (target == null) return;
            for (Ref i : FounderRules.orgList(v, y)) {
                if (!i.id().equals(target.id())) add(v, i, target, null, "invest.participants-named", 0.65, sink);
            }
            return;
        }
    }

    /**
     * "X schloss eine Finanzierungsrunde ab, an der sich neben Y auch Z und W beteiligten": the round's
     * owner is the first organisation before it, the investors are those named in the relative clause.
     */
    private void relativeRound(SentenceView v, RelationSink sink) {
        int rel = v.lower.indexOf(", an der sich ");
        if (rel < 0) return;
        int end = v.lower.indexOf("beteilig", rel);
        int round = v.lower.lastIndexOf("runde", rel);
        if (end < 0 || round < 0) return;
        Ref x = firstOrgBefore(v, round);
        if (x == null) return;
        investorsBetween(v, x, rel, end, amount(v, x.end(), v.sentence.start() + rel), "invest.participated-relative", sink);
    }

    private static final Pattern ROUND_RELATIVE = Pattern.compile("(runde|round)[^,;]{0,30},\\s*(die|which|that)\\s");
    private static final Pattern LED_VERB = Pattern.compile("\\b(anführte|führte|leitete|anführten|führten|led|headed)\\b");

    /** "X sammelte 200 Millionen Dollar in einer Runde ein, die der US-Wagnisfinanzierer Y anführte", "…, which Y led". */
    private void ledRelativeRound(SentenceView v, RelationSink sink) {
        java.util.regex.Matcher m = ROUND_RELATIVE.matcher(v.lower);
        if (!m.find()) return;
        int rel = m.end();
        java.util.regex.Matcher verb = LED_VERB.matcher(v.lower);
        if (!verb.find(rel) || v.lower.substring(rel, verb.start()).indexOf(',') >= 0) return;
        Ref x = firstOrgBefore(v, m.start());
        if (x == null) return;
        investorsBetween(v, x, rel, verb.start(), amount(v, x.end(), v.sentence.start() + m.start()), "invest.led-relative", sink);
    }

    private static final Pattern WHOSE_INVESTORS = Pattern.compile(",\\s*zu (dessen|deren) ([\\p{L}-]+\\s+)?(geldgebern|investoren|"
            + "kapitalgebern|anteilseignern|aktionären|unterstützern)\\s");
    private static final Pattern BELONGS_VERB = Pattern.compile("\\b(gehört|gehören|gehörte|gehörten|zählt|zählen|zählte|zählten)\\b");

    /** "Harvey, zu dessen Geldgebern der OpenAI Startup Fund gehört": the investors of the name before the relative clause. */
    private void whoseInvestors(SentenceView v, RelationSink sink) {
        java.util.regex.Matcher m = WHOSE_INVESTORS.matcher(v.lower);
        while (m.find()) {
            int comma = v.sentence.start() + m.start();
            Ref x = null;
            for (Ref r : v.of(EntityType.ORGANIZATION)) if (r.end() <= comma && comma - r.end() <= 2) x = r;
            java.util.regex.Matcher verb = BELONGS_VERB.matcher(v.lower);
            if (x == null || !verb.find(m.end())) continue;
            investorsBetween(v, x, m.end(), verb.start(), null, "invest.whose-investors", sink);
        }
    }

    /** The sentence's first organisation, when it stands before offset {@code at} of the sentence: the round's raiser. */
    private static Ref firstOrgBefore(SentenceView v, int at) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        return !orgs.isEmpty() && orgs.get(0).start() - v.sentence.start() < at ? orgs.get(0) : null;
    }

    /** Every investor named within [from, to) of the sentence invested in x: the members of one relative clause. */
    private void investorsBetween(SentenceView v, Ref x, int from, int to, Quantity amount, String rule, RelationSink sink) {
        for (Ref y : v.refs) {
            int at = y.start() - v.sentence.start();
            if (at >= from && y.end() - v.sentence.start() <= to && investorType(y) && !y.id().equals(x.id())) {
                add(v, y, x, amount, rule, 0.65, sink);
            }
        }
    }

    /** "X mit Sitz in Köln, 2023 von A gegründet, hat …": the subject's apposition, skipped before the verb. */
    private static final Pattern APPOSITION_LEAD = Pattern.compile("(\\s+(mit sitz in|aus|from|based in)\\s+[\\p{L}-]+)?\\s*,[^;,]{1,110},(?=\\s)");

    /** "X erhielt Kapital von Y", "X raised $40 million from Y and Z", "X hat 2 Mrd. Euro Wagniskapital von Y erhalten". */
    private void received(SentenceView v, RelationSink sink) {
        for (Ref x : v.of(EntityType.ORGANIZATION)) {
            Ref y = nextInvestor(v, x);
            if (y == null || y.start() - x.end() > 110) continue;
            String gap = v.gap(x.end(), y.start());
            String lead = v.gap(Math.max(v.sentence.start(), x.start() - 20), x.start());
            if (RAISE_VERB_BEFORE.matcher(lead).matches()) {
                // "Im September sammelte Sakana … ein, unter anderem von …": read the gap as if the verb followed the subject.
                String[] words = lead.strip().split("\\s+");
                gap = " " + words[words.length - 1] + gap;
            }
            if (!RECEIVED.matcher(gap).matches() && !RECEIVED_RELATIVE_DE.matcher(gap).matches()) {
                // The first name after x may be its founder in an apposition: the source comes after the verb.
                Ref after = sourceAfterApposition(v, x);
                if (after == null) continue;
                y = after;
                gap = v.gap(x.end(), y.start());
            }
            // "der OpenAI Startup Fund, der Wagniskapitalarm von OpenAI": an arm of y, not money from it.
            if (Rx.matches(gap, ".*arm\\s+(von|vom|des|der|of)\\s+((the|dem|der)\\s+)?$")) continue;
            Quantity amount = amount(v, x.end(), y.start());
            // A bare amount ("erhielt 300 Millionen Dollar von Y") may be a contract: it needs a money noun or a raise verb.
            boolean funding = contains(gap, MONEY_NOUNS) || contains(gap, RAISE_DE) && !gap.contains("erhielt")
                    && !gap.contains("erhält") && !gap.contains("bekam")
                    || Rx.matches(gap, ".*\\b(raised|raises|started with|starts with|wins|won|emerged from stealth|came out of stealth|"
                    + "secured|secures|took|takes|collected)\\b.*")
                    && amount != null;
            String tail = v.gap(y.end(), Math.min(v.sentence.end(), y.end() + 30));
            // "X hat 60 Millionen Euro von Y eingesammelt": the raise verb closes the clause.
            funding |= amount != null && Rx.matches(tail, "[^,;]*\\b(eingesammelt|eingeworben|raised)\\b.*");
            // "hat in einer Seed-Runde 4,5 Millionen Euro von Y erhalten": an amount in a sentence about a round.
            funding |= amount != null && contains(gap, ROUND);
            // "hat 8 Millionen Dollar vom kuwaitischen Fonds Y erhalten": received from a house that invests, not a customer.
            funding |= amount != null && Rx.matches(tail, "[^,;]*\\b(erhalten|bekommen|received)\\b.*")
                    && Rx.matches(gap, ".*\\b[\\p{L}-]*(fonds|fund|investor|investoren|kapitalgeber|geldgeber|wagnisfinanzierer)\\s+$");
            // "hat 18 Millionen Euro von Domblick Ventures erhalten": a house whose name says it invests.
            // The verb may close a list of sources ("von Domblick Ventures und dem High-Tech Gründerfonds erhalten").
            funding |= amount != null && INVESTOR_NAME.matcher(y.entity().name()).matches() && !contains(gap, ORDER_WORDS)
                    && Rx.matches(v.gap(y.end(), Math.min(v.sentence.end(), y.end() + 70)), "[^,;]*\\b(erhalten|bekommen|received)\\b.*");
            // "collects roughly $20 billion a year from Google": a yearly payment is revenue, not an investment.
            if (funding && Rx.matches(gap, ".*\\b(a year|per year|each year|every year|annually|a quarter|pro jahr|jährlich)\\b.*")) continue;
            // "took $2 billion in March from MGX" is money taken in; "took a charge", "took orders worth $2 billion from" are not.
            if (funding && Rx.matches(gap, ".*\\b(took|takes)\\b.*") && !TOOK_MONEY.matcher(gap).matches()) continue;
            if (!funding) continue;
            // "has collected money from": a perfect whose participle is the raise verb itself needs nothing after the source.
            if (Rx.matches(gap, "\\s+(hat|hatte|has|had)\\b.*") && !Rx.matches(gap, "\\s+(has|had)\\s+(\\S+\\s+)?(raised|secured|collected|received|taken|won)\\b.*")
                    && !Rx.matches(tail, "[^,;]*\\b(erhalten|bekommen|eingesammelt|"
                    + "eingeworben|received|raised)\\b.*") && !Rx.matches(tail, ",?\\s*(und|and|sowie)\\b.*")) continue;
            for (Ref i : FounderRules.orgList(v, y)) {
                // "… and Skype co-founder Jaan Tallinn": the company only names the person's role.
                Words.Word next = Words.after(v.text, i.end(), v.sentence.end());
                if (next != null && next.start() - i.end() <= 1 && RoleNouns.of(next.text()) != null) continue;
                add(v, i, x, amount, "invest.received", 0.7, sink);
            }
            // "raised money from SoftBank, which led two of its rounds, and from Allianz": a second source after an aside.
            for (Ref z : v.refs) {
                if (z.start() <= y.end() || !investorType(z) || z.id().equals(x.id())) continue;
                // "… MUFG, Mizuho und SMBC sowie von Nvidia": "sowie von" needs no comma.
                if (Rx.matches(v.gap(Math.max(y.end(), z.start() - 25), z.start()), ".*(,\\s*(and|und|sowie)|\\ssowie)\\s+(also\\s+|auch\\s+)?(from|von|vom)\\s+((the|der|dem)\\s+)?$")) {
                    add(v, z, x, null, "invest.received", 0.65, sink);
                }
            }
        }
    }

    private static final String[] ORDER_WORDS = {"auftrag", "order", "contract", "vertrag", "deal", "zuschlag"};
    private static final Pattern INVESTOR_NAME = Pattern.compile("(?iu).*\\s(ventures|capital|venture partners|fund|fonds|"
            + "gründerfonds|investments|beteiligungen)");

    /** The first organisation named after x's closed apposition when the raise verb and its source follow it, or null. */
    private static Ref sourceAfterApposition(SentenceView v, Ref x) {
        String tail = v.gap(x.end(), Math.min(v.sentence.end(), x.end() + 240));
        java.util.regex.Matcher a = APPOSITION_LEAD.matcher(tail);
        if (!a.lookingAt()) return null;
        int from = x.end() + a.end();
        for (Ref r : v.refs) {
            if (r.start() < from || !r.is(EntityType.ORGANIZATION) || r.id().equals(x.id())) continue;
            return r.start() - from <= 110 && RECEIVED.matcher(v.gap(from, r.start())).matches() ? r : null;
        }
        return null;
    }

    /** The first organisation or person after x in the sentence. */
    private static Ref nextInvestor(SentenceView v, Ref x) {
        for (Ref r : v.refs) if (r.start() >= x.end() && investorType(r) && !r.id().equals(x.id())) return r;
        return null;
    }

    private static boolean investorType(Ref r) {
        return r.is(EntityType.ORGANIZATION) || r.is(EntityType.PERSON);
    }

    private static boolean contains(String s, String[] cues) {
        for (String c : cues) if (s.contains(c)) return true;
        return false;
    }

    private static Quantity amount(SentenceView v, int a, int b) {
        for (Quantity q : v.doc.quantities()) {
            if (q.evidence().sentence() == v.index() && q.evidence().start() >= a && q.evidence().end() <= b
                    && !q.unit().equals("parameters") && !q.unit().equals("chips")) return q;
        }
        return null;
    }

    private static void add(SentenceView v, Ref investor, Ref target, Quantity amount, String rule, double conf, RelationSink sink) {
        sink.add(v, investor.id(), Predicate.INVESTED_IN, target.id(), null, null, null, amount,
                Math.min(investor.start(), target.start()), Math.max(investor.end(), target.end()), rule, conf);
    }
}
