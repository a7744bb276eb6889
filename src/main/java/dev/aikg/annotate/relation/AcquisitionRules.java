package dev.aikg.annotate.relation;

import dev.aikg.annotate.relation.MentionIndex.Ref;
import dev.aikg.model.EntityType;
import dev.aikg.model.Predicate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Takeovers, done or agreed: the target becomes part of the buyer, so it is {@code spinOffOf} the buyer, as the gold
 * of every blind round has it. "Google bought Fitbit", "Capgemini übernimmt WNS", "Qualcomm hat Nuvia gekauft",
 * "Fitbit, bought by Google in 2021,", "QuantumBlack, die McKinsey 2015 übernommen hatte", "InstaDeep, … that BioNTech
 * bought in 2023", "Nubank agreed to buy Hyperplane", "angekündigt, … den Dienstleister WNS zu übernehmen", "Humane
 * sold its assets to HP", "Match also owns OkCupid". A stake ("bought a stake in") is an investment, not a takeover.
 */
final class AcquisitionRules {
    private static final Pattern IT_BOUGHT_AFTER = Pattern.compile(",\\s+(the|a|an)\\s+([\\p{L}-]+\\s+){0,3}?((which|that)\\s+)?"
            + "it\\s+(bought|acquired|purchased|took over)\\b.*");
    private static final String[] TRIGGERS = {"acquir", "bought", "buy", "purchas", "took over", "take over", "takes over",
        "übernimmt", "übernahm", "übernommen", "übernehmen", "kauft", "gekauft", "erwarb", "erwirbt", "erworben", "sold", "owns",
        "verkauf", "private", "schluck", "takeover", "übernahme", "acquisition", "buyout"};

