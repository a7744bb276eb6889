package dev.aikg.annotate.relation;

import dev.aikg.annotate.relation.MentionIndex.Ref;
import dev.aikg.model.EntityType;
import dev.aikg.model.Predicate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Founders: "Gründer von X und Y ist der 40-jährige Z", "the founder of X is Z", "X was founded by Z",
 * "X wurde 2023 von Z gegründet", "Z founded X in 2023", "Z gründete X", "Z hat X gegründet".
 * ("Z, Gründer von X" and "X-Gründer Z" are role appositions.)
 */
final class FounderRules {
    private static final String[] TRIGGERS = {"gründ", "founde", "founding", "started", "set up", "established", "to co-found",
        "to found ", "to start ", "to launch "};
    /** A legal form after a company the lexicon names without it: "Die Cognigy GmbH wurde 2016 von … gegründet". */
    private static final String LEGAL_FORM = "(\\s+(gmbh|ag|se|kg|inc|ltd|corp|llc|plc)\\.?)?";
    /** "X was founded in 2021 by", "X, which was started by", "X was co-founded by": the by-phrase follows. */
    private static final Pattern EN_PASSIVE = Pattern.compile(LEGAL_FORM
            // "Decagon, Sierra's closest rival, was founded by", "X, a start-up based in Derby that was founded in 2022 by".
            + "((,[^,;]{3,80}?(,|\\s(which|that)))?(,?\\s*(which|that|who)\\s+)?\\s*(was|were|is|has been|had been)\\s+"
            + "|(?<apposition>(\\s+itself)?,\\s*((the|a|an)\\s+([\\p{L}-]+\\s+){0,4})?))"
            + "((jointly|originally|also|first)\\s+)?(co-?founded|founded|started|set up|established)\\b[^,;]{0,30}?\\sby\\s");
    /** Where an apposition's by-phrase ends: a comma before a verb ("…, founded by A and B, released"). */
    private static final Pattern APPOSITION_END = Pattern.compile(",\\s+(?!(and|its|their|his|her|the|both|former|now|"
            + "who|a|an)\\b)\\p{Ll}");
    /** Where the list of founders ends: a new clause or a purpose ("as a crypto miner", "to build"). */
    // "founded by billionaire Karel Komárek and led by chief executive Robert Chvátal": a second participle ends the founders.
    private static final Pattern EN_LIST_END = Pattern.compile(";|\\s(as|to|in order to|with the aim|after|before|because|which|"
            + "and (has|had|is|was|now|later|today|led|run|headed|chaired|backed|owned|controlled))\\s");
    /**
     * "X wurde 2019 von A und B gegründet", "X, das 2019 von A gegründet wurde", and with the seat between (the
     * text is matched in lower case):
     * "X mit Sitz in Paris wurde im April 2023 von A gegründet", "X aus München, 2021 von A und B gegründet, …".
     */
    private static final Pattern DE_PASSIVE = Pattern.compile(LEGAL_FORM + "(\\s+(mit sitz in|aus)\\s+[\\p{L}-]+)?"
            // "Harvey, das Start-up aus San Francisco, wurde von …": a described company between.
            // "Strandwise, ein Start-up aus London, das von … gegründet wurde": an indefinite description too.
            // "Hill Path Capital, dem Investmentfonds, welcher von Scott Ross gegründet wurde": a dative one and "welcher".
            + "(,\\s*(das|die|der|dem|ein|eine|einem|einer)\\s+[^,;]{3,60},)?"
            + "(,\\s*((das|die|der|welches|welche|welcher)\\s+)?)?\\s*(wurde|war|ist|worden)?\\s*([^,;]{0,30}?\\s)?(von|durch)\\s");
    private static final int LIST_SPAN = 160;
    /** German nouns that point back to a company named before ("das Unternehmen", "der Konzern"), as a regex alternation. */
    private static final String GERMAN_COMPANY_NOUNS = "unternehmen|firma|konzern|labor";

    void apply(SentenceView v, RelationSink sink) {
        if (v.hasType(EntityType.PERSON) && v.hasAny("founders", "gründer")) theirFounders(v, sink);
        if (v.hasType(EntityType.PERSON) && v.hasType(EntityType.ORGANIZATION) && v.hasAny(" founders ", " gründer", " co-founders ", " mitgründer"))
            appositionOfFounders(v, sink);
        if (v.hasType(EntityType.PERSON) && v.hasAny("gegründete")) foundedAdjective(v, sink);
        if (v.hasType(EntityType.PERSON) && onlyQualifyingOrgs(v) && v.hasAny(TRIGGERS)) passiveAnaphor(v, sink);
        if (!v.hasType(EntityType.PERSON) || !v.hasType(EntityType.ORGANIZATION) || !v.hasAny(TRIGGERS)) return;
        copula(v, sink);
        founderIsAfterComma(v, sink);
        frontedPassive(v, sink);
        frontedParticiple(v, sink);
        together(v, sink);
        passiveList(v, sink);
        for (Ref p : v.of(EntityType.PERSON)) {
            for (Ref o : v.of(EntityType.ORGANIZATION)) {
                if (o.end() <= p.start()) {
                    passive(v, o, p, sink);
                    objectRelative(v, o, p, sink);
                }
                else if (o.start() >= p.end()) active(v, p, o, sink);
            }
        }
        coordinatedVerb(v, sink);
        purposeOrPronoun(v, sink);
        gerund(v, sink);
        relativeAnaphor(v, sink);
    }

    /** "Novomatic aus Gumpoldskirchen, Gründer ist der Milliardär Johann Graf,": a clause that names the founder. */
    private static final Pattern FOUNDER_IS = Pattern.compile("(\\s+aus\\s+[\\p{L}-]+)?\\s*,\\s*(gründer|gründerin|mitgründer|"
            + "mitgründerin|firmengründer|founder|co-founder)\\s+(ist|war|is|was)\\s+((der|die|the)\\s+)?([\\p{L}-]+\\s+){0,2}");

    private void founderIsAfterComma(SentenceView v, RelationSink sink) {
        for (Ref p : v.of(EntityType.PERSON)) {
            Ref o = null;
            for (Ref r : v.refs) {
                if (r.start() >= p.start()) break;
                o = r;
            }
            if (o != null && o.is(EntityType.ORGANIZATION) && FOUNDER_IS.matcher(v.gap(o.end(), p.start())).matches()) {
                sink.add(v, p, Predicate.FOUNDER_OF, o, "founder.founder-is", 0.7);
            }
        }
    }

    /** "before founding Groq", "after co-founding Lumen", "bevor er Lumen gründete" is not read: English gerunds only. */
    private static final Pattern GERUND = Pattern.compile("(?iu).*\\b(before|after|since|prior to)\\s+(co-?)?founding\\s*$");

    /**
     * "Jonathan Ross, who worked at Google before founding Groq, …": the company after the gerund was founded by the
     * person the sentence is about, its first person, when no other person stands between.
     */
    private void gerund(SentenceView v, RelationSink sink) {
        Ref subject = null;
        for (Ref r : v.refs) {
            if (r.is(EntityType.PERSON)) { subject = r; break; }
        }
        if (subject == null) return;
        for (Ref o : v.of(EntityType.ORGANIZATION)) {
            if (o.start() <= subject.end() || v.typeBetween(subject.end(), o.start(), EntityType.PERSON)) continue;
            if (GERUND.matcher(v.gap(Math.max(subject.end(), o.start() - 40), o.start())).matches()) {
                sink.add(v, subject, Predicate.FOUNDER_OF, o, "founder.gerund", 0.75);
            }
        }
    }

    /**
     * "…, der das Unternehmen 2023 gegründet hat", "…, die das Start-up mitgegründet hatte": a German relative clause whose
     * object is a company noun (the English "who founded the company" has too many possible antecedents).
     */
    private static final Pattern RELATIVE_ANAPHOR = Pattern.compile("(?iu)\\s*,\\s*(der|die)\\s+(das|den|die)\\s+"
            + "(start-up|startup|" + GERMAN_COMPANY_NOUNS + ")\\s+((im jahr\\s+|in\\s+|im\\s+)?\\d{4}\\s+|[\\p{L}]+\\s+"
            // "…, der das Unternehmen 2005 gemeinsam mit Niklas Adalberth und Victor Jacobsson gegründet hatte": partners between.
            + "|((gemeinsam|zusammen) )?mit [^,;]{3,80}?\\s){0,4}"
            // "…, der das Unternehmen 2019 mit Shuo Wang gründete": the simple past too.
            + "((mit)?gegründet\\s+(hat|hatte)|(mit)?gründete)\\b.*");
    /** "Prewave-Chef X hat das Unternehmen 2017 mit Y gegründet": the main clause, the person its subject. */
    private static final Pattern MAIN_ANAPHOR = Pattern.compile("(?iu)\\s+(hat|hatte)\\s+(das|den|die)\\s+"
            + "(start-up|startup|" + GERMAN_COMPANY_NOUNS + ")\\s+((im jahr\\s+|in\\s+|im\\s+)?\\d{4}\\s+|[\\p{L}]+\\s+"
            + "|((gemeinsam|zusammen)\\s+)?mit [^,;]{3,80}?\\s){0,4}"
            + "(mit)?gegründet\\b.*");
    /**
     * "…, who co-founded the Santa Clara-based company in 2005", "…, Lumora Labs' co-founder and CEO, who started the company
     * with former Spotify engineer Daniel Fisch": the English relative clause with a company noun, after the person or
     * after the person's apposition, and the partners it names.
     */
    private static final Pattern RELATIVE_ANAPHOR_EN = Pattern.compile("(?iu)(?<apposition>\\s*,[^,;]{3,70})?\\s*,\\s*who\\s+"
            + "((also|had|has)\\s+)?(co-?founded|founded|started)\\s+the\\s+([\\p{L}-]+\\s+){0,2}(company|start-up|startup|firm|lab|business)"
            + "\\b(?!['’])(?<partners>\\s+((in\\s+)?\\d{4}\\s+)?(together\\s+)?(with|alongside)\\s+)?");

