package dev.aikg.annotate.relation;

import dev.aikg.annotate.relation.MentionIndex.Ref;
import dev.aikg.annotate.relation.Words.Word;
import dev.aikg.annotate.text.Regions;
import dev.aikg.model.EntityType;
import dev.aikg.model.Predicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Headquarters city (a literal): "the Hangzhou-based startup X", "X ist ein Startup aus Hangzhou",
 * "X mit Sitz in Hangzhou", "X, based in Hangzhou", "das in Hangzhou ansässige X". Countries and
 * regions are not cities.
 */
final class HeadquartersRules {
    private final KnownCities knownCities;

    HeadquartersRules(dev.aikg.lexicon.Lexicon lexicon) {
        this.knownCities = new KnownCities(lexicon);
    }

    /** Nouns that name a company and head compounds ("das Unternehmen", "der Chipkonzern", "the lab"). */
    private static final List<String> COMPANY_HEADS = List.of("unternehmen", "start-up", "startup", "firma", "konzern",
            "company", "firm", "gruppe", "group", "labor", "lab");
    /** Nouns that describe a company by what it makes or offers ("der Chiphersteller", "the chip designer"). */
    private static final List<String> MAKER_HEADS = List.of("hersteller", "anbieter", "entwickler", "maker", "chipmaker", "designer");
    /**
     * English nouns of a trade that name a company both after "X-based"/before "from X" and after a city ("Warburtons, the
     * family-owned baker from Bolton", "Davy, the Dublin stockbroker", "the Paris resale platform", "DICE, the London app").
     */
    private static final List<String> TRADE_NOUNS = List.of("platform", "chain", "network", "stockbroker", "baker", "bakery",
            "brand", "marketplace", "cooperative", "co-operative", "carmaker", "automaker", "drugmaker", "airline", "grocer",
            "brewer", "builder", "app",
            // "the Santa Clara chip designer", "the London shipbroker Clarksons", "the New York non-profit", "the Kolkata miner".
            "designer", "shipbroker", "non-profit", "nonprofit", "charity", "think-tank", "thinktank", "miner", "producer", "trader",
            "importer", "exporter", "shipbuilder", "shipyard", "yard", "practice", "carrier");
    /** The words after "X-based" or before "aus X" that make the thing a company (matched whole). */
    private static final Set<String> COMPANY_NOUNS = Set.copyOf(concat(COMPANY_HEADS, List.of("hersteller", "anbieter",
            "entwickler", "ki-startup", "ki-unternehmen", "ki-firma", "chiphersteller", "chipkonzern", "bank", "fonds", "hedgefonds",
            // "Abu Dhabi-based investor MGX", "the Stockholm-based studio Halvard".
            "investor", "investors", "studio", "insurer", "lender", "broker", "consultancy", "agency", "vendor", "supplier",
            // ("designer", "producer", "carrier", "non-profit" come with the trade nouns.)
            "manufacturer", "chipmaker", "foundry", "operator", "provider", "fund", "conglomerate", "publisher",
            "utility", "retailer", "fintech", "institute",
            // "Gentle Monster, the fashion-eyewear label from Seoul", "the Danish hearing-aid maker from Smørum".
            "label", "maker"), TRADE_NOUNS));
    /**
     * Nouns that describe a company before "from"/"aus" only ("the machine-tool maker from Ditzingen"): as the noun of a
     * based-compound they also name products' developers ("the Paris-based model developer" after another company).
     */
    private static final Set<String> FROM_NOUNS = Set.of("maker", "developer", "brokerage");
    /**
     * Heads of German compounds that name a company ("Wagniskapitalfonds", "Softwarekonzern", "Research-Boutique"),
     * matched at a word's end, a genitive "s" taken off first.
     */
    private static final List<String> GERMAN_COMPANY_HEADS = List.of("unternehmen", "start-up", "startup", "konzern", "firma",
            "gruppe", "bank", "fonds", "haus", "boutique", "labor", "hersteller", "anbieter", "entwickler", "händler", "versicherer",
            "investor", "vermögensverwalter", "zulieferer", "ausrüster", "betreiber", "dienstleister",
            // "Eventbrite, die Plattform aus San Francisco", "Krispy Kreme, die Donut-Kette aus Charlotte", "Havelklang, ein
            // Synchronstudio aus Potsdam", "einem Wagniskapitalgeber aus Innsbruck": what a company is, by its trade.
            "plattform", "kette", "studio", "verleih", "bäckerei", "manufaktur", "genossenschaft", "verlag", "agentur",
            "reederei", "brauerei", "kapitalgeber", "geldgeber");
    private static final String[] TRIGGERS = {"-based", "-headquartered", " based in", "headquartered in", "headquarters in", "domiciled in", "sitz in", " aus ", "ansässig", " sitzt", "beheimatet",
            " from ", "hauptsitz", " start-up", " startup", " firm", " agency", " house", " company", " lab", " boutique",
            " bank", " fund", "maker", " developer", " group", " consultancy", " broker", " insurer", " publisher", " outlet",
            " studio", " investor", " lender", " manufacturer", " supplier", " vendor", " foundry", " forwarder", " brokerage", " shop",
            " provider", " operator", " giant", " conglomerate", " retailer", " utility", " specialist", " platform", " chain",
            " network", " basiert", " builder", " app", " zu hause", "broker", " baker", " brand", " marketplace", "operative", " airline", " grocer", " brewer"};

    /** Nouns after "X-based" that make X a design or model the thing is built on. */
    private static final java.util.Set<String> BUILT_ON_NOUNS = java.util.Set.of("chips", "chip", "processors", "processor",
            "cpus", "cpu", "servers", "server", "designs", "design", "models", "model", "pcs", "laptops", "systems", "computers",
            "instances", "devices", "products", "tools", "apps", "agents", "chatbots", "chatbot", "architecture", "socs");

    /** A cheap test for sentences without names: one of the seat phrases occurs. */
    static boolean mayBeAnaphoricSeat(String text, dev.aikg.model.Sentence s) {
        // Bounded by the sentence: an unbounded indexOf would scan the rest of the document per sentence.
        for (int i = s.start(); i < s.end(); i++) {
            char c = text.charAt(i);
            if (c != 'S' && c != 'b' && c != 'h' && c != 'H' && c != '-' && c != ' ') continue;
            for (String cue : SEAT_CUES) {
                if (cue.charAt(0) == c && i + cue.length() <= s.end() && text.startsWith(cue, i)) return true;
            }
        }
        return false;
    }

    private static final String[] SEAT_CUES = {"Sitz in", "based in", "headquartered in", "Hauptsitz in", "-based ", " aus ",
        " from ", "-headquartered "};

    void apply(SentenceView v, RelationSink sink) {
        if (v.hasType(EntityType.PERSON) && v.hasType(EntityType.ORGANIZATION) && v.hasAny(" in ")) employerIn(v, sink);
        if (v.hasType(EntityType.ORGANIZATION) && v.hasAny(" in ")) knownSeatIn(v, sink);
        if ("de".equals(v.doc.document().lang()) && v.hasType(EntityType.ORGANIZATION) && v.hasAny("sitz", "stammt")) germanSeatClauses(v, sink);
        // "der Hamburger Energiefonds Nordlicht Energy Capital": a German city adjective needs no trigger word.
        if ("de".equals(v.doc.document().lang()) && v.hasType(EntityType.ORGANIZATION)) {
            for (Word w : v.words()) {
                if (w.text().length() >= 5 && w.text().endsWith("er") && Character.isUpperCase(w.text().charAt(0))) cityAdjective(v, w, sink);
            }
        }
        if ("en".equals(v.doc.document().lang()) && v.hasType(EntityType.ORGANIZATION) && v.hasAny(" of ")) {
            for (Word w : v.words()) if (w.lowerIs("of")) nameOfCity(v, w, sink);
        }
        if ("en".equals(v.doc.document().lang()) && v.hasType(EntityType.ORGANIZATION) && v.hasAny("'s ", "’s ")) cityPossessive(v, sink);
        // "Inditex, der Besitzer von Zara mit Sitz im spanischen Arteixo".
        if ("de".equals(v.doc.document().lang()) && v.hasType(EntityType.ORGANIZATION) && v.hasAny("itz im ")) {
            for (Word w : v.words()) if (w.lowerIs("im")) seatInRegion(v, w, sink);
        }
        if (!v.hasAny(TRIGGERS)) return;
        if (!v.hasType(EntityType.ORGANIZATION)) {
            // "Das Unternehmen hat seinen Sitz in Denver": only the anaphoric seat needs no name in the sentence.
            if (v.hasAny("sitz in", "based in", "headquartered in", "hauptsitz")) {
                for (Word w : v.words()) if (w.lowerIs("in")) locatedIn(v, w, sink);
            }
            // "Der Konzern aus Veldhoven will …", "The Hangzhou-based lab said …": a described company named before.
            for (Word w : v.words()) {
                if (basedWord(w)) {
                    if (!basedAnaphor(v, w, sink)) basedAnaphorInside(v, w, sink);
                } else if (w.lowerIs("aus") || w.lowerIs("from")) fromAnaphor(v, w, sink);
            }
            return;
        }
        for (Word w : v.words()) {
            if (basedWord(w)) {
                if (!basedAnaphor(v, w, sink)) {
                    int found = sink.relations().size();
                    basedCompound(v, w, sink);
                    if (sink.relations().size() == found) basedAnaphorInside(v, w, sink);
                }
            } else if (w.lowerIs("aus") || w.lowerIs("from")) {
                companyFrom(v, w, sink);
                if (w.lowerIs("from")) cityNoun(v, w, sink);
            } else if (w.lowerIs("in")) locatedIn(v, w, sink);
            else if (CITY_NOUN_OPENERS.contains(w.lower())) cityNoun(v, w, sink);
        }
    }

