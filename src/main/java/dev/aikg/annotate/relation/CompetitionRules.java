package dev.aikg.annotate.relation;

import dev.aikg.annotate.relation.MentionIndex.Ref;
import dev.aikg.model.Entity;
import dev.aikg.model.EntityType;
import dev.aikg.model.Predicate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Competition (symmetric): "Konkurrenten wie OpenAI und Google", "rivals such as Google", "X challenges
 * OpenAI", "fordert OpenAI heraus", "mit dem o1-Modell mithalten". The subject is the company the
 * sentence is about: its first organisation outside the list, else the previous sentence's.
 */
final class CompetitionRules {
    private static final String[] TRIGGERS = {"konkurrent", "wettbewerber", "rivale", "rival", "competitor",
            "herausfor", "fordert", "challeng", "mithalten", "mitzuhalten", "competes", "compete with", "konkurriert",
            "konkurrieren", "takes on", "gegenspieler", "ringt mit", "ringen mit", "tritt", "treten", "trat", "wettbewerb mit",
            "preiskampf", "konkurrenzkampf", "competition with", "price war", "pitched", "pits it", "positioned against", "compete",
            "up against", "wettbewerb steht", "wettbewerb stehen", "wettbewerb stand"};
    private static final Pattern LIST_CUE = Pattern.compile(".*\\b(konkurrenten|konkurrenz|wettbewerbern?|rivalen|rivals?|"
            + "competitors?|gegenspielern?)\\s+(wie|such as|like|including|namens|darunter|von|of)\\s+((der|die|dem|den|the)\\s+)?$");
    private static final Pattern VERB_CUE = Pattern.compile(".*\\b(challenges?|challenged|herausfordert|herausforderte|"
            + "fordert|forderte|competes with|competing with|konkurriert mit|konkurrieren mit|takes on|took on|"
            // "Floorplane goes up against TestFit".
            + "mit|gegen|pitched\\s+(squarely\\s+|directly\\s+)?against|pits\\s+it\\s+against|positioned\\s+against|"
            + "(goes|go|went|going)\\s+up\\s+against)"
            + "\\s+((der|die|dem|den|the|us-|us)\\s+)?"
            // A place's possessive before the rival: "competes with South Korea's SK Hynix".
            + "((\\p{L}+\\s+)?\\p{L}+('s|’s)\\s+)?((\\S+-)?(modell|model)\\s+)?$");

    /** {@link #LIST_CUE} and {@link #VERB_CUE} cannot match without one of these. */
    private static final String[] LIST_WORDS = {"konkurren", "wettbewerber", "rival", "competitor", "gegenspieler"};
    private static final String[] VERB_WORDS = {"challenge", "fordert", "competes with", "competing with", "mit", "gegen",
        "takes on", "took on", "against"};

    private static final Pattern OUTDO = Pattern.compile("\\b(beats|beat|outperforms|outperformed|outperform|surpasses|"
            + "surpassed|übertrifft|übertreffen|übertraf|übertreffe|schlägt|schlug|schlage|schlagen|scored higher than|ahead of|keeps pace with|"
            + "kept pace with|on par with|auf augenhöhe mit|challenger to|challenger of|rival to|rival of|"
            // "tritt Samsung in direkte Konkurrenz zu Hyundai": an adjective before the noun.
            + "herausforderer von|herausforderer für|in ((direkte|direkter|offene|offener|harte|unmittelbare|scharfe)\\s+)?konkurrenz zu|"
            + "in (direct |head-to-head |open )?competition with|competing with|konkurrent von|"
            + "rivals|rivaling|rivalling|better than|besser als|besser abschneidet als|besser ab als"
            // "Mistral liegt weit hinter Anthropic zurück", "trails OpenAI", "lags behind Google": behind a rival is in the race.
            + "|(liegt|liege|liegen|lag|lagen|hinkt|hinke|hinken|hinkte)\\s+(\\p{L}+\\s+){0,3}hinter|trails|trailed|trailing"
            + "|lags behind|lagged behind|lagging behind"
            // "Exaone 4.0 matches Alibaba's Qwen3 on maths tests": said of models only (see outdo).
            + "|matches|matched)\\b");
    private static final Pattern APPOSITION_THEN_ITS = Pattern.compile("\\s*,\\s+(the|a|an|der|die|das|ein|eine)\\s[^,;]*,\\s+(and|und)\\s+"
            + "(its|their|seine[nm]?|ihre[nm]?|dessen|deren)\\s+.*");
    private static final Pattern QUOTE_CLOSED = Pattern.compile("(?s).*([\"“”»«]|\\b(said|says|sagte|sagt)\\b).*");
    private static final String[] OUTDO_TRIGGERS = {"beat", "outperform", "surpass", "übertr", "schlägt", "schlug", "schlage",
            "scored higher", "ahead of", "pace with", "on par with", "augenhöhe", "challenger", "rival", "herausforderer",
            "konkurrenz zu", "competition with", "competing with", "konkurrent von", "better than", "besser a", "hinter", "trail",
            "lag", "match"};