    /** "Baseten chief executive X co-founded the company in 2019 with A, B and C": the English main clause and its partners. */
    private static final Pattern MAIN_ANAPHOR_EN = Pattern.compile("(?iu)\\s+((also|had|has)\\s+)?(co-?founded|founded|started)\\s+"
            + "the\\s+(company|start-up|startup|firm|business|lab)\\s+((in\\s+)?\\d{4}\\s+)?(together\\s+)?(with|alongside)\\s+");

    /**
     * "Hinter Moonshot steht Yang Zhilin, der das Unternehmen 2023 gegründet hat": the company noun of the relative clause
     * points back to the company named before the person in the same sentence (the nearest), or to the sentence
     * before's opening company when the sentence names none.
     */
    private void relativeAnaphor(SentenceView v, RelationSink sink) {
        for (Ref p : v.of(EntityType.PERSON)) {
            int end = Math.min(v.sentence.end(), p.end() + 160);
            String after = v.gap(p.end(), end);
            // The German main and relative clauses and the English main clause here; the English relative clause ("SoundHound
            // chief executive Keyvan Mohajer, who co-founded the Santa Clara-based company") in relativeAnaphorEn.
            boolean main = MAIN_ANAPHOR.matcher(after).matches();
            java.util.regex.Matcher withPartners = MAIN_ANAPHOR_EN.matcher(after);
            boolean mainEn = !main && withPartners.lookingAt();
            if (!main && !mainEn && !RELATIVE_ANAPHOR.matcher(after).matches()) {
                relativeAnaphorEn(v, p, after, sink);
                continue;
            }
            Ref org = null;
            for (Ref r : v.of(EntityType.ORGANIZATION)) if (r.end() <= p.start()) org = r;
            // "„Händler geben ihre Daten nicht an Amazon ab“, sagte Chefin X, die das Unternehmen … gegründet hat": a company
            // inside the quote is not the speaker's.
            if (org == null || Rx.matches(v.text.substring(org.end(), p.start()), "(?s).*[“”\"»«].*")) continue;
            sink.add(v, p, Predicate.FOUNDER_OF, org, "founder.relative-anaphor", 0.7);
            if (mainEn) {
                // "… co-founded the company in 2019 with Amir Haghighat, Philip Howes and Pankaj Gupta".
                int at = p.end() + withPartners.end();
                for (Ref q : v.of(EntityType.PERSON)) {
                    if (q.start() < at) continue;
                    if (q.start() == at) for (Ref partner : listFrom(v, q, EntityType.PERSON)) {
                        sink.add(v, partner, Predicate.FOUNDER_OF, org, "founder.relative-anaphor", 0.65);
                    }
                    break;
                }
                continue;
            }
            // The partners named between ("gemeinsam mit A und B gegründet hatte") founded it too.
            int verb = v.lower.indexOf("gegründet", p.end() - v.sentence.start());
            if (verb < 0) verb = v.lower.indexOf("gründete", p.end() - v.sentence.start());
            for (Ref q : v.of(EntityType.PERSON)) {
                if (q.start() > p.end() && verb > 0 && q.end() <= v.sentence.start() + verb
                        && Rx.matches(v.gap(p.end(), q.start()), main ? "(?s).*\\bmit\\s+[^,;]*" : "(?s).*,\\s*(der|die)\\s+[^,;]*\\bmit\\s+[^,;]*")) {
                    sink.add(v, q, Predicate.FOUNDER_OF, org, "founder.relative-anaphor", 0.65);
                }
            }
        }
    }

    /**
     * "Chief executive Andrew Feldman, who co-founded the company in 2016, wrote …": the company is the one the person's
     * title names in this sentence (a chief's relation found before), else, without an apposition between, the company
     * named before the person ("Salesforce chief executive Marc Benioff, who co-founded the company in 1999").
     */
    private static void relativeAnaphorEn(SentenceView v, Ref p, String after, RelationSink sink) {
        Matcher m = RELATIVE_ANAPHOR_EN.matcher(after);
        if (!m.lookingAt()) return;
        String org = null;
        for (dev.aikg.model.Relation r : sink.inSentence(v.index())) {
            if (r.predicate() == Predicate.CEO_OF && r.subjectId().equals(p.id())) { org = r.object(); break; }
        }
        if (org == null && m.group("apposition") == null) {
            for (Ref r : v.of(EntityType.ORGANIZATION)) if (r.end() <= p.start()) org = r.id();
        }
        if (org == null) return;
        sink.add(v, p.id(), Predicate.FOUNDER_OF, org, null, null, null, null, p.start(), p.end(), "founder.relative-anaphor", 0.7);
        if (m.group("partners") == null) return;
        // "… with Denis Yarats, Johnny Ho and Andy Konwinski", "… with chief technology officer Felix Marchetti".
        int at = p.end() + m.end();
        for (Ref q : v.of(EntityType.PERSON)) {
            if (q.start() < at) continue;
            if (q.start() - at > 45 || Rx.matches(v.gap(at, q.start()), ".*[,;(].*")) return;
            for (Ref partner : listFrom(v, q, EntityType.PERSON)) {
                sink.add(v, partner.id(), Predicate.FOUNDER_OF, org, null, null, null, null, partner.start(), partner.end(),
                        "founder.relative-anaphor", 0.65);
            }
            return;
        }
    }

    private static final Pattern ITS_FOUNDERS = Pattern.compile("(?iu)\\s*(its|their|seine|ihre|dessen|deren|the company's|the startup's|"
            + "die|the)\\s+(co-?founders|founders|gründer|mitgründer|gründerinnen und gründer)(\\s*(,|:|are|were|sind|waren|–|-))?\\s*");

    /** "von A, B und C gegründete Unternehmen", "von A gegründeten Start-up Helsing": a participle before the company. */
    // "der von Peter Thiel mitgegründete Fonds Valar Ventures", "dem vom Investor Ian Osborne gegründeten Investmenthaus".
    // "die von Bill Gates gegründete Breakthrough Energy Ventures": the name right after the participle, without a noun.
    private static final Pattern FOUNDED_ADJECTIVE = Pattern.compile("(?iu)\\s+(mit)?gegründeten?\\s+(([\\p{L}-]*(unternehmen|start-up|startup|"
            + "firma|konzern|labor|lab|anbieter|entwickler|spezialist|dienst|plattform|gesellschaft|fonds|haus))\\b\\s*)?");
    /** Before the founder: "von", "vom britischen Investor", "von der Informatikerin". */
    private static final Pattern FOUNDED_BY_BEFORE = Pattern.compile("(?s).*\\b(von|vom|durch)\\s+((der|dem|den)\\s+)?"
            + "((?!(und|oder|sowie)\\s)[\\p{L}-]+\\s+){0,2}$");
    /** Between a company and the participle's "von" in its apposition: "Hedosophia, dem vom …", "X, einem 2019 von …". */
    private static final Pattern APPOSITION_BEFORE_VON = Pattern.compile(",\\s*(dem|der|den|das|die|einem|einer|ein|eine)\\s+"
            + "((\\d{4}|einst|ursprünglich)\\s+)?$");