    /** A descriptor between the verb and the target: "the data-labelling start-up", "den Prozessdienstleister". */
    private static final String DESCRIPTOR = "((the|a|an|its|den|die|das|dem|der|des|einen|eine|ein)\\s+)?"
            + "((?!(by|from|into|onto|back|up|von|vom|durch|with|mit|to|at|of|for|für|in|im|bei|an|and|und|or|oder|vor|nach|über|unter|as|als)\\s)"
            + "\\p{Ll}[\\p{L}-]*\\s+){0,3}";
    /** The verb right before the target, past or present, English and German main clauses. */
    private static final Pattern ACTIVE_BEFORE = Pattern.compile(".*\\b((has|had|have|also|then|later|finally)\\s+)?"
            + "(?<verb>acquired|acquires|bought|buys|purchased|purchases|took over|takes over|snapped up|snaps up|"
            + "übernimmt|übernahm|übernahmen|kauft|kaufte|kauften|erwarb|erwirbt|owns|besitzt|schluckte|schluckt)\\s+"
            // "schluckte im März für rund zehn Milliarden Dollar den Simulationsanbieter Altair": a date and a price between.
            + "((in|im)\\s+\\d{4}\\s+|\\d{4}\\s+|im\\s+\\p{L}+\\s+|(für|for)\\s+[^;]{1,40}?\\s+)*" + DESCRIPTOR + "$");
    /** An intention: "agreed to buy", "plans to acquire", "will take over", "in a deal to buy". */
    private static final Pattern INTENT_BEFORE = Pattern.compile(".*\\b(agreed|agrees|plans|planned|wants|wanted|moved|"
            + "offered|offers|is set|was set|deal|bid|seeks|sought|will|would|to)\\s+(to\\s+)?"
            + "(?<verb>acquire|buy|purchase|take over|snap up)\\s+" + DESCRIPTOR + "$");
    /** German perfect or infinitive: "hat Nuvia gekauft", "angekündigt, … WNS zu übernehmen". */
    private static final Pattern GERMAN_AUX_BEFORE = Pattern.compile(".*\\b(hat|hatte|haben|hatten|will|wollen|wollte|soll|"
            + "angekündigt,|plant,|plant|vereinbart,)\\s+([^;]{0,50}?\\s+)?" + DESCRIPTOR + "$");
    /** A German relative clause of the buyer: "Concentrix, der 2023 den Konkurrenten Webhelp übernommen hatte". */
    private static final Pattern GERMAN_RELATIVE_BEFORE = Pattern.compile(".*,\\s*(der|die|das|welcher|welche)\\s+"
            + "((im jahr\\s+|im\\s+|in\\s+)?\\d{4}\\s+|bereits\\s+|schon\\s+|zuletzt\\s+){0,2}" + DESCRIPTOR + "$");
    private static final Pattern GERMAN_RELATIVE_AFTER = Pattern.compile("\\s+(übernommen|gekauft|erworben)\\s+(hat|hatte|haben|hatten)\\b.*");
    /** The seller's unit before, the buyer after "an": "seine Softwaretochter Jeppesen … an den Finanzinvestor Thoma Bravo zu verkaufen". */
    private static final Pattern GERMAN_SOLD_BETWEEN = Pattern.compile("\\s+[^;]{0,80}?\\ban\\s+" + DESCRIPTOR);
    private static final Pattern GERMAN_SOLD_AFTER = Pattern.compile("\\s+(zu verkaufen|verkauft|verkaufte|verkaufen|abgegeben|abzugeben)\\b.*");
    // "… den US-Auftragsfertiger Catalent für 16,5 Milliarden Dollar übernommen": a price may hold a decimal comma.
    private static final Pattern GERMAN_PARTICIPLE_AFTER = Pattern.compile("\\s+((für|for)\\s+([^,;.]|\\d[,.]\\d){1,40}?\\s+)?"
            + "(übernommen|gekauft|erworben|zu übernehmen|zu kaufen|zu erwerben|übernehmen|kaufen|erwerben)\\b.*");
    /** After the target: "Fitbit, bought by Google", "X, which was acquired by Y", "X agreed to be taken private by Y". */
    // "Photomath, the maths homework app founded by Damir Sabol, was bought by Google": an apposition of up to 60 characters.
    private static final Pattern PASSIVE_BETWEEN = Pattern.compile("(\\s*,)?\\s*([^,;]{0,60}?,\\s*)?((which|that)\\s+)?((was|were|is|has been|had been)\\s+)?"
            // "agreed in May to be taken private by Blackstone": an agreement, its date, the passive.
            + "((agreed|agrees)\\s+((in|on)\\s+\\w+\\s+)?to be\\s+)?"
            + "((later|then|since|also)\\s+)?(acquired|bought|purchased|taken over|snapped up|taken private)\\s+"
            // "was bought this year by DraftKings": a time before the buyer.
            + "((in|for|this|last|earlier this)\\s+[^,;]{1,30}?\\s+)?by\\s+" + DESCRIPTOR);
    // "Sana … wird vom US-Softwarekonzern Workday für rund 1,1 Milliarden Dollar übernommen".
    private static final Pattern GERMAN_PASSIVE_BETWEEN = Pattern.compile("(\\s*,[^;,]{0,60}?,)?\\s+(wurde|war|ist|wird|werden|wurden)\\s+([^,;.]{0,30}?\\s+)?(von|vom)\\s+" + DESCRIPTOR);
    private static final Pattern GERMAN_PASSIVE_AFTER = Pattern.compile("\\s+((für|for)\\s+([^,;.]|\\d[,.]\\d){1,40}?\\s+|(\\S+\\s+){0,2})?"
            + "(übernommen|gekauft|erworben|geschluckt)\\b.*");
    /**
     * The target, a comma and an object relative with the buyer as subject: "QuantumBlack, die McKinsey 2015 übernommen
     * hatte", "InstaDeep, the company that … and that Germany's BioNTech bought".
     */
    // "von Casetext entwickelt, das Thomson Reuters 2023 übernommen hat": a German participle may close the clause first.
    // "Xylem, der 2023 den Spezialisten Evoqua übernommen hat": after a subject pronoun "den" is an article, the clause is the buyer's.
    // "Blue Yonder, the Scottsdale, Arizona-based software group that Panasonic bought": a seat's state after its comma.
    private static final String CLAUSE_CHAR = "(?:[^,;]|,\\s*[\\p{L}.]+(?:\\s[\\p{L}.]+)?-based\\b)";
    // "Tiffany & Co., which LVMH acquired in 2021": the dot of an abbreviated name the mention ends before.
    private static final Pattern OBJECT_RELATIVE_BETWEEN = Pattern.compile("\\.?(\\s+\\p{Ll}+)?,\\s*+((?!(der|die|das|which|who|that)\\s)"
            + "((" + CLAUSE_CHAR + "{0,80}\\s+)?(and|und)\\s+|" + CLAUSE_CHAR + "{0,80}?\\s+))?"
            // "which private-equity firm KKR bought", "which the private-equity firm Sycamore Partners bought": up to three words
            // describe the buyer.
            + "(which|that|den|die|das)\\s+([\\p{L}-]+('s|s)?\\s+){0,3}");
    // "das Thomson Reuters 2023 für 650 Millionen Dollar übernommen hat": a year and a price may both stand before the verb.
    private static final Pattern OBJECT_RELATIVE_AFTER = Pattern.compile("\\s+(((in|im)\\s+)?\\d{4}\\s+)?((for|für)\\s+[^,;]{1,30}?\\s+)?"
            // "Sylvamo, the paper maker that International Paper spun off in 2021": a unit set free is its parent's too.
            + "(acquired|bought|purchased|took over|took private|spun off|übernommen hat|übernommen hatte|gekauft hat|gekauft hatte|erworben hat|"
            + "erworben hatte|übernahm|kaufte|erwarb"
            // "Paycor HCM, which Paychex agreed in January to buy": an agreed takeover, its date between.
            + "|(agreed|agrees|has agreed|had agreed)\\s+((in|on|last)\\s+\\w+\\s+)?to\\s+(buy|acquire|take over|purchase))\\b.*");
    /**
     * An English contact clause, no pronoun: "Infinera, the optical-networking company Nokia acquired earlier this year",
     * "Layer 6, the Toronto machine-learning firm TD bought in 2018".
     */
    private static final Pattern CONTACT_CLAUSE_BETWEEN = Pattern.compile(",\\s*(the|a|an)\\s+[^,;]{0,80}\\s+");
    private static final Pattern CONTACT_CLAUSE_AFTER = Pattern.compile("\\s+(acquired|bought|purchased|took over|took private)\\b.*");
    /** The seller before, the buyer after: "sold most of its assets and staff to HP", "an HP verkauft". */
    private static final Pattern SOLD_BETWEEN = Pattern.compile("\\s+((has|had)\\s+)?sold\\s+((itself|most of its assets[^,;]{0,30}|"
            + "(the|its) (company|business|assets|start-up))\\s+)?to\\s+" + DESCRIPTOR);
    /** Words after a target that make it a maker of things bought, not a company bought: "bought Nvidia chips". */
    private static final Pattern NOT_A_TARGET_AFTER = Pattern.compile("(\\s*-|\\s+)(chips?|gpus?|processors?|shares?|stock|stakes?|"
            + "aktien|anteile?|servers?|hardware|products?|produkte|systems|systeme|licen[cs]es?|lizenzen|data|daten|ads|"
            + "werbung|capacity|kapazität|bonds|anleihen)\\b.*"
            // "Von 2027 an kauft Meta den Strom": a German name right after the verb, before its object, is the subject.
            + "|\\s+(den|die|das|einen|eine)\\s+\\p{L}.*");