    /** Articles and contracted prepositions before a German city adjective: "das Aachener Start-up", "beim Münchner Konzern". */
    private static final Set<String> ADJECTIVE_ARTICLES = Set.of("der", "die", "das", "des", "dem", "den", "ein", "eine", "einem",
            "einer", "eines", "beim", "vom", "zum", "zur", "im");
    /** Compound heads of German company nouns a city adjective may qualify, besides {@link #GERMAN_COMPANY_HEADS}. */
    private static final List<String> ADJECTIVE_NOUN_HEADS = List.of("geber", "gesellschaft", "spezialist", "spezialisten", "dienst",
            // "des Augsburger Roboterbauers Kuka", "vom Amsterdamer Lebensmittellieferanten Picnic", "den Berliner Rivalen Gorillas",
            // "den Berliner Onlineshop Home24", "der Kieler Privatsender Radio Nordwelle".
            "bauer", "lieferant", "rivale", "shop", "sender", "verlag",
            // "der Wiener Frühphasenfinanzierer Speedinvest".
            "finanzierer",
            // "der Hamburger Beratung Elbtal Advisory", "der Hamburger Kaffeeröster Tchibo", "der Hamburger Veranstalter FKP Scorpio".
            "beratung", "röster", "veranstalter",
            // "Der Karlsruher Konkurrent EnBW", "beim Oldenburger Versorger EWE".
            "konkurrent", "wettbewerber", "versorger",
            // "Google DeepMind, die Londoner KI-Tochter von Google", "das Düsseldorfer Hotelportal Trivago".
            "tochter", "portal");

    /**
     * "Das Aachener Start-up Bohrwerk Analytics", "des Pariser KI-Unternehmens Mistral AI", "der Hamburger Energiefonds
     * Nordlicht Energy Capital": a city's adjective after an article and before a company noun places the company named
     * right after the noun, or the one the noun phrase stands in apposition to ("DeepL, das Kölner Übersetzungsunternehmen").
     */
    private void cityAdjective(SentenceView v, Word adjective, RelationSink sink) {
        Word article = Words.before(v.text, adjective.start(), v.sentence.start());
        if (article == null || !ADJECTIVE_ARTICLES.contains(article.lower())) return;
        for (Ref r : v.refs) if (r.start() < adjective.end() && adjective.start() < r.end()) return;
        Word noun = Words.after(v.text, adjective.end(), v.sentence.end());
        if (noun == null || noun.start() != adjective.end() + 1) return;
        if (!companyNounForAdjective(noun.lower())) {
            nameAfterAdjective(v, adjective, sink);
            return;
        }
        String city = seatOfAdjective(adjective);
        if (city == null) return;
        Ref o = null;
        for (Ref r : v.refs) {
            // "vom Frankfurter Bankhaus Lindenau", "die Kölner Rewe-Gruppe": the name may open with the noun or be glued to it.
            // "Der Berliner Cognigy-Konkurrent Parloa": the name glued to a rival noun is the other company's.
            // "Die Hamburger Lufthansa-Tochter": the glued name is the parent's; the unit is placed, not its owner.
            if (r.start() == noun.start() && Rx.matches(noun.lower(), ".*-(konkurrent|konkurrenten|rivale|rivalen|wettbewerber|wettbewerbers"
                    + "|tochter|töchter|tochtergesellschaft)")) {
                continue;
            }
            if (r.start() >= noun.start()) {
                boolean opensWithNoun = r.start() == noun.start() && (noun.lower().startsWith("bankhaus") || noun.text().indexOf('-') > 0);
                if (r.is(EntityType.ORGANIZATION) && (opensWithNoun || r.start() - noun.end() <= 2 && r.start() >= noun.end())) o = r;
                break;
            }
        }
        if (o == null && v.text.substring(Math.max(v.sentence.start(), article.start() - 2), article.start()).equals(", ")) {
            for (Ref r : v.refs) if (r.is(EntityType.ORGANIZATION) && r.end() == article.start() - 2) o = r;
        }
        if (o == null) return;
        sink.add(v, o, Predicate.HEADQUARTERED_IN, city, Math.min(o.start(), adjective.start()), Math.max(o.end(), noun.end()),
                "hq.city-adjective", 0.7);
    }

    /**
     * "Einer der ersten Kunden ist die Hamburger Hanseatic Staffing Group": the company's name right after the adjective
     * of a known city. Not a name glued to a noun ("die Pariser Google-Niederlassung" is an office, not the seat).
     */
    private void nameAfterAdjective(SentenceView v, Word adjective, RelationSink sink) {
        Ref o = v.refAfter(adjective.end());
        if (o == null || !o.is(EntityType.ORGANIZATION) || o.start() != adjective.end() + 1 || v.gluedToNoun(o)) return;
        // Without a company noun the shape is a noun's as often ("der Wagniskapitalgeber Accel"): a known city only, as written
        // ("der Sender CNBC" names no Senden).
        String city = CityAdjectives.city(adjective.text());
        if (!knownCities.contains(city)) return;
        sink.add(v, o, Predicate.HEADQUARTERED_IN, city, adjective.start(), o.end(), "hq.city-adjective-name", 0.7);
    }

    /**
     * The city an adjective before a company noun names; "Saarbrücker" is Saarbrücken's when the lexicon knows that city
     * and not "Saarbrück".
     */
    private String seatOfAdjective(Word adjective) {
        String city = CityAdjectives.city(adjective.text());
        return city != null && !knownCities.contains(city) && knownCities.contains(city + "en") ? city + "en" : city;
    }

    /** A German company noun, its genitive "s" or "-en" taken off: "Start-ups", "KI-Unternehmens", "Wagniskapitalgebers". */
    private static boolean companyNounForAdjective(String lower) {
        // "des Kölner Übersetzungsdienstes": the genitive "-es" too.
        return companyNounForm(lower) || lower.endsWith("s") && companyNounForm(lower.substring(0, lower.length() - 1))
                || lower.endsWith("es") && companyNounForm(lower.substring(0, lower.length() - 2))
                || lower.endsWith("n") && companyNounForm(lower.substring(0, lower.length() - 1))
                || lower.endsWith("en") && companyNounForm(lower.substring(0, lower.length() - 2));
    }

    private static boolean companyNounForm(String form) {
        if (COMPANY_NOUNS.contains(form)) return true;
        for (String head : GERMAN_COMPANY_HEADS) if (form.endsWith(head)) return true;
        for (String head : ADJECTIVE_NOUN_HEADS) if (form.endsWith(head)) return true;
        return false;
    }

    /** "Munich-based", "Dubai-headquartered": a city glued to the seat word, the city at least two letters. */
    private static boolean basedWord(Word w) {
        return w.lowerEndsWith("-based") && w.text().length() > 7 || w.lowerEndsWith("-headquartered") && w.text().length() > 15;
    }

    /** The length of the seat word a based-compound ends with ("-based" or "-headquartered"). */
    private static int seatSuffix(Word w) {
        return w.lowerEndsWith("-based") ? 6 : 14;
    }

    /** True when the word is a German company noun or a compound headed by one ("Wagniskapitalfonds", "Research-Boutique"). */
    private static boolean germanCompanyCompound(Word w) {
        String l = w.lower();
        for (String head : GERMAN_COMPANY_HEADS) if (l.endsWith(head)) return true;
        return false;
    }

    /** Nouns of a company that a city may qualify in English: "a Toronto start-up", "the London research house". */
    private static final Set<String> CITY_NOUN_HEADS = Set.copyOf(concat(List.of("start-up", "startup", "company", "firm", "agency", "house", "shop",
            "lab", "bank", "fund", "group", "chipmaker", "developer", "maker", "boutique", "consultancy", "broker", "insurer",
            "publisher", "outlet", "studio", "investor", "lender", "manufacturer", "supplier", "vendor", "foundry", "forwarder",
            "brokerage",
            // "the Paris cloud provider Scaleway", "AirTrunk, the Sydney data-centre operator", "the Dhahran oil giant".
            "provider", "operator", "giant", "conglomerate", "retailer", "utility", "specialist"), TRADE_NOUNS));
    private static final java.util.regex.Pattern LISTING_BEFORE_COMMA = java.util.regex.Pattern.compile("\\s*\\([^()]{1,30}\\)");

    /** Capitalised words before such a noun that are no city either: "a Western company", "a Big Tech firm". */
    private static final Set<String> NOT_CITY_WORDS = Set.of("western", "eastern", "northern", "southern", "big", "small",
            "young", "new", "leading", "local", "rival", "tech", "ai");

    /** Words a city before a company noun may follow: articles, and prepositions before a name ("at Boston boutique X"). */
    private static final Set<String> CITY_NOUN_OPENERS = Set.of("a", "an", "the", "at", "from", "by", "with", "for", "to");
    /** A state's name of one or two words ("Texas", "North Carolina"). */
    private static final String STATE_NAME = "(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?)";
    private static final java.util.regex.Pattern STATE_BETWEEN_COMMAS = java.util.regex.Pattern.compile(", " + STATE_NAME + ",");

