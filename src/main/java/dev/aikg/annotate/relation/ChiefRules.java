package dev.aikg.annotate.relation;

import dev.aikg.annotate.text.Regions;

import dev.aikg.annotate.relation.MentionIndex.Ref;
import dev.aikg.annotate.relation.Words.Word;
import dev.aikg.model.EntityType;
import dev.aikg.model.Predicate;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who runs a company, told by a verb rather than a title before the name: "Workday, led by Carl
 * Eschenbach", "Broadcom (NASDAQ: AVGO), led by Hock Tan", "a Vancouver start-up run by co-founder and
 * CEO X", "…, das von Gründer und Chef X geführt wird", "Character.AI named X as chief executive", "X
 * führt das Unternehmen als Geschäftsführerin", and the title before a founder in "founded by chief
 * executive X and Y". Titles before and after names are {@link RoleRules}.
 */
final class ChiefRules {
    void apply(SentenceView v, RelationSink sink) {
        if (!v.hasType(EntityType.PERSON)) return;
        if (v.hasType(EntityType.ORGANIZATION) && v.hasAny("led by", "headed by", "run by", " geführt", " geleitet", "führung von", "leitung von")) {
            for (Ref p : v.of(EntityType.PERSON)) ledBy(v, p, sink);
        }
        if (v.hasType(EntityType.ORGANIZATION) && v.hasAny("geführt wird", "geleitet wird", "geführt werden")) frontedLed(v, sink);
        if (v.hasType(EntityType.ORGANIZATION) && v.hasAny("an der spitze", "an dessen spitze", "an deren spitze")) atTheTop(v, sink);
        if (v.hasType(EntityType.ORGANIZATION) && v.hasAny("whose", "dessen", "deren")) whoseChief(v, sink);
        if (v.of(EntityType.PERSON).size() >= 2 && v.hasAny("nachfolge", "das amt")) predecessor(v, sink);
        if (v.hasAny("became", "returned as", "after running", "having run", " over as", " on as", " in as", " named", " appointed", "remain")) {
            became(v, sink);
        }
        if (v.hasAny("named", "appointed", "hired", "promoted", "ernannte", "ernennt", "berief", "beruft")) appointed(v, sink);
        if (v.hasAny("das unternehmen", "die firma", "das start-up", "the company", "the firm", "the start-up", "runs it", "serves as", " who is ", " who remains ", " and is now ", " and is also ")) {
            runsTheCompany(v, sink);
        }
        if (v.hasType(EntityType.ORGANIZATION) && v.hasAny(" led ", " run ", " ran ", " headed ", "geführt", "geleitet", " führt", " leitet", " runs ",
                " leads ", " heads ")) {
            ledRelative(v, sink);
        }
        if (v.hasType(EntityType.ORGANIZATION) && v.hasAny(" als ", " as ", " seit ")) runsNamedAs(v, sink);
        if (v.hasType(EntityType.ORGANIZATION) && v.hasAny("under ")) underChief(v, sink);
    }

    /** ", der heute auch Chef der Firma ist": the founder's post now. */
    private static final java.util.regex.Pattern WHO_IS_CHIEF = java.util.regex.Pattern.compile("\\s*,\\s*(der|die)\\s+((heute|inzwischen|"
            // "der heute der Chief Executive ist": a translation's English title with its article.
            + "auch|noch|zugleich|zudem|bis heute|weiterhin|seither)\\s+)*((der|die)\\s+)?(" + ChiefRules.CHIEF_TITLES + "|chief executive)\\s+"
            + "((der firma|des unternehmens|des start-ups|des startups|des konzerns)\\s+)?(ist|bleibt)\\b.*");
    /** "founded in 2020 by X, formerly head of Nvidia's China business and now its CEO": the founder's post now, in English. */
    private static final java.util.regex.Pattern NOW_ITS_CHIEF = java.util.regex.Pattern.compile("\\s*,[^;()]{0,70}?(\\band|,)\\s+"
            + "(now|today|still|also)\\s+(its|the company's|the firm's|the start-up's)\\s+(chief executive( officer)?|ceo)\\b.*");

    // "Mistral AI aus Paris, das von Arthur Mensch mitgegründet wurde": the company's seat may come first.
    private static final java.util.regex.Pattern RELATIVE_VON = java.util.regex.Pattern.compile("(\\s+aus\\s+\\p{L}[\\p{L}-]*)?\\s*,\\s*"
            + "(das|die|der|welches|welche)\\s+von\\s+[^,;]*");

    /** The company of "X, das von … P": the name before the relative pronoun whose clause holds the person. */
    private static String relativeAntecedent(SentenceView v, Ref p) {
        String found = null;
        for (Ref o : v.of(EntityType.ORGANIZATION)) {
            if (o.end() >= p.start()) break;
            if (RELATIVE_VON.matcher(v.gap(o.end(), p.start())).matches()) found = o.id();
        }
        return found;
    }

    /** "die von Jonas Andrulis gegründet wurde und von ihm geführt wird": founded by him, and led by him too. */
    private static final java.util.regex.Pattern FOUNDED_AND_LED_BY_HIM = java.util.regex.Pattern.compile("\\s+(gegründet|mitgegründet)\\s+"
            + "(wurde|worden ist)\\s+und\\s+((bis heute|heute|auch|noch|weiterhin)\\s+)*von\\s+(ihm|ihr)\\s+((auch|noch|weiterhin)\\s+)?"
            + "(geführt|geleitet)\\s+wird\\b.*");

    /**
     * "NotCo wurde gegründet von Matías Muchnick, der heute auch Chef der Firma ist": the company he founded, he runs. Runs
     * after the founder rules, whose relations it reads.
     */
    private static void founderWhoIsChief(SentenceView v, RelationSink sink) {
        for (Ref p : v.of(EntityType.PERSON)) {
            String after = v.gap(p.end(), Math.min(v.sentence.end(), p.end() + 80));
            boolean ledByHim = FOUNDED_AND_LED_BY_HIM.matcher(after).matches();
            boolean nowChief = NOW_ITS_CHIEF.matcher(after).matches();
            if (nowChief) {
                int at = after.indexOf(" its ") >= 0 ? after.indexOf(" its ") : after.indexOf("'s ");
                if (v.typeBetween(p.end(), p.end() + Math.max(at, 0), EntityType.PERSON)) continue;
            }
            if (!WHO_IS_CHIEF.matcher(after).matches() && !ledByHim && !nowChief) continue;
            // "Affirm, das von PayPal-Mitgründer Max Levchin gegründet wurde und … von ihm geführt wird": the relative clause's
            // company, not the one the founder's title names.
            String founded = ledByHim ? relativeAntecedent(v, p) : foundedBy(v, sink, p);
            if (founded != null) {
                sink.add(v, p.id(), Predicate.CEO_OF, founded, null, null, null, null, p.start(), p.end(), "role.founder-who-is-chief", 0.7);
            }
        }
    }

    private static final java.util.regex.Pattern UNDER_CHIEF_BEFORE = java.util.regex.Pattern.compile("(?s)(.*[,;:]\\s*)?under\\s+"
            + "((its|his|her)\\s+)?(new\\s+)?(?<title>chief executive( officer)?|ceo)\\s+$");

    /**
     * "Under chief executive Scott O'Neil, Merlin has …": the company the clause opens with is the chief's (German "Unter
     * Vorstandschef X hat Y …" is read by the title rules).
     */
    private static void underChief(SentenceView v, RelationSink sink) {
        for (Ref p : v.of(EntityType.PERSON)) {
            java.util.regex.Matcher m = UNDER_CHIEF_BEFORE.matcher(v.gap(v.sentence.start(), p.start()));
            if (!m.matches()) continue;
            Ref o = v.refAfter(p.end());
            if (o == null || !o.is(EntityType.ORGANIZATION) || !Rx.matches(v.gap(p.end(), o.start()), "\\s*,\\s*")) continue;
            sink.add(v, p.id(), Predicate.CEO_OF, o.id(), m.group("title"), null, null, null, p.start(), o.end(), "role.under-chief", 0.75);
        }
    }