    void apply(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        // One company suffices when the buyer is the one the sentence before opens with ("the group … acquired X").
        if (orgs.isEmpty() || !v.hasAny(TRIGGERS)) return;
        for (int i = 0; i < orgs.size(); i++) {
            Ref t = orgs.get(i);
            String after = v.gap(t.end(), Math.min(v.sentence.end(), t.end() + 60));
            if (NOT_A_TARGET_AFTER.matcher(after).matches() || v.possessive(t) || listOfNoTargets(v, t, after)) continue;
            // "Motorola Solutions … sells analytics through Avigilon, the camera maker it bought in 2018": "it" is the subject.
            if (IT_BOUGHT_AFTER.matcher(after).matches()) {
                // Only a company that opens the sentence; "The Redditch-based group … software from Gaugewell … National Tyres, the
                // chain it bought" names its buyer by a description.
                Ref subject = v.openingCompany(v.index(), 4);
                if (subject != null && subject != t && subject.start() < t.start() && !subject.id().equals(t.id()) && !v.possessive(subject)) {
                    add(v, t, subject, "spinoff.the-one-it-bought", sink);
                    continue;
                }
            }
            String before = v.gap(Math.max(v.sentence.start(), t.start() - 90), t.start());
            boolean active = Prefilter.endsWithSpace(before) && (verbRightBefore(v, t, before, ACTIVE_BEFORE)
                    || verbRightBefore(v, t, before, INTENT_BEFORE)
                    || GERMAN_AUX_BEFORE.matcher(before).matches() && GERMAN_PARTICIPLE_AFTER.matcher(after).matches()
                    || GERMAN_RELATIVE_BEFORE.matcher(before).matches() && GERMAN_RELATIVE_AFTER.matcher(after).matches());
            // "Paychex hatte die Übernahme des kleineren Rivalen Paycor abgeschlossen", "Synopsys completed its acquisition of
            // Ansys": the takeover as a noun, its buyer the company before (or the one after "by").
            java.util.regex.Matcher nominal = NOMINAL_BEFORE.matcher(before);
            if (!active && nominal.matches() && !Rx.matches(before, NOT_DONE)) {
                Ref buyer = byAfter(v, orgs, i);
                if (buyer == null) buyer = nominalBuyer(v, orgs, i, t.start() - before.length() + nominal.start("noun"));
                if (buyer != null && !buyer.id().equals(t.id())) add(v, t, buyer, "spinoff.nominal-takeover", sink);
                continue;
            }
            java.util.regex.Matcher share = active ? SHARE_BEFORE.matcher(before) : null;
            if (share != null && share.matches() && Double.parseDouble(share.group(1).replace(',', '.')) < 50) {
                // "hatte Lufthansa 41 Prozent an der ITA Airways übernommen": a minority share bought is a stake.
                Ref buyer = buyerBefore(v, orgs, i);
                if (buyer != null && !buyer.id().equals(t.id())) sink.add(v, buyer, Predicate.INVESTED_IN, t, "invest.share-acquired", 0.7);
            } else if (active && !stakeBefore(before)) {
                Ref buyer = buyerBefore(v, orgs, i);
                if (buyer != null) add(v, t, buyer, "spinoff.acquired", sink);
                else if ((buyer = anaphoricBuyer(v, t)) != null) {
                    sink.add(v, t.id(), Predicate.SPIN_OFF_OF, buyer.id(), null, null, null, null, v.sentence.start(), t.end(),
                            "spinoff.acquired-anaphor", 0.6);
                }
            } else if (invertedBuyer(v, orgs, i) != null) {
                add(v, t, invertedBuyer(v, orgs, i), "spinoff.acquired", sink);
            }
            if (i + 1 < orgs.size()) {
                Ref next = orgs.get(i + 1);
                String between = v.gap(t.end(), next.start());
                String afterNext = v.gap(next.end(), Math.min(v.sentence.end(), next.end() + 60));
                if (between.length() <= 90 && (PASSIVE_BETWEEN.matcher(between).matches()
                        || GERMAN_PASSIVE_BETWEEN.matcher(between).matches() && GERMAN_PASSIVE_AFTER.matcher(afterNext).matches()
                        || OBJECT_RELATIVE_BETWEEN.matcher(between).matches() && OBJECT_RELATIVE_AFTER.matcher(afterNext).matches()
                        || CONTACT_CLAUSE_BETWEEN.matcher(between).matches() && CONTACT_CLAUSE_AFTER.matcher(afterNext).matches())) {
                    add(v, t, next, "spinoff.acquired-by", sink);
                }
                if (between.length() <= 60 && SOLD_BETWEEN.matcher(between).matches()) add(v, t, next, "spinoff.sold-to", sink);
                // "seine Softwaretochter Jeppesen … an Thoma Bravo zu verkaufen": the unit sold is an object with its noun before
                // it; "Halcyon hat seine Beteiligung an Lumen verkauft" sells a stake, not Halcyon.
                if (between.length() <= 100 && GERMAN_SOLD_BETWEEN.matcher(between).matches() && !stakeBefore(between)
                        && Rx.matches(before, ".*\\b(seine|ihre|die|den|das|dessen|deren)\\s+([\\p{L}-]+\\s+)?$")
                        && GERMAN_SOLD_AFTER.matcher(afterNext).matches()) add(v, t, next, "spinoff.sold-to", sink);
            }
        }
    }