    /**
     * "o9 Solutions of Dallas", "Alliance Laundry Systems of Ripon, Wisconsin": in English a company right before "of"
     * and a city the lexicon knows as a seat, or one its state follows.
     */
    private void nameOfCity(SentenceView v, Word of, RelationSink sink) {
        Word city = Places.cityAfter(v.text, of.end(), v.sentence.end());
        if (city == null || city.start() != of.end() + 1 || !Places.cityLike(city.text()) || city.text().indexOf('-') >= 0
                || notACityWord(city.lower())) return;
        for (Ref r : v.refs) if (r.start() < city.end() && city.start() < r.end()) return;
        java.util.regex.Matcher state = STATE_AFTER.matcher(v.text).region(city.end(), v.sentence.end());
        boolean stated = state.lookingAt() && Regions.isState(state.group(1));
        if (!stated && !knownCities.contains(city.lower())) return;
        for (Ref r : v.refs) {
            // "Digital Realty (NYSE: DLR) of Austin, Texas": the listing in brackets between.
            if (r.is(EntityType.ORGANIZATION) && (r.end() == of.start() - 1 || r.end() < of.start()
                    && TICKER_BRACKET.matcher(v.text.substring(r.end(), of.start())).matches())) {
                sink.add(v, r, Predicate.HEADQUARTERED_IN, city.text(), r.start(), city.end(), "hq.name-of-city", 0.7);
            }
        }
    }

    private static final java.util.regex.Pattern TICKER_BRACKET = java.util.regex.Pattern.compile(LISTING_BEFORE_COMMA.pattern() + "\\s");
    private static final java.util.regex.Pattern CITY_POSSESSIVE = java.util.regex.Pattern.compile(
            "(?:^|\\s)(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?)['’]s\\s$");