    private static final java.util.regex.Pattern RUNS_NAMED = java.util.regex.Pattern.compile("\\s+((heute|inzwischen|seit \\d{4})\\s+)?"
            + "(führt|leitet|lenkt|führte|leitete|runs|leads|ran|led|heads|headed)\\s+$");
    private static final java.util.regex.Pattern AS_CHIEF_AFTER = java.util.regex.Pattern.compile("\\s+((weiter|weiterhin|heute|inzwischen|"
            + "still|now|seit \\d{4}|since \\d{4})\\s+)?(als|as)\\s+((its|seine|ihre)\\s+)?(?<title>" + ChiefRules.CHIEF_TITLES + "|vorstandsvorsitzende|"
            + "vorstandsvorsitzender|chief executive( officer)?)\\b.*");

    // The qualified name lets this initialiser read SINCE_DATE, declared further down.
    private static final java.util.regex.Pattern SINCE_AFTER = java.util.regex.Pattern.compile("\\s+((bereits|schon)\\s+)?("
            + ChiefRules.SINCE_DATE + "|seit (dem|der|einem|einer|vielen|mehreren) \\p{L}+)\\b.*");

    /** "Rappaport führt Wiz als Vorstandschef", "Kim runs Lumen as chief executive": the person, the verb, the company, the post. */
    private static void runsNamedAs(SentenceView v, RelationSink sink) {
        for (Ref p : v.of(EntityType.PERSON)) {
            Ref o = v.refAfter(p.end());
            if (o == null || !o.is(EntityType.ORGANIZATION) || o.start() - p.end() > 30) continue;
            if (!RUNS_NAMED.matcher(v.gap(p.end(), o.start())).matches()) continue;
            String after = v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 50));
            java.util.regex.Matcher m = AS_CHIEF_AFTER.matcher(after);
            // "Marks führt Otis seit 2019": the German verb with the time since when, no title needed.
            if (!m.matches() && Rx.matches(v.gap(p.end(), o.start()), "\\s+(führt|leitet)\\s+") && SINCE_AFTER.matcher(after).matches()) {
                sink.add(v, p, Predicate.CEO_OF, o, "role.runs-named-since", 0.7);
                continue;
            }
            if (!m.matches()) continue;
            sink.add(v, p.id(), Predicate.CEO_OF, o.id(), m.group("title"), null, null, null, p.start(), o.end(), "role.runs-named-as", 0.75);
        }
    }

    /** The German titles of a company's chief, and "CEO", as a company is led "als Chef". */
    static final String CHIEF_TITLES = "chef|chefin|vorstandschef|vorstandschefin|konzernchef|konzernchefin|ceo|geschäftsführer|"
            + "geschäftsführerin";

    private static final java.util.regex.Pattern WHO_LED = java.util.regex.Pattern.compile(
            "\\s*,\\s*who\\s+((has|had)\\s+)?((also|long|since|previously)\\s+)?(led|run|ran|headed)\\s+");
    private static final java.util.regex.Pattern LED_SINCE_AFTER = java.util.regex.Pattern.compile("\\s+(since|until|from|for|in)\\b.*|\\s*[,.;].*");
    private static final java.util.regex.Pattern DER_BEFORE = java.util.regex.Pattern.compile("\\s*,\\s*(der|die)\\s+"
            + "((auch|zudem|bis heute|heute|noch|weiterhin|inzwischen)\\s+)?");
    /** The rest of a German relative clause after the company: "seit 2018 geführt … hatte", "seit 2023 leitet". */
    private static final java.util.regex.Pattern LED_LAST = java.util.regex.Pattern.compile("\\s+((seit|bis)\\s+[^,;]{1,25}?\\s+)?"
            // "der Adyen gemeinsam mit Ingo Uytdehaage führt": a co-chief.
            + "((gemeinsam|zusammen)\\s+mit\\s+[^,;]{1,40}?\\s+)?"
            // "der auch Deepseek als Chef führt": the title the company is led with.
            + "(als\\s+(" + ChiefRules.CHIEF_TITLES + ")\\s+)?"
            + "((geführt|geleitet)\\b[^,;]{0,60}?\\b(hat|hatte|haben|hatten)\\b|(führt|leitet|führte|leitete)\\s*[,.;]).*");

    /**
     * "Krakowsky, who has led Interpublic since 2021,", "Mark Read, der WPP seit 2018 geführt … hatte", "Mira Patel, die
     * Lumen seit 2023 leitet": a relative clause says the person runs (or ran) the company. Not a round
     * ("who led Vantor's seed round").
     */
    /**
     * "Wise, den Mitgründer Kristo Käärmann als Chef führt": the company before, the object relative pronoun, a title
     * (TITLE_CHAIN is declared further down; the qualified name lets this initialiser read it).
     */
    // "Ecolab, der US-Hygienekonzern, den Christophe Beck führt": an apposition may come first.
    private static final java.util.regex.Pattern OBJECT_PRONOUN = java.util.regex.Pattern.compile("(\\s*,\\s*(der|die|das|ein|eine|einer|einem)"
            + "\\s[^,;()]{1,50}?)?,\\s*(den|die|das)\\s+" + ChiefRules.TITLE_CHAIN);
    private static final java.util.regex.Pattern OBJECT_PRONOUN_EN = java.util.regex.Pattern.compile(",\\s*(which|that)\\s+"
            + ChiefRules.TITLE_CHAIN);
    private static final java.util.regex.Pattern RUNS_AFTER_EN = java.util.regex.Pattern.compile("\\s+((now|still|also|has)\\s+)*"
            + "(runs|leads|heads|run|led|headed)\\b(?!\\s+(by|to)\\b).*");

    private static void ledRelative(SentenceView v, RelationSink sink) {
        for (Ref p : v.of(EntityType.PERSON)) {
            Ref before = null;
            for (Ref r : v.refs) if (r.end() <= p.start()) before = r;
            if (before != null && before.is(EntityType.ORGANIZATION) && p.start() - before.end() <= 50
                    && OBJECT_PRONOUN.matcher(v.gap(before.end(), p.start())).matches()
                    // After the chief the clause closes as after the company of "Mira Patel, die Lumen seit 2023 leitet".
                    && LED_LAST.matcher(v.gap(p.end(), Math.min(v.sentence.end(), p.end() + 90))).matches()) {
                sink.add(v, p, Predicate.CEO_OF, before, "role.led-object-relative", 0.7);
            }
            // "Comcast, which Brian Roberts runs from Philadelphia": the English object relative.
            if (before != null && before.is(EntityType.ORGANIZATION) && p.start() - before.end() <= 50
                    && OBJECT_PRONOUN_EN.matcher(v.gap(before.end(), p.start())).matches()
                    && RUNS_AFTER_EN.matcher(v.gap(p.end(), Math.min(v.sentence.end(), p.end() + 30))).matches()) {
                sink.add(v, p, Predicate.CEO_OF, before, "role.led-object-relative", 0.7);
            }
            Ref o = v.refAfter(p.end());
            if (o == null || !o.is(EntityType.ORGANIZATION) || o.start() - p.end() > 40) continue;
            String gap = v.gap(p.end(), o.start());
            String after = v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 90));
            boolean en = WHO_LED.matcher(gap).matches() && !SentenceView.genitiveSurface(o) && !after.startsWith("'")
                    && LED_SINCE_AFTER.matcher(after).matches();
            boolean de = !en && DER_BEFORE.matcher(gap).matches() && LED_LAST.matcher(after).matches();
            if (en || de) sink.add(v, p, Predicate.CEO_OF, o, "role.led-relative", 0.7);
            // The co-chief "gemeinsam mit" names runs it too.
            if (de && Rx.matches(after, "\\s+(gemeinsam|zusammen)\\s+mit\\s+.*")) {
                Ref co = v.refAfter(o.end());
                if (co != null && co.is(EntityType.PERSON) && co.start() - o.end() < 30) sink.add(v, co, Predicate.CEO_OF, o, "role.led-relative", 0.7);
            }
        }
    }

    /** "founded and still run by", "gegründet und bis heute geführt von". */
    private static final String STILL = "(still|now|also|jetzt|weiterhin|noch immer|bis heute|noch)";
    private static final String TITLE_CHAIN = "(((co-founder|cofounder|founder|(chair|chairman|chairwoman|president)(?=\\s+and\\s+(ceo|chief executive))|mitgründer|mitgründerin|mitgründern|gründer|gründerin|gründern|"
            + "ceo|co-ceos?|chief executive|co-chief executives?|chief executives|chef|chefin|co-chefs?|co-chefin|vorstandschef|(global\\s+)?managing partner|"
            // "von seinen Mitgründern und Co-Chefs A und B": an owner's possessive before the titles.
            + "seinen|seiner|ihren|ihrer|its|their)(\\s+(and|und)\\s+|\\s+))*"
            // "run by former investment banker Omer Saeed": a past trade before the name.
            + "((former|ex-|veteran|serial)\\s+)?((investment|software|hedge-fund|private-equity|tech)\\s+)?"
            + "((banker|engineer|entrepreneur|executive|trader|investor|researcher|scientist|manager|architect|designer|physicist|"
            + "chemist|economist|lawyer)\\s+)?)";
    private static final java.util.regex.Pattern LED_BY = java.util.regex.Pattern.compile(
            // "Die Sage Group aus Newcastle, geführt von Steve Hare": the company's seat may stand before the comma.
            // "Intel itself, now led by Lip-Bu Tan,": the company's own word and a time word around the comma.
            // "Zillow mit Sitz in Seattle, seit vergangenem Jahr geführt von X": the seat and the time of the German participle.
            // "IFF, which has been run by Erik Fyrwald since February": a perfect passive in the relative clause.
            // "Airbnb dagegen, geführt von Brian Chesky,": a contrasting adverb before the comma.
            // "Etsy, the Brooklyn-based marketplace for handmade goods led by Josh Silverman": an apposition's noun led by the chief
            // (not a round, a team or a deal led by someone).
            // "FICO aus Bozeman, Montana, geführt von Will Lansing": the state after the city; "Runway aus New York": two words.
            Rx.LISTING + "(\\s+(aus|from|mit sitz in)\\s+\\p{L}[\\p{L}-]*(\\s+(?!(und|and|sowie)\\b)\\p{L}[\\p{L}-]*)?(,\\s+" + Regions.ALTERNATION + ")?)?(\\s+(itself|dagegen|hingegen|wiederum))?,\\s*(which is\\s+|which has been\\s+|that is\\s+|"
            + "that has been\\s+|das\\s+|die\\s+|der\\s+|(the|a|an)\\s+(?![^,;]*\\b(round|funding|investment|team|project|effort|consortium|deal|"
            + "group of|delegation|study|research|programme|program)\\b)[^,;()]{3,60}?\\s)?"
            + "(" + STILL + "\\s+)?(seit\\s+[^,;]{1,25}?\\s+)?(co-)?(led|headed|run|geführt|geleitet)\\s+(by|von)\\s+" + TITLE_CHAIN);
    /**
     * "Zest AI, gegründet von Douglas Merrill, dem früheren Informatikchef von Google, und heute geführt von Mike de Vere": the
     * founding told first, its founder's apposition naming other houses, then the chief.
     */
    private static final java.util.regex.Pattern FOUNDED_THEN_LED = java.util.regex.Pattern.compile(Rx.LISTING
            + "(\\s+(aus|from)\\s+[\\p{L}-]+)?,\\s*(gegründet|mitgegründet|founded|co-founded)\\s+((in\\s+|im jahr\\s+)?\\d{4}\\s+)?(von|by)\\s+"
            + "[^;()]{1,120}?,?\\s+(und|and)\\s+((heute|inzwischen|mittlerweile|now|today|still|seit\\s+\\d{4})\\s+)?"
            + "(geführt|geleitet|led|run|headed)\\s+(von|by)\\s+" + TITLE_CHAIN);
    /** "Nestlé mit Sitz in Vevey, seit September von Laurent Freixe geführt,": the German participle after the name. */
    private static final java.util.regex.Pattern LED_BY_PARTICIPLE_LAST = java.util.regex.Pattern.compile(
            Rx.LISTING + "(\\s+(aus|mit sitz in)\\s+\\p{L}[\\p{L}-]*)?,\\s*((seit\\s+[^,;]{1,25}?|heute|inzwischen)\\s+)?von\\s+" + TITLE_CHAIN);
    /**
     * "Veltrix, still majority-owned by Vantor and led by co-founder Ada Lind", "Brightwave, a Vancouver start-up run by
     * co-founder and CEO Ivo Hart", "SiPearl aus Lyon, gegründet und geführt von X": the verb after a description, which
     * a comma may close ("Gauss Fusion, ein Zusammenschluss europäischer Industriefirmen, geführt von X").
     */
    private static final java.util.regex.Pattern LED_BY_DESCRIBED = java.util.regex.Pattern.compile(
            Rx.LISTING + "(\\s+(aus|from|in)\\s+\\p{L}[\\p{L}-]*)?,\\s*[^;:()]{0,80}?\\b((and|und)\\s+((is|was|has been)\\s+)?(" + STILL + "\\s+)?|(a|an|the|ein|eine)\\s+([\\p{L}-]+,?\\s+){0,4}?"
            // "…, the Santa Clara, California-based switch maker run by": a company noun right before the verb.
            + "|[\\p{L}-]*(maker|company|firm|group|start-up|startup|cloud|provider|operator|unternehmen|firma|konzern|anbieter|hersteller|lab)\\s+)"
            + "(co-)?(led|headed|run|geführt|geleitet)\\s+(by|von)\\s+" + TITLE_CHAIN);
    /** "Nscale, spun out of Arkon Energy in 2024, is run by …": the apposition is closed, the verb is the subject's. */
    private static final java.util.regex.Pattern CLOSED_APPOSITION_THEN_LED = java.util.regex.Pattern.compile(
            // "Canva, Adobe's fastest-growing rival, is based in Sydney and is run by": the seat may come first.
            Rx.LISTING + ",[^;]*,\\s+((which|that)\\s+)?((is|was)\\s+based\\s+in\\s+[^,;]{1,30}?\\s+and\\s+)?"
            + "(is|was|wird|wurde)\\s+((now|still|jetzt|inzwischen)\\s+)?(led|headed|run|geführt|geleitet)"
            + "\\s+(by|von)\\s+" + TITLE_CHAIN);
    /** "Veltrix, das von Gründer und Chef Ada Lind geführt wird": the German relative clause, its participle after the name. */
    private static final java.util.regex.Pattern LED_BY_RELATIVE = java.util.regex.Pattern.compile(
            // "DraftKings, welcher von Jason Robins geführt wird": a translation's "welcher".
            // "Der Großhändler Henry Schein aus den USA, welcher von …", "Fröbel mit Sitz in Köln, der …": up to four words of seat.
            // "Fröbel mit Sitz in Köln, der mehr als 200 Kitas betreibt und von X geführt wird": a first verb coordinated before.
            "(\\s+[\\p{L}-]+){0,4},\\s*(das|die|der|welches|welcher|welche)\\s+([^,;]{1,80}?\\s+und\\s+)?(seit \\d{4}\\s+)?von\\s+"
            + TITLE_CHAIN);
    /** "Sony Music unter der Führung von Rob Stringer hat …": the German phrase right after the name. */
    private static final java.util.regex.Pattern UNDER_LEADERSHIP = java.util.regex.Pattern.compile(
            "(\\s+(aus|mit sitz in)\\s+\\p{L}[\\p{L}-]*)?,?\\s+unter\\s+(der\\s+)?(führung|leitung)\\s+(von|des|der)\\s+" + TITLE_CHAIN);

    /** Words of time between a German passive's auxiliary and its agent: "wird seit Dezember von", "wurde inzwischen von". */
    /** "seit 2021", "seit Januar", "seit Juli 2024": a German start of a time. */
    private static final String SINCE_DATE = "seit [\\p{L}\\d.]+( \\d{4})?";
    private static final String SINCE_WHEN = "(" + SINCE_DATE + "|inzwischen|heute|ebenfalls)";

    /**
     * The company as the subject of a passive: "X (mit Sitz in Y) wird von Z geführt", "X is (now) run by Z", "X wird seit
     * Dezember von Z geführt".
     */
    private static final java.util.regex.Pattern PASSIVE = java.util.regex.Pattern.compile("(\\s+(mit sitz in|aus|based in|in)\\s+[\\p{L}-]+"
            // "Ather Energy, ebenfalls aus Bengaluru, wird von X geführt": a closed apposition before the German auxiliary.
            + "(\\s+[\\p{L}-]+)?|\\s+(is|was)\\s+based\\s+in\\s+[^,;]{1,30}?\\s+and|\\s*,[^,;()]{1,60},)?\\s+((wird|wurde)\\s+(" + SINCE_WHEN + "\\s+)?von|(is|was|has been|had been)\\s+((now|still|also)\\s+)?"
            + "(led|run|headed)\\s+by)\\s+" + TITLE_CHAIN);

    private static final java.util.regex.Pattern INVERTED_PASSIVE = java.util.regex.Pattern.compile("\\s+(" + SINCE_WHEN + "\\s+)?von\\s+"
            + TITLE_CHAIN);

    /**
     * "Verne emerged from Rimac Group and is run by chief executive X": a second predicate of the company that opens the
     * sentence, another company named in the first one.
     */
    private static final java.util.regex.Pattern COORDINATED_PASSIVE = java.util.regex.Pattern.compile("\\s+[^,;]{1,60}?\\s+and\\s+"
            + "(is|was)\\s+((now|still|also)\\s+)?(led|run|headed)\\s+by\\s+" + TITLE_CHAIN);
    /**
     * "Mythic aus Austin, einst …, geriet 2022 in Geldnot und wird heute von X geführt": the German second predicate of the
     * company that opens the sentence, its participle after the name.
     */
    private static final java.util.regex.Pattern COORDINATED_PASSIVE_DE = java.util.regex.Pattern.compile("[^;]{1,120}?\\s+und\\s+"
            + "(wird|wurde)\\s+(" + SINCE_WHEN + "\\s+)?von\\s+" + TITLE_CHAIN);

    /** "Workday, led by Carl Eschenbach,", "Mistral, geführt von Arthur Mensch,": the company's chief. */
    private static void ledBy(SentenceView v, Ref p, RelationSink sink) {
        for (Ref o : v.of(EntityType.ORGANIZATION)) {
            if (o.end() > p.start()) break;
            String after = v.gap(p.end(), Math.min(v.sentence.end(), p.end() + 40));
            // In lower case: German capitalises the title ("geführt von Mitgründer Eric Baker").
            String gap = v.gap(o.end(), p.start());
            boolean plain = LED_BY.matcher(gap).matches() || UNDER_LEADERSHIP.matcher(gap).matches() || FOUNDED_THEN_LED.matcher(gap).matches();
            // Another company between is allowed when the verb is coordinated with the description ("still owned by
            // Vantor and led by …"); "which competes with Vantor led by Ada Lind" speaks of Vantor's chief.
            // "Affirm, the San Francisco lender run by PayPal co-founder Max Levchin": a company naming the title is part of it.
            Ref titled = titleCompany(v, o, p);
            if (titled != null) gap = v.gap(o.end(), titled.start()) + v.gap(titled.end(), p.start());
            // "Waymo, the Alphabet subsidiary run by …": a company that only qualifies the apposition's noun is no other subject.
            boolean orgBetween = v.otherTypeBetween(o.end(), p.start(), EntityType.ORGANIZATION, o.id()) && !onlyAttributiveBetween(v, o, p);
            boolean described = !plain && !v.typeBetween(o.end(), p.start(), EntityType.PERSON)
                    && (titled != null || !orgBetween
                        // "Isomorphic, which was spun out of DeepMind in 2021 and is run by Demis Hassabis": the auxiliary too.
                        || Rx.matches(gap, ".*\\b(and|und)\\s+((is|was|has been)\\s+)?(led|headed|run|geführt|geleitet)\\s+(by|von)\\s+" + TITLE_CHAIN)
                        || CLOSED_APPOSITION_THEN_LED.matcher(gap).matches())
                    && (LED_BY_DESCRIBED.matcher(gap).matches() || CLOSED_APPOSITION_THEN_LED.matcher(gap).matches());
            // "an Veltrix beteiligt, das von …": the relative clause may follow the verb that closes the main clause.
            boolean relative = !plain && !described && !orgBetween
                    && (LED_BY_RELATIVE.matcher(gap).matches() && Rx.matches(after, "\\s+(geführt|geleitet)\\s+(wird|wurde)\\b.*")
                        || LED_BY_PARTICIPLE_LAST.matcher(gap).matches() && Rx.matches(after, "\\s+(geführt|geleitet)\\s*[,;.].*"));
            // "Physical Intelligence mit Sitz in San Francisco wird von Karol Hausman geführt", "Veltrix is run by Ada Lind".
            boolean passive = !plain && !described && !relative && !orgBetween
                    && PASSIVE.matcher(gap).matches()
                    // "wird von Jamie Khoo als Chefin geführt": the title between the name and the participle.
                    && (gap.contains(" by ") || Rx.matches(after, "\\s+(als\\s+[\\p{L}-]+\\s+)?(geführt|geleitet)\\b.*"));
            // "Seit Januar wird Moët Hennessy von Jean-Jacques Guiony geführt": the German passive with the company after "wird".
            boolean inverted = !plain && !described && !relative && !passive && !orgBetween
                    && INVERTED_PASSIVE.matcher(gap).matches()
                    && Rx.matches(v.gap(Math.max(v.sentence.start(), o.start() - 8), o.start()), "(?s).*\\b(wird|wurde)\\s+$")
                    && Rx.matches(after, "\\s+(als\\s+[\\p{L}-]+\\s+)?(geführt|geleitet)\\b.*");
            passive |= inverted;
            boolean coordinated = !plain && !described && !relative && !passive && !v.typeBetween(o.end(), p.start(), EntityType.PERSON)
                    && o == v.openingCompany(v.index(), 2)
                    && (orgBetween && COORDINATED_PASSIVE.matcher(gap).matches()
                        || COORDINATED_PASSIVE_DE.matcher(gap).matches() && Rx.matches(after, "\\s+(als\\s+[\\p{L}-]+\\s+)?(geführt|geleitet)\\b.*"));
            if (!plain && !described && !relative && !passive && !coordinated) continue;
            // "KION competes with Toyota Industries, …, and with Jungheinrich, which is run by X": the clause is the nearer one's.
            if (!plain && nearerLedBy(v, o, p)) continue;
            // "led by Ada Lind and Jonas Falk": the first of co-leads (the text as written: "and has pledged" goes on
            // with the company's next verb).
            String written = v.text.substring(p.end(), Math.min(v.sentence.end(), p.end() + 20));
            // "run by co-chief executives A and B": a plural title names co-leads too.
            boolean coLed = Rx.matches(v.gap(Math.max(o.end(), p.start() - 40), p.start()), ".*\\b(co-(led|run|headed)\\s+by|"
                    + "(led|run|headed)\\s+by\\s+(co-chief executives|co-ceos|chief executives))\\s+$");
            if (!relative && !passive && !coordinated && !coLed && Rx.matches(written, "\\s*(and|und)\\s+\\p{Lu}.*")) continue;
            sink.add(v, p, Predicate.CEO_OF, o, "role.led-by", 0.7);
            // "the Munich-based defence AI company co-led by Gundbert Scherf and Torsten Reil": every co-chief.
            if (coLed) {
                for (Ref q : FounderRules.listFrom(v, p, EntityType.PERSON)) {
                    if (q != p) sink.add(v, q, Predicate.CEO_OF, o, "role.led-by", 0.7);
                }
            }
            // "run by co-founder and CEO Ivo Hart": the title chain says who founded it, too.
            String between = v.gap(Math.max(o.end(), p.start() - 40), p.start());
            // The founder title of a company between is that company's ("run by PayPal co-founder …").
            if (titled == null && Rx.matches(between, ".*\\b(co-founder|cofounder|founder|mitgründer|mitgründerin|gründer|gründerin)\\s+((and|und)\\s+[\\p{L}-]+(\\s+[\\p{L}-]+)?\\s+)?$")
                    || Rx.matches(between, ".*\\b(founded|co-founded|gegründet|mitgegründet) (and|und) (" + STILL + " )?(led|run|headed|geführt|geleitet) (by|von)\\s+$")) {
                sink.add(v, p, Predicate.FOUNDER_OF, o, "founder.led-by-title", 0.7);
            }
        }
    }

    private static final java.util.regex.Pattern ATTRIBUTIVE_NOUN = java.util.regex.Pattern.compile("\\s+(" + Rx.UNIT_NOUNS + ")\\b.*");

    /** Every company between o and p stands right before a unit's noun ("the Alphabet subsidiary"). */
    private static boolean onlyAttributiveBetween(SentenceView v, Ref o, Ref p) {
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            if (r.start() <= o.end() || r.end() > p.start() || r.id().equals(o.id())) continue;
            if (!ATTRIBUTIVE_NOUN.matcher(v.gap(r.end(), Math.min(v.sentence.end(), r.end() + 20))).matches()) return false;
        }
        return true;
    }

    /** Another company between o and p whose own "led by" clause reaches p. */
    private static boolean nearerLedBy(SentenceView v, Ref o, Ref p) {
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            if (r.start() <= o.end() || r.end() > p.start() || r.id().equals(o.id())) continue;
            if (LED_BY.matcher(v.gap(r.end(), p.start())).matches()) return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern TITLE_AFTER_COMPANY = java.util.regex.Pattern.compile(
            "(\\s*-|\\s+|'s\\s+)(co-founder|cofounder|founder|mitgründer|mitgründerin|gründer|gründerin)\\s+(and\\s+(ceo|chief executive)\\s+)?");

    /**
     * The one company between o and the person p that is followed by the person's founder title and then the person
     * ("run by PayPal co-founder Max Levchin", "geführt von Paypal-Mitgründer X"), or null.
     */
    private static Ref titleCompany(SentenceView v, Ref o, Ref p) {
        Ref found = null;
        for (Ref r : v.refs) {
            if (r.start() < o.end() || r.end() > p.start() || !r.is(EntityType.ORGANIZATION)) continue;
            if (found != null) return null;
            found = r;
        }
        return found != null && TITLE_AFTER_COMPANY.matcher(v.gap(found.end(), p.start())).matches() ? found : null;
    }

    private static final java.util.regex.Pattern FRONTED_LED = java.util.regex.Pattern.compile("\\s*(geführt|geleitet)\\s+(wird|werden|wurde)\\s+");
    private static final java.util.regex.Pattern FRONTED_LED_BY = java.util.regex.Pattern.compile("\\s+((seit \\d{4}|heute|inzwischen)\\s+)?von\\s+"
            + TITLE_CHAIN);
    private static final java.util.regex.Pattern FOUNDER_TITLE = java.util.regex.Pattern.compile(".*\\b(co-founder|cofounder|founder|"
            + "mitgründer|mitgründerin|mitgründern|gründer|gründerin|gründern)\\b.*");

    /** "Geführt wird Warby Parker von seinen Mitgründern und Co-Chefs A und B": the participle first, the company, the chiefs. */
    private static void frontedLed(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        Ref o = orgs.get(0);
        if (!FRONTED_LED.matcher(v.gap(v.sentence.start(), o.start())).matches()) return;
        Ref first = null;
        for (Ref r : v.refs) if (r.start() >= o.end()) { first = r; break; }
        if (first == null || !first.is(EntityType.PERSON)) return;
        String titles = v.gap(o.end(), first.start());
        if (!FRONTED_LED_BY.matcher(titles).matches()) return;
        boolean founders = FOUNDER_TITLE.matcher(titles).matches();
        for (Ref p : FounderRules.listFrom(v, first, EntityType.PERSON)) {
            sink.add(v, p, Predicate.CEO_OF, o, "role.fronted-led-by", 0.7);
            if (founders) sink.add(v, p, Predicate.FOUNDER_OF, o, "founder.fronted-led-by", 0.7);
        }
    }

    /** "steht an der Spitze von X", "steht seither an der Spitze der neuen Einheit X": the person before heads the company. */
    private static final java.util.regex.Pattern AT_THE_TOP = java.util.regex.Pattern.compile("\\s+((steht|stand|standen|stehen)\\s+)?"
            + "((seit \\d{4}|seither|heute|inzwischen|nun|jetzt|weiterhin|noch)\\s+)?an der spitze (von|des|der)\\s+"
            + "((dem|der|den|neuen|neu gegründeten|eigenen)\\s+)*([\\p{L}-]+\\s+)?");

    /** "In Deutschland steht Petra Justenhoven an der Spitze von PwC", "Wang steht seither an der Spitze der Einheit X". */
    private static void atTheTop(SentenceView v, RelationSink sink) {
        for (Ref p : v.of(EntityType.PERSON)) {
            Ref o = v.refAfter(p.end());
            if (o == null || !o.is(EntityType.ORGANIZATION) || o.start() - p.end() > 80) continue;
            java.util.regex.Matcher m = AT_THE_TOP.matcher(v.gap(p.end(), o.start()));
            if (!m.matches()) continue;
            // Without the verb between, it stands before the name: "In Deutschland steht A an der Spitze von X".
            if (m.group(2) == null && !Rx.matches(v.gap(Math.max(v.sentence.start(), p.start() - 30), p.start()),
                    ".*\\b(steht|stand|stehen|standen)\\s+$")) continue;
            sink.add(v, p, Predicate.CEO_OF, o, "role.at-the-top", 0.7);
        }
        // "An der Spitze von Nebius steht Arkadi Wolosch": the company first, the verb and the person after it.
        for (Ref o : v.of(EntityType.ORGANIZATION)) {
            if (!TOP_FIRST.matcher(v.gap(Math.max(v.sentence.start(), o.start() - 40), o.start())).matches()) continue;
            Ref p = v.refAfter(o.end());
            if (p == null || !p.is(EntityType.PERSON) || !TOP_FIRST_VERB.matcher(v.gap(o.end(), p.start())).matches()) continue;
            sink.add(v, p, Predicate.CEO_OF, o, "role.at-the-top", 0.7);
        }
        for (Ref o : v.of(EntityType.ORGANIZATION)) {
            Ref p = null;
            for (Ref r : v.refs) if (r.start() >= o.end() && !r.id().equals(o.id())) { p = r; break; }
            if (p == null || !p.is(EntityType.PERSON) || p.start() - o.end() > 120) continue;
            String gap = v.gap(o.end(), p.start());
            String after = v.gap(p.end(), Math.min(v.sentence.end(), p.end() + 40));
            boolean bei = AT_COMPANY_BEFORE.matcher(v.gap(Math.max(v.sentence.start(), o.start() - 50), o.start())).matches()
                    && LISTED_TOP_VERB.matcher(gap).matches() && TOP_LAST.matcher(after).matches();
            boolean whose = WHOSE_TOP.matcher(gap).matches()
                    && (gap.contains(" steht ") || gap.contains(" stand ") || Rx.matches(after, "\\s+(steht|stand)\\b.*"));
            if (bei || whose) sink.add(v, p, Predicate.CEO_OF, o, "role.at-the-top", 0.7);
        }
    }

    private static final java.util.regex.Pattern TOP_FIRST = java.util.regex.Pattern.compile("(?s)(.*[,;:]\\s*|\\s*)an der spitze (von|des|der)\\s+"
            + "((dem|der|den|neuen|eigenen)\\s+)*([\\p{L}-]+\\s+)?");
    // "An der Spitze von EY steht seit Juli 2024 Janet Truncale": a month and year after "seit".
    private static final String TOP_VERB = "\\s+(steht|stand)\\s+"
            + "((" + ChiefRules.SINCE_DATE + "|seither|heute|inzwischen|nun|jetzt|weiterhin|noch|bereits)\\s+)*";
    private static final java.util.regex.Pattern TOP_FIRST_VERB = java.util.regex.Pattern.compile(TOP_VERB);
    private static final java.util.regex.Pattern LISTED_TOP_VERB = java.util.regex.Pattern.compile(Rx.LISTING + TOP_VERB);
    /** "Bei Julius Bär steht seit Januar X an der Spitze": the company after "bei", the verb, the person, the top last. */
    private static final java.util.regex.Pattern AT_COMPANY_BEFORE = java.util.regex.Pattern.compile("(?s)(.*[,;:]\\s*|\\s*)(bei|beim)\\s+"
            + "([\\p{L}-]+\\s+){0,3}");
    private static final java.util.regex.Pattern TOP_LAST = java.util.regex.Pattern.compile("\\s+((nun|jetzt|seither|" + ChiefRules.SINCE_DATE + ")\\s+)?"
            + "an der spitze\\b.*");
    /** "Personio, an dessen Spitze Mitgründer Hanno Renner steht": the company before the relative, the person in it. */
    private static final java.util.regex.Pattern WHOSE_TOP = java.util.regex.Pattern.compile(Rx.LISTING + "(\\s+(aus|mit sitz in)\\s+[\\p{L}-]+)?"
            + "\\s*,\\s*([^;()]{0,70}?,\\s*)?an (dessen|deren) spitze\\s+((steht|stand)\\s+)?((" + ChiefRules.SINCE_DATE + "|heute|inzwischen|nun|jetzt)\\s+)?"
            + TITLE_CHAIN);

    /** "who became Starbucks chief executive", "who became chief executive of X": the title after the verb, the company in it. */
    private static final java.util.regex.Pattern BECAME_BEFORE = java.util.regex.Pattern.compile(",?\\s*(who\\s+)?((has|had|will)\\s+)?"
            // "took over as chief executive of Holcim", "was named chief executive of X", "staying on as chief executive of X".
            + "(became|become|took over as|takes over as|taken over as|take over as|stepped in as|steps in as|(was|has been|been) (named|appointed)"
            + "|staying on as|stays on as|stayed on as|remains|remained|remain)\\s+(the\\s+)?"
            + "((new\\s+|interim\\s+)?(chief executive( officer)?|ceo|boss)\\s+(of|at)\\s+(the\\s+)?)?");
    /** No company named before the person or within the title phrase after them ("… on Nvidia hardware" later is fine). */
    private static boolean noCompanyNear(SentenceView v, Ref p) {
        for (Ref o : v.of(EntityType.ORGANIZATION)) if (o.start() < p.end() + 60) return false;
        return true;
    }

    private static final java.util.regex.Pattern BARE_BECAME = java.util.regex.Pattern.compile(",\\s*who\\s+became\\s+(the\\s+)?"
            + "(new\\s+)?(chief executive|ceo|boss)\\s*(in\\s+\\S+|last\\s+\\S+|,).*");
    private static final java.util.regex.Pattern CHIEF_TITLE_AFTER = java.util.regex.Pattern.compile("('s)?\\s+(chief executive|ceo|boss)\\b.*");
    private static final java.util.regex.Pattern RETURNED_AS = java.util.regex.Pattern.compile("\\s+(returned|came back|was named|was appointed)"
            + "\\s+as\\s+(chief executive|ceo)\\b.*");
    private static final java.util.regex.Pattern AFTER_RUNNING = java.util.regex.Pattern.compile(".*\\b(after running|after leading|"
            + "having run|having led)\\s+((the\\s+)?[\\p{Ll}-]+\\s+){0,2}$");

    /**
     * "Brian Niccol, who became Starbucks chief executive in September after running Chipotle": the company of the title
     * he took and the one he ran before; "since co-founder Eoghan McCabe returned as chief executive": the sentence's
     * company, named before him.
     */
    private static void became(SentenceView v, RelationSink sink) {
        for (Ref p : v.of(EntityType.PERSON)) {
            Ref next = v.refAfter(p.end());
            String after = v.gap(p.end(), Math.min(v.sentence.end(), p.end() + 40));
            if (next != null && next.is(EntityType.ORGANIZATION) && next.start() - p.end() < 40) {
                String between = v.gap(p.end(), next.start());
                String tail = v.gap(next.end(), Math.min(v.sentence.end(), next.end() + 25));
                boolean titled = BECAME_BEFORE.matcher(between).matches()
                        && (Rx.matches(between, ".*\\b(of|at)\\s+(the\\s+)?$") || CHIEF_TITLE_AFTER.matcher(tail).matches());
                if (titled) sink.add(v, p, Predicate.CEO_OF, next, "role.became", 0.7);
            }
            // "Olivier Blum, who became chief executive in November, …", "Under Toshiaki Tokunaga, who became chief executive in
            // April, the Tokyo conglomerate …": a title with no company is the post at the company the sentence before opens with.
            if (BARE_BECAME.matcher(after).matches() && noCompanyNear(v, p)) {
                Ref o = v.openingCompany(v.index() - 1, 2);
                if (o != null) {
                    sink.add(v, p.id(), Predicate.CEO_OF, o.id(), null, null, null, null, p.start(), p.end(),
                            "role.became-previous-subject", 0.55);
                }
            }
            if (RETURNED_AS.matcher(after).matches()) {
                Ref o = null;
                for (Ref r : v.refs) if (r.is(EntityType.ORGANIZATION) && r.end() <= p.start()) o = r;
                if (o != null && !v.typeBetween(o.end(), p.start(), EntityType.PERSON)) sink.add(v, p, Predicate.CEO_OF, o, "role.returned-as", 0.65);
            }
            for (Ref o : v.of(EntityType.ORGANIZATION)) {
                if (o.start() <= p.end() || o.start() - p.end() > 90 || v.typeBetween(p.end(), o.start(), EntityType.PERSON)) continue;
                String before = v.gap(Math.max(p.end(), o.start() - 40), o.start());
                if (AFTER_RUNNING.matcher(before).matches()) sink.add(v, p, Predicate.CEO_OF, o, "role.after-running", 0.65);
            }
        }
    }

    /** Between the chief and the predecessor: "…, der im Oktober 2024 die Nachfolge des langjährigen Vorstandschefs". */
    private static final java.util.regex.Pattern PREDECESSOR = java.util.regex.Pattern.compile(",\\s*(der|die)\\s+[^;]{0,60}?\\b(die nachfolge (des|der|von|vom)|"
            + "das amt\\s+[^;]{0,30}?\\bvon)\\s+((dem|der|des)\\s+)?([\\p{L}-]+\\s+(und\\s+)?){0,4}");

    /**
     * "Teleperformance-Chef Thomas Mackenbrock, der die Nachfolge des langjährigen Vorstandschefs und Firmengründers Daniel
     * Julien angetreten hat", "NICE-Chef Scott Russell, der das Amt Anfang 2025 von Barak Eilam übernommen hat": the
     * predecessor held the post the sentence gives the chief (former chiefs keep ceoOf), and founded the company when
     * the words say so.
     */
    private static void predecessor(SentenceView v, RelationSink sink) {
        List<Ref> people = v.of(EntityType.PERSON);
        for (dev.aikg.model.Relation r : sink.inSentence(v.index())) {
            if (r.predicate() != Predicate.CEO_OF) continue;
            for (int k = 0; k + 1 < people.size(); k++) {
                Ref chief = people.get(k), before = people.get(k + 1);
                if (!chief.id().equals(r.subjectId())) continue;
                String gap = v.gap(chief.end(), before.start());
                if (!PREDECESSOR.matcher(gap).matches()) continue;
                sink.add(v, before.id(), Predicate.CEO_OF, r.object(), null, null, null, null, chief.start(), before.end(),
                        "role.predecessor", 0.65);
                if (Rx.matches(gap, ".*\\b(firmengründers?|gründers?|mitgründers?)\\b.*")) {
                    sink.add(v, before.id(), Predicate.FOUNDER_OF, r.object(), null, null, null, null, chief.start(), before.end(),
                            "founder.predecessor", 0.65);
                }
            }
        }
    }

    /**
     * "EY, whose global chair and chief executive is Janet Truncale,", "X, whose founder is A", "AXA, whose chief executive
     * Thomas Buberl was …", "Talanx, dessen Vorstandschef Torsten Leue …".
     */
    private static final String WHOSE_TITLE = "(whose|dessen|deren)\\s+(?<lead>([\\p{L}-]+\\s+){0,4}?)"
            + "(?<title>chief executive|chief executive officer|ceo|boss|founder|co-founder|cofounder|chef|chefin|vorstandschef|vorstandschefin|"
            + "konzernchef|konzernchefin|gründer|gründerin|mitgründer|mitgründerin|chair|chairman|chairwoman|vorsitzende|vorsitzender|"
            // "Die Oper Frankfurt, deren Intendant Bernd Loebe …", "whose co-artistic directors are A and B": a house's director.
            + "aufsichtsratschef|aufsichtsratschefin|intendant|intendantin|artistic director|co-artistic directors?|artistic directors"
            + "|executive director|general manager|generalintendant|generalintendantin)\\s+((is|was|are|has been|ist|war)\\s+)?";
    /** After the company, its apposition may come first: "HubSpot, the Cambridge, Massachusetts, company whose chief executive is". */
    private static final java.util.regex.Pattern WHOSE_CHIEF = java.util.regex.Pattern.compile(
            // "C3.ai (NYSE: AI), whose founder Tom Siebel": a ticker in brackets before the comma.
            "(\\s*\\([^()]{1,30}\\)|\\))?,\\s*([^;]{0,70}?\\s)?" + WHOSE_TITLE);
    /** "…, whose executive chair is Ana Botín and whose chief executive is Héctor Grisi": the second clause of the pair. */
    private static final java.util.regex.Pattern AND_WHOSE_CHIEF = java.util.regex.Pattern.compile(",?\\s*(and|und)\\s+" + WHOSE_TITLE);

    private static void whoseChief(SentenceView v, RelationSink sink) {
        Ref lastPerson = null, lastOrg = null;
        for (Ref p : v.of(EntityType.PERSON)) {
            Ref o = null;
            for (Ref r : v.refs) if (r.end() <= p.start()) o = r;
            java.util.regex.Matcher m = null;
            if (o != null && o == lastPerson) {
                m = AND_WHOSE_CHIEF.matcher(v.gap(o.end(), p.start()));
                o = lastOrg;
            } else if (o != null && o.is(EntityType.ORGANIZATION) && p.start() - o.end() <= 70) {
                m = WHOSE_CHIEF.matcher(v.gap(o.end(), p.start()));
            }
            if (m == null || !m.matches()) continue;
            lastPerson = p;
            lastOrg = o;
            String title = m.group("title");
            boolean founder = title.contains("founder") || title.contains("gründer");
            // A chair holds no chief's post ("whose executive chair is Ana Botín"): the house is where the chair works.
            boolean chair = title.startsWith("chair") || title.startsWith("vorsitz") || title.startsWith("aufsichtsrat")
                    || title.contains("intendant") || title.contains("director") || title.equals("general manager");
            sink.add(v, p, founder ? Predicate.FOUNDER_OF : chair ? Predicate.WORKS_FOR : Predicate.CEO_OF, o, "role.whose-chief", 0.75);
            // "whose co-founder and chief executive is": the first title of the chain counts too.
            String lead = m.group("lead");
            if (!founder && (lead.contains("founder") || lead.contains("gründer"))) sink.add(v, p, Predicate.FOUNDER_OF, o, "role.whose-chief", 0.75);
            // "whose chief executive and co-founder is Dylan Field": the chief's title first.
            if (founder && Rx.matches(lead, ".*\\b(chief executive|ceo|chef|chefin|vorstandschef|vorstandschefin)\\b.*")) {
                sink.add(v, p, Predicate.CEO_OF, o, "role.whose-chief", 0.75);
            }
        }
    }

    private static final java.util.regex.Pattern APPOINTS = java.util.regex.Pattern.compile("\\s+((has|had|have)\\s+)?(named|appointed|"
            + "hired|promoted|ernannte|ernennt|berief|beruft)\\s+");
    private static final java.util.regex.Pattern AS_ROLE = java.util.regex.Pattern.compile("(,[^,;]{1,70},)?\\s+(as|zum|zur|als)\\s+"
            + "((its|their|his|her|seinen|ihren|neuen|new|the)\\s+)*(([\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)\\s*([.,;]|$).*");

    /** "Character.AI named Karandeep Anand, a former Meta executive, as chief executive", "X ernannte Y zum Vorstandschef". */
    private static void appointed(SentenceView v, RelationSink sink) {
        for (Ref p : v.of(EntityType.PERSON)) {
            Ref o = null;
            for (Ref r : v.refs) if (r.is(EntityType.ORGANIZATION) && r.end() <= p.start()) o = r;
            if (o == null || !APPOINTS.matcher(v.gap(o.end(), p.start())).matches()) continue;
            java.util.regex.Matcher m = AS_ROLE.matcher(v.gap(p.end(), Math.min(v.sentence.end(), p.end() + 110)));
            if (!m.matches()) continue;
            String role = m.group(5).trim();
            Predicate pred = RoleNouns.of(role.substring(role.lastIndexOf(' ') + 1));
            if (pred == null) continue;
            if (role.contains("chief executive")) pred = Predicate.CEO_OF;
            sink.add(v, p.id(), pred, o.id(), role, null, null, null, Math.min(o.start(), p.start()), Math.max(o.end(), p.end()),
                    "role.appointed", 0.75);
        }
    }

    private static final java.util.regex.Pattern RUNS_THE_COMPANY = java.util.regex.Pattern.compile("(\\s*,\\s*(who|der|die))?\\s+"
            // "whose co-founder Kirill Bigai still runs it", "founded by A, who still runs the company".
            + "((still|also|now|today|noch immer|bis heute|weiterhin)\\s+)?(führt|leitet|lenkt|runs|leads|heads|"
            // "Peter Sarlin, who ran the company as chief executive until the deal": a former chief keeps ceoOf.
            + "ran|led|headed|führte|leitete)\\s+"
            // "Nigel Toon führt das Unternehmen weiter als Chef": a time word before the title.
            + "(das unternehmen|die firma|das start-up|the company|the firm|the start-up|it)(\\s+(weiter|weiterhin|still|auch))?"
            + "(\\s+(als|as)\\s+(?<title>([\\p{L}-]+\\s+){0,2}?[\\p{L}-]+))?"
            + "(\\s*([.,;]|$)|\\s+(until|bis|since|seit|for|from)\\b).*");
    /**
     * "Jana Brüggemann, die als Geschäftsführerin das Unternehmen leitet": the German relative clause, verb last;
     * "Arjun Mehra, a former Intel engineer who serves as chief executive,": the English post after an apposition.
     */
    // "… von Lea Hartmann gegründet, die das Unternehmen auch als Chefin führt": the participle may close the founding first.
    private static final java.util.regex.Pattern RUNS_THE_COMPANY_CLAUSE = java.util.regex.Pattern.compile("(\\s+(gegründet|mitgegründet))?"
            // "Katharina Brenninger, die zuvor bei BMW arbeitete und das Start-up heute als Chefin führt": a first verb coordinated.
            + "\\s*,\\s*((der|die)\\s+([^,;]{1,100}?\\s+und\\s+)?"
            // "der als Chief Executive Officer das Unternehmen führt": a title of up to three words.
            + "((heute|inzwischen|auch|zudem|weiterhin|bis heute)\\s+)?(als\\s+(?<title>([\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)\\s+)?"
            + "(das unternehmen|die firma|das start-up)\\s+((heute|inzwischen|auch|weiterhin|bis heute|noch immer|nach wie vor|zugleich)\\s+)?"
            // "Verena Pichler, die das Unternehmen (auch) als CEO führt": the title after the company.
            + "(als\\s+(?<after>([\\p{L}-]+\\s+){0,1}?[\\p{L}-]+)\\s+)?(leitet|führt|lenkt)"
            // "a former Palantir deployment strategist who is now chief executive"; "… who now runs the company as chief executive".
            // "François Cazor, who remains its chief executive".
            // "who previously ran network planning at Ryder and is now Fleetmind's chief executive": a past post first.
            + "|[^,;()]{0,70}?\\bwho\\s+([^,;()]{1,60}?\\s+and\\s+)?((now|also|still)\\s+)?(serves\\s+as|remains|is\\s+(now\\s+|also\\s+|still\\s+)?|(runs|leads|heads)\\s+(the company|the firm|"
            // "who is now Fleetmind's chief executive": the company's own name as the possessive.
            + "the start-up|it)\\s+as)\\s*((its|the company's|[\\p{L}-]+('s|’s))\\s+)?(?<post>chief executive|ceo)"
            + "(\\s+officer)?)(\\s*([.,;]|$)|\\s+(and|und|since|seit)\\b).*");

    /** "Lind führt das Unternehmen als Geschäftsführerin", "Hart runs the company": the company the sentence or the one before is about. */
    private static void runsTheCompany(SentenceView v, RelationSink sink) {
        for (Ref p : v.of(EntityType.PERSON)) {
            String rest = v.gap(p.end(), v.sentence.end());
            java.util.regex.Matcher m = RUNS_THE_COMPANY.matcher(rest);
            if (!m.matches()) m = RUNS_THE_COMPANY_CLAUSE.matcher(rest);
            if (!m.matches()) continue;
            String title = m.pattern() == RUNS_THE_COMPANY ? m.group("title") : m.group("title") != null ? m.group("title")
                    : m.group("after") != null ? m.group("after") : m.group("post");
            // "Orbital Materials, gegründet vom früheren DeepMind-Forscher Jonathan Godwin, der das Start-up auch als Chef führt":
            // the clause's company is the one a founded-by phrase before the person names; else the first one named, but
            // not one inside a quote the person said ("„… zu Nvidia Drive Thor …“, sagte Pfeiffer, die das Start-up … führt").
            String o = m.pattern() == RUNS_THE_COMPANY ? null : foundedRightBefore(v, p);
            for (Ref r : v.refs) {
                // "Corvane was spun out of Northwestern University in 2021 by X, who runs the company": a house the company came
                // out of is not the company.
                // "former BMW engineer Lukas Amberg": a house glued to a title is a past workplace.
                Word titleAfter = Words.after(v.text, r.end(), v.sentence.end());
                boolean workplace = titleAfter != null && titleAfter.start() - r.end() <= 1 && RoleNouns.of(titleAfter.text()) != null;
                if (o == null && r.is(EntityType.ORGANIZATION) && r.end() <= p.start() && !workplace
                        && !Rx.matches(v.gap(Math.max(v.sentence.start(), r.start() - 12), r.start()), "(?s).*\\b(out of|from|aus der|aus dem)\\s+$")
                        && (m.pattern() == RUNS_THE_COMPANY || !Rx.matches(v.gap(r.end(), p.start()), "(?s).*[\"“”„«»].*"))) o = r.id();
            }
            // "X wurde von A und B gegründet; A führt das Unternehmen": else the company the person founded, told just before.
            if (o == null) o = foundedBy(v, sink, p);
            if (o == null) continue;
            sink.add(v, p.id(), Predicate.CEO_OF, o, title, null, null, null, p.start(), p.end(), "role.runs-the-company", 0.65);
        }
    }

    // "Dentra AI, a Munich start-up founded in 2022 by former BMW engineer X": an apposition and "in" before the year.
    private static final java.util.regex.Pattern FOUNDED_BY_BEFORE = java.util.regex.Pattern.compile("(\\s*,\\s*(a|an|the|ein|eine|das|die|der)\\s+"
            + "[^,;]{0,40}?)?\\s*,?\\s*(gegründet|mitgegründet|founded|co-founded)\\s+((in\\s+|im jahr\\s+)?\\d{4}\\s+)?(von|vom|by)\\s+[^,;]{0,60}");

    /** The organisation a founded-by phrase ends at person p names ("X, gegründet vom früheren … p"), or null. */
    private static String foundedRightBefore(SentenceView v, Ref p) {
        for (Ref r : v.refs) {
            if (r.end() > p.start()) return null;
            if (r.is(EntityType.ORGANIZATION) && FOUNDED_BY_BEFORE.matcher(v.gap(r.end(), p.start())).matches()) return r.id();
        }
        return null;
    }

    /** The company person p founded by a relation of this sentence or the two before, or null. */
    private static String foundedBy(SentenceView v, RelationSink sink, Ref p) {
        for (dev.aikg.model.Relation r : sink.relations()) {
            int s = r.evidence().sentence();
            if (r.predicate() == Predicate.FOUNDER_OF && r.subjectId().equals(p.id()) && s <= v.index() && s >= v.index() - 2) return r.object();
        }
        return null;
    }

    /** A chief's title with no company, opening its clause: "Co-chief executives A and B, who founded Revolve in 2003". */
    private static final java.util.regex.Pattern BARE_CHIEF_TITLE = java.util.regex.Pattern.compile("(?s)(.*[,;:(]\\s*|\\s*)"
            + "((the|die|der)\\s+)?((co-)?founder\\s+and\\s+|(mit)?gründer(in)?\\s+und\\s+)?(co-)?(?<title>chief executives?( officers?)?|ceos?|co-chiefs?"
            + "|vorstandschef(in|s)?|chef(in|s)?|geschäftsführer(in)?)\\s+$");

    /**
     * "Co-chief executives Michael Mente and Mike Karanikolas, who founded Revolve", "Gründer und CEO X … hat Molexa 2022
     * gegründet": a bare chief title before a founder is the post at the company the sentence says they founded. Runs after
     * the founder rules, whose relations it reads.
     */
    private static void chiefTitleFounder(SentenceView v, RelationSink sink) {
        for (Ref p : v.of(EntityType.PERSON)) {
            // The whole clause before: "Nvidia CEO Jensen Huang" has the post's company before the title.
            java.util.regex.Matcher m = BARE_CHIEF_TITLE.matcher(v.gap(v.sentence.start(), p.start()));
            if (!m.matches()) continue;
            // Only a plural title covers the list after it: "chief executive A and co-founder B" gives B no post.
            boolean plural = m.group("title").endsWith("s");
            for (Ref q : plural ? FounderRules.listFrom(v, p, EntityType.PERSON) : List.of(p)) {
                for (dev.aikg.model.Relation r : sink.inSentence(v.index())) {
                    if (r.predicate() != Predicate.FOUNDER_OF || !r.subjectId().equals(q.id())) continue;
                    sink.add(v, q.id(), Predicate.CEO_OF, r.object(), null, null, null, null, q.start(), q.end(), "role.chief-title-founder", 0.65);
                }
            }
        }
    }

    /**
     * "X was founded in 2021 by chief executive Ada Lind and Ivo Hart": the title before a founder in a founded-by
     * phrase is a post at the company founded. Runs after the founder rules, whose relations it reads.
     */
    void titledFounders(SentenceView v, RelationSink sink) {
        if (!v.hasType(EntityType.PERSON)) return;
        if (v.hasAny(", der ", ", die ", "von ihm ", "von ihr ", " its ceo", " its chief executive", "'s ceo", "'s chief executive")) {
            founderWhoIsChief(v, sink);
        }
        if (v.hasAny("ceo", "chief executive", "chef", "geschäftsführer")) chiefTitleFounder(v, sink);
        if (!v.hasAny(" by ", " von ")) return;
        for (Ref p : v.of(EntityType.PERSON)) {
            List<Word> ws = Words.in(v.text, Math.max(v.sentence.start(), p.start() - 50), p.start());
            int k = ws.size() - 1;
            Set<Predicate> preds = EnumSet.noneOf(Predicate.class);
            while (k >= 0 && (RoleNouns.of(ws.get(k).text()) != null || RoleRules.modifier(ws.get(k).text())
                    || Set.of("and", "und").contains(ws.get(k).lower()) && !preds.isEmpty())) {
                Predicate pr = RoleNouns.of(ws.get(k).text());
                if (pr != null) preds.add(pr);
                k--;
            }
            if (preds.isEmpty() || k < 0 || !Set.of("by", "von").contains(ws.get(k).lower())) continue;
            String chain = v.text.substring(ws.get(k + 1).start(), p.start()).strip();
            // "founded by former flower trader X": a past trade was held elsewhere, not at the company founded.
            if (RoleNouns.former(chain)) continue;
            // "founded by TripAdvisor co-founder Langley Steinert": a title of another company named in the chain is that one's.
            if (v.typeBetween(ws.get(k + 1).start(), p.start(), EntityType.ORGANIZATION)) continue;
            if (chain.toLowerCase().contains("chief executive") && preds.remove(Predicate.WORKS_FOR)) preds.add(Predicate.CEO_OF);
            preds.remove(Predicate.FOUNDER_OF);
            for (dev.aikg.model.Relation r : sink.inSentence(v.index())) {
                if (r.predicate() != Predicate.FOUNDER_OF || !r.subjectId().equals(p.id())) continue;
                for (Predicate pr : preds) {
                    sink.add(v, p.id(), pr, r.object(), chain, null, null, null, p.start(), p.end(), "role.titled-founder", 0.7);
                }
            }
        }
    }
}
