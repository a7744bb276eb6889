package dev.aikg.annotate.relation;

import dev.aikg.annotate.relation.MentionIndex.Ref;
import dev.aikg.model.EntityType;
import dev.aikg.model.Predicate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Investments told by idioms the stake and funding rules ({@link InvestmentRules}, {@link FundingRules}) do not read:
 * "Salesforce steigt bei Genesys ein", "hat sich Teleperformance an dem Start-up Sanas beteiligt", "Salesforce und
 * ServiceNow wollen 1,5 Milliarden Dollar in den Anbieter Genesys investieren", "Prosus, which owns about a quarter of
 * Delivery Hero".
 */
final class InvestmentPhrases {
    private static final String DESCRIPTOR = "((dem|den|der|die|das|the)\\s+)?([\\p{L}-]+\\s+){0,3}";
    /** Right after the target: "bei Genesys ein", "bei dem Start-up X ein". */
    // "steigen unter anderem Citadel-Gründer Ken Griffin und Fonds von Ares Management bei X-energy ein": a list between.
    // "stieg mit 1,5 Milliarden Dollar bei Epic ein": a figure's decimal comma is no clause break.
    private static final Pattern STEIGT_BEFORE = Pattern.compile(".*\\b(steigt|stieg|steigen|stiegen|eingestiegen)\\s+((?:[^,;.]|(?<=\\d)[,.](?=\\d)){0,70}?\\s)?bei\\s+"
            + DESCRIPTOR + "$");
    private static final Pattern EIN_AFTER = Pattern.compile("\\s+([^,;.]{0,30}?\\s)?(ein|eingestiegen|einzusteigen)\\b.*");
    /** "hat sich Teleperformance an dem kalifornischen Start-up Sanas beteiligt": the investor after "sich", the target after "an". */
    private static final Pattern SICH_BEFORE = Pattern.compile(".*\\b(hat|hatte|haben|hatten)\\s+sich\\s+$");
    private static final Pattern SICH_AN_BETWEEN = Pattern.compile("\\s+([^,;.]{0,30}?\\s)?an\\s+" + DESCRIPTOR);
    private static final Pattern BETEILIGT_AFTER = Pattern.compile("\\s+([^,;.]{0,30}?\\s)?beteiligt\\b.*");
    /** "Aleph Alpha, in den die Schwarz Gruppe 2023 investiert hat": a relative clause; its subject invested in the name before. */
    private static final Pattern IN_WHOM_BEFORE = Pattern.compile("(?s).*,\\s*in\\s+(den|die|das|welchen|welche|welches)\\s+"
            + "((der|die|das)\\s+)?([\\p{L}-]+\\s+){0,2}$");
    /** "in den Contact-Center-Anbieter Genesys aus Menlo Park investieren": the target after "in", the verb at the end. */
    private static final Pattern IN_BEFORE = Pattern.compile(".*\\bin\\s+" + DESCRIPTOR + "$");
    private static final Pattern INVESTIEREN_AFTER = Pattern.compile("\\s+([^,;.]{0,40}?\\s)?(investieren|investiert|investierten|"
            + "investierte|stecken|steckt|steckte|gesteckt)\\b.*");
    /** "Tencent steckt rund 1,16 Milliarden Euro in Vantage Studios", "Nvidia poured $1 billion into Nokia": money named, then "in". */
    private static final Pattern MONEY_INTO_BEFORE = Pattern.compile(".*\\b(steckt|steckte|stecken|steckten|pumpt|pumpte|pumpen|"
            + "buttert|butterte|pours|poured|pumps|pumped|puts|put|sinks|sank|ploughs|ploughed|plows|plowed)\\s+"
            + "[^;]{0,40}?(dollar|euro|pfund|franken|yen|millionen|milliarden|million|billion|mio|mrd|\\$|€|£)[^,;.]{0,25}?\\s"
            + "(in|into)\\s+" + DESCRIPTOR + "$");
    /** "owns about a quarter of Delivery Hero", "holds 26 % of X": a share, not the whole (a takeover is {@link AcquisitionRules}). */
    private static final Pattern SHARE_OF_BEFORE = Pattern.compile(".*\\b(owns|owned|holds|held|hält|hielt|besitzt)\\s+((about|around|"
            + "roughly|nearly|almost|more than|less than|rund|etwa|knapp|fast|mehr als)\\s+)?(a quarter|a third|half|a fifth|"
            + "a tenth|a minority stake|a stake|an? \\d+(\\.\\d+)?\\s?(%|percent|per cent)\\s+stake|\\d+([.,]\\d+)?\\s?(%|percent|per cent|"
            + "prozent)|ein viertel|ein drittel|die hälfte)\\s+(of|in|an|von)\\s+" + DESCRIPTOR + "$");