    void apply(SentenceView v, RelationSink sink) {
        if (v.of(EntityType.ORGANIZATION).isEmpty() && v.of(EntityType.AI_MODEL).isEmpty()) return;
        if (v.hasAny(OUTDO_TRIGGERS)) outdo(v, sink);
        if (v.hasAny(MUTUAL_TRIGGERS)) mutual(v, sink);
        if (v.hasAny("konkurrier", "kämpf", "ringt", "ringen") && v.of(EntityType.ORGANIZATION).size() >= 2) relativeRivals(v, sink);
        if (v.hasAny("alternative to", "alternative zu")) alternativeTo(v, sink);
        if (!v.hasAny(TRIGGERS)) return;
        List<Ref> cands = candidates(v);
        rivalNoun(v, sink);
        rivalAppositions(v, sink);
        possessiveRivalAfter(v, sink);
        for (Ref r : cands) {
            String before = v.gap(Math.max(v.sentence.start(), r.start() - 50), r.start());
            if (Prefilter.containsAny(before, LIST_WORDS) && LIST_CUE.matcher(before).matches()
                    // "Windsurf, einem der wichtigsten Wettbewerber von Anysphere": the apposition's owner, read by rivalAppositions.
                    && !RIVAL_APPOSITION_BEFORE.matcher(before).matches()) {
                List<Ref> list = listFrom(v, r);
                Ref subject = subjectOutside(v, list);
                if (subject != null) for (Ref o : list) sink.add(v, subject, Predicate.COMPETES_WITH, o, "compete.list", 0.75);
                return;
            }
        }
        java.util.Set<Ref> listed = new java.util.HashSet<>();
        for (Ref r : cands) {
            // A later member of a list already read ("with Naver Cloud, LG AI Research and Upstage") has no verb of its own.
            if (listed.contains(r)) continue;
            String before = v.gap(Math.max(v.sentence.start(), r.start() - 40), r.start());
            String after = v.gap(r.end(), Math.min(v.sentence.end(), r.end() + 60));
            // A bare "mit"/"gegen" needs a compete verb after the name; "konkurriert mit" has one before it.
            boolean inCompetition = Rx.matches(v.gap(Math.max(v.sentence.start(), r.start() - 80), r.start()), ".*\\b(im|in)\\s+([\\p{L}-]*wettbewerb|[\\p{L}-]*preiskampf|[\\p{L}-]*konkurrenzkampf|"
                            // "steht im Wettbewerb mit dem kanadischen Hersteller Avidbots": the rival described.
                            + "competition|price war)\\s+(mit|with)\\s+((der|die|dem|den|the)\\s+)?((?!(and|und|or|oder)\\s)\\p{L}\\S*\\s+){0,3}$")
                            && v.typeBetween(v.sentence.start(), r.start(), EntityType.ORGANIZATION);
            boolean verb = Prefilter.containsAny(before, VERB_WORDS) && VERB_CUE.matcher(before).matches() && (!Rx.matches(before, ".*\\b(mit|gegen)\\s+\\S*\\s*$")
                    || Rx.matches(before, ".*\\bkonkurrier\\p{L}*\\s+(mit|gegen)\\s+\\S*\\s*$")
                    || Rx.matches(after, ".*\\b(mithalten|mitzuhalten|mithält|konkurrieren|konkurriert|antreten)\\b.*"))
                    || Rx.matches(before, ".*\\b(fordert|forderte)\\s+((der|die|den|dem)\\s+)?$") && after.startsWith(" heraus")
                    // "Klangraum tritt damit gegen Anbieter wie Sureel und Musical AI an": the separable verb's particle after.
                    || Rx.matches(wideBefore(v, r, before),
                            ".*\\b(tritt|treten|trat|traten)\\b[^,;]*\\bgegen\\s+((der|die|dem|den)\\s+)?"
                            // "tritt gegen etablierte Spezialisten wie VAST Data an": the described rivals, up to three words.
                            + "(([\\p{L}-]+\\s+){1,3}(wie|darunter)\\s+"
                            // "tritt direkt gegen den Londoner Konkurrenten Slipstream Labs an": the rival's noun, perhaps its town.
                            + "|([\\p{L}-]+\\s+)?(konkurrenten|rivalen|wettbewerber|herausforderer|marktführer)\\s+)?$")
                            && (Rx.matches(after, "[^,;.]*\\ban\\s*([.,;]|$).*")
                            // "tritt direkt gegen Amazon, Microsoft und Google an": the particle after the list's last name.
                            || Rx.matches(afterList(v, r), "[^,;.]*\\ban\\s*([.,;]|$).*"))
                    // "während xAI mit einem neuen Modell gegen OpenAI und Google antritt": the verb at the clause's end.
                    || Rx.matches(before, ".*\\bgegen\\s+((der|die|dem|den)\\s+)?$") && Rx.matches(after, "[^,;.]{0,40}\\b(antritt|antreten|antrat)\\b.*")
                    // "Alibaba steht vor allem im Wettbewerb mit PDD", "ob Zalando im Preiskampf mit Shein und Temu besteht": the
                    // company is named before in the sentence ("dass der Konzern im Wettbewerb mit UPS …" names none).
                    || inCompetition
                    // "welche ebenfalls mit Sysco und US Foods im Wettbewerb steht": the competition after the rivals.
                    || Rx.matches(before, ".*\\bmit\\s+((der|die|dem|den)\\s+)?$") && Rx.matches(afterList(v, r),
                            "\\s+(im|in)\\s+([\\p{L}-]+\\s+)?(wettbewerb|konkurrenz)\\s+(steht|stehen|stand|standen)\\b.*")
                    // "konkurriert vor allem mit Midjourney", "ringt mit Zhipu AI", "competes mainly with".
                    || Rx.matches(v.gap(Math.max(v.sentence.start(), r.start() - 80), r.start()),
                            ".*\\b(konkurrier\\p{L}*|rivalisier\\p{L}*|ringt|ringen|rang|competes?|competing)\\s+"
                            // "konkurriert bei Daten- und Indexkunden vor allem mit", "konkurriert um Talente mit".
                            + "((bei|um|im|in|auf|for|in)\\s+[^,;]{1,40}?\\s+)?" + ADVERB
                            // "competes with the content-identification veteran Audible Magic": a description between.
                            // "competes with the established airline technology providers Amadeus and Sabre": up to four words.
                            // "competes with established revenue-management vendors such as PROS and Amadeus": described, then named.
                            + "(mit|with)\\s+((der|die|dem|den|the)\\s+)?((?!(and|und|or|oder|sowie)\\s)\\p{L}\\S*\\s+){0,4}"
                            + "((such as|like|including|wie|darunter|etwa)\\s+)?$");
            // "competes with OpenAI's GPT-5": the rival is the model, not its owner.
            if (!verb || possessiveOrg(v, r) && nextIsModel(v, r)) continue;
            // "competes with Zara owner Inditex": the name before "owner" describes the rival; it is none itself.
            if (describesOwnerAfter(v, r)) continue;
            Ref subject = subjectBefore(v, r);
            // "Baulogik-Gründer Felix Brandtner, früher Berater bei McKinsey, sieht sein Unternehmen im Wettbewerb mit …": a
            // workplace named before is no subject.
            if (subject != null && inCompetition && Rx.matches(v.gap(Math.max(v.sentence.start(), subject.start() - 8), subject.start()),
                    "(?s).*\\b(bei|beim|at|für|for)\\s+$")) continue;
            if (subject != null && describesOwnerAfter(v, subject) && v.refAfter(subject.end()) == r) subject = subjectBefore(v, subject);
            if (subject == null) continue;
            // "Yum Brands tritt mit dem Nvidia-Bündnis gegen Spezialanbieter wie SoundHound an": a name glued to a noun
            // qualifies that noun; the clause's subject is the name before it.
            if (v.gluedToNoun(subject) && before.endsWith(" wie ")) {
                Ref earlier = null;
                for (Ref q : v.of(EntityType.ORGANIZATION)) if (q.end() <= subject.start() && !v.gluedToNoun(q)) earlier = q;
                if (earlier == null) continue;
                subject = earlier;
            }
            // "Both CoreWeave and Nebius compete with Oracle": every name of the subject's list.
            List<Ref> subjects = List.of(subject);
            if (subject.is(EntityType.ORGANIZATION) && subject.end() <= r.start()) {
                List<Ref> list = FounderRules.listBefore(v, subject, EntityType.ORGANIZATION);
                if (list.size() > 1 && Rx.matches(v.gap(v.sentence.start(), list.get(0).start()), "\\s*((both|sowohl)\\s+)?")) subjects = list;
                // "Adesso, die Stuttgarter GFT und die Münchner Nagarro konkurrieren mit Capgemini": a plural verb right after
                // the last name makes the whole list its subject, described members and all.
                else if (Rx.matches(v.gap(subject.end(), r.start()), "\\s+(compete|konkurrieren|konkurrierten|rivalisieren)\\b.*")) {
                    subjects = describedListBefore(v, subject);
                }
            }
            // "competes with SK Hynix and Samsung Electronics": every rival of the list.
            List<Ref> rivals = r.is(EntityType.ORGANIZATION) ? FounderRules.orgList(v, r) : List.of(r);
            listed.addAll(rivals);
            for (Ref s0 : subjects) {
                for (Ref o : rivals) sink.add(v, s0, Predicate.COMPETES_WITH, o, "compete.verb", 0.7);
                // "… mit Midjourney sowie mit OpenAI und Google": a second "with" goes on with more rivals.
                for (Ref more : alsoWith(v, rivals.get(rivals.size() - 1))) {
                    sink.add(v, s0, Predicate.COMPETES_WITH, more, "compete.verb", 0.7);
                    listed.add(more);
                }
            }
        }
    }