    /**
     * The verb pattern matches the text before t and no other name stands between the verb and t: the gap is lower-cased,
     * so "Cognition buys Windsurf days after Google" would otherwise read "windsurf days after" as a description of Google.
     */
    private static boolean verbRightBefore(SentenceView v, Ref t, String before, Pattern p) {
        java.util.regex.Matcher m = p.matcher(before);
        if (!m.matches()) return false;
        int verbEnd = t.start() - before.length() + m.end("verb");
        for (Ref r : v.refs) if (r.start() >= verbEnd && r.end() <= t.start()) return false;
        return true;
    }

    /**
     * "bought Nvidia and Microsoft shares": what follows the last member of a list that t opens tells what was bought. The
     * list is only looked for when a list link follows t.
     */
    private static boolean listOfNoTargets(SentenceView v, Ref t, String after) {
        if (!Rx.matches(after, "\\s*(,|&|(and|und|sowie|or|oder)\\s).*")) return false;
        List<Ref> list = FounderRules.orgList(v, t);
        Ref last = list.get(list.size() - 1);
        return last != t && NOT_A_TARGET_AFTER.matcher(v.gap(last.end(), Math.min(v.sentence.end(), last.end() + 60))).matches();
    }

    /** The takeover as a noun right before the target: "its acquisition of", "die Übernahme des kleineren Rivalen". */
    private static final Pattern NOMINAL_BEFORE = Pattern.compile(".*\\b(?<noun>acquisition|takeover|purchase|buyout|übernahme|kauf)\\s+"
            + "(of|des|der|von|vom)\\s+" + DESCRIPTOR + "$");
    /** A takeover that did not or will not happen, or that is only talked of. */
    private static final String NOT_DONE = ".*\\b(failed|blocked|abandoned|collapsed|rejected|scrapped|talks|rumou?rs?|speculation|"
            + "gescheitert|gescheiterte[nr]?|abgesagt|untersagt|abgelehnt|gespräche|spekulation|gerüchte|bid for|angebot für|"
            + "exploring|considering|weighing|mulling|erwägt|prüft|sondiert)\\b.*";
    /** Between the buyer and the noun: its possessive ("Synopsys's acquisition of", "Nvidias Übernahme von"). */
    private static final Pattern BUYER_POSSESSIVE = Pattern.compile("('s|’s|')?\\s+((\\d{4}|[$€][\\d.,]+|[\\d.,]+)\\s+"
            + "((billion|million|milliarden|millionen)\\s+)?((dollar|euro)\\s+)?)?");
    /** "Paychex completed its acquisition of", "Synopsys closed its $35 billion acquisition of". */
    // "JD Sports, which completed its takeover of": the buyer's relative clause.
    private static final Pattern BUYER_VERB_EN = Pattern.compile("(\\s*,\\s*(which|that))?\\s+((has|had|have|also|then|finally|recently)\\s+)*(completed|closed|"
            + "finalised|finalized|announced|agreed|sealed|confirmed|wrapped up)\\s+((in|on)\\s+\\S+\\s+)?((its|their|the|a|an)\\s+)?"
            + "([\\p{L}$€\\d.,-]+\\s+){0,3}?");
    /** "Paychex hatte die Übernahme des kleineren Rivalen Paycor … abgeschlossen": the auxiliary, then the noun. */
    private static final Pattern BUYER_AUX_DE = Pattern.compile("\\s+(hat|hatte|haben|hatten)\\b[^,;]{0,60}?\\s(die|eine)\\s+"
            + "([\\p{L}\\d.,-]+\\s+){0,3}?");
    private static final Pattern CLOSES_DE = Pattern.compile("[^;]{0,80}?\\b(abgeschlossen|vollzogen|angekündigt|vereinbart|"
            + "bekanntgegeben|besiegelt)\\b.*");