    /** "Scale AI, now 49% owned by Meta": a share of a company owned by the one named after "owned by". */
    private static final Pattern PERCENT_OWNED_BY = Pattern.compile("(?s).*?(\\d+(?:[.,]\\d+)?)\\s?(%|percent|per cent)[-\\s]owned\\s+by\\s+"
            + "((the|its)\\s+)?$");

    /** A percentage owned: under half is a stake ({@code investedIn}), half or more makes the company a unit of its owner. */
    private static void percentOwned(SentenceView v, List<Ref> orgs, RelationSink sink) {
        for (int i = 1; i < orgs.size(); i++) {
            Ref owner = orgs.get(i), owned = orgs.get(i - 1);
            String between = v.gap(owned.end(), owner.start());
            if (between.length() > 40 || owned.id().equals(owner.id())) continue;
            java.util.regex.Matcher m = PERCENT_OWNED_BY.matcher(between);
            if (!m.matches()) continue;
            double share = Double.parseDouble(m.group(1).replace(',', '.'));
            if (share >= 50) sink.add(v, owned, Predicate.SPIN_OFF_OF, owner, "spinoff.percent-owned", 0.75);
            else sink.add(v, owner, Predicate.INVESTED_IN, owned, "invest.percent-owned", 0.75);
        }
    }

    /** "Großaktionär Masterwork aus China, der knapp neun Prozent an Heideldruck hält": a German relative clause's share. */
    private static final Pattern WHO_HOLDS_PERCENT = Pattern.compile("(\\s+aus\\s+[\\p{L}-]+)?\\s*,\\s*(der|die|das|welche[rs]?)\\s+"
            + "((knapp|rund|etwa|gut|mehr als|fast|inzwischen|bereits|seit\\s+\\S+)\\s+)*(\\d+([.,]\\d+)?|ein|eine[nm]?|zwei|drei|vier|fünf|sechs|"
            + "sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig|vierzig)\\s*(prozent|%)\\s+(an|am|der|des|von)\\s+"
            + "((der|dem|den|des)\\s+)?([\\p{L}-]+\\s+){0,2}");

    private static void holdsPercent(SentenceView v, List<Ref> orgs, RelationSink sink) {
        for (int i = 1; i < orgs.size(); i++) {
            Ref holder = orgs.get(i - 1), held = orgs.get(i);
            if (holder.id().equals(held.id()) || !WHO_HOLDS_PERCENT.matcher(v.gap(holder.end(), held.start())).matches()) continue;
            if (Rx.matches(v.gap(held.end(), Math.min(v.sentence.end(), held.end() + 20)), "\\s+(hält|hielt|besitzt|besaß)\\b.*")) {
                sink.add(v, holder, Predicate.INVESTED_IN, held, "invest.holds-percent", 0.7);
            }
        }
    }

    /** "Pirelli, whose largest shareholder is Sinochem", "Lumen, dessen größter Aktionär Vantor ist": the holder named. */
    private static final Pattern WHOSE_HOLDER = Pattern.compile("\\s*,\\s*(whose|dessen|deren)\\s+((largest|biggest|main|major|"
            + "single largest|größter|wichtigster|größte|wichtigste)\\s+)?(shareholder|investor|backer|owner|aktionär|anteilseigner|"
            + "geldgeber|investor|eigentümer)\\s+((is|was|remains|ist|war|bleibt)\\s+)?((the|der|die|das)\\s+)?([\\p{L}-]+\\s+){0,5}?");

    private static void whoseHolder(SentenceView v, List<Ref> orgs, RelationSink sink) {
        for (int i = 1; i < orgs.size(); i++) {
            Ref held = orgs.get(i - 1), holder = orgs.get(i);
            String gap = v.gap(held.end(), holder.start());
            if (held.id().equals(holder.id()) || gap.length() > 110 || !WHOSE_HOLDER.matcher(gap).matches()) continue;
            // English names the verb before the holder, German after it ("dessen größter Aktionär Vantor ist").
            boolean verbBefore = Rx.matches(gap, ".*\\b(is|was|remains|ist|war|bleibt)\\b.*");
            if (verbBefore || Rx.matches(v.gap(holder.end(), Math.min(v.sentence.end(), holder.end() + 12)), "\\s+(ist|war|bleibt)\\b.*")) {
                sink.add(v, holder, Predicate.INVESTED_IN, held, "invest.whose-holder", 0.7);
            }
        }
    }