    private static final Pattern DESCRIBED_LINK = Pattern.compile("\\s*(,|und|and|sowie|&|, and)\\s*((der|die|das|the)\\s+)?"
            + "(\\p{L}+('s|’s)\\s+|[\\p{L}-]+er\\s+)?");

    /** The organisations joined before {@code last}, each may carry an article and a place ("die Münchner", "India's"). */
    static List<Ref> describedListBefore(SentenceView v, Ref last) {
        List<Ref> out = new java.util.ArrayList<>(List.of(last));
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        for (int i = orgs.indexOf(last) - 1; i >= 0; i--) {
            Ref r = orgs.get(i);
            if (!DESCRIBED_LINK.matcher(v.gap(r.end(), out.get(0).start())).matches()) break;
            out.add(0, r);
        }
        return out;
    }

    /** The German verb of competing closing a relative clause ("…, mit denen Mistral um Unternehmenskunden konkurriert"). */
    private static final Pattern COMPETE_VERB_AFTER = Pattern.compile("[^,;.]{0,60}?\\b(konkurriert|konkurrieren|konkurrierte|"
            + "konkurrierten|kämpft|kämpfen|kämpfte|ringt|ringen)\\b.*", Pattern.DOTALL);
    private static final Pattern WITH_WHOM = Pattern.compile(".*,\\s*(mit|gegen)\\s+(dem|der|denen|welchem|welcher|welchen)\\s+$",
            Pattern.DOTALL);
    private static final Pattern WHO_WITH = Pattern.compile(",\\s*(der|die|das|welcher|welche|welches)\\s+((?!(mit|gegen)\\s)"
            + "\\p{Ll}[\\p{L}-]*\\s+){0,2}(mit|gegen)\\s+((der|die|dem|den)\\s+)?");

    /**
     * German relative clauses of competing: "Im Vergleich zu OpenAI und Anthropic, mit denen Mistral um Unternehmenskunden
     * konkurriert" (the rivals before, the company inside), "Der US-Rivale Cognizant, der mit TCS und Infosys um dieselben
     * Aufträge kämpft" (the company before, the rivals inside).
     */
    private void relativeRivals(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        for (int k = 1; k < orgs.size(); k++) {
            Ref prev = orgs.get(k - 1), r = orgs.get(k);
            String gap = v.gap(prev.end(), r.start());
            String after = v.gap(r.end(), Math.min(v.sentence.end(), r.end() + 80));
            if (WITH_WHOM.matcher(gap).matches() && gap.indexOf(',') == gap.lastIndexOf(',') && COMPETE_VERB_AFTER.matcher(after).matches()) {
                for (Ref o : FounderRules.listBefore(v, prev, EntityType.ORGANIZATION)) {
                    if (!o.id().equals(r.id())) sink.add(v, r, Predicate.COMPETES_WITH, o, "compete.relative", 0.7);
                }
            } else if (WHO_WITH.matcher(gap).matches()) {
                List<Ref> rivals = FounderRules.orgList(v, r);
                Ref last = rivals.get(rivals.size() - 1);
                if (!COMPETE_VERB_AFTER.matcher(v.gap(last.end(), Math.min(v.sentence.end(), last.end() + 80))).matches()) continue;
                for (Ref o : rivals) if (!o.id().equals(prev.id())) sink.add(v, prev, Predicate.COMPETES_WITH, o, "compete.relative", 0.7);
            }
        }
    }

    /** The text after the last organisation of the list that starts at r, up to 60 characters. */
    private static String afterList(SentenceView v, Ref r) {
        List<Ref> list = r.is(EntityType.ORGANIZATION) ? FounderRules.orgList(v, r) : List.of(r);
        Ref last = list.get(list.size() - 1);
        return v.gap(last.end(), Math.min(v.sentence.end(), last.end() + 60));
    }

    /** Adverbs between a compete verb and its "with": "konkurriert vor allem mit", "competes directly with". */
    private static final String ADVERB = "((vor allem|direkt|hauptsächlich|vornehmlich|auch|zudem|dort|dabei|damit|künftig|"
            + "inzwischen|schon|heute|bereits|längst|zunehmend|mainly|directly|most directly|most|chiefly|primarily|head-on|"
            + "also|there|now|increasingly|already|closely|fiercely|head-to-head|"
            // "competes at home with", "konkurriert nach eigenen Angaben mit", "konkurrieren unter anderem mit".
            + "at home|abroad|worldwide|globally|nach eigenen angaben|eigenen angaben zufolge|unter anderem|hierzulande|weltweit)\\s+){0,2}";
    // "mit SAP aus Walldorf und mit Relex Solutions": the last rival's seat may come first.
    private static final Pattern ALSO_WITH = Pattern.compile("(\\s+(aus|of|from|in)\\s+\\p{L}[\\p{L}-]+)?\\s*"
            // "mit Kinexon, das seinen Sitz in München hat, und mit dem US-Anbieter Hudl": a relative clause between.
            // "… außer mit Samsung auch mit Micron": "auch mit" alone goes on as well.
            + "(,\\s*(das|die|der|which|that|who)\\b[^,;]{0,60},\\s*"
            // "with Vertiv, the Westerville, Ohio-based power group, and with …", "mit Roomle, dessen Software …, und mit …":
            // an apposition between, commas and all.
            + "|,\\s*(the|a|an|whose|dessen|deren|ein|eine|einem|einer|dem)\\s[^;]{0,90}?,\\s*)?,?\\s*((sowie|und|and|as well as|sondern|aber)\\s+(auch\\s+)?"
            + "|(auch|zudem|ebenso)\\s+)(mit|with)\\s+"
            // "and with Germany's KUKA": a country's possessive before the name.
            + "((der|die|dem|den|the)\\s+)?((\\p{Ll}[\\p{L}-]*\\s+){1,2}|\\p{Lu}+-\\p{Lu}\\p{Ll}+\\s+|\\p{L}+('s|’s)\\s+)?");

    /** The organisations after "sowie mit", "and with", "auch mit" right after the last rival (and the list they open). */
    static List<Ref> alsoWith(SentenceView v, Ref last) {
        for (Ref r : v.refs) {
            if (r.start() < last.end()) continue;
            if (r.start() - last.end() > 110) return List.of();
            // "with Moonshot AI, the maker of the Kimi chatbot, and with Zhipu AI": a model inside the apposition is passed.
            if (!r.is(EntityType.ORGANIZATION)) {
                if (v.gap(last.end(), r.start()).indexOf(',') < 0) return List.of();
                continue;
            }
            // "and with OpenAI's Sora": the rival is the owner's model, not the owner.
            if (possessiveOrg(v, r)) return List.of();
            return ALSO_WITH.matcher(v.gap(last.end(), r.start())).matches() ? FounderRules.orgList(v, r) : List.of();
        }
        return List.of();
    }