    /**
     * "Das 2021 von A, B und C gegründete Unternehmen hat …": the company is named right after the
     * noun, else it is the subject of the sentence before.
     */
    private void foundedAdjective(SentenceView v, RelationSink sink) {
        for (Ref first : v.of(EntityType.PERSON)) {
            String before = v.gap(Math.max(v.sentence.start(), first.start() - 40), first.start());
            Matcher by = FOUNDED_BY_BEFORE.matcher(before);
            if (!by.matches()) continue;
            int von = first.start() - before.length() + by.start(1);
            List<Ref> founders = listFrom(v, first, EntityType.PERSON);
            Ref last = founders.get(founders.size() - 1);
            Matcher m = FOUNDED_ADJECTIVE.matcher(v.text).region(last.end(), v.sentence.end());
            if (!m.lookingAt()) continue;
            Ref org = null;
            for (Ref r : v.of(EntityType.ORGANIZATION)) if (r.start() == m.end()) org = r;
            // Without the noun only the name right after the participle is the company founded.
            if (m.group(2) == null && org == null) continue;
            // "Angeführt von Hedosophia, dem vom Investor Ian Osborne gegründeten Investmenthaus": the apposition's head.
            for (Ref r : v.of(EntityType.ORGANIZATION)) {
                if (org == null && r.end() < von && APPOSITION_BEFORE_VON.matcher(v.gap(r.end(), von)).matches()) org = r;
            }
            if (org == null) org = v.previousSubject(EntityType.ORGANIZATION);
            if (org == null) return;
            for (Ref p : founders) sink.add(v, p.id(), Predicate.FOUNDER_OF, org.id(), null, null, null, null, p.start(), p.end(),
                    "founder.participle", 0.75);
            return;
        }
    }

    /** "Its founders, Intrator, Brian Venturo and Brannin McBee, had worked together": the company named before. */
    private void theirFounders(SentenceView v, RelationSink sink) {
        Ref first = v.first(EntityType.PERSON);
        if (first == null || !ITS_FOUNDERS.matcher(v.text).region(v.sentence.start(), first.start()).matches()) return;
        Ref org = v.previousSubject(EntityType.ORGANIZATION);
        if (org == null) return;
        for (Ref p : listFrom(v, first, EntityType.PERSON)) sink.add(v, p.id(), Predicate.FOUNDER_OF, org.id(), null, null, null, null, p.start(), p.end(),
                "founder.their-founders", 0.7);
    }

    /** ", die Wiener Plattform der Gründer ": an apposition whose noun belongs to the founders named after it. */
    private static final Pattern APPOSITION_OF_FOUNDERS = Pattern.compile("(\\s+aus\\s+[\\p{L}-]+)?\\s*,\\s*(der|die|das|the)\\s+"
            + "((?!(und|and|von|vom|mit|bei|of|with)\\s)[\\p{L}-]+\\s+){0,3}(der|des|of)\\s+((its|the)\\s+)?(gründer|gründerin|gründers|"
            + "gründerinnen|mitgründer|founders|co-founders)\\s+");

    /** "GoStudent, die Wiener Plattform der Gründer Felix Ohswald und Gregor Müller,": every founder of the list. */
    private void appositionOfFounders(SentenceView v, RelationSink sink) {
        for (Ref p : v.of(EntityType.PERSON)) {
            Ref o = null;
            for (Ref r : v.of(EntityType.ORGANIZATION)) if (r.end() <= p.start()) o = r;
            if (o == null || p.start() - o.end() > 90 || !APPOSITION_OF_FOUNDERS.matcher(v.gap(o.end(), p.start())).matches()) continue;
            for (Ref q : listFrom(v, p, EntityType.PERSON)) sink.add(v, q, Predicate.FOUNDER_OF, o, "founder.apposition-of-founders", 0.75);
            return;
        }
    }

    /** "co-founded High-Flyer", "gründete 2015 Lumen": the founding verb right before the organisation. */
    private static final Pattern VERB_BEFORE = Pattern.compile("(?s).*\\b(and|und|then|dann|later|später)\\s+((in|im)\\s+\\d{4}\\s+|\\d{4}\\s+)?"
            + "(co-?founded|founded|gründete|mitgründete)\\s+((in|im)\\s+\\d{4}\\s+|\\d{4}\\s+)?((the|a|an|das|die|den)\\s+)?"
            + "([\\p{L}-]+\\s+)?$");

    /**
     * "Liang studied at Zhejiang University and in 2015 co-founded High-Flyer": the second verb of a
     * coordination, its subject the person that opens the sentence, with no other person between.
     */
    private void coordinatedVerb(SentenceView v, RelationSink sink) {
        Ref p = v.first(EntityType.PERSON);
        if (p == null) return;
        for (Ref o : v.of(EntityType.ORGANIZATION)) {
            if (o.start() <= p.end() || o.start() - p.end() > 180 || v.typeBetween(p.end(), o.start(), EntityType.PERSON)) continue;
            String before = v.gap(Math.max(p.end(), o.start() - 50), o.start());
            if (!Prefilter.containsAny(before, "founded", "gründete") || !VERB_BEFORE.matcher(before).matches()) continue;
            String gap = v.gap(p.end(), o.start());
            // "A, who advised B, and C founded D" or a new clause with its own subject: not p's verb.
            if (gap.contains(";") || Rx.matches(gap, ".*,\\s*(who|which|der|die|das)\\s.*")) continue;
            sink.add(v, p, Predicate.FOUNDER_OF, o, "founder.coordinated", 0.7);
        }
    }

    /** "Gründer von X (und Y) ist (der 40-jährige) Z". */
    private void copula(SentenceView v, RelationSink sink) {
        for (Ref o : v.of(EntityType.ORGANIZATION)) {
            String before = v.gap(Math.max(v.sentence.start(), o.start() - 30), o.start());
            if (!Prefilter.containsAny(before, "gründer", "founder") || !Rx.matches(before, ".*\\b(gründer(in)?|mitgründer(in)?|founders?|co-founders?) (von|des|der|of) (the )?$")) continue;
            List<Ref> orgs = orgList(v, o);
            Ref last = orgs.get(orgs.size() - 1);
            for (Ref p : v.of(EntityType.PERSON)) {
                if (p.start() < last.end()) continue;
                String gap = v.gap(last.end(), p.start());
                if (gap.length() < 60 && Rx.matches(gap, "\\s*(ist|war|is|was|sind|are|waren)\\b[^,.;]*")) {
                    for (Ref org : orgs) sink.add(v, p, Predicate.FOUNDER_OF, org, "founder.copula", 0.85);
                }
                break;
            }
        }
    }

    /** The organisation and those joined to it by "und", "and", ",". */
    static List<Ref> orgList(SentenceView v, Ref first) {
        return listFrom(v, ownedMember(v, first), EntityType.ORGANIZATION);
    }

    private static final Pattern OWNER_NOUN_GAP = Pattern.compile("(?u)('s|’s|s)?\\s+((?!(und|and|or|oder|sowie|the|der|die|das)\\s)[\\p{L}-]+\\s+){0,3}");

    /**
     * "Nvidias Beteiligungsarm NVentures, Google …", "Nvidia's venture arm NVentures and Eni", "Amazon's Alexa Fund": a list
     * member named by its owner's possessive (and a noun) is the name after them; the owner only describes it.
     */
    private static Ref ownedMember(SentenceView v, Ref first) {
        Ref next = v.refAfter(first.end());
        if (next == null || !next.is(EntityType.ORGANIZATION) || next.start() - first.end() > 40) return first;
        String gap = v.text.substring(first.end(), next.start());
        boolean possessive = SentenceView.genitiveSurface(first) || gap.startsWith("'s ") || gap.startsWith("’s ") || gap.startsWith("s ");
        if (!possessive || !OWNER_NOUN_GAP.matcher(gap).matches()) return first;
        // With no noun between, only an investing arm stands for its owner ("Amazon's Alexa Fund"); "PepsiCo's Rockstar
        // brand" names a product line, and its owner is the member.
        boolean nounBetween = !Rx.matches(gap, "('s|’s|s)?\\s+");
        return nounBetween || INVESTING_ARM.matcher(next.entity().name()).matches() ? next : first;
    }

    private static final Pattern INVESTING_ARM = Pattern.compile("(?iu).*\\b(fund|fonds|ventures|capital|investments)\\b.*");

    /** A list link, an article, and a plural noun that names what the next items are ("sowie die Großbanken"). */
    // "raised money from Hillhouse and from Longzhu Capital", "gegründet von A und von B": the preposition repeated.
    private static final Pattern LIST_LINK = Pattern.compile("\\s*(,|und|and|sowie|&|oder|or|, and)\\s*(?:(?:from|von|by) )?(die |der |das |dem |den |the )?"
            + "([\\p{L}-]*(banken|fonds|investoren|geldgeber|konzerne|firmen|banks|funds|investors|firms|groups) "
            // "und dem Berliner Start-up Stark Defence", "and China's DeepSeek", "der Essenslieferdienst Meituan", "the Hong Kong
            // fund house Jade": one described or placed member, its noun one that names a company.
            + "|((?!(des|der|die|das|dem|den|von|vom|of|the|for|für|mit|with|from|aus|bei|at|in|im|am|an|zu|zur|zum) )[\\p{L}-]+ ){0,3}?"
            + "[\\p{L}-]*(start-up|startup|konzern|unternehmen|anbieter|hersteller|händler|company|firm|maker|"
            + "provider|retailer|lab|holding|dienst|house|fund|fonds|investor|bank|versicherer|insurer|betreiber|operator|gruppe|group|"
            // "and the independent publisher Kobalt", "and the angel network Kestrel Angels".
            + "publisher|network|verlag|netzwerk|"
            // "and the Dallas family office Pinecrest Holdings".
            + "office) "
            + "|\\p{L}+('s|’s) "
            // "Flat6Labs and the Dubai-based Delta Frontier Capital": a member placed by its seat.
            + "|[\\p{L}-]+-based )?");
    /** An aside that opens right after a list member: " — the venture arm of Amex —", " (formerly Lumen)". */
    private static final Pattern ASIDE = Pattern.compile("\\s*(—|–| - |\\()");