    /**
     * The buyer of a takeover named as a noun at {@code noun}: the company right before it with its possessive ("Synopsys's
     * acquisition of"), a verb of completion ("Paychex completed its acquisition of") or, in German, an auxiliary whose
     * participle closes the clause; no other company between. Null otherwise ("helped by contracts with Meta and the
     * purchase of W&B" names no buyer).
     */
    private static Ref nominalBuyer(SentenceView v, List<Ref> orgs, int i, int noun) {
        Ref b = null;
        for (int k = i - 1; k >= 0; k--) if (orgs.get(k).end() <= noun) { b = orgs.get(k); break; }
        if (b == null || v.typeBetween(b.end(), noun, EntityType.PERSON)) return null;
        String gap = v.gap(b.end(), noun);
        if (BUYER_POSSESSIVE.matcher(gap).matches() && (SentenceView.genitiveSurface(b) || gap.startsWith("'") || gap.startsWith("’"))) return b;
        if (BUYER_VERB_EN.matcher(gap).matches()) return b;
        Ref t = orgs.get(i);
        boolean closes = CLOSES_DE.matcher(v.gap(t.end(), Math.min(v.sentence.end(), t.end() + 100))).matches();
        if (BUYER_AUX_DE.matcher(gap).matches() && closes) return b;
        // "Im April hatte der Spezialist Paychex die Übernahme des Rivalen Paycor abgeschlossen": the auxiliary before the buyer.
        if (closes && Rx.matches(gap, "\\s+(die|eine)\\s+([\\p{L}\\d.,-]+\\s+){0,3}?")
                && Rx.matches(v.gap(Math.max(v.sentence.start(), b.start() - 60), b.start()),
                        ".*\\b(hat|hatte|haben|hatten)\\s+((der|die|das)\\s+)?([\\p{L}-]+\\s+){0,2}$")) return b;
        return null;
    }