    /** "London's Backline Capital closed a fund", "Abu Dhabi's MGX": a city the lexicon knows, as the possessive of a name. */
    private void cityPossessive(SentenceView v, RelationSink sink) {
        for (Ref r : v.refs) {
            if (!r.is(EntityType.ORGANIZATION)) continue;
            java.util.regex.Matcher m = CITY_POSSESSIVE.matcher(v.text.substring(Math.max(v.sentence.start(), r.start() - 30), r.start()));
            if (!m.find() || !knownCities.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))) continue;
            boolean named = false;
            for (Ref q : v.refs) named |= q.end() <= r.start() && q.end() > r.start() - 30 && q.mention().surface().startsWith(m.group(1));
            if (!named) sink.add(v, r, Predicate.HEADQUARTERED_IN, m.group(1), r.start() - m.group().length() + (m.group().startsWith(" ") ? 1 : 0),
                    r.end(), "hq.city-possessive", 0.7);
        }
    }

    private static final Set<String> SEAT_OPENERS = Set.of("mit", "seinen", "ihren", "dessen", "deren");

    /** "mit Sitz im spanischen Arteixo": the region's adjective between "im" and the city. */
    private void seatInRegion(SentenceView v, Word im, RelationSink sink) {
        Word prev = Words.before(v.text, im.start(), v.sentence.start());
        if (prev == null || !prev.lowerIs("sitz") && !prev.lowerIs("hauptsitz")) return;
        // "einen Sitz im strategischen Ausschuss": a seat on a board, not the company's.
        Word owner = Words.before(v.text, prev.start(), v.sentence.start());
        if (owner == null || !SEAT_OPENERS.contains(owner.lower())) return;
        Word adjective = Words.after(v.text, im.end(), v.sentence.end());
        if (adjective == null || !Character.isLowerCase(adjective.text().charAt(0)) || !adjective.lowerEndsWith("en")) return;
        Word city = Places.cityAfter(v.text, adjective.end(), v.sentence.end());
        if (city == null || city.start() != adjective.end() + 1 || !Places.cityLike(city.text())) return;
        for (Ref r : v.refs) if (r.start() < city.end() && city.start() < r.end()) return;
        Ref o = orgBefore(v, prev.start(), 60);
        if (o == null) o = clauseHead(v, prev.start());
        if (o != null) sink.add(v, o, Predicate.HEADQUARTERED_IN, city.text(), o.start(), city.end(), "hq.located-in", 0.75);
    }

    private static final java.util.regex.Pattern STATE_AFTER = java.util.regex.Pattern.compile(", " + STATE_NAME + "(?=[,.;)]|$)");

    /** A people's adjective or a word such as "Western", "Big", "Tech": capitalised, but no city ("a Norwegian company"). */
    private static boolean notACityWord(String lower) {
        return dev.aikg.annotate.mention.Cues.DEMONYMS.contains(lower) || NOT_CITY_WORDS.contains(lower) || lower.endsWith("ese")
                || lower.endsWith("ian") || lower.endsWith("ish") || lower.endsWith("ean");
    }

    /**
     * "Patchlight, a Toronto start-up founded by …", "Ardent Bay Insights, a San Francisco research firm", "the London
     * research house Calder Brook Research", "at Boston boutique X": a city before a company noun, after an article or
     * a preposition; the company is the name right before the comma or (after no indefinite article) right after the noun.
     */
    private void cityNoun(SentenceView v, Word opener, RelationSink sink) {
        Word city = Places.cityAfter(v.text, opener.end(), v.sentence.end());
        int cityAt = opener.end() + 1;
        // "Mammotion, a younger Shenzhen company", "a smaller Stockholm research house": in English one adjective before a
        // city the lexicon knows ("a major AirPods supplier" names a product).
        boolean adjective = false;
        if (city != null && city.start() == cityAt && Character.isLowerCase(city.text().charAt(0)) && "en".equals(v.doc.document().lang())
                && !ARTICLES.contains(city.lower()) && !PREPOSITIONS.contains(city.lower()) && !CITY_NOUN_OPENERS.contains(city.lower())) {
            cityAt = city.end() + 1;
            city = Places.cityAfter(v.text, city.end(), v.sentence.end());
            adjective = true;
        }
        // "a Stockholm-based start-up" is the based-compound rule's; "a Norwegian-American company" names no city;
        // "Malaysia's sovereign fund" a country's.
        if (city == null || city.start() != cityAt || !Places.cityLike(city.text()) || city.text().indexOf('-') >= 0
                || city.text().indexOf('\'') >= 0 || city.text().indexOf('’') >= 0 || adjective && !knownCities.contains(city.lower())) return;
        String l = city.lower();
        // "Innodata, the New Jersey data company": a state is no seat ("New York" and "Washington" are cities too).
        if (notACityWord(l) || Regions.isState(l) && !l.equals("new york") && !l.equals("washington")) return;
        for (Ref r : v.refs) if (r.start() < city.end() && city.start() < r.end()) return;
        Word noun = Words.after(v.text, city.end(), v.sentence.end());
        // "Heska, the Loveland, Colorado, company that Mars acquired": the city's state between commas.
        java.util.regex.Matcher state = STATE_BETWEEN_COMMAS.matcher(v.text).region(city.end(), v.sentence.end());
        if (state.lookingAt() && Regions.isState(state.group(1))) {
            noun = Words.after(v.text, state.end(), v.sentence.end());
        }
        // Up to two modifiers: "a San Francisco research firm", "the Abu Dhabi AI group", "the Sydney data-centre operator".
        for (int k = 0; k < 2 && noun != null && !CITY_NOUN_HEADS.contains(noun.lower()) && modifier(noun.text()); k++) {
            noun = Words.after(v.text, noun.end(), v.sentence.end());
        }
        if (noun == null || !CITY_NOUN_HEADS.contains(noun.lower())) return;
        Ref o = null;
        boolean article = opener.lowerIs("a") || opener.lowerIs("an") || opener.lowerIs("the");
        if (article && v.text.substring(Math.max(v.sentence.start(), opener.start() - 2), opener.start()).startsWith(", ")) {
            // "Oklo (NYSE: OKLO), the Santa Clara start-up": the name's listing in brackets may stand before the comma.
            for (Ref r : v.refs) if (r.is(EntityType.ORGANIZATION) && (r.end() == opener.start() - 2
                    || r.end() < opener.start() - 2 && LISTING_BEFORE_COMMA.matcher(v.text.substring(r.end(), opener.start() - 2)).matches())) o = r;
        }
        // "at London research boutique Alderbank Insights", "a model from Pittsburgh start-up Optiline Robotics": after a
        // preposition, too, the name follows the noun.
        if (o == null && !opener.lowerIs("a") && !opener.lowerIs("an")) {
            for (Ref r : v.refs) if (r.is(EntityType.ORGANIZATION) && r.start() >= noun.end() && r.start() - noun.end() <= 2) { o = r; break; }
        }
        if (o != null) sink.add(v, o, Predicate.HEADQUARTERED_IN, city.text(), Math.min(o.start(), city.start()),
                Math.max(o.end(), noun.end()), "hq.city-noun", 0.75);
    }

    /**
     * A word that may qualify a company noun after a city: lower case ("research"), or a short acronym ("AI", "IT"); not a
     * possessive ("the Agnelli family's holding company" names a family, not a city).
     */
    private static boolean modifier(String word) {
        if (word.indexOf('\'') >= 0 || word.indexOf('’') >= 0) return false;
        return Character.isLowerCase(word.charAt(0)) || word.length() <= 3 && word.equals(word.toUpperCase(java.util.Locale.ROOT));
    }

    /** A based-compound's place that is a city: "the New Jersey-based cloud provider" names a state (New York and Washington are both). */
    private static boolean basedSeat(String city) {
        if (!Places.cityLike(city)) return false;
        String l = city.toLowerCase(java.util.Locale.ROOT);
        return !Regions.isState(l) || l.equals("new york") || l.equals("washington");
    }

    /** "the Hangzhou-based startup DeepSeek", "DeepSeek, a Hangzhou-based company". */
    private void basedCompound(SentenceView v, Word w, RelationSink sink) {
        BasedCity based = basedCity(v, w);
        String city = based.city();
        if (!basedSeat(city)) return;
        // "Arm-based chips", "Llama-based models": built on a design, not located in a city.
        Word next = Words.after(v.text, w.end(), v.sentence.end());
        // "the Chicago-based processor", "a Santa Clara-based chip designer": a known city is a seat, whatever the noun.
        if (next != null && BUILT_ON_NOUNS.contains(next.lower()) && !knownCities.contains(city)) return;
        for (Ref r : v.refs) {
            if (r.entity().name().equalsIgnoreCase(city) || r.mention().surface().equalsIgnoreCase(city)) return;
        }
        Ref o = namedAfterNoun(v, w);
        // "Deezer (Euronext Paris: DEEZR), the Paris-headquartered rival of Spotify": the apposition's head, not the rival.
        if (o == null) o = appositionHead(v, w);
        if (o == null) o = nearestOrg(v, w.start(), w.end(), 45);
        // "The Sydney-based group, Light & Wonder's fiercest rival": an owner's possessive after the seat describes another.
        if (o != null && o.start() >= w.end() && v.possessive(o)) o = null;
        // "the Munich-based laboratory chain controlled by buyout firm Cinven": a name after "by" is the owner's, not the one placed.
        if (o != null && o.start() >= w.end() && Rx.matches(v.gap(w.end(), o.start()), "(?s).*\\sby\\s.*")) o = null;
        // "Gannett, the McLean, Virginia-based owner of USA Today", "Specim, the Oulu-based camera specialist that belongs to
        // Konica Minolta": a name after "of" or in a clause on the noun is another company; the apposition's head is placed.
        if (o != null && o.start() >= w.end() && Rx.matches(v.gap(w.end(), o.start()), "(?s).*\\s(of|that|which|who|whose|to)\\s.*")) {
            o = articleAppositionHead(v, based.opening());
        }
        // "Isomorphic Labs, the London-based Alphabet subsidiary": the owner named in the noun phrase is not the one placed;
        // the company the apposition describes is.
        if (o != null && o.start() >= w.end() && UNIT_AFTER_OWNER.matcher(v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 20))).matches()) {
            o = appositionHead(v, w);
        }
        if (o != null) sink.add(v, o, Predicate.HEADQUARTERED_IN, city, Math.min(o.start(), w.start()),
                Math.max(o.end(), w.end()), "hq.based-compound", 0.8);
    }

    private static final java.util.regex.Pattern UNIT_AFTER_OWNER = java.util.regex.Pattern.compile(
            "(?iu)\\s+(" + Rx.UNIT_NOUNS_EN + ")\\b.*");
    private static final java.util.regex.Pattern APPOSITION_ARTICLE = java.util.regex.Pattern.compile(
            "(?iu)(\\s*\\([^()]{1,40}\\))?,\\s*(the|a|an)\\s+$");

    /** The organisation that ends right before ", the"/", a" in front of the compound, or null. */
    private static Ref appositionHead(SentenceView v, Word w) {
        return articleAppositionHead(v, w.start());
    }

    /** The organisation that ends right before ", the"/", a" in front of offset {@code at}, or null. */
    private static Ref articleAppositionHead(SentenceView v, int at) {
        for (Ref r : v.refs) {
            if (r.is(EntityType.ORGANIZATION) && r.end() < at && APPOSITION_ARTICLE.matcher(v.text.substring(r.end(), at)).matches()) {
                return r;
            }
        }
        return null;
    }

    /** The city a based-compound names and where its words start ("San Francisco-based", "Irving, Texas-based"). */
    private record BasedCity(String city, int opening) { }

    private static BasedCity basedCity(SentenceView v, Word w) {
        String city = w.text().substring(0, w.text().length() - seatSuffix(w));
        Word head = Places.headBefore(v.text, w.start(), v.sentence.start());
        if (head != null) city = head.text() + " " + city;   // "San Francisco-based"
        int opening = head != null ? head.start() : w.start();
        java.util.regex.Matcher state = cityBeforeState(v, opening, city);
        if (state != null) {
            city = state.group(1);
            opening -= state.group().length();
        }
        return new BasedCity(city, opening);
    }

    /** "Hoboken, " before "New Jersey-based", "Irving, " before "Texas-based": the city before its state, or null. */
    private static final java.util.regex.Pattern CITY_COMMA = java.util.regex.Pattern.compile("(\\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+)?), $");
    private static final java.util.regex.Pattern ONE_WORD_CITY_COMMA = java.util.regex.Pattern.compile("(\\p{Lu}[\\p{L}.'-]+), $");


    private static java.util.regex.Matcher cityBeforeState(SentenceView v, int at, String state) {
        if (!Regions.isState(state)) return null;
        String before = v.text.substring(Math.max(v.sentence.start(), at - 30), at);
        // "Santa Clara, California-based" takes two words; "The Irving, Texas-based" one ("The" is no part of a city).
        for (java.util.regex.Pattern p : List.of(CITY_COMMA, ONE_WORD_CITY_COMMA)) {
            java.util.regex.Matcher m = p.matcher(before);
            if (m.find() && Places.cityLike(m.group(1))) return m;
        }
        return null;
    }

    /** "Munich-based defence start-up Helsing": the name after the compound's noun phrase. */
    private static final Set<String> NOT_TRADE_WORDS = Set.of("of", "by", "for", "from", "at", "with", "in", "to", "that", "which",
            "who", "and", "or", "its", "their", "the", "a", "an", "unit", "arm", "division", "subsidiary", "affiliate");

    private static Ref namedAfterNoun(SentenceView v, Word w) {
        int at = w.end();
        for (int k = 0; k < 3; k++) {
            Word next = Words.after(v.text, at, v.sentence.end());
            if (next == null) return null;
            at = next.end();
            if (COMPANY_NOUNS.contains(next.lower())) {
                for (Ref r : v.refs) if (r.is(EntityType.ORGANIZATION) && r.start() >= at && r.start() - at <= 2) return r;
                return null;
            }
            // "Aalborg-based family office Lindqvist Holding": lower-case words of any trade, then the name.
            // Not past a function word: "the London-based research unit of Google" places the unit.
            if (!Character.isLowerCase(next.text().charAt(0)) || NOT_TRADE_WORDS.contains(next.lower())) return null;
            if (k > 0) for (Ref r : v.refs) if (r.is(EntityType.ORGANIZATION) && r.start() >= at && r.start() - at <= 1) return r;
        }
        return null;
    }

    /** "X ist ein (kleines) Startup aus Hangzhou", "a startup from Hangzhou". */
    private void companyFrom(SentenceView v, Word prep, RelationSink sink) {
        Word noun = Words.before(v.text, prep.start(), v.sentence.start());
        Word city = Places.cityAfter(v.text, prep.end(), v.sentence.end());
        // "Nvidia aus dem kalifornischen Santa Clara": an article and a region's adjective before the city.
        if (city != null && prep.lowerIs("aus") && (city.lowerIs("dem") || city.lowerIs("der"))) {
            Word adjective = Words.after(v.text, city.end(), v.sentence.end());
            city = adjective != null && adjective.lowerEndsWith("en") && Character.isLowerCase(adjective.text().charAt(0))
                    ? Places.cityAfter(v.text, adjective.end(), v.sentence.end()) : null;
        }
        if (city == null || !Places.cityLike(city.text())) return;
        // "the whole chain from Oracle down to the landowner": a name after "from" is no city.
        for (Ref r : v.refs) if (r.start() < city.end() && city.start() < r.end()) return;
        // "Symrise (Xetra: SY1) aus Holzminden": a bracket closes the name; only the name itself can be placed.
        if (noun == null) {
            if (v.text.substring(v.sentence.start(), prep.start()).stripTrailing().endsWith(")")
                    && (prep.lowerIs("aus") || placeAfterFrom(v, city))) nameFrom(v, prep, city, sink);
            return;
        }
        // "der Nordkap Fund aus Kristiansand": the noun ends the company's own name, which is the one placed; unless that name
        // stands in another's apposition ("DocMorris, der früheren Zur Rose Group aus Frauenfeld": the head is placed).
        boolean inName = false;
        for (Ref r : v.refs) {
            inName |= r.is(EntityType.ORGANIZATION) && r.start() <= noun.start() && r.end() == noun.end() && appositionHead(v, r.start()) == null;
        }
        boolean compound = !inName && prep.lowerIs("aus") && !COMPANY_NOUNS.contains(noun.lower()) && germanCompanyCompound(noun);
        if (inName || !compound && !COMPANY_NOUNS.contains(noun.lower()) && !FROM_NOUNS.contains(noun.lower())) {
            if (prep.lowerIs("aus") || placeAfterFrom(v, city)) nameFrom(v, prep, city, sink);
            return;
        }
        // "Orla, einem Wagniskapitalfonds aus Astana" places the apposition's head; a compound outside an apposition is
        // the anaphor of a company named earlier ("Microsoft hält Anteile; der Softwarekonzern aus Redmond …"), as is one
        // after a relative pronoun ("von OpenAI, die der Softwarekonzern aus Redmond bereitstellt").
        if (compound) {
            for (Ref r : v.refs) {
                if (r.end() > noun.start()) break;
                if (r.is(EntityType.ORGANIZATION) && COMPOUND_APPOSITION.matcher(v.gap(r.end(), noun.start())).matches()) {
                    sink.add(v, r, Predicate.HEADQUARTERED_IN, city.text(), r.start(), city.end(), "hq.company-from", 0.75);
                    return;
                }
            }
            return;
        }
        Ref o = appositionHead(v, noun.start());
        if (o == null) o = orgBefore(v, noun.start(), 120);
        // "Nun berechnet Sixt die Preise …, und ein junges Unternehmen aus Leipzig will …": an indefinite noun brings in
        // another company, unless a copula says it is the one named ("Vega ist ein kleines Start-up aus Hangzhou") or the noun
        // opens an apposition right after a comma ("… eingegangen ist, einem Startup aus Boston").
        if (o != null && appositionHead(v, noun.start()) == null) {
            String gap = v.gap(o.end(), noun.start());
            if (INDEFINITE_NOUN.matcher(gap).matches() && !COPULA_INDEFINITE.matcher(gap).matches()) o = null;
        }
        if (o != null) sink.add(v, o, Predicate.HEADQUARTERED_IN, city.text(), o.start(), city.end(), "hq.company-from", 0.75);
    }

    private static final java.util.regex.Pattern INDEFINITE_NOUN = java.util.regex.Pattern.compile(
            "(?s).*(?<!,)\\s(ein|eine|einem|einer|eines|a|an)\\s+([\\p{L}-]+\\s+){0,2}");
    private static final java.util.regex.Pattern COPULA_INDEFINITE = java.util.regex.Pattern.compile("(?s).*\\s(ist|war|sind|waren|is|was|are|"
            + "were|bleibt|remains|wird|wurde|gilt als|became|becomes)\\s+((auch|noch|bereits|erst|nur|also|still|now|just)\\s+)?"
            + "(ein|eine|einem|einer|eines|a|an)\\s+([\\p{L}-]+\\s+){0,2}");

    /** ", einem (jungen) " before a compound company noun: an apposition's article and at most two adjectives. */
    /** "steigen Bayern Kapital und Rheinland Textil Capital ein, ein Fonds aus Wuppertal": a verb's particle may close the clause first. */
    private static final String PARTICLE = "(\\s+(ein|an|aus|mit|zu|zusammen|bei|vor))?";
    private static final java.util.regex.Pattern COMPOUND_APPOSITION = java.util.regex.Pattern.compile(PARTICLE + ",\\s+(ein|eine|einem|einer"
            + "|der|die|das|dem)\\s+((?!(der|die|das|dem|den|des)\\s)[\\p{L}-]+\\s+){0,2}");
    // "hat eine Beteiligung an Scafo Labs erworben, einem Start-up aus Genua": a clause-final verb before the comma.
    private static final java.util.regex.Pattern APPOSITION_TO_NOUN = java.util.regex.Pattern.compile("(\\s+\\p{Ll}+)?"
            + ",\\s+(a|an|the|ein|eine|einem|"
            + "einer|das|der|die|dem)\\s[^,;]{0,50}");

    /**
     * "Meta agreed to buy Rivos, a RISC-V start-up from Santa Clara": the organisation the noun's apposition follows, when
     * one does, is the company described; else null.
     */
    private static Ref appositionHead(SentenceView v, int noun) {
        Ref head = null;
        for (Ref r : v.refs) {
            if (r.end() > noun) break;
            if (r.is(EntityType.ORGANIZATION) && APPOSITION_TO_NOUN.matcher(v.gap(r.end(), noun)).matches()) head = r;
        }
        return head;
    }

    /** Words after "from X" that make it a route or a range, not a seat: "from London to Paris", "from Berlin and Munich". */
    private static final Set<String> NOT_AFTER_FROM_CITY = Set.of("to", "and", "or", "via", "through", "into", "until", "in", "on");

    /**
     * "Hailstone Labs from Denver.", "Tomorrow.io from Boston, which …", "the startup Jua from Zurich goes …": in English a
     * name right before "from" and a city that closes its phrase (punctuation, the end, or a verb after it).
     */
    private static boolean placeAfterFrom(SentenceView v, Word city) {
        if (!"en".equals(v.doc.document().lang())) return false;
        // "little threat to Temu from Western rivals": an adjective of a people or a direction is no city.
        String c = city.lower();
        if (notACityWord(c) || c.endsWith("ern")) return false;
        Word next = Words.after(v.text, city.end(), v.sentence.end());
        if (next == null || next.start() > city.end() + 1) return true;
        String n = next.lower(), singular = n.endsWith("s") ? n.substring(0, n.length() - 1) : n;
        // "from Boston investors", "from Munich rivals": a noun the city qualifies.
        if (COMPANY_NOUNS.contains(singular) || CITY_NOUN_HEADS.contains(singular) || FROM_CITY_NOUNS.contains(singular)) return false;
        return Character.isLowerCase(next.text().charAt(0)) && !NOT_AFTER_FROM_CITY.contains(n);
    }

    private static final Set<String> FROM_CITY_NOUNS = Set.of("rival", "peer", "competitor", "player", "customer", "client",
            "partner", "buyer", "seller", "team", "office", "engineer", "researcher");

    /** Words after "aus X" that make X no city but a noun: "aus Sicht der Anleger", "aus Angst vor". */
    private static final Set<String> NOT_AFTER_CITY = Set.of("der", "die", "das", "des", "dem", "den", "vor", "von", "für",
            "um", "zu", "mit", "über", "heraus", "hervor", "kommend", "stammend", "stammende", "of", "the");

    /**
     * "JetBrains aus Prag", "die Rheinmolekül Therapeutics aus Köln", "Sakana AI aus Tokio": a company named right
     * before "aus" and a city. Capitalised nouns follow "aus" too ("aus Sicht der Anleger", "aus Kostengründen"):
     * the word must be no common word and the phrase must end at it.
     */
    /** Between a name and "aus": nothing, or a bracket with its short name or ticker ("Symrise (Xetra: SY1) aus Holzminden"). */
    // "Der wichtigste Rivale Ather Energy, ebenfalls aus Bengaluru": an adverb set off by a comma.
    private static final java.util.regex.Pattern NAME_TO_FROM = java.util.regex.Pattern.compile("\\s*(\\([^()]{1,30}\\)\\s*)?"
            + "(,\\s*(ebenfalls|auch|gleichfalls|ebenso)\\s*)?");

    private void nameFrom(SentenceView v, Word prep, Word city, RelationSink sink) {
        if (dev.aikg.annotate.mention.Cues.is(city.lower(), dev.aikg.annotate.mention.Cues.F_NOT_NAME)
                && !Places.WELL_KNOWN_CITIES.contains(city.lower())) return;
        for (Ref r : v.refs) if (r.start() < city.end() && city.start() < r.end()) return;
        Word next = Words.after(v.text, city.end(), v.sentence.end());
        // "Luckin Coffee aus Xiamen die Amerikaner überholt": a city the lexicon knows stays one before an article.
        if (next != null && next.start() == city.end() + 1 && NOT_AFTER_CITY.contains(next.lower()) && !knownCities.contains(city.lower())) return;
        Ref o = null;
        for (Ref r : v.refs) {
            if (r.is(EntityType.ORGANIZATION) && r.end() <= prep.start() && NAME_TO_FROM.matcher(v.text.substring(r.end(), prep.start())).matches()) o = r;
        }
        if (o != null) sink.add(v, o, Predicate.HEADQUARTERED_IN, city.text(), o.start(), city.end(), "hq.name-from", 0.7);
    }

    // "Analyst beim unabhängigen Research-Haus Kessler Equity Research in Düsseldorf": up to two words of description.
    // "Sprecherin des Verbands der Keramischen Industrie in Selb", "Gruppenleiter am Fraunhofer-Institut ISC in Würzburg".
    private static final java.util.regex.Pattern EMPLOYER_BEFORE = java.util.regex.Pattern.compile("(?su).*\\b(bei|beim|at|von der|"
            + "vom|von|of|des|am)\\s+((der|dem|the)\\s+)?([\\p{L}-]+\\s+){0,2}$");
    private static final java.util.regex.Pattern PHRASE_ENDS = java.util.regex.Pattern.compile("\\s*([,.;:)\"“”„'’]|$|"
            + "(sagte|said|says|sagt|sieht|sees|meint|schrieb|wrote|told)\\b).*");

    /**
     * "Kenji Morioka, Aktienstratege beim Vermögensverwalter Shirakaba Asset Management in Tokio", "Grace Lam, head of
     * research at Harbourline Securities in Hong Kong": the city of the firm a person is introduced with. Only for firms
     * the lexicon does not know: an analyst of a known bank often sits in a branch ("at Jefferies in London").
     */
    private void employerIn(SentenceView v, RelationSink sink) {
        for (Ref o : v.of(EntityType.ORGANIZATION)) {
            if (o.entity().linked() || !v.text.startsWith(" in ", o.end())) continue;
            Word city = Places.cityAfter(v.text, o.end() + 4, v.sentence.end());
            if (city == null || city.start() != o.end() + 4 || !Places.cityLike(city.text()) || city.text().indexOf('-') >= 0
                    || dev.aikg.annotate.mention.Cues.DEMONYMS.contains(city.lower())) continue;
            if (v.refs.stream().anyMatch(r -> r.start() < city.end() && city.start() < r.end())) continue;
            if (!PHRASE_ENDS.matcher(v.gap(city.end(), Math.min(v.sentence.end(), city.end() + 12))).matches()) continue;
            if (!EMPLOYER_BEFORE.matcher(v.gap(Math.max(v.sentence.start(), o.start() - 40), o.start())).matches()) continue;
            boolean introduced = false;
            for (Ref p : v.of(EntityType.PERSON)) introduced |= p.end() <= o.start() && o.start() - p.end() <= 90;
            if (introduced) sink.add(v, o, Predicate.HEADQUARTERED_IN, city.text(), o.start(), city.end(), "hq.employer-in", 0.6);
        }
    }

    /**
     * "Lars Kvist, Analyst bei der Danske Bank in Kopenhagen", "Die Konzernzentrale von SAP in Walldorf": a company the
     * lexicon knows, right before "in" and the city the lexicon records as its seat. A branch elsewhere ("at Jefferies in
     * London") names another city and is left alone.
     */
    private void knownSeatIn(SentenceView v, RelationSink sink) {
        for (Ref o : v.of(EntityType.ORGANIZATION)) {
            if (!o.entity().linked() || !v.text.startsWith(" in ", o.end())) continue;
            Word city = Places.cityAfter(v.text, o.end() + 4, v.sentence.end());
            if (city == null || city.start() != o.end() + 4 || !knownCities.isSeatOf(o.id(), city.text())) continue;
            sink.add(v, o, Predicate.HEADQUARTERED_IN, city.text(), o.start(), city.end(), "hq.known-seat-in", 0.7);
        }
    }

    private static final java.util.regex.Pattern TOWN_OF = java.util.regex.Pattern.compile("\\s+the\\s+([\\p{L}-]+\\s+)?(town|city|village)\\s+of(?=\\s)");

    /** "mit Sitz in X", "based in X", "headquartered in X", "das in X ansässige Unternehmen". */
    private void locatedIn(SentenceView v, Word in, RelationSink sink) {
        Word prev = Words.before(v.text, in.start(), v.sentence.start());
        // "based in the German town of Holzminden": the town's noun between the seat word and its name.
        java.util.regex.Matcher townOf = TOWN_OF.matcher(v.text).region(in.end(), v.sentence.end());
        Word city = Places.cityAfter(v.text, townOf.lookingAt() ? townOf.end() : in.end(), v.sentence.end());
        if (city == null || !Places.cityLike(city.text())) return;
        // "The Proximus headquarters in Brussels' North district": a possessive's apostrophe is no part of the city.
        String cityName = city.text().replaceAll("['’]$", "");
        String p = prev == null ? "" : prev.lower();
        // "Eaton, which is domiciled in Dublin": the legal seat.
        // "Pets at Home, geführt von X und ansässig in Handforth"; a translation's "einem Anbieter basiert in Ottawa".
        // "Givaudan, …, which has its headquarters in Vernier": the English noun like "Hauptsitz".
        boolean cue = p.equals("sitz") || p.equals("based") || p.equals("headquartered") || p.equals("hauptsitz") || p.equals("domiciled")
                || p.equals("headquarters")
                || p.equals("ansässig") || p.equals("basiert") && "de".equals(v.doc.document().lang());
        String after = v.gap(city.end(), Math.min(v.sentence.end(), city.end() + 25));
        // "Der in Landau an der Isar basierte Werkzeughersteller Einhell": a translation's participle, placed like "ansässige".
        boolean ansaessig = Rx.matches(after, "\\s*(ansässig|basiert)e[nmrs]?\\b.*");
        // "Eventim (Xetra: EVD), das in Bremen sitzt": a relative clause of the name before.
        if (!cue && !ansaessig && Rx.matches(after, "\\s*(sitzt|saß|ansässig ist|beheimatet ist)\\b.*")
                && Rx.matches(v.gap(Math.max(v.sentence.start(), in.start() - 8), in.start()), "(?s).*,\\s*(das|die|der)\\s+$")) {
            Ref o = orgBefore(v, in.start(), 60);
            // "… betreibt Alcoa das Gemeinschaftsunternehmen Elysis, das in Montreal sitzt": the pronoun's antecedent stands
            // right before the comma; an unnamed one places no company named earlier.
            if (o != null && !Rx.matches(v.gap(o.end(), in.start()), Rx.LISTING + "\\s*,\\s*(das|die|der)\\s+")) o = null;
            if (o != null) sink.add(v, o, Predicate.HEADQUARTERED_IN, cityName, o.start(), city.end(), "hq.located-in", 0.75);
            return;
        }
        // "Auch der Ableton-Konkurrent Bitwig sitzt in Berlin": the verb right after the name.
        if (!cue && !ansaessig && "de".equals(v.doc.document().lang())) {
            Ref o = orgBefore(v, in.start(), 45);
            if (o != null && SITS_IN.matcher(v.gap(o.end(), in.start())).matches()) {
                sink.add(v, o, Predicate.HEADQUARTERED_IN, cityName, o.start(), city.end(), "hq.sits-in", 0.75);
                return;
            }
        }
        // "Auch der Rivale Stora Enso, ebenfalls in Helsinki beheimatet, testet …": a participle's apposition of the name before.
        if (!cue && !ansaessig && Rx.matches(after, "\\s*(beheimatet|ansässig|zu [hH]ause)\\s*([,.;)]|$).*")
                && Rx.matches(v.gap(Math.max(v.sentence.start(), in.start() - 16), in.start()), "(?s).*,\\s*((ebenfalls|auch|ebenso|selbst)\\s+)?$")) {
            Ref o = orgBefore(v, in.start(), 40);
            if (o != null) sink.add(v, o, Predicate.HEADQUARTERED_IN, cityName, o.start(), city.end(), "hq.located-in", 0.7);
            return;
        }
        if (!cue && !ansaessig) {
            // "Harlow Street Research, a small independent firm in Boston": a company noun of an apposition, then the city.
            // "Kyutai, a non-profit research lab in Paris set up by …": a participle or a relative clause may follow.
            if (prev == null || !CITY_NOUN_HEADS.contains(p) || !Rx.matches(after, "\\s*([,.;)]|$).*") && !NOUN_IN_FOLLOWER.matcher(after).lookingAt()) {
                return;
            }
            // "Zuiderzee Capital, an investor in Prosus": a named entity after "in" is no city.
            for (Ref r : v.refs) if (r.start() < city.end() && city.start() < r.end()) return;
            Ref head = appositionHead(v, prev.start());
            if (head != null) sink.add(v, head, Predicate.HEADQUARTERED_IN, cityName, Math.min(head.start(), in.start()),
                    Math.max(head.end(), city.end()), "hq.noun-in", 0.7);
            return;
        }
        // "Volvo Penta, die in Göteborg ansässige Schiffsmotoren-Sparte von Volvo": in an apposition the participle places its head.
        Ref o = ansaessig && Rx.matches(v.gap(Math.max(v.sentence.start(), in.start() - 10), in.start()), "(?s).*,\\s*(die|der|das|eine|ein|einer|einem)\\s+$")
                ? appositionHead(v, in.start()) : null;
        if (o == null) o = ansaessig ? orgAfter(v, city.end(), 40) : orgBefore(v, in.start(), 60);
        // "Royal FloraHolland, welche die größte Blumenauktion der Welt betreibt und ihren Hauptsitz in Aalsmeer hat": a
        // longer apposition or relative clause without a comma or another name in it still places its head.
        if (o == null && cue && !ansaessig) o = clauseHead(v, prev.start());
        // "Verne emerged from Rimac Group and is run by X; it is based in Zagreb": "it" after ";" is the sentence's subject.
        if (!ansaessig && p.equals("based") && Rx.matches(v.gap(Math.max(v.sentence.start(), prev.start() - 12), prev.start()), "(?s).*[;:]\\s*it\\s+is\\s+$")) {
            Ref subject = v.first(EntityType.ORGANIZATION);
            if (subject != null && subject.start() < prev.start()) o = subject;
        }
        // "Socratia Labs, spun out of the University of Michigan and based in Ann Arbor": a participle coordinated
        // inside an apposition says where the apposition's head is, not the company named in the first participle.
        if (o != null && !ansaessig && p.equals("based")) {
            Ref head = coordinatedParticipleHead(v, o, prev.start());
            if (head != null) o = head;
        }
        // "Mobileye, eine Tochter des US-Chipkonzerns Intel mit Sitz in Jerusalem": when the lexicon places the parent elsewhere,
        // the seat is the subsidiary's, the head of the apposition.
        if (o != null && !ansaessig && knownCities.hasSeat(o.id()) && !knownCities.isSeatOf(o.id(), cityName)) {
            Ref unit = unitOfParent(v, o);
            if (unit != null) o = unit;
        }
        // "AeroLogic, das Gemeinschaftsunternehmen von Lufthansa Cargo und DHL Express mit Sitz in Schkeuditz": the venture's seat.
        if (o != null && !ansaessig) {
            Ref venture = ventureOfPartners(v, o);
            if (venture != null) o = venture;
        }
        // "Isarwerk Research, einer in München ansässigen Research-Boutique": the apposition's head is the one placed.
        if (o == null && ansaessig) o = appositionHead(v, in.start());
        // "nach einem Bericht der Agentur Bloomberg Optionen für den Aufzugsbauer mit Sitz in Düsseldorf": the seat is the
        // described company's; a name before it, not in apposition, is someone else.
        if (o != null && !ansaessig && p.equals("sitz") && OBJECT_DESCRIBED.matcher(v.gap(o.end(), prev.start())).matches()) return;
        boolean opening = ANAPHOR.matcher(v.gap(v.sentence.start(), in.start())).lookingAt();
        if (o == null && !ansaessig && (opening || p.equals("sitz") && describedBefore(v, prev.start() - 4))) {
            o = opening ? v.previousSubject(EntityType.ORGANIZATION) : openingSubject(v);
            if (o != null) sink.add(v, o.id(), Predicate.HEADQUARTERED_IN, cityName, null, null, null, null, in.start(), city.end(),
                    "hq.located-in-anaphor", 0.65);
            return;
        }
        if (o != null) sink.add(v, o, Predicate.HEADQUARTERED_IN, cityName, Math.min(o.start(), in.start()),
                Math.max(o.end(), city.end()), "hq.located-in", 0.8);
    }

    private static final java.util.regex.Pattern VENTURE_APPOSITION = java.util.regex.Pattern.compile("\\s*,\\s*(the|a|an|das|ein|einem|dem)\\s+"
            + "([\\p{L}-]+\\s+)?" + Rx.VENTURE_NOUN + "\\s+" + Rx.VENTURE_PARTNERS_PREPOSITION + "\\s[^;]*");

    private static final java.util.regex.Pattern UNIT_OF_APPOSITION = java.util.regex.Pattern.compile("\\s*,\\s*(eine|die|der|das|ein|einer|a|an|the)\\s+"
            + "([\\p{L}-]+\\s+){0,2}(" + Rx.UNIT_NOUNS + "|einheit)\\s+(des|der|von|vom|of)\\s+"
            + "((dem|der|the)\\s+)?([\\p{L}-]+\\s+){0,2}");

    /** The company whose apposition names it a unit of {@code parent}, right before the parent's name, or null. */
    private static Ref unitOfParent(SentenceView v, Ref parent) {
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            if (r.end() >= parent.start()) break;
            if (UNIT_OF_APPOSITION.matcher(v.gap(r.end(), parent.start())).matches()) return r;
        }
        return null;
    }

    /** The joint venture whose apposition lists {@code partner} among its partners, or null. */
    private static Ref ventureOfPartners(SentenceView v, Ref partner) {
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            if (r.end() >= partner.start()) break;
            if (VENTURE_APPOSITION.matcher(v.gap(r.end(), partner.start())).matches()) return r;
        }
        return null;
    }

    private static final java.util.regex.Pattern SITS_IN = java.util.regex.Pattern.compile("\\s*(\\([^()]{1,30}\\)\\s*)?"
            + "(sitzt|saß|residiert|residierte)\\s+((ebenfalls|auch|heute|noch|weiterhin|seit \\d{4}|bis heute)\\s+)?");

    private static final java.util.regex.Pattern LONG_CLAUSE = java.util.regex.Pattern.compile("(?iu)" + PARTICLE + ",\\s+(die|der|das|welche|welcher"
            + "|welches|which|that|eine|ein|einer|the|a|an)\\s[^,;()\"„“”]{0,120}");

    /** The organisation whose apposition or relative clause runs, without a comma or another name, up to {@code at}. */
    private static Ref clauseHead(SentenceView v, int at) {
        Ref head = null;
        for (Ref r : v.refs) {
            if (r.end() > at) break;
            // "Gogoro zusammen, der von Horace Luke gegründet wurde und seinen Sitz in Taipeh hat": a person in the clause is
            // its founder; another company would be the one placed.
            if (!r.is(EntityType.ORGANIZATION)) continue;
            head = LONG_CLAUSE.matcher(v.gap(r.end(), at)).matches() ? r : null;
        }
        return head;
    }

    private static final java.util.regex.Pattern NOUN_IN_FOLLOWER = java.util.regex.Pattern.compile(
            "\\s+(set|founded|co-founded|run|led|backed|owned|that|which|whose|with)\\b");

    /** An organisation before {@code nearest} that opens an apposition running up to "and " at {@code participle}, or null. */
    private static Ref coordinatedParticipleHead(SentenceView v, Ref nearest, int participle) {
        if (!Rx.matches(v.gap(nearest.end(), participle), "(?s)[^,;]*\\band\\s+$")) return null;
        for (Ref r : v.refs) {
            if (r.end() >= nearest.start()) break;
            if (r.is(EntityType.ORGANIZATION) && Rx.matches(v.gap(r.end(), participle), "(?s),\\s[^,;()]*\\band\\s+$")) return r;
        }
        return null;
    }

    /** A company described by its noun right before {@code at}: "der Konzern", "the chip designer", "das KI-Start-up". */
    private static final java.util.regex.Pattern DESCRIBED = java.util.regex.Pattern.compile("(?su).*\\b(der|die|das|dem|den|des|the)"
            + "\\s+([\\p{L}-]+\\s+)?[\\p{L}-]*(" + String.join("|", concat(COMPANY_HEADS, MAKER_HEADS)) + ")\\s*$");

    /**
     * A described company as the object of a preposition, after other words of the clause and before "mit Sitz": "… Optionen
     * für den Aufzugsbauer".
     */
    private static final java.util.regex.Pattern OBJECT_DESCRIBED = java.util.regex.Pattern.compile("(?su)\\s+[^,;:()]*\\s(für|von|mit|an|bei|"
            + "über|gegen|zu)\\s+(den|dem|der|die|das)\\s+([\\p{L}-]+\\s+)?[\\p{L}-]*(" + String.join("|", concat(COMPANY_HEADS, MAKER_HEADS))
            + "|bauer)\\s+(mit)\\s+");

    private static boolean describedBefore(SentenceView v, int at) {
        if (at <= v.sentence.start()) return false;
        return DESCRIBED.matcher(v.gap(Math.max(v.sentence.start(), at - 50), at)).matches();
    }

    /**
     * The company the sentence before opens with ("Lumen meldete Zahlen."), or null when its first company stands later
     * and may be an object ("It thanked Cerebras."): only a subject is what a described company points back to.
     */
    private static Ref openingSubject(SentenceView v) {
        Ref o = v.previousSubject(EntityType.ORGANIZATION);
        if (o == null) return null;
        var prev = v.doc.sentenceAt(o.start());
        String before = v.text.substring(prev.start(), o.start()).strip().toLowerCase(java.util.Locale.ROOT);
        if (before.isEmpty()) return o;
        String[] words = Words.SPACES.split(before);
        if (words.length > 2) return null;
        for (String w : words) if (SUBJECT_PRONOUNS.contains(w)) return null;
        return o;
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "he", "she", "they", "we", "i", "er", "sie", "es", "wir",
            "ich", "man");

    /** "Der Konzern aus Veldhoven", "the chip designer from Cambridge": the seat of the company the sentence before is about. */
    private void fromAnaphor(SentenceView v, Word prep, RelationSink sink) {
        Word city = Places.cityAfter(v.text, prep.end(), v.sentence.end());
        if (city == null || !Places.cityLike(city.text()) || !describedBefore(v, prep.start())) return;
        Ref o = openingSubject(v);
        if (o != null) sink.add(v, o.id(), Predicate.HEADQUARTERED_IN, city.text(), null, null, null, null, prep.start(), city.end(),
                "hq.company-from-anaphor", 0.6);
    }

    /**
     * "The Hangzhou-based lab said …": a sentence opening with a based-compound before a company noun is about the
     * company the sentence before opens with. True when the sentence opens so (whether or not a company was found).
     */
    private boolean basedAnaphor(SentenceView v, Word w, RelationSink sink) {
        BasedCity based = basedCity(v, w);
        String city = based.city();
        int opening = based.opening();
        if (!basedSeat(city)) return false;
        Word next = Words.after(v.text, w.end(), v.sentence.end());
        if (next == null || !COMPANY_NOUNS.contains(next.lower())) return false;
        if (!Rx.matches(v.gap(v.sentence.start(), opening), "\\s*(the|der|die|das)\\s+")) return false;
        // "The Hangzhou-based lab DeepSeek said": the name follows, the compound rule takes it.
        for (Ref r : v.refs) if (r.is(EntityType.ORGANIZATION) && r.start() >= next.end() && r.start() - next.end() <= 2) return false;
        Ref o = openingSubject(v);
        if (o != null) sink.add(v, o.id(), Predicate.HEADQUARTERED_IN, city, null, null, null, null, w.start(), w.end(),
                "hq.based-anaphor", 0.6);
        return true;
    }

    private static final Set<String> ARTICLES = Set.of("the", "der", "die", "das", "dem", "den", "des");
    private static final Set<String> PREPOSITIONS = Set.of("in", "into", "of", "for", "with", "from", "to", "at", "by", "about",
            "on", "an", "von", "bei", "mit", "für", "über", "zu", "zum", "zur", "than", "als");

    /**
     * "Palantir shares soared 24% on February 4, the day after the Denver-based company reported …", "At that level the
     * Stockholm-based company is worth …", "co-chief executive of the Amsterdam-based payments group": a based-compound with
     * an article and a company noun (one modifier may stand between) inside the sentence, no name after it. It is the
     * one company named before it in the sentence, or, with none, the company the sentence before opens with; after a
     * preposition only the latter ("Nvidia invested in the Denver-based company" is about another one).
     */
    private void basedAnaphorInside(SentenceView v, Word w, RelationSink sink) {
        BasedCity based = basedCity(v, w);
        String city = based.city();
        int opening = based.opening();
        if (!basedSeat(city)) return;
        Word noun = Words.after(v.text, w.end(), v.sentence.end());
        if (noun == null) return;
        if (!COMPANY_NOUNS.contains(noun.lower())) {
            if (!Character.isLowerCase(noun.text().charAt(0))) return;
            noun = Words.after(v.text, noun.end(), v.sentence.end());
            if (noun == null || !COMPANY_NOUNS.contains(noun.lower())) return;
        }
        Word article = Words.before(v.text, opening, v.sentence.start());
        if (article == null || !ARTICLES.contains(article.lower()) || !v.gap(article.end(), opening).isBlank()) return;
        for (Ref r : v.refs) if (r.is(EntityType.ORGANIZATION) && r.start() >= noun.end() && r.start() - noun.end() <= 2) return;
        Word prep = Words.before(v.text, article.start(), v.sentence.start());
        boolean afterPreposition = prep != null && PREPOSITIONS.contains(prep.lower());
        Ref o = null;
        for (Ref r : v.refs) {
            if (r.end() > article.start()) break;
            if (!r.is(EntityType.ORGANIZATION)) continue;
            if (o != null && !o.id().equals(r.id())) return;
            o = r;
        }
        if (o != null && afterPreposition) return;
        if (o == null) o = openingSubject(v);
        if (o != null) sink.add(v, o.id(), Predicate.HEADQUARTERED_IN, city, null, null, null, null, w.start(), w.end(),
                "hq.based-anaphor-inside", 0.55);
    }

    /** A sentence about the company named before: "Das Unternehmen hat seinen Sitz in …", "The company is based in …". */
    private static final java.util.regex.Pattern ANAPHOR = java.util.regex.Pattern.compile("(?iu)\\s*(das|der|die|the)\\s+"
            + "([\\p{L}-]*(" + String.join("|", COMPANY_HEADS) + "))\\s+(hat|has|is|ist|was|war)\\b"
            + "|\\s*(it|es)\\s+(hat|has|is|ist)\\b");

    private static Ref orgBefore(SentenceView v, int at, int max) {
        Ref best = null, last = null;
        for (Ref r : v.refs) {
            if (r.end() > at) break;
            if (!r.is(EntityType.ORGANIZATION) || at - r.end() > max) continue;
            // "Die VW-Tochter Moia mit Sitz in Hamburg": a name glued to the noun that describes the next name has no seat
            // here ("Qualcomm-Chef Amon sagte, der Chipkonzern aus San Diego …" keeps Qualcomm).
            if (!describesNext(v, r) && !possessorOfNext(v, r, at)) best = best == null ? r : best;
            last = r;
        }
        // "am Onlinehändler Hepsiburada mit Sitz in Istanbul": the seat right after a name is that name's.
        // "Global Unichip (GUC), eine Tochter von TSMC mit Sitz in Hsinchu": inside an apposition the seat is its head's.
        if (last != null && last != best && RELATIVE_SEAT.matcher(v.gap(last.end(), at)).matches()) return last;
        if (last != null && last != best && !describesNext(v, last) && SEAT_RIGHT_AFTER.matcher(v.gap(last.end(), at)).matches()
                && (best == null || !APPOSITION_BETWEEN.matcher(v.gap(best.end(), last.start())).matches())) return last;
        return best;
    }

    /** "Husqvarna's own Gardena unit, based in Ulm": the owner before the name of its unit is not the one placed. */
    private static boolean possessorOfNext(SentenceView v, Ref r, int at) {
        if (!v.possessive(r)) return false;
        Ref next = v.refAfter(r.end());
        // "Bosch's German rival Continental, based in Hanover": up to three words between the owner and the name.
        return next != null && next.is(EntityType.ORGANIZATION) && next.end() <= at
                && POSSESSOR_TO_NAME.matcher(v.gap(r.end(), next.start())).matches();
    }

    private static final java.util.regex.Pattern POSSESSOR_TO_NAME = java.util.regex.Pattern.compile("(['’]s?)?(\\s+[\\p{L}-]+){0,3}\\s+");

    private static final java.util.regex.Pattern COMPOUND_TAIL = java.util.regex.Pattern.compile("-[\\p{L}-]+\\s+");

    /** "VW-Tochter Moia": the name opens a compound that is the next name's description. */
    private static boolean describesNext(SentenceView v, Ref r) {
        if (!v.gluedToNoun(r)) return false;
        Ref next = v.refAfter(r.end());
        return next != null && next.is(EntityType.ORGANIZATION) && COMPOUND_TAIL.matcher(v.gap(r.end(), next.start())).matches();
    }

    private static final java.util.regex.Pattern APPOSITION_BETWEEN = java.util.regex.Pattern.compile(
            "(?s).*,\\s*(eine|ein|einer|die|der|das|a|an|the)\\s.*");
    // "Huawei und Sungrow, das seinen Sitz in Hefei hat": a relative clause on the last name gives its seat too.
    private static final java.util.regex.Pattern SEAT_RIGHT_AFTER = java.util.regex.Pattern.compile(Rx.LISTING + "(\\s+mit\\s+(haupt|firmen)?sitz"
            + "|\\s*,\\s*(das|die|der|welches|welche)\\s+(seinen|ihren)\\s+(haupt|firmen)?sitz)\\s*");
    /** "… and Eventbrite, which is based in San Francisco": a relative clause on the last name places it, whatever stands before. */
    private static final java.util.regex.Pattern RELATIVE_SEAT = java.util.regex.Pattern.compile(Rx.LISTING
            + "\\s*,\\s*(which|that)\\s+(is|was)\\s+(also\\s+)?(based|headquartered)\\s*");

    /** A German city of up to three capitalised words. */
    private static final String CITY_DE = "(\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+){0,2})";
    private static final String SEAT_NOUN_DE = "(seinen|ihren)\\s+(Haupt|Firmen)?[Ss]itz";
    /**
     * Right after a company: "…, der in Melbourne seinen Sitz hat", "…, der aus Bologna stammt", "…, die mit Sitz in South
     * San Francisco …", "… hat ihren Sitz seit 1795 in Papenburg".
     */
    private static final java.util.regex.Pattern SEAT_CLAUSE_AFTER = java.util.regex.Pattern.compile(Rx.LISTING
            + "(\\s*,\\s*(der|die|das|welche[rs]?)\\s+(in\\s+" + CITY_DE + "\\s+" + SEAT_NOUN_DE + "\\s+(hat|hatte)\\b"
            + "|((ursprünglich|eigentlich)\\s+)?aus\\s+" + CITY_DE + "\\s+(stammt|kommt)\\b"
            + "|mit\\s+(Haupt|Firmen)?[Ss]itz\\s+in\\s+" + CITY_DE + "\\b)"
            + "|\\s+(hat|hatte)\\s+" + SEAT_NOUN_DE + "\\s+(seit\\s+\\d{4}|seit\\s+\\p{L}+\\s+\\p{L}+|schon\\s+immer|bis\\s+heute)\\s+in\\s+" + CITY_DE + "\\b)");
    /** Before a company: "In Kiel, wo die thyssenkrupp Marine Systems …", then its seat after it ("… ihren Sitz hat"). */
    private static final java.util.regex.Pattern WHERE_BEFORE = java.util.regex.Pattern.compile("(?s).*\\b[Ii]n\\s+" + CITY_DE
            + ",\\s+wo\\s+((der|die|das)\\s+)?$");
    private static final java.util.regex.Pattern SEAT_HAS_AFTER = java.util.regex.Pattern.compile(Rx.LISTING + "\\s+" + SEAT_NOUN_DE
            + "\\s+(hat|hatte)\\b");

    /** German clauses that give a company's seat around its name. */
    private void germanSeatClauses(SentenceView v, RelationSink sink) {
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            java.util.regex.Matcher m = SEAT_CLAUSE_AFTER.matcher(v.text).region(r.end(), Math.min(v.sentence.end(), r.end() + 110));
            String city = null;
            if (m.lookingAt()) {
                for (int g = m.groupCount(); g >= 1 && city == null; g--) {
                    String c = m.group(g);
                    if (c != null && Character.isUpperCase(c.charAt(0)) && !c.startsWith("Sitz") && !c.startsWith("Haupt")
                            && !c.startsWith("Firmen") && Places.cityLike(c)) city = c;
                }
            } else {
                java.util.regex.Matcher w = WHERE_BEFORE.matcher(v.text).region(Math.max(v.sentence.start(), r.start() - 50), r.start());
                if (w.matches() && SEAT_HAS_AFTER.matcher(v.text).region(r.end(), Math.min(v.sentence.end(), r.end() + 50)).lookingAt()) {
                    city = w.group(1);
                }
            }
            // "mit Sitz in München Unternehmen berät": German capitalises the noun after the city; a name of several words
            // must be a known seat.
            if (city != null && city.indexOf(' ') > 0 && !knownCities.contains(city.toLowerCase(java.util.Locale.ROOT))) {
                city = city.substring(0, city.indexOf(' '));
            }
            if (city == null || !Places.cityLike(city)) continue;
            String cityText = city;
            boolean named = false;
            for (Ref o : v.refs) named |= o.mention().surface().equals(cityText) || o.entity().name().equals(cityText);
            if (!named) sink.add(v, r, Predicate.HEADQUARTERED_IN, city, r.start(), r.end(), "hq.seat-clause", 0.75);
        }
    }

    private static Ref orgAfter(SentenceView v, int at, int max) {
        for (Ref r : v.refs) if (r.is(EntityType.ORGANIZATION) && r.start() >= at && r.start() - at <= max) return r;
        return null;
    }

    private static Ref nearestOrg(SentenceView v, int a, int b, int max) {
        Ref best = null;
        int bd = Integer.MAX_VALUE;
        for (Ref r : v.refs) {
            if (!r.is(EntityType.ORGANIZATION)) continue;
            int d = r.start() >= b ? r.start() - b : a - r.end();
            if (d >= 0 && d <= max && d < bd) { bd = d; best = r; }
        }
        return best;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> l : lists) out.addAll(l);
        return out;
    }
}