    /** The name and those of its type joined after it by "und", "and", ",": "A, B and C", "A sowie die Großbanken B und C". */
    static List<Ref> listFrom(SentenceView v, Ref first, EntityType type) {
        List<Ref> out = new ArrayList<>();
        out.add(first);
        // Where the link to the next member starts: after the member, or after an aside that follows it, whose names
        // describe the member and are not members themselves ("Amex Ventures — the venture arm of American Express —").
        int from = afterAside(v, first.end());
        for (Ref r : v.refs) {
            if (r.start() < from || !r.is(type)) continue;
            String gap = v.gap(from, r.start());
            java.util.regex.Matcher link = LIST_LINK.matcher(gap);
            // "von dem früheren Prozessanwalt A und dem KI-Forscher B": people joined with their role nouns.
            if (!link.matches() && type == EntityType.PERSON && roleLink(gap)) {
                out.add(r);
                from = afterAside(v, r.end());
                continue;
            }
            if (!link.matches()) break;
            // "…, der Investmentfirma, die Spotify-Gründer Daniel Ek …": a name glued to a noun qualifies it; no member.
            if (v.gluedToNoun(r) && v.text.charAt(from) == ',') break;
            // "Nvidia owns a stake in CoreWeave, and the hedge fund Magnetar Capital is one of its largest shareholders": a
            // described name with a verb of its own opens the next clause.
            if (link.group(3) != null && gap.startsWith(",") && CLAUSE_VERB.matcher(v.gap(r.end(), Math.min(v.sentence.end(), r.end() + 12))).lookingAt()) {
                break;
            }
            // "Blue River Technology, the Deere & Company subsidiary known for …": an apposition naming the member's owner.
            if (type == EntityType.ORGANIZATION && gap.startsWith(",") && UNIT_NOUN_AFTER.matcher(
                    v.gap(r.end(), Math.min(v.sentence.end(), r.end() + 45))).lookingAt()) {
                break;
            }
            // "von Prosus, von Softbanks Vision Fund 2 und von Tencent": a member named by its owner's possessive.
            Ref member = type == EntityType.ORGANIZATION ? ownedMember(v, r) : r;
            out.add(member);
            from = afterAside(v, member.end());
        }
        return out;
    }

    /** A unit's noun right after an owner's name: "the Deere & Company subsidiary", "the Alphabet unit". */
    // "Google DeepMind, Alphabet's artificial intelligence lab": a possessive owner and up to three words before a lab.
    private static final Pattern UNIT_NOUN_AFTER = Pattern.compile("('s|’s|s)?\\s+(" + Rx.UNIT_NOUNS + ")\\b|" + Rx.POSSESSIVE_UNIT_NOUN);

    private static final Pattern ROLE_LINK = Pattern.compile("\\s*(,\\s*((und|and|sowie)\\s+)?|(und|and|sowie)\\s+)(dem|der|den|the|a|an)?\\s*"
            + "((früheren|ehemaligen|former)\\s+)?(?<role>[\\p{L}-]+)\\s+");

    /** A list link with the next person's role noun: " und dem KI-Forscher ", " and the engineer ". */
    private static boolean roleLink(String gap) {
        Matcher m = ROLE_LINK.matcher(gap);
        if (!m.matches()) return false;
        String role = m.group("role");
        return RoleNouns.of(role) != null || dev.aikg.annotate.mention.Cues.ROLES.contains(role.toLowerCase(java.util.Locale.ROOT));
    }

    /** A finite verb right after a name: the name is a clause's subject. */
    private static final Pattern CLAUSE_VERB = Pattern.compile("\\s+(is|are|was|were|has|have|had|will|would|said|says|ist|sind|war|"
            + "waren|hat|haben|hatte|wird|sagte|sagt)\\b");

    /**
     * A comma apposition right after a list member that ends in a comma before the next member: "Munich Re Ventures, der
     * Beteiligungsarm des Rückversicherers Munich Re, und der High-Tech Gründerfonds", "NVentures, Nvidia's venture arm,
     * and Samsung Catalyst Fund".
     */
    // "Anika Raman, who spent eight years as an engineer at UPS, and Tomasz Wierzbicki": an English relative clause too.
    private static final Pattern COMMA_ASIDE = Pattern.compile("\\s*,\\s+(der|die|das|den|dem|the|a|an|its|their|seine|ihre|who|"
            + "\\p{L}[\\p{L}&.-]*(?:'s|’s))\\s[^,;:()]{3,90},(?=\\s*(und|and|sowie|&)?\\s*(der |die |das |dem |den |the )?"
            // "…, Sony's venture arm, and the independent publisher Kobalt": a described member after the aside.
            + "((?!(with|mit|from|von|of|in|by|to|for|für|at|bei|an|on)\\s)[\\p{Ll}-]+ ){0,2}\\p{Lu})");

    private static final Pattern PLACE_AFTER = Pattern.compile("\\s+(aus|from)\\s+((den|der|dem|the)\\s+)?\\p{Lu}[\\p{L}.-]+"
            + "(\\s+\\p{Lu}[\\p{L}.-]+)?(?=\\s*(,|und\\s|and\\s|sowie\\s|&))");

    /** The offset after a dash or bracket aside that opens at {@code at} and closes within the sentence, else {@code at}. */
    private static int afterAside(SentenceView v, int at) {
        int limit = Math.min(v.sentence.end(), at + 120);
        Matcher comma = COMMA_ASIDE.matcher(v.text).region(at, limit);
        // The link to the next member is its conjunction if there is one ("…, und der X"), else the closing comma.
        if (comma.lookingAt()) return comma.group(2) != null ? comma.end() : comma.end() - 1;
        // "mit GE Vernova aus den USA und Mitsubishi Heavy Industries aus Japan": a member's place of origin.
        Matcher place = PLACE_AFTER.matcher(v.text).region(at, limit);
        if (place.lookingAt()) return place.end();
        Matcher m = ASIDE.matcher(v.text).region(at, limit);
        if (!m.lookingAt()) return at;
        String open = m.group(1);
        String close = open.equals("(") ? ")" : open;
        int c = v.text.indexOf(close, m.end());
        if (c < 0 || c >= limit) return at;
        return v.text.lastIndexOf(';', c) >= m.end() ? at : c + close.length();
    }

    /** "Meteomatics aus St. Gallen,", "Doctolib mit Sitz in Paris,": the company's seat between it and the relative clause. */
    private static final Pattern SEAT_BEFORE_COMMA = Pattern.compile("\\s+(aus|mit [Ss]itz in|based in)\\s+\\p{Lu}[\\p{L}.-]*(\\s+\\p{Lu}[\\p{L}.-]*)?\\s*,");
    /**
     * After a German founding verb: "und (den Konzern) (bis heute) (als Chef) führt" — the founder leads the company.
     * "und das Unternehmen heute gemeinsam mit ihm führt" is a co-chief's, and counts the same.
     */
    private static final Pattern AND_LEADS = Pattern.compile("(?iu)\\s+und\\s+((das unternehmen|den konzern|die firma|das start-up|es|ihn|sie)\\s+)?"
            + "((bis heute|heute|seither|seitdem|noch immer|weiterhin)\\s+)?(gemeinsam mit \\p{L}+\\s+)?"
            + "(als\\s+(" + ChiefRules.CHIEF_TITLES + ")\\s+)?(führt|leitet)\\b");

    private static boolean leadsAfter(SentenceView v, int from) {
        return from < v.sentence.end() && AND_LEADS.matcher(v.text).region(from, v.sentence.end()).lookingAt();
    }