    /** "X and Y compete for", "X und Y konkurrieren um": a pair as the subject of a reciprocal verb. */
    private static final String[] MUTUAL_TRIGGERS = {"compet", "konkurrier", "vie", "vying", "rivalisier", "wetteifer"};
    // "Mercor, Scale and Surge now compete head to head": an adverb of time or manner before the verb.
    private static final Pattern MUTUAL_VERB = Pattern.compile("\\s+((now|all|still|already|increasingly|directly|also|nun|jetzt|inzwischen|"
            + "zunehmend|direkt|alle)\\s+)?(compete|competed|are competing|were competing|have competed|"
            + "vie|vied|are vying|konkurrieren|konkurrierten|rivalisieren|wetteifern|wetteiferten)\\b"
            // "X and Y compete with Z": rivals of Z, not of each other.
            + "(?!\\s+(directly\\s+|head-on\\s+|direkt\\s+)?(with|against|mit|gegen)\\b).*");

    /**
     * "Microsoft, Google and Amazon, which compete fiercely in cloud computing", "…, die im Cloud-Geschäft miteinander
     * konkurrieren": the verb in a relative clause on the list. Not with a rival named after it ("which compete with
     * Oracle", "die mit Oracle konkurrieren").
     */
    private static final Pattern MUTUAL_RELATIVE = Pattern.compile(",\\s*(which|that)\\s+(all\\s+|also\\s+|now\\s+)?"
            + "(compete|vie|are competing|are vying)\\b(?!\\s+(\\p{L}+\\s+)?(with|against)\\b)"
            // "Faber-Castell und Staedtler, die seit mehr als einem Jahrhundert in der Region Nürnberg um die Gunst von Schülern
            // konkurrieren": the German verb closes a long clause.
            + "|,\\s*die\\s+((?!(mit|gegen)\\s)[\\p{L}-]+\\s+){0,14}(konkurrieren|rivalisieren|wetteifern)\\b");

    private void mutual(SentenceView v, RelationSink sink) {
        for (int i = 0; i + 1 < v.refs.size(); i++) {
            Ref a = v.refs.get(i), b = v.refs.get(i + 1);
            if (a.type() != b.type() || !(a.is(EntityType.ORGANIZATION) || a.is(EntityType.AI_MODEL)) || a.id().equals(b.id())) continue;
            if (possessiveOrg(v, a) || possessiveOrg(v, b)) continue;
            if (!Rx.matches(v.gap(a.end(), b.start()), "\\s*(and|und|sowie|&)\\s*")) continue;
            if (!MUTUAL_VERB.matcher(v.gap(b.end(), Math.min(v.sentence.end(), b.end() + 40))).matches()
                    && !MUTUAL_RELATIVE.matcher(v.gap(b.end(), Math.min(v.sentence.end(), b.end() + 150))).lookingAt()) continue;
            // "Nvidia, AMD and Intel compete": every name of the list before, too.
            List<Ref> list = new java.util.ArrayList<>(List.of(a, b));
            for (int k = i - 1; k >= 0; k--) {
                Ref r = v.refs.get(k);
                if (r.type() != a.type() || !Rx.matches(v.gap(r.end(), list.get(0).start()), "\\s*,\\s*")) break;
                // "According to Canalys, Xiaomi and TCL now compete": a source before the comma is no member.
                if (Rx.matches(v.gap(Math.max(v.sentence.start(), r.start() - 14), r.start()), "(?s).*\\b(according to|laut|nach angaben von)\\s+$")) break;
                list.add(0, r);
            }
            for (int x = 0; x < list.size(); x++) {
                for (int y = x + 1; y < list.size(); y++) {
                    sink.add(v, list.get(x), Predicate.COMPETES_WITH, list.get(y), "compete.mutual", 0.7);
                }
            }
        }
    }

    /** "Qwen beats DeepSeek-V3", "scored higher than OpenAI's GPT-4o and Llama", "AMD, the main challenger to Nvidia". */
    private void outdo(SentenceView v, RelationSink sink) {
        java.util.regex.Matcher m = OUTDO.matcher(v.lower);
        while (m.find()) {
            int cueStart = v.sentence.start() + m.start(), cueEnd = v.sentence.start() + m.end();
            List<Ref> objects = new java.util.ArrayList<>();
            EntityType kind = null;
            for (Ref r : v.refs) {
                if (r.start() < cueEnd || r.start() - cueEnd > 140) continue;
                String between = v.gap(cueEnd, r.start());
                if (between.indexOf(';') >= 0 || between.indexOf('.') >= 0 && !Rx.matches(between, ".*\\d\\.\\d.*")) break;
                // "'X is years ahead of everybody else,' said A, an analyst at Stephens": the quote closes before the speaker.
                if (QUOTE_CLOSED.matcher(between).matches()) break;
                if (r.is(EntityType.ORGANIZATION) && Rx.matches(v.gap(r.end(), Math.min(v.sentence.end(), r.end() + 3)), "('s|s |s$).*")) continue;
                if (!(r.is(EntityType.ORGANIZATION) || r.is(EntityType.AI_MODEL))) continue;
                if (kind == null) kind = r.type();
                if (r.type() == kind) objects.add(r);
                if (between.contains(" on ") || between.contains(" in ") || between.contains(" bei ")) break;
            }
            if (objects.isEmpty()) continue;
            boolean matches = m.group(1).startsWith("match");
            if (matches && kind != EntityType.AI_MODEL) continue;
            Ref subject = null;
            for (Ref r : v.refs) {
                if (r.start() >= cueStart) break;
                if (r.type() == kind && !possessiveOrg(v, r) && !v.gluedToNoun(r) && !inClosedRelativeClause(v, r, cueStart)) {
                    subject = r;
                    // "M1 beat o3 and Claude Opus 4 and roughly matched Gemini 2.5 Pro", "R1, built on top of V3, matched o1":
                    // "matched" comes late in its clause; its subject is the sentence's first model, not the nearest.
                    if (matches) break;
                }
            }
            if (subject == null) continue;
            for (Ref o : objects) sink.add(v, subject, Predicate.COMPETES_WITH, o, "compete.outdo", 0.7);
        }
    }

    /** A rival noun right before an organisation: "Konkurrent AMD", "der Nvidia-Konkurrent AMD", "Nvidia's rival AMD". */
    // "Shimanos Erzrivale SRAM": the arch-rival's German compound too.
    private static final Pattern RIVAL_NOUN = Pattern.compile("(.*?)(\\S*?)-?\\b(erzrivale|erzrivalen|erzkonkurrent|erzkonkurrenten|konkurrent|konkurrentin|rivale|rival|competitor|"
            + "wettbewerber|herausforderer|challenger|konkurrenten|rivalen|wettbewerbers|herausforderers)"
            // "Another Deere rival, AGCO,", "Sarvam's most vocal rival is Krutrim".
            + "(,|\\s+(is|was|ist|war))?\\s+$");

