package dev.aikg.annotate.relation;

import dev.aikg.annotate.relation.MentionIndex.Ref;
import dev.aikg.model.EntityType;
import dev.aikg.model.Predicate;
import dev.aikg.model.Quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Investments: "Microsoft, das rund 14 Milliarden Dollar in OpenAI investiert hat", "Amazon invested
 * $4 billion in Anthropic", investor lists ("Bosch, SAP und die Schwarz Gruppe waren unter den
 * Investoren") and joint ventures ("OpenAI, Oracle und Softbank … Joint Venture Stargate … Investitionen").
 */
final class InvestmentRules {
    private static final String[] TRIGGERS = {"invest", "beteilig", "stake", "backed", "funding", "finanzier",
            "joint venture", "joint-venture", "gemeinschaftsunternehmen", "geldgeber", "gesteckt", "gepumpt", "poured", "pumped"};
    private static final Pattern IN_TARGET = Pattern.compile(".*\\b(in|into|an|am)\\s+((der|die|das|den|dem|the)\\s+)?"
            + "((start-up|startup|ki-startup|ki-firma|unternehmen|company|firm|rivalen|rival)\\s+"
            // "a 49% stake in the data-labelling firm Scale AI", "eine Beteiligung am Datendienstleister Scale AI".
            + "|([\\p{L}-]+\\s+){1,2}(start-up|startup|company|firm|group|lab|maker|provider)\\s+"
            // "an dem US-Brillenhändler Warby Parker", "in Germany's Commerzbank": a trader's noun, a country's possessive.
            // "am niederländischen KI-Chipentwickler Axelera AI": an adjective before the noun.
            + "|([\\p{L}-]+(en|er|e)\\s+)?[\\p{L}-]*(dienstleister|anbieter|entwickler|hersteller|spezialisten|spezialist|konzern|unternehmen|händler|betreiber|"
            + "zulieferer|versicherer)\\s+|\\p{L}+('s|’s)\\s+)?$");
    private static final Pattern INVESTOR_LIST_CUE = Pattern.compile(
            "\\s*(waren|sind|gehören|gehörten|were|are)?\\s*(unter den|zu den|among the|among its|among their)\\s+"
            // "with Grab and the Pearl Delta Growth Fund among the cornerstone investors".
            + "((other|existing|early|übrigen|weiteren|bisherigen|new|neuen|cornerstone|anchor|strategic|largest|biggest|main|key|major|"
            + "größten|wichtigsten)\\s+)?(investoren|geldgebern|investors|backers|"
            + "kapitalgebern)\\b.*");
    private static final Pattern WITH_BEFORE = Pattern.compile("(?s).*,\\s*(with|mit)\\s+((the|der|die|dem)\\s+)?$");

    private static final Pattern INVESTOR_NOUN = Pattern.compile(".*\\b((größte[rn]?|wichtigste[rn]?|biggest|largest|"
            + "major|key|early|frühe[rn]?)\\s+)?(geldgeber|investor|investoren|großinvestor|anteilseigner|hauptaktionär|"
            + "shareholder|backer|aktionär|kapitalgeber)\\s+(von|vom|of|in|bei|hinter|behind)\\s+((der|die|dem|den|the)\\s+)?$");
    /** {@link #INVESTOR_NOUN} cannot match without one of these. */
    private static final String[] INVESTOR_NOUN_WORDS = {"geldgeber", "investor", "anteilseigner", "aktionär",
        "shareholder", "backer", "kapitalgeber"};
    private static final String[] VENTURE = {"joint venture", "joint-venture", "gemeinschaftsunternehmen", " venture",
            "unter dem namen", "under the name"};

    void apply(SentenceView v, RelationSink sink) {
        if (!v.hasType(EntityType.ORGANIZATION)) return;
        if (!v.hasAny(TRIGGERS) && !v.hasAny(VENTURE) && !v.hasAny("aktionär", "shareholder", "anteilseigner", "stake", "-funded",
                "unterstützte", "finanzierte",
                "backed", "bankrolled", "unterstützt", "led by", "angeführt", "counts", "zählt", "beteiligt", "anteile an", "anteil an", "backer",
                "financier", "shares in", " shares", " stock", "-aktien", "-anteil", "-beteiligung", "-papiere", "mehrheit an", "bought into",
                "buys into", "buying into", "buy into")) return;
        if (v.of(EntityType.ORGANIZATION).size() + v.of(EntityType.PERSON).size() < 2) return;
        direct(v, sink);
        if (v.hasAny("invest", "stake")) describedTarget(v, sink);
        backedCompound(v, sink);
        jointVenture(v, sink);
        investorList(v, sink);
        investorNoun(v, sink);
        backedBy(v, sink);
        if (v.hasAny("unterstützt", "finanziert")) backedPassiveDe(v, sink);
        stakeIn(v, sink);
        if (v.hasAny("beteiligt")) frontedStakeDe(v, sink);
        if (v.hasAny("runde", "round")) roundFor(v, sink);
        if (v.hasAny("investiert in", "investiert an", "beteiligt an", "beteiligt am")) frontedInvested(v, sink);
        possessiveBacker(v, sink);
        if (v.hasAny(" is ", " was ", " remains ", " ist ", " war ", " bleibt ", " sind ", " are ")) backerByCopula(v, sink);
        if (v.hasAny("stake in", "stakes in", "position in", "holding in", "shares in", "anteile an", "anteil an", "beteiligung an",
                " shares", " stock", " stake", "-aktien", "-anteil", "-beteiligung", "-papiere")) {
            stakeRaised(v, sink);
        }
    }

    private static final Pattern LISTED_WITH = Pattern.compile("\\s*(,|und|and|sowie|&)\\s*((die|der|das|the)\\s+)?([\\p{L}-]+\\s+)?");