    /** "the acquisition of Paycor by Paychex": the buyer named after "by"/"durch". */
    private static Ref byAfter(SentenceView v, List<Ref> orgs, int i) {
        if (i + 1 >= orgs.size()) return null;
        Ref next = orgs.get(i + 1);
        return Rx.matches(v.gap(orgs.get(i).end(), next.start()), "\\s+(by|durch)\\s+((the|den|die|das)\\s+)?") ? next : null;
    }

    /** German verb-second order: "Binnen einer Woche kauft NICE den Anbieter Cognigy" — the buyer right after the verb. */
    private static final Pattern V2_VERB = Pattern.compile(".*\\b(kauft|kaufte|übernimmt|übernahm|erwirbt|erwarb)\\s+$");
    private static final Pattern V2_OBJECT = Pattern.compile("\\s+(den|die|das)\\s+((?!(von|vom|mit|für|aus|bei|an|in|im|über|unter|"
            + "nach|vor|zu|zum|zur)\\s)[\\p{L}-]+\\s+){0,2}");

    /** A German subordinate clause: "…, dass Suno die Konzertplattform Songkick (von Warner) übernimmt" — the verb last. */
    private static final Pattern SUBORDINATOR = Pattern.compile(".*\\b(dass|nachdem|weil|da|ob|wenn|sobald|falls|seit)\\s+$");
    private static final Pattern VERB_LAST = Pattern.compile("(\\s+(von|vom)\\s+[^,;.]{1,40}?)?\\s+((für|um)\\s+[^,;.]{1,40}?\\s+)?"
            + "(übernimmt|übernahm|kauft|kaufte|erwirbt|erwarb|übernommen|gekauft|erworben|übernehmen|kaufen|erwerben)\\b.*");

    private static Ref invertedBuyer(SentenceView v, List<Ref> orgs, int i) {
        if (i == 0) return null;
        Ref buyer = orgs.get(i - 1), t = orgs.get(i);
        if (!V2_OBJECT.matcher(v.gap(buyer.end(), t.start())).matches()) return null;
        String beforeBuyer = v.gap(Math.max(v.sentence.start(), buyer.start() - 20), buyer.start());
        if (V2_VERB.matcher(beforeBuyer).matches()) return buyer;
        boolean verbLast = SUBORDINATOR.matcher(beforeBuyer).matches()
                && VERB_LAST.matcher(v.gap(t.end(), Math.min(v.sentence.end(), t.end() + 70))).matches();
        return verbLast ? buyer : null;
    }