    /**
     * The rival is the organisation the noun names; its competitor is the one glued to the noun or
     * possessive before it, or, when the noun opens the sentence, the previous sentence's subject.
     */
    private void rivalNoun(SentenceView v, RelationSink sink) {
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            int from = Math.max(v.sentence.start(), r.start() - 40);
            String before = v.gap(from, r.start());
            if (!Prefilter.endsWithSpace(before) || !(Prefilter.containsAny(before, LIST_WORDS) || Prefilter.containsAny(before, "herausforderer", "challenger"))) continue;
            java.util.regex.Matcher m = RIVAL_NOUN.matcher(before);
            if (!m.matches()) continue;
            int cueStart = from + m.start(3);
            Ref subject = null;
            for (Ref o : v.of(EntityType.ORGANIZATION)) {
                if (o == r || o.end() > cueStart) continue;
                String between = v.gap(o.end(), cueStart);
                // "Nvidia-Konkurrent", "Nvidia's rival", "Nvidias Rivale".
                // "Kraftons heimische Rivalen": an adjective between the genitive and the noun.
                if (between.equals("-") || between.equals("'s ") || SentenceView.genitiveSurface(o) && Rx.matches(between, " (\\p{Ll}+ )?")
                        || between.equals("s ")
                        // "Deere rival AGCO": an English noun compound; "Sarvam's most vocal rival".
                        || between.equals(" ") && "en".equals(v.doc.document().lang())
                        || Rx.matches(between, "('s|s)\\s+(most\\s+)?(\\p{Ll}+\\s+)?")) subject = o;
            }
            if (subject == null && Rx.matches(v.gap(v.sentence.start(), cueStart), "\\s*((der|die|das|the|its|sein|seine|ihr|ihre|"
                    + "auch|also)\\s+)*")) {
                subject = v.previousSubject(EntityType.ORGANIZATION);
            } else if (subject == null && Rx.matches(v.gap(Math.max(v.sentence.start(), cueStart - 24), cueStart), "(?s).*\\b(its|their|seine[nm]?|ihre[nm]?|dessen|deren)\\s+"
                    // "Suno and its closest rival, Udio": a ranking adjective between.
                    + "((closest|biggest|main|largest|chief|fiercest|nearest|größte[rn]?|härteste[rn]?|wichtigste[rn]?|schärfste[rn]?)\\s+)?$")) {
                // "Nvidia and its rival AMD": the possessive points to the organisation just before.
                for (Ref o : v.of(EntityType.ORGANIZATION)) if (o.end() <= cueStart && o != r) subject = o;
                // "Temu, the shopping platform owned by PDD Holdings, and its rival Shein": the head of a closed apposition.
                for (Ref o : v.of(EntityType.ORGANIZATION)) {
                    if (o.end() < cueStart && o != r && APPOSITION_THEN_ITS.matcher(v.gap(o.end(), cueStart)).matches()) {
                        subject = o;
                        break;
                    }
                }
                if (subject == null) subject = v.previousSubject(EntityType.ORGANIZATION);
            } else if (subject == null && Rx.matches(v.gap(Math.max(v.sentence.start(), cueStart - 16), cueStart),
                    "(?s).*(,|\\b(while|whereas|während|even as))\\s+((der|die|the)\\s+)?")
                    && (subject = clauseSubject(v, r, cueStart)) != null) {
                // "Die Aktie von Munich Re legte 1,2 Prozent zu, der Konkurrent Hannover Rück gewann 0,4 Prozent", "Coherent
                // fell 17.6%, even as rival Lumentum rallied": the rival of the company the sentence opened with.
                sink.add(v, subject, Predicate.COMPETES_WITH, r, "compete.rival-noun-clause", 0.65);
                continue;
            } else if (subject == null && Rx.matches(v.gap(Math.max(v.sentence.start(), cueStart - 12), cueStart), "(?s).*\\b(des|dem|vom|beim|of|which|that|while|as|and|und|wie|als|where|with|mit|from|von|after|nach|against|gegen|"
                    + "whereas|während|wo)\\s+$")) {
                // "Die Aktie des Konkurrenten C3.ai fiel", "a year in which rival SK Hynix supplied": the rival of the
                // company the article is about.
                Entity topic = v.index.topic(3);
                if (topic != null && !topic.id().equals(r.id())) {
                    sink.add(v, topic.id(), Predicate.COMPETES_WITH, r.id(), null, null, null, null, r.start(), r.end(),
                            "compete.rival-noun-topic", 0.6);
                }
                continue;
            }
            if (subject == null) continue;
            // "Kraftons heimische Rivalen NCSoft und Netmarble": a plural noun names every company of the list.
            boolean plural = Rx.matches(m.group(3), "(konkurrenten|rivalen|rivals|competitors|wettbewerber)") && m.group(4) == null;
            for (Ref rival : plural ? FounderRules.orgList(v, r) : List.of(r)) {
                if (!subject.id().equals(rival.id())) sink.add(v, subject, Predicate.COMPETES_WITH, rival, "compete.rival-noun", 0.7);
            }
        }
    }

    /**
     * The organisation a sentence opens with (its first, not a possessive, not the rival) when a second clause names a rival
     * after a comma: "Die Aktie des Rückversicherers Munich Re …, der Konkurrent Hannover Rück …".
     */
    private static Ref clauseSubject(SentenceView v, Ref rival, int cueStart) {
        Ref first = v.first(EntityType.ORGANIZATION);
        if (first == null || first == rival || first.end() > cueStart || first.id().equals(rival.id()) || possessiveOrg(v, first)) return null;
        // Only when no other organisation stands between: "Munich Re rose, Allianz fell, the rival X …" names no owner.
        for (Ref o : v.of(EntityType.ORGANIZATION)) if (o != first && o.start() > first.end() && o.end() <= cueStart && !o.id().equals(first.id())) return null;
        return first;
    }

    private static final Pattern NAMED_POSSESSIVE_OPENS = Pattern.compile(Rx.LISTING + "\\s*,\\s*");
    private static final Pattern DESCRIBED_THEN_POSSESSIVE = Pattern.compile(Rx.LISTING + "\\s*,\\s+(the|a|an|der|die|das|ein|eine)\\s"
            + "[^,;()]{0,80}?\\s(and|und)\\s+");
    /** A copula before a possessive, no other clause between: "has long been seen as", ", …, is", "ist nun". */
    private static final Pattern COPULA_BEFORE = Pattern.compile("(?s)[^;]{0,120}?\\s(is|was|remains|became|has become|"
            + "has (long |always )?been( seen as| regarded as)?|is seen as|is regarded as|ist|war|bleibt|gilt als|wurde)"
            + "\\s+((now|still|nun|noch|jetzt|seit langem)\\s+)?");
    /** "Babbel, die als Duolingos wichtigster Rivale in Europa gilt": the German relative, its verb after the rival. */
    private static final Pattern ALS_RELATIVE = Pattern.compile("(?s)\\s*,\\s*(die|der|das|welche[rs]?)\\s+([^,;]{0,30}?\\s)?als\\s+");
    // "Vantor's partner and competitor": a partner first, no rival. "Mattel's closest rival and the owner of Monopoly": the
    // rival noun may go on with a second description.
    private static final Pattern NAMED_POSSESSIVE_RIVAL = Pattern.compile("('s|’s|s)\\s+((most\\s+)?(?!(and|und|or|oder|partner|"
            + "customer|supplier|kunde)\\s)\\p{Ll}+\\s+){0,2}(rival|competitor|"
            + "challenger|konkurrent|rivale|wettbewerber)(\\s*[,;.)]|\\s+(and|und)\\s"
            // "Palantir (NASDAQ: PLTR), Anduril's closest rival for US military software contracts, …": a field after the noun.
            + "|\\s+(for|in|on|im|bei|um|auf)\\s[^,;.]{1,50}?\\s*[,;.)]).*", Pattern.DOTALL);
    /** Words that rank a rival: "closest rival", "größter Konkurrent", "wichtigsten Wettbewerber". */
    // "Goodyear's bigger competitors, Michelin and Bridgestone": a comparative ranks them too.
    private static final String RIVAL_RANKS = "biggest|largest|main|closest|chief|fiercest|direct|nearest|most direct|bigger|larger|"
            + "größere[nmr]?|größte[nmr]?|"
            + "schärfste[nmr]?|wichtigste[nmr]?|direkte[nmr]?|engste[nmr]?|ärgste[nmr]?";
    // "Otis's three big rivals, Kone, Schindler and TK Elevator".
    private static final Pattern NAMED_POSSESSIVE_RIVALS_LIST = Pattern.compile("(?iu)('s|’s|s)\\s+((two|three|four|five|big|" + RIVAL_RANKS + ")\\s+){0,2}"
            + "(rivals|competitors|challengers|konkurrenten|rivalen|wettbewerber)\\s*(,|:|—|–)\\s*");
    private static final Pattern POSSESSIVE_RIVAL_AFTER = Pattern.compile(",\\s+(its|their|seine[nmr]?|ihre[nmr]?|dessen|deren)\\s+"
            + "((" + RIVAL_RANKS + ")\\s+)?(rival|competitor|challenger|konkurrent|konkurrenten|rivale|rivalen|wettbewerber|"
            + "wettbewerbers)\\b.*", Pattern.DOTALL);

    /**
     * "Telecom Egypt owns 45 percent of Vodafone Egypt, its biggest rival in mobile", "Lumen arbeitet mit Vela, seinem größten
     * Konkurrenten, zusammen": the apposition's possessive is the sentence's subject, the first company named.
     */
    private static void possessiveRivalAfter(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        // "Yaskawa Electric (TSE: 6506), Fanuc's closest domestic rival,": the rival named before its rival's possessive.
        for (int k = 0; k + 1 < orgs.size(); k++) {
            Ref r = orgs.get(k), owner = orgs.get(k + 1);
            // "Palantir (NASDAQ: PLTR), Anduril's …": the ticker in the bracket is the first company's own mention.
            for (int j = k + 2; owner.id().equals(r.id()) && j < orgs.size() && owner.start() - r.end() < 30; j++) owner = orgs.get(j);
            // "Vivid Seats, the Chicago-based reseller led by Stan Chia and StubHub's most direct competitor": the apposition may
            // describe the company first and name its rival after "and".
            String opening = v.gap(r.end(), owner.start());
            if (!NAMED_POSSESSIVE_OPENS.matcher(opening).matches() && !DESCRIBED_THEN_POSSESSIVE.matcher(opening).matches()) continue;
            String tail = (SentenceView.genitiveSurface(owner) ? "s" : "") + v.gap(owner.end(), Math.min(v.sentence.end(), owner.end() + 80));
            if (NAMED_POSSESSIVE_RIVAL.matcher(tail).matches() && !owner.id().equals(r.id())) {
                sink.add(v, r, Predicate.COMPETES_WITH, owner, "compete.possessive-rival", 0.7);
            }
        }
        // "L'Oréal's closest competitors, Estée Lauder and Shiseido, …": the owner's rivals listed after a comma.
        for (int k = 0; k + 1 < orgs.size(); k++) {
            Ref owner = orgs.get(k), first = orgs.get(k + 1);
            String tail = (SentenceView.genitiveSurface(owner) ? "s" : "") + v.gap(owner.end(), first.start());
            if (first.start() - owner.end() > 60 || !NAMED_POSSESSIVE_RIVALS_LIST.matcher(tail).matches()) continue;
            for (Ref r : listFrom(v, first)) {
                if (r.is(EntityType.ORGANIZATION) && !r.id().equals(owner.id())) {
                    sink.add(v, owner, Predicate.COMPETES_WITH, r, "compete.possessive-rivals-list", 0.7);
                }
            }
        }
        // "Umitron … has long been seen as eFishery's closest rival", "AEG, founded by …, is Live Nation's biggest rival": the
        // sentence's subject is the rival of the company whose possessive follows a copula.
        Ref first = orgs.isEmpty() ? null : orgs.get(0);
        for (int k = 1; first != null && k < orgs.size(); k++) {
            Ref owner = orgs.get(k);
            if (owner.id().equals(first.id()) || !COPULA_BEFORE.matcher(v.gap(first.end(), owner.start())).matches()
                    && !ALS_RELATIVE.matcher(v.gap(first.end(), owner.start())).matches()) continue;
            // "Lumen said Vega is Ostara's rival": another company between is the copula's subject.
            boolean between = false;
            for (int j = 1; j < k; j++) between |= !orgs.get(j).id().equals(first.id());
            if (between) break;
            String tail = (SentenceView.genitiveSurface(owner) ? "s" : "") + v.gap(owner.end(), Math.min(v.sentence.end(), owner.end() + 80));
            if (NAMED_POSSESSIVE_RIVAL.matcher(tail).matches()) sink.add(v, first, Predicate.COMPETES_WITH, owner, "compete.copula-possessive-rival", 0.7);
        }
        for (Ref r : orgs) {
            if (!POSSESSIVE_RIVAL_AFTER.matcher(v.gap(r.end(), Math.min(v.sentence.end(), r.end() + 60))).matches()) continue;
            Ref subject = v.first(EntityType.ORGANIZATION);
            if (subject == null || subject == r) subject = v.previousSubject(EntityType.ORGANIZATION);
            if (subject != null && !subject.id().equals(r.id())) sink.add(v, subject, Predicate.COMPETES_WITH, r, "compete.possessive-rival", 0.7);
        }
    }

    private static final Pattern APPOSITION_OPEN = Pattern.compile(",\\s+((a|an|ein|eine)\\s+([\\p{L}-]+\\s+)?"
            + "|one of (the\\s+)?([\\p{L}-]+\\s+){0,3}|einer der\\s+([\\p{L}-]+\\s+){0,3})");
    private static final Pattern RIVAL_AFTER = Pattern.compile("(\\s+|-)(rival|rivals|challenger|challengers|competitor|competitors|"
            + "konkurrent|konkurrenten|herausforderer|rivale|rivalen)\\b.*", Pattern.DOTALL);

    /** "Syngenta aus Basel, ein Rivale von …", "Cohere, a rival of …": the apposition up to the first rival. */
    /** ", a rival of", ", einer der wichtigsten Wettbewerber von", ", one of the main competitors of": an apposition's rival noun. */
    private static final String RIVAL_APPOSITION_HEAD = ",\\s+((a|an|ein|eine|einer|einem|einen|the|der|dem|den|des)\\s+([\\p{L}-]+\\s+)?"
            // "…, dem wichtigsten Konkurrenten von Just Eat Takeaway": the dative of the apposition too.
            + "(rival|rivale|rivalen|konkurrent|konkurrenten|konkurrentin|competitor|challenger|herausforderer|wettbewerber|wettbewerbers)"
            + "|(one of the|one of its|einem der|einer der|eines der|eine der|einen der|einer von)\\s+([\\p{L}-]+\\s+){0,2}"
            + "(rivals|rivalen|konkurrenten|competitors|challengers|herausforderern|herausforderer|wettbewerbern|wettbewerber))"
            + "\\s+(of|to|von|des|der|für)\\s+((the|der|dem|den|des)\\s+)?";
    /** "… auf die Übernahme von Windsurf geeinigt, einem der Wettbewerber von Anysphere": a participle may close the clause first. */
    private static final Pattern RIVAL_OF_APPOSITION = Pattern.compile("(\\s+(aus|from|in)\\s+[\\p{L}-]+|(\\s+\\p{Ll}+)?\\s+\\p{Ll}+(t|en))?\\s*"
            + RIVAL_APPOSITION_HEAD);
    private static final Pattern RIVAL_APPOSITION_BEFORE = Pattern.compile("(?s).*" + RIVAL_APPOSITION_HEAD);

    /**
     * Two companies in a row, the second in the first's apposition: "Groq, one of the most outspoken Nvidia challengers",
     * "Cerebras, an Nvidia rival", "Groq, ein Nvidia-Herausforderer"; or the apposition names the first's rivals after
     * its noun: "Syngenta aus Basel, ein Rivale von Bayer und BASF" (every rival of the list).
     */
    private void rivalAppositions(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        for (int k = 0; k + 1 < orgs.size(); k++) {
            Ref x = orgs.get(k), y = orgs.get(k + 1);
            if (x.id().equals(y.id()) || y.start() - x.end() > 70) continue;
            String gap = v.gap(x.end(), y.start());
            if (RIVAL_OF_APPOSITION.matcher(gap).matches()) {
                for (Ref o : FounderRules.orgList(v, y)) sink.add(v, x, Predicate.COMPETES_WITH, o, "compete.rival-of-apposition", 0.7);
            } else if (y.start() - x.end() <= 60 && APPOSITION_OPEN.matcher(gap).matches()
                    && RIVAL_AFTER.matcher(v.gap(y.end(), Math.min(v.sentence.end(), y.end() + 20))).matches()) {
                sink.add(v, x, Predicate.COMPETES_WITH, y, "compete.rival-apposition", 0.7);
            }
        }
    }

    /**
     * "Das Unternehmen, hinter dem Meta-Forscher stehen, gilt als Herausforderer von …": a name inside a
     * relative clause that closes before the cue is not the clause's subject.
     */
    static boolean inClosedRelativeClause(SentenceView v, Ref r, int cueStart) {
        int comma = v.text.lastIndexOf(',', r.start());
        if (comma < v.sentence.start()) return false;
        String opening = v.text.substring(comma + 1, r.start()).toLowerCase();
        if (!RELATIVE_OPENING.matcher(opening).matches()) return false;
        return v.text.indexOf(',', r.end()) >= 0 && v.text.indexOf(',', r.end()) < cueStart;
    }

    private static final Pattern RELATIVE_OPENING = Pattern.compile("\\s*((hinter|mit|bei|von|für|an|in|auf|zu|unter|"
            + "behind|with|at|for|by|in|of)\\s+)?(der|die|das|dem|den|denen|dessen|deren|welche[rsmn]?|which|who|whom|whose|that)\\b.*");

    /** The next name after {@code r} is an AI model within a few characters: "OpenAI's GPT-5". */
    /** "alternative to X", "Alternative zu X": an adjective or two may stand before the noun, not between it and X. */
    private static final Pattern ALTERNATIVE_TO = Pattern.compile("(?s).*\\balternative\\s+(to|zu)\\s+((the|der|dem|den)\\s+)?$");
    private static final Pattern RELATIVE_BEFORE_CUE = Pattern.compile("(?s)\\s*,\\s*(dem|der|einem|einer|the|a|an)?[^,;]{0,60}?,?\\s*"
            + "(das|die|der|which|that)\\s[^,;]*");

    /**
     * "Cohere has positioned itself as the security-first alternative to OpenAI and Anthropic", "Mistral Large gilt bei
     * Banken als Alternative zu GPT-4": the subject offers itself instead of the rival, so they compete. The rival's kind
     * must be the subject's (an organisation, or a model); a subject in a relative clause is that clause's antecedent.
     */
    private void alternativeTo(SentenceView v, RelationSink sink) {
        for (Ref r : v.refs) {
            if (!(r.is(EntityType.ORGANIZATION) || r.is(EntityType.AI_MODEL))) continue;
            String before = v.gap(Math.max(v.sentence.start(), r.start() - 30), r.start());
            if (!ALTERNATIVE_TO.matcher(before).matches()) continue;
            Ref rival = r;
            // "Alternative zu Metas Llama 3": the model after its owner's possessive is the rival.
            if (possessiveOrg(v, r) && nextIsModel(v, r)) rival = v.refAfter(r.end());
            if (rival == null) return;
            int cue = r.start() - before.length() + before.lastIndexOf("alternative");
            Ref subject = null;
            for (Ref s : v.refs) {
                if (s.start() >= cue) break;
                if (!s.is(rival.type()) || possessiveOrg(v, s) || s.id().equals(rival.id())) continue;
                // "Aleph Alpha, dem KI-Unternehmen aus Heidelberg, das sich als … Alternative zu OpenAI positioniert".
                if (RELATIVE_BEFORE_CUE.matcher(v.gap(s.end(), cue)).matches()) { subject = s; break; }
                if (subject == null) subject = s;
            }
            if (subject == null) return;
            for (Ref o : rival == r ? FounderRules.orgList(v, r) : List.of(rival)) {
                if (o.is(subject.type()) && !o.id().equals(subject.id())) sink.add(v, subject, Predicate.COMPETES_WITH, o, "compete.alternative-to", 0.65);
            }
            return;
        }
    }

    private static boolean nextIsModel(SentenceView v, Ref r) {
        for (Ref n : v.refs) {
            if (n.start() >= r.end()) return n.is(EntityType.AI_MODEL) && n.start() - r.end() <= 4;
        }
        return false;
    }

    /** "Zara owner Inditex", "Instagram parent Meta": the name qualifies the owner's noun that the next name heads. */
    private static boolean describesOwnerAfter(SentenceView v, Ref r) {
        Ref next = v.refAfter(r.end());
        return next != null && next.is(EntityType.ORGANIZATION) && SpinOffRules.OWNER_NOUN_BETWEEN.matcher(v.gap(r.end(), next.start())).matches();
    }

    private static boolean possessiveOrg(SentenceView v, Ref r) {
        return r.is(EntityType.ORGANIZATION) && v.possessive(r);
    }

    /** The sentence's organisations and models in text order: what can rival what. */
    static List<Ref> candidates(SentenceView v) {
        List<Ref> out = new java.util.ArrayList<>();
        for (Ref r : v.refs) if (r.is(EntityType.ORGANIZATION) || r.is(EntityType.AI_MODEL)) out.add(r);
        return out;
    }

    private static List<Ref> listFrom(SentenceView v, Ref first) {
        List<Ref> out = new java.util.ArrayList<>();
        out.add(first);
        Ref last = first;
        for (Ref r : v.refs) {
            if (r.start() < last.end() || !(r.is(EntityType.ORGANIZATION) || r.is(EntityType.AI_MODEL))) continue;
            if (!Rx.matches(v.gap(last.end(), r.start()), "\\s*(,|und|and|oder|or|sowie|&|, and|, or)\\s*((der|die|das|the)\\s+)?")) break;
            out.add(r);
            last = r;
        }
        return out;
    }

    /** The first organisation (else model) of the sentence not in the list, else of the previous sentence. */
    private static Ref subjectOutside(SentenceView v, List<Ref> list) {
        for (EntityType t : new EntityType[] {EntityType.ORGANIZATION, EntityType.AI_MODEL}) {
            for (Ref r : v.of(t)) {
                if (r.start() < list.get(0).start() && list.stream().noneMatch(l -> l.id().equals(r.id()))) return r;
            }
        }
        Ref prev = v.previousSubject(EntityType.ORGANIZATION);
        if (prev != null && list.stream().noneMatch(l -> l.id().equals(prev.id()))) return prev;
        return null;
    }

    /** The nearest organisation or model before the object (same type preferred), else the previous sentence's. */
    /**
     * The text before a rival: 40 characters, or 70 when the verb stands further back — after a described list ("tritt
     * gegen etablierte Spezialisten wie VAST Data an") or with the subject between verb and rival ("tritt Palo Alto
     * Networks noch direkter gegen Microsoft an"). The gap must line up with the text for the subject's offset to count.
     */
    private static String wideBefore(SentenceView v, Ref r, String before) {
        int from = Math.max(v.sentence.start(), r.start() - 70);
        String wide = v.gap(from, r.start());
        if (before.endsWith(" wie ") || before.endsWith(" darunter ")) return wide;
        // "tritt Palo Alto Networks noch direkter gegen Microsoft an", "tritt die Kurvenwerk GmbH gegen den Londoner Konkurrenten
        // Slipstream Labs an": the subject's name right after the verb (perhaps after its article). Not "tritt das Start-up
        // gegen …": a subject that names no one is left to rules that know whom it means.
        java.util.regex.Matcher m = TRITT.matcher(wide);
        if (m.find()) {
            Ref after = v.refAfter(from + m.end());
            if (after != null && after.is(EntityType.ORGANIZATION) && after.start() < r.start()
                    && Rx.matches(v.gap(from + m.end(), after.start()), "((der|die|das)\\s+)?")) return wide;
        }
        return before;
    }

    private static final Pattern TRITT = Pattern.compile("\\b(tritt|treten|trat|traten)\\s+");

    private static Ref subjectBefore(SentenceView v, Ref object) {
        Ref same = null, any = null;
        // "Microsoft, which supplies the computing power behind OpenAI's GPT-4o, competes with Amazon": names inside a
        // relative clause closed before the verb are not its subject.
        int[] clause = closedRelativeBefore(v, object.start());
        // "Kestrel Lockers, a Manchester start-up founded by former Royal Mail manager Rhys Morgan, … competes with InPost":
        // names in the apposition of the sentence's first name describe it and are not the subject.
        int[] apposition = closedAppositionBefore(v, object.start());
        for (Ref r : v.refs) {
            if (r.start() >= object.start()) break;
            if (r.id().equals(object.id())) continue;
            if (clause != null && r.start() >= clause[0] && r.end() <= clause[1]) continue;
            if (apposition != null && r.start() >= apposition[0] && r.end() <= apposition[1]) continue;
            if (objectBeforeSecondVerb(v, r)) continue;
            if (r.type() == object.type()) same = r;
            if (r.is(EntityType.ORGANIZATION) || r.is(EntityType.AI_MODEL)) any = r;
        }
        if (same != null) return same;
        if (any != null) return any;
        return v.previousSubject(object.type());
    }

    private static final Pattern DATIVE_BEFORE = Pattern.compile("(?s).*\\b(dem|den)\\s+([\\p{L}-]+\\s+){0,2}");
    private static final Pattern AND_COMPETES = Pattern.compile("\\s+und\\s+(\\p{L}+\\s+){0,2}(konkurriert|konkurrieren|kämpft|ringt|tritt)\\b.*");

    /**
     * "Die Kette gehört dem Beteiligungsfonds Lumen und konkurriert mit Vega": a name in the dative or accusative, the
     * object of the first verb, right before "und" and the second verb, is not that verb's subject.
     */
    private static boolean objectBeforeSecondVerb(SentenceView v, Ref r) {
        return DATIVE_BEFORE.matcher(v.gap(Math.max(v.sentence.start(), r.start() - 40), r.start())).matches()
                && AND_COMPETES.matcher(v.gap(r.end(), Math.min(v.sentence.end(), r.end() + 40))).matches();
    }

    // "Blue Yonder, the Scottsdale, Arizona-based company owned by Panasonic, competes with …": a city's state inside.
    private static final Pattern CLOSED_APPOSITION = Pattern.compile(",\\s+(a|an|the|ein|eine|einer)\\s+[^,;]{3,120}?"
            + "(,\\s+\\p{Lu}[\\p{L}.]*(\\s\\p{Lu}[\\p{L}.]*)?-based[^,;]{0,120}?)?,\\s+");

    /** The span of ", a …," right after the sentence's first name, closed before {@code at}, or null. */
    private static int[] closedAppositionBefore(SentenceView v, int at) {
        if (v.refs.isEmpty() || v.refs.get(0).end() >= at) return null;
        Matcher m = CLOSED_APPOSITION.matcher(v.text).region(v.refs.get(0).end(), at);
        return m.lookingAt() ? new int[]{m.start(), m.end()} : null;
    }

    private static final Pattern UNNAMED_SUBJECT_CLAUSE = Pattern.compile("\\s*(Das|Der|Die|The)\\s+\\p{Ll}*\\p{L}+,\\s+"
            + "(zu|von|an|in|bei|mit|für|aus|of|in|to|with)\\s+(dem|der|denen|which|whom)\\s+[^,;]{3,120},\\s+");
    private static final Pattern CLOSED_RELATIVE = Pattern.compile(",\\s+(which|that|who|der|die|das|welche[rs]?)\\s+[^,;]{3,120},\\s+");

    /** The span of ", which …," between the sentence's first name and {@code at}, or null. */
    private static int[] closedRelativeBefore(SentenceView v, int at) {
        if (v.refs.isEmpty() || v.refs.get(0).end() >= at) return null;
        // "Das Unternehmen, zu dem auch nora systems gehört, konkurriert mit Mohawk": a clause after an unnamed subject,
        // opened by a preposition and its relative pronoun, names no subject either.
        Matcher unnamed = UNNAMED_SUBJECT_CLAUSE.matcher(v.text).region(v.sentence.start(), at);
        if (unnamed.lookingAt() && at - unnamed.end() <= 30) return new int[]{unnamed.start(), unnamed.end()};
        int from = v.refs.get(0).end();
        Matcher m = CLOSED_RELATIVE.matcher(v.text).region(from, at);
        if (!m.lookingAt()) return null;
        // Only a clause that ends right before the verb of the rival: at most a few words between it and the object.
        if (at - m.end() > 30) return null;
        return new int[]{m.start(), m.end()};
    }
}