    private static final Pattern RELATIVE_VERB = Pattern.compile("(?iu)\\s+((also|had|has|einst|auch|1\\d{3}|20\\d{2}|als\\s+\\p{L}+)\\s+)*(co-?founded|founded|"
            // "…, das Jana Reiter und Felix Baumann 2022 gegründet haben": the plural too.
            + "started(?!\\s+(to\\b|\\p{L}+ing\\b))|set up|mitbegründete|mitgegründet hat|mitgegründet hatte|gegründet hat|gegründet hatte|"
            + "gegründet haben|gegründet hatten|mitgegründet haben|gründete|gründeten|mitgründete)\\b");
    /**
     * The relative pronoun after the company, and a described company between: "OpenAI, which", "InstaDeep, the
     * Tunis-founded company that", "Lumo, das Start-up, das".
     */
    // "ProRata, den der Serienunternehmer Bill Gross gegründet hat": the founder described after the pronoun.
    // "Safe Superintelligence, the lab Ilya Sutskever co-founded with Daniel Levy": an English contact clause, no pronoun.
    private static final Pattern OBJECT_RELATIVE_OPENING = Pattern.compile(",\\s*((the|a|an|das|die|der|dem|ein|eine|einem|einer)\\s+([\\p{L}-]+\\s+){0,3}"
            // "Librettica, ein Start-up mit Sitz in Berlin, das …": the described company's seat.
            + "(company|firm|start-?up|lab|business|venture|unternehmen|firma|labor)(\\s+(mit sitz in|aus|from|based in)\\s+[\\p{L}-]+)?(,)?\\s+"
            + "((which|that|den|das|die)\\s+)?|"
            + "(which|that|den|das|die)\\s+)"
            + "((der|die)\\s+((?!(und|oder)\\s)[\\p{L}-]+\\s+){1,2})?");

    /**
     * "OpenAI, which Musk co-founded with Sam Altman in 2015", "Tesla, das Musk 2004 mitgründete", "InstaDeep, the
     * Tunis-founded company that A and B started in 2014": the company as object, the founders as subject.
     */
    private void objectRelative(SentenceView v, Ref o, Ref p, RelationSink sink) {
        // A comma right after the company (or after its seat: "Meteomatics aus St. Gallen, den …") and a short gap, before
        // the regex: this runs for every pair.
        if (p.start() - o.end() > 100 || o.end() >= v.text.length()) return;
        int comma = o.end();
        if (v.text.charAt(comma) != ',') {
            Matcher seat = SEAT_BEFORE_COMMA.matcher(v.text).region(o.end(), p.start());
            if (!seat.lookingAt()) return;
            comma = seat.end() - 1;
        }
        if (p.start() - comma > 70 || !OBJECT_RELATIVE_OPENING.matcher(v.gap(comma, p.start())).matches()) return;
        List<Ref> founders = listFrom(v, p, EntityType.PERSON);
        Ref last = founders.get(founders.size() - 1);
        Matcher verb = RELATIVE_VERB.matcher(v.text).region(last.end(), v.sentence.end());
        if (!verb.lookingAt()) {
            // "Scalable, das Erik Podzuweit 2014 mit Florian Prucker gegründet hat": German names the partners before the verb.
            List<Ref> partners = partnersBeforeVerb(v, last);
            if (partners.isEmpty()) return;
            verb = RELATIVE_VERB.matcher(v.text).region(partners.get(partners.size() - 1).end(), v.sentence.end());
            if (!verb.lookingAt()) return;
            for (Ref f : founders) sink.add(v, f, Predicate.FOUNDER_OF, o, "founder.object-relative", 0.8);
            for (Ref q : partners) sink.add(v, q, Predicate.FOUNDER_OF, o, "founder.object-relative", 0.75);
            return;
        }
        for (Ref f : founders) sink.add(v, f, Predicate.FOUNDER_OF, o, "founder.object-relative", 0.8);
        // "Bolt, den Markus Villig als Schüler gegründet hat und bis heute als Chef leitet": a single founder leads it too.
        if (founders.size() == 1 && leadsAfter(v, verb.end())) sink.add(v, last, Predicate.CEO_OF, o, "founder.and-leads", 0.75);
        Ref partner = null;
        for (Ref r : v.of(EntityType.PERSON)) {
            if (r.start() >= verb.end()) { partner = r; break; }
        }
        if (partner != null && Rx.matches(v.gap(verb.end(), partner.start()), "\\s+((in |im jahr )?\\d{4}\\s+)?(together with|along with|with|zusammen mit|gemeinsam mit|mit)\\s+")) {
            for (Ref q : listFrom(v, partner, EntityType.PERSON)) sink.add(v, q, Predicate.FOUNDER_OF, o, "founder.object-relative", 0.75);
        }
    }

    // "… 2022 gemeinsam mit dem Informatiker Jakob Ohlendorf gegründet hat": the partner described.
    private static final Pattern PARTNERS_BEFORE_VERB = Pattern.compile("(?iu)\\s+((im jahr\\s+)?\\d{4}\\s+)?((zusammen|gemeinsam)\\s+)?mit\\s+"
            + "((dem|der|seinem|seiner|ihrem|ihrer)\\s+([\\p{L}-]+\\s+){1,2})?");

    /** The people after "(2014) (zusammen) mit" right after the founder, or none: "das A 2014 mit B und C gegründet hat". */
    private static List<Ref> partnersBeforeVerb(SentenceView v, Ref founder) {
        for (Ref r : v.of(EntityType.PERSON)) {
            if (r.start() < founder.end()) continue;
            if (r.start() - founder.end() > 70 || !PARTNERS_BEFORE_VERB.matcher(v.gap(founder.end(), r.start())).matches()) break;
            return listFrom(v, r, EntityType.PERSON);
        }
        return List.of();
    }