    /** The first organisation and those listed after it, each perhaps with its own noun ("und die Vermögensverwaltung Blackrock"). */
    private static List<Ref> investorsBefore(SentenceView v, Ref first, Ref target) {
        List<Ref> out = new java.util.ArrayList<>(List.of(first));
        Ref last = first;
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            if (r.start() < last.end() || r.start() >= target.start()) continue;
            if (!LISTED_WITH.matcher(v.gap(last.end(), r.start())).matches()) break;
            out.add(r);
            last = r;
        }
        return out;
    }

    private static final Pattern STAKE_RAISED_EN = Pattern.compile(".*\\b(raised|raises|increased|increases|boosted|boosts|"
            // "a fund that holds shares in both Pony.ai and WeRide", "Uber, which bought shares in WeRide's offering".
            + "built|builds|took|takes|acquired|acquires|bought|buys|doubled|added to|holds|hold|held|owns|own|owned)\\s+"
            + "((its|their|his|her|a|an|the)\\s+)?"
            // "which owns shares of both Apple and Samsung".
            + "([\\p{L}-]+\\s+){0,2}?((stake|stakes|position|holding|holdings|shares)\\s+in|shares\\s+of)\\s+((both|the)\\s+)?$");
    private static final Pattern STAKE_BEFORE_DE = Pattern.compile(".*\\b(anteile?|beteiligung|position)\\s+(an|bei)\\s+((der|dem|den)\\s+)?$");
    private static final Pattern STAKE_AFTER_DE = Pattern.compile("\\s+([\\p{L}-]+\\s+){0,3}?(aufgestockt|aufstocken|aufstockte|"
            + "aufgestockte|erhöht|erhöhte|ausgebaut|ausbaute|erworben|erwarb|gekauft|kaufte|verdoppelt|verdoppelte)\\b.*");

    /** "Berkshire bought Alphabet shares", "Elliott added Workday stock": a buying verb, then the company before the noun. */
    private static final Pattern BOUGHT_BEFORE_EN = Pattern.compile(".*\\b(bought|buys|acquired|acquires|added|adds|raised|"
            + "increased|boosted|built)\\s+((its|their|a|an|the|more)\\s+)?$");
    private static final Pattern HELD_AFTER_EN = Pattern.compile("(['’]s?)?\\s+(shares|stock|stake|holding|position)\\b.*");
    /** The company glued to the German noun of its shares, the verb of buying later in the clause. */
    private static final Pattern STAKE_COMPOUND_DE = Pattern.compile("(?iu)-(aktien|aktie|anteil|anteile|anteils|beteiligung|papiere)"
            + "\\s+((?:[^,;.]|(?<=\\d)[,.](?=\\d)){0,40}?\\s)?(gekauft|kaufte|erworben|erwarb|aufgestockt|aufstockte|erhöht|erhöhte|"
            + "ausgebaut|baute)\\b.*");

    /**
     * "Bridgewater raised its stake in Nvidia", "Bridgewater und Blackrock haben ihre Anteile an Nvidia
     * aufgestockt": the sentence's first organisation, and those listed with it, invest in the target.
     */
    private void stakeRaised(SentenceView v, RelationSink sink) {
        Ref first = v.first(EntityType.ORGANIZATION);
        if (first == null) return;
        for (Ref o : v.of(EntityType.ORGANIZATION)) {
            if (o.start() <= first.start()) continue;
            String before = v.gap(Math.max(first.end(), o.start() - 70), o.start());
            String after = v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 50));
            boolean en = Prefilter.endsWithSpace(before) && STAKE_RAISED_EN.matcher(before).matches()
                    || Prefilter.endsWithSpace(before) && BOUGHT_BEFORE_EN.matcher(before).matches() && HELD_AFTER_EN.matcher(after).matches();
            // "hat Alphabet-Aktien für 4,3 Milliarden Dollar gekauft", "hat seinen Alphabet-Anteil aufgestockt".
            boolean compound = !en && STAKE_COMPOUND_DE.matcher(after).matches() && Prefilter.endsWithSpace(before)
                    && !v.typeBetween(first.end(), o.start(), EntityType.ORGANIZATION);
            boolean de = Prefilter.endsWithSpace(before) && STAKE_BEFORE_DE.matcher(before).matches()
                    && (STAKE_AFTER_DE.matcher(after).matches()
                    || Prefilter.containsAny(" " + before, " hält ", " halten ", " hielt ", " besitzt ", " besitzen "));
            if (!en && !de && !compound) continue;
            // "holds no stake in Vega", "hält keine Anteile an": a stake denied.
            if (Rx.matches(before, ".*\\b(no|keine|keinen|not any)\\s+([\\p{L}-]+\\s+)?(stake|stakes|shares|anteile|anteil|beteiligung)\\b.*")) continue;
            // "… shares in both Pony.ai and WeRide": every company of the list.
            // "…, said a manager at Cairnfield Asset Management, which owns shares of both Apple and Samsung": the relative
            // clause's antecedent holds them, not the company named first in the quote.
            Ref holder = relativeHolder(v, o);
            // "und umgekehrt hält Vega einen Anteil an Lumen": the name right before the stake holds it, not the sentence's first.
            if (holder == null) holder = nameRightBefore(v, o, first);
            for (Ref target : en ? FounderRules.orgList(v, o) : List.of(o)) {
                // "Der Hedgefonds Halcyon und die Vermögensverwaltung Corvid haben ihre Anteile …": a holder that ends the first
                // name's list is read with the list.
                List<Ref> listed = investorsBefore(v, first, target);
                for (Ref i : holder != null && !listed.contains(holder) ? List.of(holder) : listed) {
                    if (!i.id().equals(target.id())) sink.add(v, i, Predicate.INVESTED_IN, target, "invest.stake-raised", 0.7);
                }
            }
            return;
        }
    }

    private static final Pattern STAKE_RIGHT_AFTER_HOLDER = Pattern.compile("\\s+((has|have|had|hat|hatte|haben)\\s+)?"
            + "([\\p{L}-]+\\s+){0,4}?(stake|stakes|shares|anteil|anteile|beteiligung|position|holding)\\s+(an|in|at|of)\\s+"
            + "((der|dem|den|the|both)\\s+)?");

    /** The company right before o, other than first, when only the stake phrase stands between them; else null. */
    private static Ref nameRightBefore(SentenceView v, Ref o, Ref first) {
        Ref near = null;
        for (Ref r : v.refs) if (r.end() <= o.start()) near = r;
        return near != null && near != first && near.is(EntityType.ORGANIZATION) && !near.id().equals(first.id())
                && STAKE_RIGHT_AFTER_HOLDER.matcher(v.gap(near.end(), o.start())).matches() ? near : null;
    }

    private static final Pattern RELATIVE_HOLDER_GAP = Pattern.compile("\\s*,\\s*(which|that|der|die|das)\\s+[^,;]*");

    /** The company right before ", which …" whose clause ends at o, or null. */
    private static Ref relativeHolder(SentenceView v, Ref o) {
        return nearestOrgWithGap(v, o.start(), 8, RELATIVE_HOLDER_GAP);
    }

    /** The last company ending at least {@code minGap} characters before {@code at}, when the text between matches {@code gap}. */
    private static Ref nearestOrgWithGap(SentenceView v, int at, int minGap, Pattern gap) {
        Ref near = null;
        for (Ref r : v.of(EntityType.ORGANIZATION)) if (r.end() <= at - minGap) near = r;
        return near != null && gap.matcher(v.gap(near.end(), at)).matches() ? near : null;
    }

    // "LIV Golf, the rival circuit bankrolled by Saudi Arabia's Public Investment Fund".
    // "is backed by both Amazon and Google": "both" before the list.
    private static final Pattern BACKED = Pattern.compile(".*\\b((backed by|bankrolled by|unterstützt von|finanziert von)(\\s+(both|beiden))?"
            // "backed by up to $5 billion from Y": the amount, then its giver.
            + "(\\s+[^,;]{0,30}?\\d[^,;]{0,30}?\\s+from)?"
            // "backed by a consortium of Swiss lenders including UBS, PostFinance and …": the group's members.
            + "(\\s+(a|an|einem|einer)\\s+(consortium|group|syndicate|konsortium|gruppe)\\s+(of|aus|von)\\s+([\\p{L}-]+\\s+){0,3}?"
            + "(lenders|banks|investors|backers|banken|investoren|geldgebern|instituten),?\\s+(including|such as|like|darunter|wie))?|"
            + "(round|runde|funding|finanzierungsrunde)[^,;]{0,40}\\b(led by|angeführt von|unter führung von))\\s+"
            // "backed by the real estate-focused Hiranandani Group": two describing words after the article.
            // "bankrolled by Saudi Arabia's Public Investment Fund": a place's possessive before the name.
            // "led by New York-based Ridgeline Ventures": the investor placed by its seat.
            + "((the|der|die|dem)\\s+((?!(of|von|and|und)\\s)[\\p{L}-]+\\s+){0,2}?|(\\p{L}+\\s+)?\\p{L}+('s|’s)\\s+|([\\p{L}-]+\\s+)?[\\p{L}-]+-based\\s+)?$");
    /** "backed by private equity firm Advent International": the investor's kind, with or without an article. */
    private static final Pattern BACKED_BY_KIND = Pattern.compile(".*\\b(backed by|bankrolled by|unterstützt von|finanziert von)\\s+"
            + "((the|der|die|dem)\\s+)?((?!(of|von|and|und)\\s)[\\p{L}-]+\\s+){0,3}?(firm|fund|investor|firma|fonds|investmentfirma|"
            + "beteiligungsgesellschaft|finanzinvestor)\\s+$");
    /** {@link #BACKED} cannot match without one of these. */
    private static final String[] BACKED_WORDS = {"backed by", "bankrolled by", "unterstützt von", "finanziert von", "led by", "angeführt von",
        "unter führung von"};
    // "in which the Abu Dhabi holding company ADQ owns a 45 percent stake": the holder's description after the pronoun.
    // The German relative pronoun after its comma: "die Mehrheit an der Rhön-Klinikum AG hält" is no clause about another company.
    private static final Pattern STAKE = Pattern.compile(".*(\\b(in which|in whom)|,\\s*(an dem|an der|an denen|in das|in den|in die))\\s+"
            + "((the|der|die|das)\\s+([\\p{L}-]+\\s+){0,4}?)?$");
    /** The name the relative clause hangs on, right before it or before its apposition ("CoreWeave, the cloud provider in which"). */
    private static final Pattern STAKE_ANTECEDENT_GAP = Pattern.compile("(\\s*,\\s+(the|a|an|der|die|das|ein|eine)\\s[^,;]{0,60}?|\\s*,)\\s+"
            + "(in which|in whom|an dem|an der|an denen|in das|in den|in die)\\s.*");

    /** "backed by Amazon and Google", "a funding round led by Lightspeed": the funded company is the sentence's subject. */
    private void backedBy(SentenceView v, RelationSink sink) {
        if (!v.hasAny("backed by", "bankrolled by", "unterstützt von", "finanziert von", "led by", "angeführt von", "unter führung von")) return;
        for (Ref o : v.of(EntityType.ORGANIZATION)) {
            String before = v.gap(Math.max(v.sentence.start(), o.start() - 70), o.start());
            if (!Prefilter.endsWithSpace(before) || !Prefilter.containsAny(before, BACKED_WORDS)
                    || !BACKED.matcher(before).matches() && !BACKED_BY_KIND.matcher(before).matches()) continue;
            List<Ref> investors = FounderRules.orgList(v, o);
            // "Evri, backed by Advent International, and DPD UK have spent …": two names joined by ", and" are no list; the
            // comma closes the apposition and the second name goes on with the sentence.
            if (investors.size() == 2 && Rx.matches(v.gap(investors.get(0).end(), investors.get(1).start()), "\\s*,\\s*(and|und)\\s+.*")) {
                investors = List.of(investors.get(0));
            }
            // "Kestrel Labs, a venture backed by Abu Dhabi's Next Orbit Ventures": the apposition's head is the one backed; where
            // no finder named it ("ISMC, a venture backed by …"), no one else in the sentence is.
            Ref head = appositionHead(v, o);
            if (head == NO_HEAD) continue;
            Ref target = head != null ? head : backedTarget(v, o);
            // A round led by someone in a sentence that names no raiser points back (FundingRules), never ahead.
            if (target == null && !v.hasAny("round", "runde")) target = v.index.first(v.index() + 1, EntityType.ORGANIZATION);
            if (target == null) return;
            for (Ref i : investors) sink.add(v, i.id(), Predicate.INVESTED_IN, target.id(), null, null, null, null,
                    Math.min(target.start(), i.start()), Math.max(target.end(), i.end()), "invest.backed-by", 0.75);
            alsoInvesting(v, investors.get(investors.size() - 1).end(), target, sink);
            return;
        }
    }

    private static final Pattern APPOSITION_BACKED = Pattern.compile("(?s).*,\\s*(a|an|the)\\s+[^,;]{0,50}?\\b(backed|bankrolled|funded)\\s+by\\s+[^,;]*$");

    /** Marks an apposition of a backer whose head names no organisation. */
    private static final Ref NO_HEAD = new Ref(null, null);

    /**
     * When the backer at o stands in an apposition (", a venture backed by …"): the organisation whose name ends at the
     * apposition's comma, or {@link #NO_HEAD} when none does; null when o is in no such apposition.
     */
    private static Ref appositionHead(SentenceView v, Ref o) {
        String before = v.gap(Math.max(v.sentence.start(), o.start() - 90), o.start());
        if (!APPOSITION_BACKED.matcher(before).matches()) return null;
        int comma = o.start() - before.length() + before.lastIndexOf(',');
        for (Ref r : v.refs) {
            if (r.is(EntityType.ORGANIZATION) && r.end() <= comma && Rx.matches(v.gap(r.end(), comma), "\\.?\\s*(\\([^)]{1,30}\\))?\\s*")) return r;
        }
        return NO_HEAD;
    }

    /** "Moonshot AI wird unter anderem von Alibaba und Tencent unterstützt": the subject, then the passive's agents. */
    // "die Tour Premier Padel, die von Qatar Sports Investments finanziert wird": a relative clause too, its auxiliary last.
    private static final Pattern PASSIVE_BY_DE = Pattern.compile("(\\s+(wird|werden|wurde|wurden|ist|sind|war|waren)|\\s*,\\s*(die|der|das|welche[rs]?))\\s+"
            + "((unter anderem|u\\. a\\.|seit [^,;.]{1,20}?|bereits|schon|auch|vor allem|maßgeblich|ebenfalls)\\s+)?(von|vom)\\s+"
            // "welches von der staatlichen Förderbank Bpifrance finanziert wird": an adjective and a noun describe the backer.
            + "((der|dem|den)\\s+)?([\\p{L}-]+\\s+){0,2}");
    private static final Pattern PASSIVE_BACKED_DE = Pattern.compile("\\s+([^,;.]{0,30}?\\s)?(unterstützt|finanziert|mitfinanziert)"
            + "(\\s+(wird|werden|wurde|wurden))?\\s*([,.;]|$).*");

    private void backedPassiveDe(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        for (int k = 0; k + 1 < orgs.size(); k++) {
            Ref target = orgs.get(k), first = orgs.get(k + 1);
            if (!PASSIVE_BY_DE.matcher(v.gap(target.end(), first.start())).matches()) continue;
            List<Ref> investors = FounderRules.orgList(v, first);
            Ref last = investors.get(investors.size() - 1);
            if (!PASSIVE_BACKED_DE.matcher(v.gap(last.end(), v.sentence.end())).matches()) continue;
            for (Ref i : investors) {
                if (!i.id().equals(target.id())) sink.add(v, i, Predicate.INVESTED_IN, target, "invest.backed-passive", 0.75);
            }
            return;
        }
    }

    private static final Pattern POSSESSIVE_ARM = Pattern.compile("('s|’s)\\s+([\\p{L}-]+\\s+){0,3}(arm|unit|fund)\\s+");

    /** The first organisation after r in the sentence, or null. */
    static Ref nextOrg(SentenceView v, Ref r) {
        for (Ref x : v.refs) if (x.start() >= r.end() && x.is(EntityType.ORGANIZATION)) return x;
        return null;
    }

    private static final Pattern WITH_AFTER_LEAD = Pattern.compile(",\\s+(with|alongside|plus)\\s+((the|its)\\s+)?");
    private static final Pattern TAKING_PART = Pattern.compile("(?s)[^.;]{0,70}?\\b(also\\s+|too\\s+)?(investing|participating|"
            + "taking part|joining in|chipping in|contributing)\\b.*");

    /**
     * "a $90 million round led by Andreessen Horowitz, with Amazon and AMD Ventures, the venture arm of AMD, also investing":
     * the companies after "with" put money in too, when a participle of investing closes their list.
     */
    private void alsoInvesting(SentenceView v, int leadEnd, Ref target, RelationSink sink) {
        for (Ref r : v.refs) {
            if (r.start() < leadEnd || !r.is(EntityType.ORGANIZATION)) continue;
            if (!WITH_AFTER_LEAD.matcher(v.gap(leadEnd, r.start())).matches()) return;
            // "with Nvidia's venture arm NVentures taking part": the owner's possessive names the arm that invests.
            if (POSSESSIVE_ARM.matcher(v.gap(r.end(), Math.min(v.sentence.end(), r.end() + 40))).lookingAt()) {
                Ref arm = nextOrg(v, r);
                if (arm == null) return;
                r = arm;
            }
            List<Ref> more = FounderRules.orgList(v, r);
            int after = more.get(more.size() - 1).end();
            if (!TAKING_PART.matcher(v.gap(after, Math.min(v.sentence.end(), after + 90))).matches()) return;
            for (Ref i : more) {
                if (i.id().equals(target.id())) continue;
                sink.add(v, i.id(), Predicate.INVESTED_IN, target.id(), null, null, null, null, Math.min(target.start(), i.start()),
                        Math.max(target.end(), i.end()), "invest.also-investing", 0.7);
            }
            return;
        }
    }

    private static final Pattern DESCRIBED_BACKED = Pattern.compile("\\.?,\\s*((a|an|the)\\s+([\\p{L}-]+\\s+){0,8}?)?"
            // "MGX, a technology investor based in Abu Dhabi that is backed by the state fund Mubadala": a relative clause.
            + "((that|which)\\s+(is|was|are|were|has been)\\s+)?(backed|funded)\\s+by\\s+"
            + "((the|its)\\s+((?!(of|and)\\s)[\\p{L}-]+\\s+){0,2}?"
            // "Evri, backed by private equity firm Advent International,": the investor's kind without an article.
            + "|((?!(of|and)\\s)[\\p{L}-]+\\s+){0,3}?(firm|fund|investor|group)\\s+)?");

    /**
     * Who the backers at {@code o} put money in: the company a description with "backed by" follows ("OnePay, the fintech
     * backed by Walmart"), the one the raise verb follows ("…, said Tillwise raised $9 million in a round led by Y"), else
     * the first organisation of the sentence.
     */
    private static Ref backedTarget(SentenceView v, Ref o) {
        Ref first = null;
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            if (r.start() >= o.start()) break;
            // "founded by former Grab data scientist Priya Raghunathan": a person's past employer raised nothing; nor does one
            // in the person's apposition ("founded by Aiko Morimoto, a former product manager at Sony Group, and is backed by").
            if (first == null && !describesPerson(v, r) && !inPersonApposition(v, r)) first = r;
            if (v.typeBetween(r.end(), o.start(), EntityType.ORGANIZATION)) continue;
            String gap = v.gap(r.end(), o.start());
            // "Lumen took a stake in Vega as part of a funding round led by Ostara": the round is the one Vega raised.
            if (Rx.matches(v.gap(Math.max(v.sentence.start(), r.start() - 20), r.start()), ".*\\b(stake|stakes|beteiligung)\\s+(in|an)\\s+$")
                    && Rx.matches(gap, "\\s+as part of\\s[^;]*")) return r;
            if (DESCRIBED_BACKED.matcher(gap).matches()
                    || FundingRules.RAISE_RIGHT_AFTER.matcher(v.gap(r.end(), Math.min(o.start(), r.end() + 30))).matches()) return r;
        }
        return first;
    }

    private static final Pattern PERSON_APPOSITION_TO_EMPLOYER = Pattern.compile(",\\s+(a|an|the|der|die|ein|eine)\\s[^,;]{0,60}?"
            + "\\b(at|of|bei|von|für|for)\\s+((der|dem|the)\\s+)?");

    /** The organisation ends a person's apposition as its employer: "Aiko Morimoto, a former product manager at Sony Group". */
    static boolean inPersonApposition(SentenceView v, Ref r) {
        Ref person = null;
        for (Ref x : v.refs) if (x.end() <= r.start() && x.is(EntityType.PERSON)) person = x;
        return person != null && r.start() - person.end() <= 80 && !v.otherBetween(person, r)
                && PERSON_APPOSITION_TO_EMPLOYER.matcher(v.gap(person.end(), r.start())).matches();
    }

    /** The organisation only qualifies the person named right after it: "former Grab data scientist X", "Grab-Managerin X". */
    static boolean describesPerson(SentenceView v, Ref r) {
        Ref next = v.refAfter(r.end());
        return next != null && next.is(EntityType.PERSON) && next.start() - r.end() <= 30
                && Rx.matches(v.text.substring(r.end(), next.start()), "(-\\p{L}+|(\\s+\\p{Ll}[\\p{L}-]*){1,3})\\s+");
    }

    /** "Microsoft, OpenAI's largest outside shareholder,": a second word, of which kind, before a backer's noun. */
    private static final String BACKER_KIND = "((outside|external|strategic|single|institutional|financial|minority|corporate)\\s+)?";
    private static final Pattern BACKER_AFTER = Pattern.compile("('s|s|')\\s+((largest|biggest|main|major|key|early|"
            + "longtime|long-time|größter|wichtigster|frühe[rn]?)\\s+)?" + BACKER_KIND + "(backer|investor|shareholder|financier|geldgeber|"
            + "investor|anteilseigner|aktionär)s?\\b.*");

    private static final Pattern ATTRIBUTIVE_ARTICLE = Pattern.compile(",\\s*(a|an)\\s+((longtime|long-time|major|large|big|"
            + "small|early|minority|key|activist)\\s+)?");
    private static final Pattern BACKER_ATTRIBUTIVE = Pattern.compile("\\s+(backer|investor|shareholder|financier)\\b.*");

    /** "OpenAI and its backer Microsoft", "Stripe und sein Großaktionär Sequoia": the backer named after the possessive. */
    private static final Pattern AND_ITS_BACKER = Pattern.compile("\\s*,?\\s+(and|und)\\s+(its|their|sein|seine|seinem|seinen|ihr|ihre|"
            + "ihrem|ihren|dessen|deren)\\s+((largest|biggest|main|major|key|early|longtime|long-time|größter|größten|wichtigster|"
            + "wichtigsten|langjähriger|langjährigen)\\s+)?" + BACKER_KIND + "(backers?|investors?|shareholders?|financiers?|geldgebern?|"
            + "großaktionär|großaktionären|hauptaktionär|hauptaktionären|anteilseignern?)\\s+((the|der|die|den|dem)\\s+)?");

    /** The copula before a possessor's backer noun, the subject perhaps with its apposition before it. */
    private static final Pattern SUBJECT_COPULA = Pattern.compile("\\.?(\\s*,\\s[^,;]{1,60},)?\\s+((has|have|had)\\s+been|is|was|remains|"
            // "Amazon is also one of Anthropic's largest investors".
            + "became|has become|is now|ist|war|bleibt|wurde)\\s+((also|still|now|auch|noch)\\s+)?((one of|einer der|eine der)\\s+)?((the|der|die)\\s+)?");

    /** "Microsoft, OpenAI's largest backer,": the company before the apposition invests in the possessor. */
    private void possessiveBacker(SentenceView v, RelationSink sink) {
        if (!v.hasAny("backer", "investor", "shareholder", "financier", "geldgeber", "anteilseigner", "aktionär")) return;
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        // "Ostara, another Halde unit, has been Vega's largest shareholder since 2022": the subject before the copula.
        for (Ref target : orgs) {
            String after = v.gap(target.end(), Math.min(v.sentence.end(), target.end() + 40));
            if (!BACKER_AFTER.matcher(SentenceView.genitiveSurface(target) ? "s" + after : after).matches()) continue;
            for (Ref investor : orgs) {
                if (investor.start() >= target.start()) break;
                if (investor.id().equals(target.id()) || !SUBJECT_COPULA.matcher(v.gap(investor.end(), target.start())).matches()) continue;
                sink.add(v, investor, Predicate.INVESTED_IN, target, "invest.subject-is-backer", 0.75);
                break;
            }
        }
        for (int k = 1; k < orgs.size(); k++) {
            Ref investor = orgs.get(k - 1), target = orgs.get(k);
            String gap = v.gap(investor.end(), target.start());
            String after = v.gap(target.end(), Math.min(v.sentence.end(), target.end() + 40));
            // "Silver Lake, long Endeavor's largest shareholder", "BlackRock, one of BAT's biggest shareholders".
            if (Rx.matches(gap, ",\\s*((long|longtime|still|already|now|once|one of|einer der|eine der)\\s+)?((the|der|die)\\s+)?")) {
                String tail = SentenceView.genitiveSurface(target) ? "s" + after : after;
                if (BACKER_AFTER.matcher(tail).matches()) sink.add(v, investor, Predicate.INVESTED_IN, target, "invest.possessive-backer", 0.8);
            } else if (AND_ITS_BACKER.matcher(gap).matches() && !target.id().equals(investor.id())) {
                // Here the backed company comes first, its backers after: "sued OpenAI and its backer Microsoft".
                Ref backed = investor;
                for (Ref backer : FounderRules.orgList(v, target)) {
                    if (!backer.id().equals(backed.id())) sink.add(v, backer, Predicate.INVESTED_IN, backed, "invest.and-its-backer", 0.75);
                }
            } else if (ATTRIBUTIVE_ARTICLE.matcher(gap).matches() && !SentenceView.genitiveSurface(target)
                    && BACKER_ATTRIBUTIVE.matcher(after).matches()) {
                // "Zuiderzee Capital, a Prosus shareholder,": the name as the noun's attribute.
                sink.add(v, investor, Predicate.INVESTED_IN, target, "invest.attributive-backer", 0.75);
            }
        }
    }

    /**
     * The sentence's first two companies when the sentence opens with {@code opening} before the first (the target put
     * first) and {@code verb} alone joins it to the second (the first investor); else null.
     */
    private static Ref[] frontedPair(SentenceView v, Pattern opening, Pattern verb) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        if (orgs.size() < 2) return null;
        Ref target = orgs.get(0), first = orgs.get(1);
        if (!opening.matcher(v.gap(v.sentence.start(), target.start())).matches() || v.otherBetween(target, first)
                || !verb.matcher(v.gap(target.end(), first.start())).matches()) return null;
        return new Ref[] {target, first};
    }

    private static final Pattern FRONTED_PARTICIPLE = Pattern.compile("\\s*(investiert|beteiligt)\\s+(in|an|am)\\s+((der|dem|den|das|die)\\s+)?");
    private static final Pattern FRONTED_PARTICIPLE_VERB = Pattern.compile("\\s+(hat|haben|hatte|hatten|ist|sind|war|waren)\\s+"
            + "((unter anderem|u\\. a\\.|auch|bereits|zudem|außerdem|schon|vor allem)\\s+)?((der|die|das)\\s+([\\p{L}-]+\\s+){0,2}?)?");

    /** "Investiert in Polyglot Labs hat unter anderem der Risikokapitalgeber Alpenblick Ventures": the participle put first. */
    private void frontedInvested(SentenceView v, RelationSink sink) {
        Ref[] pair = frontedPair(v, FRONTED_PARTICIPLE, FRONTED_PARTICIPLE_VERB);
        if (pair == null) return;
        Ref target = pair[0];
        for (Ref i : FounderRules.orgList(v, pair[1])) {
            if (!i.id().equals(target.id())) sink.add(v, i, Predicate.INVESTED_IN, target, "invest.fronted-participle", 0.75);
        }
    }

    /** "an einer Finanzierungsrunde von 18 Millionen Franken für", "in a $20 million round for": a round named by its raiser. */
    private static final Pattern ROUND_FOR = Pattern.compile("(?s).*\\b(an|in)\\s+(einer|der|eine|die|a|an|the)\\s+([^,;]{0,40}?\\s)?"
            + "(finanzierungsrunde|runde|kapitalrunde|finanzierung|funding round|round)\\s+([^,;]{0,40}?\\s)?(für|for|bei|of)\\s+"
            + "((das|die|den|dem|der|the)\\s+)?([\\p{L}-]+\\s+){0,2}?$");
    private static final Pattern TOOK_PART_BEFORE = Pattern.compile("(?s).*\\b(participated|took part|takes part|invested|joined)\\s+"
            + "((also|too)\\s+)?(in|an)\\s+[^,;]*$");
    // "für das Start-up Helsing aus München beteiligt": the raiser's city between.
    private static final Pattern TOOK_PART_AFTER_DE = Pattern.compile("(\\s+aus\\s+[\\p{L}-]+)?\\s+((zu\\s+)?beteiligen|beteiligt|beteiligte|beteiligt hat|teilgenommen|"
            + "investiert)\\b.*");

    /** "Straumann hat sich an einer Finanzierungsrunde … für Occlusa AI beteiligt": the round's raiser is the company after "für". */
    private void roundFor(SentenceView v, RelationSink sink) {
        for (Ref t : v.of(EntityType.ORGANIZATION)) {
            String before = v.gap(Math.max(v.sentence.start(), t.start() - 100), t.start());
            if (!Prefilter.endsWithSpace(before) || !ROUND_FOR.matcher(before).matches()) continue;
            Ref investor = investorBefore(v, t);
            if (investor == null || investor.id().equals(t.id())) continue;
            String between = v.gap(investor.end(), t.start());
            String after = v.gap(t.end(), Math.min(v.sentence.end(), t.end() + 30));
            boolean de = Rx.matches(between, "\\s+(hat|hatte|haben|will|wollen)?\\s*sich\\s.*") && TOOK_PART_AFTER_DE.matcher(after).matches();
            boolean en = TOOK_PART_BEFORE.matcher(between).matches();
            if (!de && !en) continue;
            for (Ref i : investor.is(EntityType.ORGANIZATION) ? FounderRules.listBefore(v, investor, EntityType.ORGANIZATION) : List.of(investor)) {
                if (!i.id().equals(t.id())) sink.add(v, i, Predicate.INVESTED_IN, t, "invest.round-for", 0.75);
            }
        }
    }

    private static final Pattern FRONTED_AN = Pattern.compile("(an|am)\\s+((der|dem|den)\\s+)?([\\p{L}-]+\\s+){0,2}?");
    private static final Pattern FRONTED_AN_VERB = Pattern.compile("\\s+(ist|sind|war|waren)\\s+([^,;.]{0,40}?\\s)?"
            + "((der|die|das|den)\\s+([\\p{L}-]+\\s+){0,2}?)?");
    private static final Pattern FRONTED_AN_CLOSE = Pattern.compile("\\s+(([^,;.]{0,40}?\\s)?(mit|zu|mehrheitlich|"
            + "minderheitlich)\\s+[^,;.]{0,40}?\\s)?(beteiligt|mitbeteiligt)\\b.*");

    /** "An Nordlicht Pixel ist seit dem Frühjahr auch Main-Tor Asset Management beteiligt": the stake's target put first. */
    private void frontedStakeDe(SentenceView v, RelationSink sink) {
        Ref[] pair = frontedPair(v, FRONTED_AN, FRONTED_AN_VERB);
        if (pair == null) return;
        Ref target = pair[0];
        List<Ref> investors = FounderRules.orgList(v, pair[1]);
        Ref last = investors.get(investors.size() - 1);
        if (!FRONTED_AN_CLOSE.matcher(v.gap(last.end(), v.sentence.end())).matches()) return;
        for (Ref i : investors) {
            if (!i.id().equals(target.id())) sink.add(v, i, Predicate.INVESTED_IN, target, "invest.fronted-stake", 0.75);
        }
    }

    /** The copula after a backer's noun, then the backer's description: "ist der südkoreanische Konzern". */
    private static final String COPULA_BACKER = "\\s+(is|was|remains|are|were|ist|war|bleibt|sind|waren)\\s+"
            + "((still|now|also|noch|weiterhin|inzwischen)\\s+)?((the|der|die|das)\\s+)?((?!(not|nicht|no|kein|keine)\\s)(?![\\p{L}-]+ing\\s)"
            + "[\\p{L}-]+\\s+){0,3}?";
    private static final Pattern POSSESSIVE_BACKER_COPULA = Pattern.compile("('s|’s|s|')\\s+((largest|biggest|main|major|key|"
            + "early|größter|wichtigster|größte|wichtigste)\\s+)?" + BACKER_KIND + "(backer|investor|shareholder|financier|geldgeber|"
            + "anteilseigner|aktionär|kapitalgeber)" + COPULA_BACKER);
    private static final Pattern NOUN_BACKER_COPULA = Pattern.compile(COPULA_BACKER);

    /**
     * "Ein wichtiger Anteilseigner von Bloom ist der Konzern SK Ecoplant", "Helsing's largest shareholder is SAP": the
     * backer named after the copula that follows the backed company.
     */
    private void backerByCopula(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        for (int k = 1; k < orgs.size(); k++) {
            Ref target = orgs.get(k - 1), investor = orgs.get(k);
            String gap = v.gap(target.end(), investor.start());
            if (target.id().equals(investor.id()) || v.otherBetween(target, investor)) continue;
            String before = v.gap(Math.max(v.sentence.start(), target.start() - 45), target.start());
            boolean noun = Prefilter.endsWithSpace(before) && Prefilter.containsAny(before, INVESTOR_NOUN_WORDS)
                    && INVESTOR_NOUN.matcher(before).matches() && NOUN_BACKER_COPULA.matcher(gap).matches()
                    && v.refAfter(v.sentence.start()).start() == target.start();
            boolean possessive = !noun && POSSESSIVE_BACKER_COPULA.matcher(SentenceView.genitiveSurface(target) ? "s" + gap : gap).matches();
            if (!noun && !possessive) continue;
            for (Ref i : FounderRules.orgList(v, investor)) {
                if (!i.id().equals(target.id())) sink.add(v, i, Predicate.INVESTED_IN, target, "invest.backer-by-copula", 0.75);
            }
            return;
        }
    }

    /** "Anthropic, …, in which Google holds a stake", "OpenAI, an dem Microsoft … beteiligt ist", "counts Nvidia among its investors". */
    private void stakeIn(SentenceView v, RelationSink sink) {
        for (Ref o : v.of(EntityType.ORGANIZATION)) {
            String before = v.gap(Math.max(v.sentence.start(), o.start() - 60), o.start());
            String after = v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 60));
            Ref first = stakeAntecedent(v, o);
            if (Prefilter.endsWithSpace(before) && Prefilter.containsAny(before, "in w", "an de", "in d")
                    && STAKE.matcher(before).matches() && first != null && first != o && !first.id().equals(o.id())
                    // "in which Nvidia itself holds a stake".
                    && Rx.matches(after, "\\s+((itself|also|still|now|selbst|auch|ebenfalls)\\s+)?(holds|hält|owns|besitzt|has invested|investiert|"
                    + "beteiligt|steckt|has a stake|mit)\\b.*")
                    && (after.contains("stake") || after.contains("beteiligt") || after.contains("invest") || after.contains("anteil")
                    || after.contains("hält") || after.contains("holds") || after.contains("owns"))) {
                sink.add(v, o, Predicate.INVESTED_IN, first, "invest.stake-in", 0.75);
            }
            // "counts Amazon and Google among its largest investors", "which counts Microsoft as its biggest investor".
            if (Prefilter.containsAny(v.lower, "counts", "zählt") && Rx.matches(after, "\\s+(among|zu|as)\\s+(its|seinen|ihren)\\s+"
                    + "((largest|biggest|main|major|key|early|größten|wichtigsten)\\s+)?(investors?|backers?|"
                    + "investoren|geldgebern|anteilseignern|aktionären|shareholders?)\\b.*")) {
                // "counts Nvidia, Jeff Bezos and SoftBank's Vision Fund 2 among its backers": the whole list after the verb.
                List<Ref> backers = backersBefore(v, o);
                String lead = v.gap(Math.max(v.sentence.start(), backers.get(0).start() - 45), backers.get(0).start());
                // "counts Nvidia's venture arm NVentures among its backers": the arm after its owner's possessive; "which counts
                // private equity firm Silver Lake among its investors": the investor's kind before it.
                if (!Rx.matches(lead, ".*\\b(counts|zählt)\\s+([\\p{L}.-]+('s|’s)\\s+([\\p{L}-]+\\s+){1,3}|([\\p{L}-]+\\s+){0,3}(firm|fund|"
                        + "investor|bank|group|fonds|konzern|investmentfirma|finanzinvestor)\\s+)?$")) continue;
                // The company the sentence opens with; a sentence opened by a pronoun is about the last
                // sentence's subject ("It was valued … after a round led by General Catalyst, and counts Microsoft …").
                // "OpenAI, which counts Microsoft as …": the relative clause's antecedent.
                Ref relative = relativeAntecedent(v, lead, backers.get(0));
                Ref opener = relative != null ? relative : v.openingCompany(v.index(), 4);
                Ref subject = opener != null && opener.start() < backers.get(0).start() ? opener
                        : Rx.matches(v.gap(v.sentence.start(), Math.min(v.sentence.end(), v.sentence.start() + 5)), "(it|es)\\s.*")
                        ? v.previousSubject(EntityType.ORGANIZATION) : null;
                if (subject == null) continue;
                for (Ref b : backers) {
                    if (b.id().equals(subject.id())) continue;
                    sink.add(v, b, Predicate.INVESTED_IN, subject, "invest.counts-among", 0.75);
                }
            }
        }
    }

    private static final String COUNTS_RELATIVE = ",\\s*(which|that|das|die|der)\\s+(counts|zählt)\\s+";
    private static final Pattern COUNTS_RELATIVE_GAP = Pattern.compile(Rx.LISTING + "\\s*" + COUNTS_RELATIVE);

    /** The company right before ", which counts" (the backer list's lead), or null. */
    private static Ref relativeAntecedent(SentenceView v, String lead, Ref firstBacker) {
        if (!Rx.matches(lead, ".*" + COUNTS_RELATIVE + "$")) return null;
        return nearestOrgWithGap(v, firstBacker.start(), 12, COUNTS_RELATIVE_GAP);
    }

    /**
     * The company the stake clause before {@code holder} is about: the nearest one whose name (or apposition) the clause
     * follows; else the sentence's first company.
     */
    private static Ref stakeAntecedent(SentenceView v, Ref holder) {
        Ref near = null;
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            if (r.end() > holder.start()) break;
            if (STAKE_ANTECEDENT_GAP.matcher(v.gap(r.end(), holder.start())).matches()) near = r;
        }
        return near != null ? near : v.first(EntityType.ORGANIZATION);
    }

    /** The companies and people joined before {@code last} by commas and "and"; an owner's possessive ("SoftBank's") is skipped. */
    private static List<Ref> backersBefore(SentenceView v, Ref last) {
        return FounderRules.listBefore(v, last, r -> r.is(EntityType.ORGANIZATION) || r.is(EntityType.PERSON), true);
    }

    /** "Microsoft, der größte Geldgeber von OpenAI", "OpenAI's biggest backer, Microsoft", "OpenAI-Investor Microsoft". */
    private void investorNoun(SentenceView v, RelationSink sink) {
        for (Ref t : v.of(EntityType.ORGANIZATION)) {
            String before = v.gap(Math.max(v.sentence.start(), t.start() - 45), t.start());
            if (Prefilter.endsWithSpace(before) && Prefilter.containsAny(before, INVESTOR_NOUN_WORDS)
                    && INVESTOR_NOUN.matcher(before).matches()) {
                Ref investor = null;
                for (Ref r : v.refs) {
                    if (r.start() >= t.start()) break;
                    if (r.is(EntityType.ORGANIZATION) && t.start() - r.end() < 90) investor = r;
                }
                // "MGX, an dem Mubadala beteiligt ist, investiert: Er ist Geldgeber von OpenAI": a pronoun subject
                // is the sentence's first company, not the one named in the clause between.
                boolean pronoun = investor != null && Rx.matches(v.gap(investor.end(), t.start()),
                        "(?s).*\\b(er|sie|es|it|they)\\s+(ist|war|sind|waren|is|was|are|were)\\b.*");
                if (pronoun) {
                    Ref first = v.of(EntityType.ORGANIZATION).get(0);
                    investor = first.start() < investor.start() && !first.id().equals(t.id()) ? first : null;
                    if (investor != null) {
                        for (Ref i : FounderRules.orgList(v, t)) sink.add(v, investor, Predicate.INVESTED_IN, i, "invest.investor-noun-pronoun", 0.65);
                    }
                    investor = null;
                }
                // "Thiel ist Mitbegründer von PayPal und war Investor bei Facebook": a second predicate of an
                // earlier subject; the company before it is the object of the first.
                if (investor != null && !v.otherBetween(investor, t)
                        && !Rx.matches(v.gap(investor.end(), t.start()), "(?s).*\\b(und|and)\\s+(war|ist|was|is|wurde|became|gilt)\\b.*")) {
                    // "Bpifrance und Nvidia sind bereits Anteilseigner von Mistral": a plural verb takes the whole list.
                    boolean plural = Rx.matches(v.gap(investor.end(), t.start()), "\\s+(sind|waren|are|were)\\b.*");
                    for (Ref i : plural ? FounderRules.listBefore(v, investor, EntityType.ORGANIZATION) : List.of(investor)) {
                        if (!i.id().equals(t.id())) sink.add(v, i, Predicate.INVESTED_IN, t, "invest.investor-noun", 0.75);
                    }
                }
            }
            String after = v.gap(t.end(), Math.min(v.sentence.end(), t.end() + 12));
            if (Rx.matches(after, "-(investor|geldgeber|großinvestor|anteilseigner)\\s.*")) {
                for (Ref r : v.refs) {
                    if (r.is(EntityType.ORGANIZATION) && r.start() > t.end() && r.start() - t.end() < 20) {
                        sink.add(v, r, Predicate.INVESTED_IN, t, "invest.investor-compound", 0.8);
                        break;
                    }
                }
            }
        }
    }

    /** "agreed to invest $5 billion in the struggling chipmaker": the target named by a description, not by name. */
    private static final Pattern DESCRIBED_TARGET = Pattern.compile("(?su)[^.;]{0,60}?\\b(invest|invests|invested|investing|"
            + "investieren|investiert|investierte|stake|stakes)\\b[^.;]{0,50}?\\s(in|into)\\s+(the|den|das|die|dem|der)\\s+"
            + "([\\p{L}-]+\\s+){0,2}?(chipmaker|chip maker|company|startup|start-up|firm|lab|developer|carmaker|maker|group|"
            + "unternehmen|konzern|firma|chipkonzern|chiphersteller|hersteller|entwickler)\\b.*");

    /**
     * "Intel shares jumped after Nvidia agreed to invest $5 billion in the struggling chipmaker": the
     * described company is the sentence's first other organisation before the investor.
     */
    private void describedTarget(SentenceView v, RelationSink sink) {
        Ref first = null;
        for (Ref x : v.of(EntityType.ORGANIZATION)) {
            if (first == null) { first = x; continue; }
            Ref next = null;
            for (Ref r : v.refs) if (r.start() >= x.end()) { next = r; break; }
            int end = next == null ? v.sentence.end() : next.start();
            if (!DESCRIBED_TARGET.matcher(v.gap(x.end(), end)).matches() || first.id().equals(x.id())) continue;
            sink.add(v, x.id(), Predicate.INVESTED_IN, first.id(), null, null, null, amountBetween(v, x.end(), end),
                    x.start(), x.end(), "invest.described-target", 0.65);
            return;
        }
    }

    /** "Im Dezember beteiligte sich PFN zudem an Hoshizora": the verb before its subject, as German puts it after an adverbial. */
    private static boolean verbFirst(SentenceView v, Ref investor, String between) {
        return Rx.matches(v.gap(Math.max(v.sentence.start(), investor.start() - 30), investor.start()),
                "(?s).*\\b(beteiligte|beteiligten|beteiligt|beteiligen)\\s+sich\\s+((der|die|das)\\s+[\\p{L}-]+\\s+)?$")
                && Rx.matches(between, "\\s+([\\p{L}]+\\s+){0,3}(an|am)\\s+((der|die|das|den|dem)\\s+)?([\\p{L}-]+\\s+)?");
    }

    /** INVESTOR … (amount) in TARGET … invest-verb, the verb in between or right after the target. */
    private void direct(SentenceView v, RelationSink sink) {
        if (!v.hasAny("invest", "beteilig", "stake", "gesteckt", "gepumpt", "poured", "pumped", "mehrheit an", "bought into", "buys into",
                "buying into", "buy into")) return;
        for (Ref t : v.of(EntityType.ORGANIZATION)) {
            String before = v.gap(Math.max(v.sentence.start(), t.start() - 45), t.start());
            if (!Prefilter.endsWithSpace(before) || !IN_TARGET.matcher(before).matches()) continue;
            Ref investor = investorBefore(v, t);
            if (investor == null) continue;
            String between = v.gap(investor.end(), t.start());
            String after = v.gap(t.end(), Math.min(v.sentence.end(), t.end() + 30));
            // "has poured $8 billion into Anthropic": money put into a company, as its amount says.
            boolean poured = (between.contains("poured") || between.contains("pumped")) && amountBetween(v, investor.end(), t.start()) != null;
            // "übernimmt die Mehrheit an der Vega-Gruppe", "Kone buys into AI start-up Vertiqa".
            poured |= Rx.matches(between, "\\s+([\\p{L}-]+\\s+){0,3}?(übernimmt|übernahm|übernommen|erwirbt|erwarb|erworben|kauft|kaufte|"
                    + "gekauft)\\s+(die|eine)\\s+(mehrheit|mehrheitsbeteiligung)\\s+(an|am)\\s+((der|dem|den)\\s+)?([\\p{L}-]+\\s+)?")
                    || Rx.matches(between, "\\s+((has|have|had)\\s+)?(bought|buys|buying|buy)\\s+into\\s+([\\p{L}-]+\\s+){0,3}");
            if (!(between.contains("invest") || between.contains("beteilig") || between.contains("stake") || poured
                    || verbFirst(v, investor, between)
                    // "hat sich an der Fugenfrei Robotics GmbH aus Dresden beteiligt": the target's town before the verb.
                    // "gab SMA bekannt, sich … an Lumora Analytics zu beteiligen": the infinitive with "zu".
                    || Rx.matches(after, "\\s*(aus\\s+[\\p{L}-]+\\s+)?(zu\\s+)?(investiert|investieren|investierte|investiert hat|gesteckt|gepumpt|"
                    + "beteiligt|beteiligte|beteiligen|beteiligt hat)\\b.*"))) continue;
            // "Partner Florian Nußbaumer sagte, dass der Fonds in FrostMind investiert hat": the speaker reports; the clause's
            // subject, not the speaker, invested.
            if (Rx.matches(between, "(?s).*\\b(sagte|sagt|erklärte|erklärt|betonte|said|says|told|explained)\\s*,?\\s+(dass|that)\\s.*")) continue;
            // "holds no stake in MiniMax": a stake denied.
            if (Rx.matches(between, ".*\\b(no stake|no shares|not invested|never invested|keine beteiligung|nicht beteiligt)\\b.*")) continue;
            // "sold its stake in", "trennte sich von seiner Beteiligung an": an exit, not an investment.
            // "cut its stake in Genius to 2.9 percent": a stake cut to a share still held is still an investment.
            boolean stillHeld = Rx.matches(after, "\\s+(to|auf)\\s+((about|around|rund|etwa)\\s+)?\\d[\\d.,]*\\s*(%|percent|per cent|prozent)(?s).*");
            if (!stillHeld && (Rx.matches(between, ".*\\b(sold|sells|selling|divested|divests|dumped|exited|cut|reduced|verkauft|verkaufte|"
                    + "trennte|trennt|abgestoßen|reduziert|reduzierte)\\b.*")
                    || Rx.matches(after, "\\s*([\\p{L}-]+\\s+){0,2}(verkauft|abgestoßen|reduziert|aufgegeben)\\b.*"))) continue;
            // "MGX, an dem Mubadala beteiligt ist": a relative clause about the first company, read by stakeIn.
            // "MGX, einem Technologie-Investor, an dem Mubadala beteiligt ist" too ({@link StakeClauses}).
            if (Rx.matches(between, "(?s).*,\\s*(an dem|an der|an denen|in das|in den|in die|in which|in whom)\\s+([\\p{L}-]+\\s+){0,3}")) continue;
            // "an Anthropic und an Aleph Alpha beteiligt": two targets of one holder, read by StakeClauses.
            if (Rx.matches(between, "\\s*(,|und|sowie)\\s*(auch\\s+)?(an|in)\\s+((der|die|das|den|dem)\\s+)?")) continue;
            // "…, and several of those partners have invested in OpenAI": a vague part of a list, no one investor.
            if (Rx.matches(between, "(?s).*\\b(several|some|many|most|few|all|einige|mehrere|viele|manche)\\s+(of\\s+)?"
                    + "(those|these|them|the|its|their|dieser|davon|der|von ihnen)\\b.*")) continue;
            Quantity amount = amountBetween(v, investor.end(), t.start());
            // "Meta und Google sind seit 2020 an Jio Platforms beteiligt": every company of the list that ends at the investor.
            List<Ref> investors = investor.is(EntityType.ORGANIZATION) ? FounderRules.listBefore(v, investor, EntityType.ORGANIZATION)
                    : List.of(investor);
            for (Ref i : investors) {
                if (!i.id().equals(t.id())) sink.add(v, i.id(), Predicate.INVESTED_IN, t.id(), null, null, null, amount,
                        i.start(), t.end(), "invest.direct", 0.85);
            }
        }
    }

    /** "Microsoft-backed OpenAI", "the Nvidia-funded start-up CoreWeave". */
    private static final Pattern BACKED_AFTER = Pattern.compile("-(backed|funded|financed)\\s+((the|a|an)\\s+)?([\\p{L}-]+\\s+){0,3}");
    /** "der von Microsoft unterstützte ChatGPT-Entwickler OpenAI". */
    private static final Pattern BACKED_BY_DE = Pattern.compile("(?s).*\\bvon\\s+$");
    private static final Pattern BACKED_DE_AFTER = Pattern.compile("\\s+(unterstützte|unterstützten|finanzierte|finanzierten|"
            + "mitfinanzierte|mitfinanzierten)\\s+([\\p{L}-]+\\s+){0,3}");

    private void backedCompound(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        for (int i = 0; i + 1 < orgs.size(); i++) {
            Ref x = orgs.get(i), y = orgs.get(i + 1);
            if (y.start() - x.end() > 60 || x.id().equals(y.id())) continue;
            String gap = v.gap(x.end(), y.start());
            boolean en = BACKED_AFTER.matcher(gap).matches();
            boolean de = !en && BACKED_DE_AFTER.matcher(gap).matches()
                    && BACKED_BY_DE.matcher(v.gap(Math.max(v.sentence.start(), x.start() - 6), x.start())).matches();
            if (en || de) sink.add(v, x, Predicate.INVESTED_IN, y, "invest.backed-compound", 0.75);
            // "CoreWeave, the Nvidia-backed GPU cloud": the compound in the apposition of the name before it.
            if (APPOSITION_BEFORE_BACKER.matcher(gap).matches() && BACKED_APPOSITION_AFTER.matcher(
                    v.gap(y.end(), Math.min(v.sentence.end(), y.end() + 50))).matches()) {
                sink.add(v, y, Predicate.INVESTED_IN, x, "invest.backed-compound-apposition", 0.7);
            }
        }
    }

    private static final Pattern APPOSITION_BEFORE_BACKER = Pattern.compile(",\\s+(the|a|an)\\s+");
    /** The compound and its noun, which ends the apposition or a clause opens after it. */
    private static final Pattern BACKED_APPOSITION_AFTER = Pattern.compile("-(backed|funded)\\s+([\\p{L}-]+\\s+){0,2}?[\\p{L}-]+"
            + "(\\s*[,;.—–(]|\\s+(that|which|whose|with|in|from|based)\\b|\\s*$).*");

    /** The nearest organisation or person before the target, with no other organisation in between. */
    private static Ref investorBefore(SentenceView v, Ref t) {
        Ref best = null;
        for (Ref r : v.refs) {
            if (r.start() >= t.start()) break;
            if (r.is(EntityType.ORGANIZATION) || r.is(EntityType.PERSON)) best = r;
        }
        if (best == null || t.start() - best.end() > 110) return null;
        // "The International Finance Corporation, the World Bank's private-sector arm, invested in Raxio": the investor is the
        // company the closed apposition describes, not the one named inside it.
        Ref head = null;
        for (Ref r : v.refs) if (r.end() <= best.start() && (r.is(EntityType.ORGANIZATION) || r.is(EntityType.PERSON))) head = r;
        // "Haruka Mori, a partner at venture firm Hoshizora Ventures, which invests in …": a person's apposition names their firm.
        if (head != null && head.is(EntityType.ORGANIZATION) && APPOSITION_OPENS.matcher(v.gap(head.end(), best.start())).matches()
                && APPOSITION_CLOSES.matcher(v.gap(best.end(), t.start())).matches()) return head;
        return best;
    }

    // "Starboard Value, the activist fund run by Jeff Smith, disclosed a stake in Autodesk": four words up to the name.
    // "EP Corporate Group, the holding company of Czech billionaire Daniel Křetínský, bought a stake in": up to six.
    private static final Pattern APPOSITION_OPENS = Pattern.compile(Rx.LISTING + "\\s*,\\s*(the|a|an|der|die|das|ein|eine)\\s+"
            + "([\\p{L}-]+\\s+){0,6}");
    private static final Pattern APPOSITION_CLOSES = Pattern.compile("(?s)('s|’s|s)?[^,;]{0,60},\\s*((has|have|had|hat|hatte)\\s+)?"
            + "([\\p{L}-]+\\s+){0,2}(invested|invests|investiert|investierte|beteiligt|beteiligte|took|bought|disclosed|built|"
            + "acquired|holds|owns)\\b.*");

    private static Quantity amountBetween(SentenceView v, int a, int b) {
        for (Quantity q : v.doc.quantities()) {
            if (q.evidence().sentence() == v.index() && q.evidence().start() >= a && q.evidence().end() <= b
                    && !q.unit().equals("parameters") && !q.unit().equals("chips")) return q;
        }
        return null;
    }

    /**
     * "A, B und C … (Gründung des) Joint Ventures X … Investitionen", "das Joint Venture X von A, B und C",
     * "A and B unveiled X, a joint venture", "the X infrastructure venture with A and B",
     * "Unter dem Namen X wollen A, B und C … investieren": every other organisation of the sentence
     * is a partner.
     */
    private void jointVenture(SentenceView v, RelationSink sink) {
        if (!v.hasAny(VENTURE)) return;
        boolean invest = v.hasAny("invest", "joint");
        for (Ref jv : v.of(EntityType.ORGANIZATION)) {
            String before = v.gap(Math.max(v.sentence.start(), jv.start() - 25), jv.start());
            String after = v.gap(jv.end(), Math.min(v.sentence.end(), jv.end() + 40));
            List<Ref> listed = partnersNamed(v, jv);
            boolean named = listed != null || ventureNounBefore(v, jv)
                    || Rx.matches(after, ",\\s+(a|an|the|ein|einem|das)\\s+(\\S+\\s+)?" + Rx.VENTURE_NOUN + "\\b.*")
                    || Rx.matches(after, "\\s+(\\S+\\s+)?(joint[- ])?venture\\b.*")
                    || invest && Rx.matches(before, ".*\\b(unter dem namen|under the name)\\s+$");
            if (!named) continue;
            List<Ref> partners = new ArrayList<>();
            // "BetMGM, the joint venture of MGM Resorts and Entain, and Caesars …": the partners the venture's preposition
            // lists, when it lists them; else every other company of the sentence.
            for (Ref r : listed != null ? listed : v.of(EntityType.ORGANIZATION)) {
                if (!r.id().equals(jv.id()) && partners.stream().noneMatch(x -> x.id().equals(r.id()))) partners.add(r);
            }
            if (partners.size() < 2) continue;
            Quantity amount = amountBetween(v, jv.end(), v.sentence.end());
            for (Ref p : partners) {
                sink.add(v, p.id(), Predicate.INVESTED_IN, jv.id(), null, null, null, amount, p.start(), jv.end(),
                        "invest.joint-venture", 0.75);
            }
        }
    }

    /** "X, based in Reading, is a joint venture of Japan's A, B and C", "X, ein Gemeinschaftsunternehmen der in Abu Dhabi ansässigen A". */
    private static final Pattern VENTURE_OF_AFTER = Pattern.compile("[^;]{0,100}?\\b" + Rx.VENTURE_NOUN + "\\s+"
            + Rx.VENTURE_PARTNERS_PREPOSITION + "\\s+((?!(and|und|with|mit)\\s)[\\p{L}&'’.-]+\\s+){0,5}?");
    /** "das Joint Venture X von A, B und C": the preposition right after the venture's name. */
    private static final Pattern VENTURE_OF_RIGHT_AFTER = Pattern.compile("\\s+" + Rx.VENTURE_PARTNERS_PREPOSITION + "\\s+"
            + "((?!(and|und|with|mit)\\s)[\\p{L}&'’.-]+\\s+){0,3}?");

    /** "das Joint Venture Stargate": the venture's noun right before its name. */
    private static boolean ventureNounBefore(SentenceView v, Ref jv) {
        return Rx.matches(v.gap(Math.max(v.sentence.start(), jv.start() - 25), jv.start()), ".*" + Rx.VENTURE_NOUN + "\\s+$");
    }

    /** The partners a joint venture's preposition lists after it, or null when it lists none. */
    private static List<Ref> partnersNamed(SentenceView v, Ref jv) {
        boolean nameAfterNoun = ventureNounBefore(v, jv);
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            if (r.start() <= jv.end() || r.start() - jv.end() > 160) continue;
            String gap = v.gap(jv.end(), r.start());
            if (nameAfterNoun ? VENTURE_OF_RIGHT_AFTER.matcher(gap).matches() : VENTURE_OF_AFTER.matcher(gap).matches()) {
                return FounderRules.orgList(v, r);
            }
            break;
        }
        return null;
    }

    private static final Pattern AMONG_BEFORE_POSSESSOR = Pattern.compile("\\s*(are|were|is|was|remain|remains)\\s+"
            + "((also|still|now|already|both)\\s+)?among\\s+$");
    private static final Pattern BACKERS_AFTER_POSSESSOR = Pattern.compile("('s|’s|s|')?\\s+((largest|biggest|main|major|key|early|"
            + "existing|other|new|first)\\s+)?(backers|investors|shareholders|financiers)\\b.*");

    /** "OpenAI and Thrive Capital are among Chai's backers": the list before "among" backs the possessor. */
    private static boolean amongPossessorsBackers(SentenceView v, List<Ref> orgs, RelationSink sink) {
        for (int k = 1; k < orgs.size(); k++) {
            Ref last = orgs.get(k - 1), target = orgs.get(k);
            if (!AMONG_BEFORE_POSSESSOR.matcher(v.gap(last.end(), target.start())).matches()) continue;
            String after = v.gap(target.end(), Math.min(v.sentence.end(), target.end() + 40));
            if (!BACKERS_AFTER_POSSESSOR.matcher(SentenceView.genitiveSurface(target) ? "'s" + after : after).matches()) continue;
            for (Ref i : FounderRules.listBefore(v, last, EntityType.ORGANIZATION)) {
                if (!i.id().equals(target.id())) sink.add(v, i, Predicate.INVESTED_IN, target, "invest.among-possessors-backers", 0.7);
            }
            return true;
        }
        return false;
    }

    /** "X raised $50 million in a round led by Y, with A and B among the other backers": the list after "with" backs X. */
    private static void withAmongBackers(SentenceView v, List<Ref> orgs, Ref last, RelationSink sink) {
        Ref subject = orgs.get(0);
        for (Ref first : orgs) {
            if (first == subject || first.start() >= last.end()) continue;
            if (!WITH_BEFORE.matcher(v.gap(Math.max(v.sentence.start(), first.start() - 20), first.start())).matches()) continue;
            List<Ref> investors = FounderRules.orgList(v, first);
            if (!investors.contains(last)) return;
            for (Ref i : investors) sink.add(v, i.id(), Predicate.INVESTED_IN, subject.id(), null, null, null, null,
                    i.start(), last.end(), "invest.with-among-backers", 0.7);
            return;
        }
    }

    /** "A, B und C waren unter den Investoren (von|bei) X"; without a named target, the previous sentence's subject. */
    private void investorList(SentenceView v, RelationSink sink) {
        if (!v.hasAny("investoren", "investors", "geldgeber", "backers", "kapitalgeber", "shareholders")) return;
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        if (v.hasAny(" among ") && amongPossessorsBackers(v, orgs, sink)) return;
        for (Ref last : orgs) {
            int cueEnd = v.sentence.end();
            if (!INVESTOR_LIST_CUE.matcher(v.gap(last.end(), cueEnd)).matches()) continue;
            List<Ref> investors = FounderRules.orgList(v, orgs.get(0));
            if (!investors.contains(last)) {
                withAmongBackers(v, orgs, last, sink);
                continue;
            }
            Ref target = null;
            // "A and B are among its investors": the possessor is the company told before, never one named after the cue.
            boolean its = Rx.matches(v.gap(last.end(), cueEnd), "\\s*(waren|sind|gehören|gehörten|were|are)?\\s*among (its|their)\\s.*");
            if (its && v.hasAny("counts", "zählt")) return;
            if (!its) for (Ref r : orgs) if (r.start() > last.end()) { target = r; break; }
            String rule = "invest.investor-list";
            if (target == null) {
                target = v.previousSubject(EntityType.ORGANIZATION);
                rule = "invest.investor-list-anaphor";
            }
            if (target == null) return;
            for (Ref i : investors) sink.add(v, i.id(), Predicate.INVESTED_IN, target.id(), null, null, null, null,
                    i.start(), last.end(), rule, 0.7);
            return;
        }
    }
}