    /**
     * "Coatue has also backed Deel", "Sequoia backed the payroll start-up Gusto": the English active verb before the target;
     * "Nvidia bought into WeRide", "Google buys into Warby Parker": a stake bought, not the company.
     */
    // "Oakridge Equity, which bought into Fadeline in 2021,": the investor's relative clause.
    private static final Pattern BACKED_ACTIVE = Pattern.compile("(\\s*,\\s*(which|that|who)\\b)?\\s+((has|have|had|is|was)\\s+)?((also|already|previously|earlier|long|"
            + "both|once|first|since)\\s+)*(backed|funded|bankrolled|(bought|buys|buying) into)\\s+((the|a|an|its|rival|fellow)\\s+)?"
            + "((?!(by|with|and|or|in|through|via)\\s)\\p{Ll}[\\p{L}-]*\\s+){0,3}");

    private static void backedActive(SentenceView v, List<Ref> orgs, RelationSink sink) {
        for (int i = 1; i < orgs.size(); i++) {
            Ref investor = orgs.get(i - 1), target = orgs.get(i);
            if (investor.id().equals(target.id()) || target.start() - investor.end() > 70) continue;
            String gap = v.gap(investor.end(), target.start());
            if (BACKED_ACTIVE.matcher(gap).matches()) {
                String rule = gap.contains(" into ") ? "invest.bought-into" : "invest.backed-active";
                for (Ref inv : listEndingAt(v, orgs, i - 1)) sink.add(v, inv, Predicate.INVESTED_IN, target, rule, 0.75);
            }
        }
    }

    void apply(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        if (orgs.size() >= 2 && v.hasAny("backed", "funded", "bankrolled", "into")) backedActive(v, orgs, sink);
        if (orgs.size() >= 2 && v.hasAny("owned by")) percentOwned(v, orgs, sink);
        if (orgs.size() >= 2 && v.hasAny("whose", "dessen", "deren")) whoseHolder(v, orgs, sink);
        if (orgs.size() >= 2 && v.hasAny("prozent", "%")) holdsPercent(v, orgs, sink);
        // "steig" misses the past "stieg".
        if (orgs.size() < 2 || !v.hasAny("steig", "stieg", "beteiligt", "investier", "steck", "owns", "owned", "holds", "held", "hält",
                "hielt", "besitzt", "pump", "butter", "pour", "put ", "puts ", "sank ", "sinks ", "plough", "plow")) return;
        for (int i = 0; i < orgs.size(); i++) {
            Ref t = orgs.get(i);
            String before = v.gap(Math.max(v.sentence.start(), t.start() - 90), t.start());
            String after = v.gap(t.end(), Math.min(v.sentence.end(), t.end() + 50));
            boolean steigt = STEIGT_BEFORE.matcher(before).matches() && EIN_AFTER.matcher(after).matches();
            boolean invest = IN_BEFORE.matcher(before).matches() && INVESTIEREN_AFTER.matcher(after).matches();
            if (invest && i > 0 && IN_WHOM_BEFORE.matcher(v.gap(orgs.get(i - 1).end(), t.start())).matches()) {
                sink.add(v, t, Predicate.INVESTED_IN, orgs.get(i - 1), "invest.in-whom", 0.7);
                continue;
            }
            boolean share = SHARE_OF_BEFORE.matcher(before).matches();
            invest |= MONEY_INTO_BEFORE.matcher(before).matches();
            if ((steigt || invest || share) && i > 0) {
                // The investors: the nearest company before the target and those listed with it ("Salesforce und ServiceNow").
                Ref last = orgs.get(i - 1);
                if (v.gap(last.end(), t.start()).contains(";")) continue;
                for (Ref inv : listEndingAt(v, orgs, i - 1)) sink.add(v, inv, Predicate.INVESTED_IN, t, "invest.idiom", 0.7);
            }
            if (i + 1 < orgs.size() && SICH_BEFORE.matcher(before).matches()) {
                Ref target = orgs.get(i + 1);
                if (SICH_AN_BETWEEN.matcher(v.gap(t.end(), target.start())).matches()
                        && BETEILIGT_AFTER.matcher(v.gap(target.end(), Math.min(v.sentence.end(), target.end() + 50))).matches()) {
                    sink.add(v, t, Predicate.INVESTED_IN, target, "invest.idiom", 0.7);
                }
            }
        }
    }

    /** The organisation at k and those listed right before it with "und", "and", a comma. */
    private static List<Ref> listEndingAt(SentenceView v, List<Ref> orgs, int k) {
        int first = k;
        while (first > 0 && Rx.matches(v.gap(orgs.get(first - 1).end(), orgs.get(first).start()), "\\s*(,|und|and|sowie|&)\\s*")) first--;
        return orgs.subList(first, k + 1);
    }
}