    /** An organisation between a and b that is not glued to a noun by a hyphen ("Nvidia-Manager" only describes). */
    private static boolean orgBetweenNotInCompound(SentenceView v, int a, int b) {
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            if (r.start() >= a && r.end() <= b && !(r.end() < v.text.length() && v.text.charAt(r.end()) == '-')) return true;
        }
        return false;
    }

    /** "X was founded by Z", "X wurde von Z gegründet", "X, gegründet von Z". */
    private void passive(SentenceView v, Ref o, Ref p, RelationSink sink) {
        String gap = v.gap(o.end(), p.start());
        // "Sokrat AI aus Zürich, gegründet im Jahr 2023 von dem ehemaligen ETH-Doktoranden X": a seat and a year before the name.
        if (gap.length() > 90 || orgBetweenNotInCompound(v, o.end(), p.start())) return;
        // "Decagon, Sierra's closest rival, was founded by", "Overjets direkter Konkurrent ist Pearl, gegründet von": a
        // possessor only describes the company founded.
        if (v.possessive(o) && !o.entity().name().endsWith("'s") && !o.entity().name().endsWith("’s")) return;
        int by = Math.max(gap.lastIndexOf("founded by "), gap.lastIndexOf("founded in "));
        String tail = by < 0 ? "" : gap.substring(gap.indexOf(" by ", by) < 0 ? gap.length() : gap.indexOf(" by ", by) + 4);
        boolean en = by >= 0 && gap.indexOf(" by ", by) >= 0 && tail.indexOf(',') < 0 && tail.indexOf(';') < 0
                && Words.SPACES.split(tail.strip()).length <= 4;
        // "gegründet von dem früheren Nvidia-Manager Zhang Jianzhong": a description may stand before the name.
        // "gegründet unter anderem von Erik Podzuweit und Florian Prucker": the founders named are some of them.
        // "welches gegründet wurde von X": the word order of a translation.
        // "Perfect Corp wurde gegründet und wird geführt von Alice Chang": the founder runs it too.
        boolean runs = Rx.matches(gap, ".*\\b(gegründet|mitgegründet) und (wird|wurde) (seither |seitdem |bis heute )?(geführt|geleitet) (von|vom) "
                + "((dem|der)\\s+)?(([\\p{L}-]+\\s+){0,2})?$")
                || Rx.matches(gap, ".*\\b(founded|co-founded) and (is |was )?(still )?(run|led|headed) by ((the\\s+)?[\\p{L}-]+\\s+){0,2}$");
        // "ist gegründet worden in 2022 von": a translation's perfect passive.
        boolean de = runs || Rx.matches(gap, ".*\\b(gegründet|mitgegründet) ((wurde|worden ist|worden war|worden) )?((im jahr |in )?\\d{4} )?"
                + "((unter anderem|u\\. a\\.|unter anderen) )?"
                + "(von|vom|durch) ((dem|der|den|einem|einer)\\s+)?(([\\p{L}-]+\\s+){0,2})?$")
                || Rx.matches(gap, "\\s*(wurde|ist|war)\\b.*\\bvon $") && followedBy(v, p, "gegründet")
                // "DeepSeek sitzt in Hangzhou und wurde 2023 von Liang Wenfeng gegründet": a first predicate of the company before;
                // not a company an object names ("ist aus der JKU hervorgegangen und wurde … gegründet").
                || Rx.matches(gap, "\\s+[^,;]{0,50}\\sund\\s(wurde|ist|war)\\b.*\\bvon $") && followedBy(v, p, "gegründet")
                && !Rx.matches(v.gap(Math.max(v.sentence.start(), o.start() - 12), o.start()), "(?s).*\\b(aus|von|vom|in|im|an|am|bei|mit|der|dem|den)\\s+$");
        if (en || de) {
            // "Vega is a spin-off of Lumen University and was founded by …": the subject was founded, not the attribute's name.
            Ref subject = predicateAttributeSubject(v, o);
            Ref founded = subject != null ? subject : o;
            // "co-founded in 2023 by Arthur Mensch, Guillaume Lample and Timothée Lacroix": every founder of the list.
            for (Ref q : listFrom(v, p, EntityType.PERSON)) {
                sink.add(v, q, Predicate.FOUNDER_OF, founded, "founder.passive", 0.85);
                if (runs) sink.add(v, q, Predicate.CEO_OF, founded, "founder.passive-runs", 0.75);
            }
            togetherAfterApposition(v, founded, p.end(), sink);
        }
    }

    /**
     * Where the founders stand in the text after a company: offsets {from, to} in {@code after} of the
     * by-phrase of "was founded by …" or the von-phrase of "wurde von … gegründet"; null when none.
     */
    private static int[] byPhrase(SentenceView v, int at) {
        int end = Math.min(v.sentence.end(), at + LIST_SPAN);
        String after = v.gap(at, end);
        // The clause words are looked for in the text as written: "Kevin Weil" is a name, " weil " a conjunction.
        String written = v.text.substring(Math.min(at, end), end);
        if (written.length() != after.length()) written = after;
        Matcher en = EN_PASSIVE.matcher(after);
        if (en.lookingAt()) {
            int from = en.end();
            Matcher stop = EN_LIST_END.matcher(after);
            int to = stop.find(from) ? stop.start() : after.length();
            if (en.group("apposition") != null) {
                // Read in the text as written: in the lower-cased gap a name after a comma looks like a verb
                // ("founded last year by two former BBVA engineers, Lucía Prado and Hugo Serrat").
                Matcher close = APPOSITION_END.matcher(written);
                if (close.find(from) && close.start() < to) to = close.start();
            }
            return new int[]{from, to};
        }
        int founded = after.indexOf("gegründet");
        Matcher de = DE_PASSIVE.matcher(after);
        if (founded < 0 || !de.lookingAt() || de.end() > founded || after.substring(0, founded).contains(";")) return null;
        // "Google, die von Bill Gates gegründete Breakthrough Energy Ventures": an inflected participle describes the name
        // after it; the company before is another list member.
        if (after.startsWith("gegründete", founded) && nameAfterParticiple(v, at + founded)) return null;
        // "von Microsoft unterstützt, nachdem Altman ein Labor gegründet hatte": another clause, another founding.
        String clause = written.substring(de.end(), founded);
        // "2012 von A und B als YouTube-Kanal gegründet": what it was founded as, no clause of its own.
        Matcher as = FOUNDED_AS.matcher(clause);
        if (as.matches()) clause = as.group(1);
        if (Prefilter.containsAny(clause, " nachdem ", " als ", " weil ", " während ", " bevor ",
                " dass ", " hatte ", " hat ", " ist ", " wird ", " wurde ", " unterstützt", " übernommen")) return null;
        return new int[]{de.end(), founded};
    }

    /**
     * An organisation right after the inflected participle at offset {@code at} ("gegründete Breakthrough Energy Ventures"),
     * perhaps after its noun ("zum von John Paulson gegründeten Hedgefonds Paulson & Co.").
     */
    private static boolean nameAfterParticiple(SentenceView v, int at) {
        int end = at;
        while (end < v.text.length() && Character.isLetter(v.text.charAt(end))) end++;
        Ref next = v.refAfter(end);
        return next != null && next.is(EntityType.ORGANIZATION) && Rx.matches(v.text.substring(end, next.start()), "\\s*(\\p{Lu}[\\p{L}-]*\\s+)?");
    }

    private static final Pattern FOUNDED_AS = Pattern.compile("(?s)(.*)\\s+als\\s+(ein|eine|einer|einem)?\\s*\\S+\\s*$");

    /**
     * True when every organisation of the sentence is glued to a noun that describes a person ("von der ETH-Informatikerin
     * Nadine Kälin"): none of them can be the company founded.
     */
    private static boolean onlyQualifyingOrgs(SentenceView v) {
        for (Ref r : v.of(EntityType.ORGANIZATION)) if (!v.gluedToNoun(r)) return false;
        return true;
    }

    /** A sentence opening with the company named before: "The startup was founded …", "Das Unternehmen wurde … gegründet". */
    private static final Pattern COMPANY_ANAPHOR = Pattern.compile("(?iu)\\s*(the|das|die|der)\\s+([\\p{L}-]+\\s+)?(startup|start-up|"
            + "company|firm|lab|" + GERMAN_COMPANY_NOUNS + ")\\b");

    /** "The startup was founded in 2022 by A, B, C and D": the founders of the company the sentence before is about. */
    private void passiveAnaphor(SentenceView v, RelationSink sink) {
        Matcher m = COMPANY_ANAPHOR.matcher(v.text).region(v.sentence.start(), v.sentence.end());
        if (!m.lookingAt()) return;
        int base = m.end();
        int[] range = byPhrase(v, base);
        if (range == null) return;
        Ref org = v.previousSubject(EntityType.ORGANIZATION);
        if (org == null) return;
        for (Ref p : v.of(EntityType.PERSON)) {
            if (p.start() >= base + range[0] && p.end() <= base + range[1]) {
                sink.add(v, p.id(), Predicate.FOUNDER_OF, org.id(), null, null, null, null, p.start(), p.end(),
                        "founder.passive-anaphor", 0.7);
            }
        }
    }

    /**
     * "X was founded in 2021 by former OpenAI researchers, among them A, its chief executive, and B",
     * "X was started by A, B and C as a crypto miner", "X wurde 2019 von A und B gegründet": every
     * person in the by-phrase. Organisations inside it are descriptions ("former OpenAI researchers"),
     * not founders.
     */
    private void passiveList(SentenceView v, RelationSink sink) {
        for (Ref named : v.of(EntityType.ORGANIZATION)) {
            int[] range = byPhrase(v, named.end());
            if (range == null) continue;
            int from = range[0], to = range[1];
            // "Formulytics ist eine Ausgründung der RWTH Aachen und wurde … von X gegründet": the university only qualifies the
            // predicate noun; the subject of both verbs was founded. The by-phrase's offsets stay those after the named one.
            Ref subject = predicateAttributeSubject(v, named);
            Ref o = subject != null ? subject : named;
            int base = named.end();
            Ref last = null;
            for (Ref p : v.of(EntityType.PERSON)) {
                if (p.start() >= base + from && p.end() <= base + to) {
                    sink.add(v, p, Predicate.FOUNDER_OF, o, "founder.passive-list", 0.8);
                    last = p;
                }
            }
            if (last == null) continue;
            // "… by Noemi Frey, who serves as CEO, and Jonas Wyss": the list goes on after the last founder's aside, which
            // ended the by-phrase ("as").
            for (Ref q : listFrom(v, last, EntityType.PERSON)) {
                if (q != last) sink.add(v, q, Predicate.FOUNDER_OF, o, "founder.passive-list", 0.75);
            }
            togetherAfterApposition(v, o, base + to, sink);
        }
    }

    private static final Pattern PREDICATE_ATTRIBUTE_BEFORE = Pattern.compile("\\s+(ist|war|is|was)\\s+(eine|ein|einer|a|an)\\s+"
            + "([\\p{L}-]+\\s+)?[\\p{L}-]+\\s+(der|des|von|vom|of|from)\\s+((der|dem|the)\\s+)?");

    /**
     * The sentence's subject when {@code named} is the genitive attribute of its predicate noun and a second verb follows
     * ("X ist eine Ausgründung der RWTH Aachen und wurde …", "X is a spin-off of ETH Zurich and was …"); else null.
     */
    private static Ref predicateAttributeSubject(SentenceView v, Ref named) {
        if (!Rx.matches(v.gap(named.end(), Math.min(v.sentence.end(), named.end() + 12)), "\\s+(und|and)\\s+(wurde|ist|war|was|is)\\b.*")) return null;
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            if (r.end() >= named.start()) break;
            if (PREDICATE_ATTRIBUTE_BEFORE.matcher(v.gap(r.end(), named.start())).matches()) return r;
        }
        return null;
    }

    private static final Pattern TOGETHER_AFTER = Pattern.compile("(?iu),\s+(together with|along with|zusammen mit|gemeinsam mit)\s+");

    /**
     * "… founded in 2023 by Arthur Mensch, a former researcher at DeepMind, together with Guillaume Lample and Timothée
     * Lacroix": after the first founder's apposition, the partners named with "together with" are founders too.
     */
    private void togetherAfterApposition(SentenceView v, Ref o, int at, RelationSink sink) {
        int end = Math.min(v.sentence.end(), at + 120);
        Matcher m = TOGETHER_AFTER.matcher(v.text).region(at, end);
        if (!m.find()) return;
        // Only the apposition stands between: no other clause ("…, which later …, together with").
        if (v.gap(at, m.start()).contains(";")) return;
        for (Ref p : v.of(EntityType.PERSON)) {
            if (p.start() < m.end()) continue;
            if (p.start() - m.end() > 2) return;
            for (Ref r : listFrom(v, p, EntityType.PERSON)) {
                sink.add(v, r, Predicate.FOUNDER_OF, o, "founder.together", 0.75);
            }
            return;
        }
    }

    /** "Gegründet wurde Qingluan 2023 von A und B": the participle fronted, the company after it, the founders after "von". */
    private static final Pattern FRONTED = Pattern.compile("(?iu)\\s*[„\"»]?\\s*(mit)?gegründet\\s+(wurde|worden ist|worden war)\\s+");
    /** "… 2022 von A und B", "… von dem Informatiker A", "… von vier Absolventen des MIT: A, B, C und D" (a colon opens the list). */
    private static final Pattern FRONTED_VON = Pattern.compile("(?iu)"
            // "Gegründet wurde Sortello mit Sitz in Zürich 2022 von A": the seat between the company and the year.
            + "(\\s+(mit sitz in|aus)\\s+\\p{Lu}[\\p{L}-]+)?"
            // "Gegründet wurde AF Corse einst von Amato Ferrari": a time adverb instead of the year.
            + "\\s+((erst|bereits|schon|schließlich|einst|ursprünglich|damals)\\s+)?"
            // "Gegründet wurde Wiz erst 2020 von A, B, C und D": an adverb before the year.
            // "Gegründet wurde Harvey in San Francisco von A": a place of two words.
            // "Gegründet wurde Forkcast in 2022 von A": the English "in" before the year of a translation.
            + "((im jahr\\s+|im\\s+|in\\s+)?\\d{4}\\s+|in\\s+[\\p{L}-]+\\s+(\\p{Lu}[\\p{L}-]+\\s+)?){0,2}von\\s+"
            + "((dem|der|den|einem|einer)\\s+([\\p{L}-]+\\s+){0,3}|[^:;.]{3,90}:\\s*)?");

    // "… von A, der als Chef das Unternehmen führt, und von B": a second "von" after the first founder's relative clause.
    private static final Pattern TOGETHER_WITH = Pattern.compile("(?s),[^;]*,\\s*(zusammen mit|gemeinsam mit|together with|along with|und von|and by)\\s+"
            + "((der|dem|den|the)\\s+)?([\\p{L}-]+\\s+){0,3}");

    private void frontedPassive(SentenceView v, RelationSink sink) {
        Matcher m = FRONTED.matcher(v.text).region(v.sentence.start(), v.sentence.end());
        if (!m.lookingAt()) return;
        Ref org = null;
        for (Ref r : v.refs) {
            if (r.start() >= m.end()) {
                if (r.is(EntityType.ORGANIZATION) && r.start() - m.end() <= 2) org = r;
                break;
            }
        }
        if (org == null) return;
        for (Ref p : v.of(EntityType.PERSON)) {
            if (p.start() < org.end()) continue;
            if (!FRONTED_VON.matcher(v.gap(org.end(), p.start())).matches()) return;
            List<Ref> founders = listFrom(v, p, EntityType.PERSON);
            for (Ref r : founders) sink.add(v, r, Predicate.FOUNDER_OF, org, "founder.fronted-passive", 0.8);
            // "…von Zhou Yiming, der zuvor bei Alibaba Cloud gearbeitet hatte, zusammen mit Qiaoyun Lin": a partner after the
            // first founder's relative clause.
            Ref last = founders.get(founders.size() - 1), partner = null;
            for (Ref r : v.of(EntityType.PERSON)) if (r.start() >= last.end()) { partner = r; break; }
            if (partner != null && partner.start() - last.end() <= 160
                    && TOGETHER_WITH.matcher(v.gap(last.end(), partner.start())).matches()) {
                for (Ref r : listFrom(v, partner, EntityType.PERSON)) sink.add(v, r, Predicate.FOUNDER_OF, org, "founder.fronted-passive", 0.75);
            }
            return;
        }
    }

    /** "Founded in 1999 by ", "Co-founded by ": an English participle opening the sentence. */
    // "Founded in 2015 as TripActions by Ariel Cohen and Ilan Twig, Navan …": the former name between.
    private static final Pattern FRONTED_PARTICIPLE = Pattern.compile("(?iu)(co-?)?founded\\s+(in\\s+\\d{4}\\s+)?(as\\s+[\\p{L}.-]+\\s+)?by\\s+");

    /**
     * "Founded in 1999 by Liu Qingfeng, who still serves as chairman, iFlytek has …": the people after "by" founded the
     * company that opens the main clause, the first one after a comma.
     */
    private void frontedParticiple(SentenceView v, RelationSink sink) {
        Matcher m = FRONTED_PARTICIPLE.matcher(v.text).region(v.sentence.start(), v.sentence.end());
        if (!m.lookingAt()) return;
        Ref first = null;
        for (Ref r : v.refs) {
            if (r.start() < m.end()) continue;
            if (r.start() == m.end() && r.is(EntityType.PERSON)) first = r;
            break;
        }
        if (first == null) return;
        List<Ref> founders = listFrom(v, first, EntityType.PERSON);
        int after = founders.get(founders.size() - 1).end();
        for (Ref r : v.refs) {
            if (r.start() < after || !r.is(EntityType.ORGANIZATION)) continue;
            if (!v.text.substring(after, r.start()).stripTrailing().endsWith(",")) continue;
            for (Ref p : founders) sink.add(v, p, Predicate.FOUNDER_OF, r, "founder.fronted-participle", 0.8);
            return;
        }
    }

    /** "left in April to co-found Mechanize", "verließ Google, um Fernlight zu gründen": leaving to found a company. */
    private static final Pattern LEFT_TO_FOUND = Pattern.compile("(?s)\\s+[^;]{0,100}?\\b(left|leaving|quit|quitting|departed|resigned|"
            + "stepped down|went on)\\b[^;]{0,100}?\\bto\\s+(co-?found|found|start|launch|set up)\\s+"
            // Not "to start working for X", "to start at X".
            + "(?!(working|work|at|as|on|in|with|for|a job|a new job|his job|her job)\\b)((the|a|an|his|her|own)\\s+)?"
            + "((?!(for|at|with|in)\\s)[\\p{L}-]+\\s+){0,3}?");
    private static final Pattern UM_ZU_GRUENDEN = Pattern.compile("(?s)\\s+[^;]{0,100}?\\b(verließ|verlassen|verlassen hat|verlässt|"
            + "kündigte|ausgestiegen|ging)\\b[^;]{0,80}?,\\s*um\\s+((das|die|den|sein|seine|ihr|ihre|eigenes|eigene)\\s+)*([\\p{L}-]+\\s+){0,2}?");
    /** "Suleyman took a longer road: he co-founded Inflection AI": the pronoun after a colon is the person before it. */
    private static final Pattern PRONOUN_FOUNDED = Pattern.compile("(?s)\\s+[^;:]{0,80}:\\s*(he|she|er|sie)\\s+(" + FounderRules.FOUNDING_VERB_START
            + ")\\s+((the|a|an|das|die|den)\\s+)?([\\p{L}-]+\\s+){0,2}?");

    /**
     * The sentence's first person founded the company a purpose clause ("left in April to co-found Mechanize") or a pronoun
     * after a colon ("…: he co-founded Inflection AI") names; no other person between.
     */
    private void purposeOrPronoun(SentenceView v, RelationSink sink) {
        List<Ref> people = v.of(EntityType.PERSON);
        Ref p = people.get(0);
        for (Ref o : v.of(EntityType.ORGANIZATION)) {
            if (o.start() <= p.end() || o.start() - p.end() > 220 || v.typeBetween(p.end(), o.start(), EntityType.PERSON)) continue;
            String gap = v.gap(p.end(), o.start());
            String rule = null;
            if (LEFT_TO_FOUND.matcher(gap).matches() && !v.typeBetween(p.end(), o.start(), EntityType.ORGANIZATION)
                    || LEFT_TO_FOUND.matcher(gap).matches() && leftCompanyBefore(v, p, o)) rule = "founder.left-to-found";
            else if (UM_ZU_GRUENDEN.matcher(gap).matches()
                    && Rx.matches(v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 20)), "\\s+(zu\\s+gründen|mitzugründen)\\b.*")) {
                rule = "founder.left-to-found";
            } else if (PRONOUN_FOUNDED.matcher(gap).matches() && !v.typeBetween(p.end(), o.start(), EntityType.ORGANIZATION)) {
                rule = "founder.pronoun";
            }
            if (rule != null) {
                sink.add(v, p, Predicate.FOUNDER_OF, o, rule, 0.7);
                return;
            }
        }
    }

    /** The only company between the person and o is the one left: "left Google DeepMind in the spring to start". */
    private static boolean leftCompanyBefore(SentenceView v, Ref p, Ref o) {
        int n = 0;
        for (Ref r : v.of(EntityType.ORGANIZATION)) if (r.start() >= p.end() && r.end() <= o.start()) n++;
        return n == 1 && Rx.matches(v.gap(p.end(), o.start()), "(?s).*\\b(left|leaving|quit|quitting|departed)\\s+([\\p{L}-]+\\s+){0,3}\\S+[^;]*\\bto\\s+\\S.*");
    }

    /** "Z hatte X 2023 zusammen mit A und B gegründet", "Z co-founded X together with A": the partners are founders too. */
    private void together(SentenceView v, RelationSink sink) {
        for (Ref o : v.of(EntityType.ORGANIZATION)) {
            int end = Math.min(v.sentence.end(), o.end() + 120);
            String after = v.gap(o.end(), end);
            int with = indexOfAny(after, " zusammen mit ", " gemeinsam mit ", " together with ", " along with ");
            if (with >= 0 && v.typeBetween(o.end(), o.end() + with, EntityType.ORGANIZATION)) continue;
            if (with < 0 || !(after.contains("gegründet") || after.contains("founded") && v.gap(Math.max(v.sentence.start(), o.start() - 30), o.start()).contains("founded"))) continue;
            Ref first = null;
            for (Ref p : v.of(EntityType.PERSON)) {
                if (p.end() <= o.start() && first == null) first = p;
                if (p.start() > o.end() + with && p.start() < end) sink.add(v, p, Predicate.FOUNDER_OF, o, "founder.together", 0.75);
            }
            if (first != null) sink.add(v, first, Predicate.FOUNDER_OF, o, "founder.together", 0.75);
        }
    }

    private static int indexOfAny(String s, String... needles) {
        for (String n : needles) {
            int i = s.indexOf(n);
            if (i >= 0) return i;
        }
        return -1;
    }

    /** The founding verb alone, for patterns that put their own words before it. */
    private static final String FOUNDING_VERB_START = "(co-)?(founded|cofounded|started|gründete|mitgründete|gründeten)";
    /** Up to two adverbs and the founding verb: "previously co-founded", "auch gründete". */
    private static final String FOUNDING_VERB = "((also|previously|later|originally|first|jointly|once|then|"
            + "himself|herself|auch|bereits|einst|zuvor|früher|damals|selbst|einmal|zudem)\\s+){0,2}(co-)?(founded|cofounded|gründete|gründeten|mitbegründete|"
            + "mitbegründeten|mitgründete|mitgründeten|gründet|gründen)\\b";
    /**
     * "Gomez, a co-author of the 2017 Google paper, founded Cohere": an apposition with an article between name and verb,
     * and the company close after the verb ("co-founded the company Topsy, which Apple bought" founds no Apple).
     */
    private static final Pattern APPOSITION_THEN_VERB = Pattern.compile("(?s),\\s+(a|an|the)\\s[^;]{3,120}?,\\s*" + FOUNDING_VERB
            + "[^,;]{0,40}");
    /** "Assaf Rappaport started Wiz in 2020 with A, B and C": "started" founds what it names when a year or partners follow. */
    private static final Pattern STARTED = Pattern.compile("\\s*((also|previously|later|first|jointly)\\s+)?started\\s*");
    private static final Pattern STARTED_AFTER = Pattern.compile("\\s+(in\\s+\\d{4}|with|together with|alongside)\\b.*");

    /** "Z founded X", "Z gründete X", "Z hat X gegründet", "Z, who co-founded X". */
    private void active(SentenceView v, Ref p, Ref o, RelationSink sink) {
        String gap = v.gap(p.end(), o.start());
        boolean apposition = gap.length() <= 150 && !v.typeBetween(p.end(), o.start(), EntityType.PERSON)
                && APPOSITION_THEN_VERB.matcher(gap).matches() && !gap.contains(" by ");
        if (!apposition && (gap.length() > 50 || v.typeBetween(p.end(), o.start(), EntityType.ORGANIZATION)
                || v.typeBetween(p.end(), o.start(), EntityType.PERSON))) return;
        // "Suleyman previously co-founded", "Thiel also co-founded": up to two adverbs before the verb.
        // "Adcock had previously co-founded Archer Aviation": the pluperfect's auxiliary before the adverbs.
        boolean verb = apposition || Rx.matches(gap, "(, )?\\s*(who |which |der |die )?((has|had|have) )?" + FOUNDING_VERB + ".*")
                || STARTED.matcher(gap).matches() && STARTED_AFTER.matcher(v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 30))).matches();
        boolean perfect = Rx.matches(gap, "\\s*(hat|hatte|has|had|haben|hatten|have)\\s+(\\S+\\s+){0,3}") && followedBy(v, o, "gegründet");
        // "Joe Tsai, der Alibaba 1999 mit Jack Ma gegründet hat": the German relative clause puts the verb last.
        Matcher last = RELATIVE_FOUNDED_LAST.matcher(v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 60)));
        boolean relative = !verb && !perfect && Rx.matches(gap, ",\\s*(der|die)\\s+") && last.lookingAt();
        // "Robin Zeng, der CATL 2011 gegründet hat und den Konzern bis heute als Chef führt": the founder leads it too.
        if (relative && leadsAfter(v, o.end() + last.end())) sink.add(v, p, Predicate.CEO_OF, o, "founder.and-leads", 0.75);
        if ((verb || perfect || relative) && !gap.contains(" by ")) {
            // "Sam Altman and Greg Brockman founded X", "Jan und Eva Novak gründeten X": the whole subject list.
            for (Ref q : personListBefore(v, p)) sink.add(v, q, Predicate.FOUNDER_OF, o, "founder.active", 0.8);
            // "Ellison co-founded Oracle in 1977 with Bob Miner and Ed Oates": the partners named after the company.
            Ref partner = null;
            for (Ref r : v.of(EntityType.PERSON)) {
                if (r.start() >= o.end()) { partner = r; break; }
            }
            if (partner != null && PARTNERS.matcher(v.gap(o.end(), partner.start())).matches()) {
                for (Ref q : listFrom(v, partner, EntityType.PERSON)) sink.add(v, q, Predicate.FOUNDER_OF, o, "founder.active-partners", 0.75);
            }
        }
    }

    /** The rest of a German relative clause after the company, up to its founding verb: " 1999 mit Jack Ma gegründet hat". */
    private static final Pattern RELATIVE_FOUNDED_LAST = Pattern.compile("[^,;:.]{0,45}?\\b(mitgegründet|gegründet|mitbegründet)"
            + "\\s+(hat|hatte|haben|hatten)\\b");

    /** Between the company and its co-founders: "in 1977 with", "2019 zusammen mit". */
    /** "… in 2017 with", "… in late 2023 together with", "… Anfang 2021 gemeinsam mit". */
    private static final Pattern PARTNERS = Pattern.compile("\\s+((in|im jahr)\\s+)?((early|late|mid|anfang|ende|mitte)\\s+)?(\\d{4}\\s+)?(together with|along with|with|"
            // "co-founded Safe Superintelligence with former OpenAI chief scientist Ilya Sutskever": up to four describing words.
            + "zusammen mit|gemeinsam mit|mit)\\s+((his|her|seinem|seiner|ihrem|ihrer)\\s+)?([\\p{L}-]+\\s+){0,4}?");

    /** The person and those joined before it by "und", "and", "," (nearest last). */
    static List<Ref> personListBefore(SentenceView v, Ref last) {
        return listBefore(v, last, EntityType.PERSON);
    }

    /** The name and those of its type joined before it by "und", "and", "," (nearest last): "A, B and C" ending at C. */
    static List<Ref> listBefore(SentenceView v, Ref last, EntityType type) {
        return listBefore(v, last, r -> r.is(type), false);
    }

    /**
     * The names the test accepts joined before {@code last}; with {@code skipOwner} an owner's possessive right before a
     * member is stepped over ("Nvidia, Jeff Bezos and SoftBank's Vision Fund 2": not SoftBank).
     */
    static List<Ref> listBefore(SentenceView v, Ref last, java.util.function.Predicate<Ref> member, boolean skipOwner) {
        List<Ref> out = new ArrayList<>();
        out.add(last);
        Ref next = last;
        for (int i = v.refs.size() - 1; i >= 0; i--) {
            Ref r = v.refs.get(i);
            if (r.end() > next.start()) continue;
            if (skipOwner && next == out.get(0) && Rx.matches(v.gap(r.end(), next.start()), "('s|s'|')\\s+")) {
                next = r;
                continue;
            }
            if (!member.test(r) || !Rx.matches(v.gap(r.end(), next.start()), "\\s*(,|und|and|sowie|&|, and)\\s*")) break;
            out.add(0, r);
            next = r;
        }
        return out;
    }

    private static boolean followedBy(SentenceView v, Ref r, String word) {
        int e = Math.min(v.sentence.end(), r.end() + 40);
        return v.gap(r.end(), e).contains(word);
    }
}