    /** "41 Prozent an der italienischen", "30% of the": the share bought, right before the target and its describing words. */
    private static final Pattern SHARE_BEFORE = Pattern.compile("(?s).*\\b(\\d{1,2}(?:[.,]\\d+)?)\\s?(%|prozent|percent|per cent)\\s+"
            + "(der anteile\\s+|of the shares\\s+)?(an|of|in|am)\\s+((der|dem|den|des|the)\\s+)?([\\p{L}-]+\\s+){0,2}$");

    private static boolean stakeBefore(String before) {
        return Rx.matches(before, ".*\\b(stake|stakes|anteil|anteile|beteiligung|shares|aktien)\\b[^,;]*$");
    }

    /** A sentence that opens with a noun or pronoun for the company named before: "Last year the group … acquired X". */
    private static final Pattern COMPANY_ANAPHOR = Pattern.compile("(?s)\\s*((last|this|in)\\s+\\S+\\s+)?(the (group|company|firm|"
            + "conglomerate|start-up)|it|der ([\\p{L}-]+)?konzern|das unternehmen|die firma|der us-konzern)\\b.*");

    /** The company the sentence before opens with, when this one opens with an anaphor and names no company before t. */
    private static Ref anaphoricBuyer(SentenceView v, Ref t) {
        if (!COMPANY_ANAPHOR.matcher(v.gap(v.sentence.start(), t.start())).matches() || v.index() == 0) return null;
        // The sentence before must open with the company as its subject: "Casetext co-founder Jake Heller went on …"
        // opens with a person described by a company, and "the group" after it is another.
        List<Ref> before = v.index.in(v.index() - 1);
        if (before.isEmpty() || !before.get(0).is(EntityType.ORGANIZATION)) return null;
        Ref prev = before.get(0);
        if (before.size() > 1 && before.get(1).is(EntityType.PERSON) && before.get(1).start() - prev.end() < 30) return null;
        return prev.id().equals(t.id()) ? null : prev;
    }

    /** The buyer: the nearest organisation before the target in its clause (no semicolon between), not the target. */
    private static Ref buyerBefore(SentenceView v, List<Ref> orgs, int i) {
        Ref t = orgs.get(i);
        for (int k = i - 1; k >= 0; k--) {
            Ref b = orgs.get(k);
            if (b.id().equals(t.id())) continue;
            String gap = v.gap(b.end(), t.start());
            // "OpenAI's board rejected the bid, and Sam Altman replied with an offer to buy Twitter": a person between acts.
            if (gap.contains(";") || gap.length() > 150 || v.typeBetween(b.end(), t.start(), EntityType.PERSON)) return null;
            // "The group owns Linde Material Handling and STILL, and in 2016 it bought Dematic": a pronoun is the buyer.
            if (PRONOUN_BUYER.matcher(gap).matches()) return null;
            // "Die Performance Food Group, welche mit Sysco und US Foods im Wettbewerb steht, hat Cheney Brothers übernommen": a
            // company inside a relative clause closed before the verb is not its subject.
            if (CLAUSE_CLOSES.matcher(gap).matches() && RELATIVE_OPENS.matcher(v.gap(Math.max(v.sentence.start(), b.start() - 100), b.start())).matches()) continue;
            return b;
        }
        return null;
    }

    private static final java.util.regex.Pattern PRONOUN_BUYER = java.util.regex.Pattern.compile("(?s).*\\b(and|but|und|aber)\\s+"
            + "([^,;]{0,20}\\s)?(it|they)\\s+((also|then|later|has|had|have)\\s+)?(bought|acquired|purchased|took over)\\s+((the|a|an)\\s+)?([\\p{L}-]+\\s+){0,2}");
    private static final java.util.regex.Pattern CLAUSE_CLOSES = java.util.regex.Pattern.compile("[^,;]*,\\s[^,;]*");
    private static final java.util.regex.Pattern RELATIVE_OPENS = java.util.regex.Pattern.compile("(?s).*,\\s*(welche|welcher|welches|die|der|das|"
            + "which|that|who)\\s[^,;]*");

    private static void add(SentenceView v, Ref target, Ref buyer, String rule, RelationSink sink) {
        sink.add(v, target, Predicate.SPIN_OFF_OF, buyer, rule, 0.7);
    }
}
