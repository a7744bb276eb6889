package dev.aikg.annotate.relation;

import dev.aikg.annotate.relation.MentionIndex.Ref;
import dev.aikg.model.EntityType;
import dev.aikg.model.Predicate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holdings told with "beteiligt" and stake clauses, where several investors or several targets share one verb:
 * "Aleph Alpha, an dem unter anderem SAP, die Lidl-Mutter Schwarz Gruppe und Bosch beteiligt sind", "ESMC, an dem
 * TSMC 70 Prozent hält und Bosch, Infineon und NXP jeweils zehn Prozent", "Anthropic, in which Google and Amazon hold
 * stakes", "SAP ist unter anderem an Anthropic und an Aleph Alpha beteiligt", "An Aleph Alpha ist SAP seit 2023
 * beteiligt". A relative clause's holders are every company named between the pronoun and its verb, except a
 * company that only qualifies a noun ("die Lidl-Mutter"). Also a fund's own clause of holding ("…, a London hedge fund
 * that owns ABB shares") and a company's largest shareholder ("…, whose largest shareholder is CriteriaCaixa").
 */
final class StakeClauses {
    // "50Hertz, das mehrheitlich Elia gehört und an dem KfW 20 Prozent hält": a second relative clause of the same company.
    private static final Pattern RELATIVE = Pattern.compile("(,|\\s+und)\\s*(an dem|an der|an denen|an welchem|an welcher|in which|in whom)\\s");
    /** The relative pronoun that opens the first of two coordinated German relative clauses. */
    private static final Pattern FIRST_RELATIVE = Pattern.compile(",\\s*(das|die|der|welches|welche)\\s");
    /** The verb that closes a relative stake clause; English needs its object too ("hold stakes", "is an investor"). */
    private static final Pattern RELATIVE_VERB = Pattern.compile("\\b(beteiligt|hält|halten|hielt|hielten|besitzt|besitzen"
            + "|(holds?|held|owns?|owned|has|have|had)\\s+([\\p{L}%\\d.,-]+\\s+){0,3}(stakes?|shares|holdings?)"
            + "|(is|are|was|were)\\s+((an|the|a|its|early|major|minority)\\s+){0,2}(investors?|shareholders?|backers?))\\b");
    /** "… hält und Bosch, Infineon und NXP jeweils zehn Prozent": more holders after the verb, each with its share. */
    private static final Pattern EACH_SHARE = Pattern.compile("\\s+(jeweils|je|each)\\b.*");
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(,|und|sowie|and|&)\\s*(((der|die|das|den|dem|the)\\s+)?[\\p{L}-]+\\s+)?");
    /** "SAP ist (unter anderem) an …": the holder, a form of "sein" and at most four words. */
    private static final Pattern HOLDER_GAP = Pattern.compile("\\s+(ist|sind|war|waren|bleibt|bleiben)\\s+([\\p{L}]+\\s+){0,4}?an\\s+"
            + "((der|die|das|den|dem)\\s+)?([\\p{L}-]+\\s+){0,2}");
    /** Between two targets: "und an", ", an der". */
    private static final Pattern NEXT_TARGET = Pattern.compile("\\s*(,|und|sowie)\\s*(auch\\s+)?an\\s+((der|die|das|den|dem)\\s+)?([\\p{L}-]+\\s+){0,2}");
    /** After the last target: "beteiligt", perhaps after "seit 2023" or "mit 10,5 Prozent", within the clause (no comma). */
    private static final Pattern BETEILIGT_AFTER = Pattern.compile("\\s+((\\d+,\\d+|[\\p{L}\\d%.]+)\\s+){0,4}?beteiligt\\b.*");
    private static final Pattern FRONTED_AN = Pattern.compile("(.*[:;]\\s*|\\s*)an\\s+((der|die|das|den|dem)\\s+)?([\\p{L}-]+\\s+){0,2}");
    private static final Pattern FRONTED_VERB = Pattern.compile("\\s+(ist|sind|war|waren)\\s+((der|die|das|den|dem|auch|zudem|außerdem)\\s+)?"
            + "([\\p{L}-]+\\s+)?");

    /**
     * After a fund: its own relative clause of holding, "…, which has held Duolingo shares since 2021", "…, a London hedge
     * fund that owns ABB shares", "…, a Hong Kong fund that added to its Alibaba stake in January".
     */
    private static final Pattern HOLDER_RELATIVE = Pattern.compile(",\\s*([^,;]{0,60}?\\s)?(that|which)\\s+"
            + "((also|has|had|have|already|recently|still)\\s+)*(owns|holds|held|has held|bought|built up|added to)\\s+"
            + "((a|an|its|their)\\s+)?((\\d+(\\.\\d+)?\\s?(%|percent)|small|large|sizeable|big)\\s+)?(?<stakein>(stake|holding|position)\\s+in\\s+)?");
    /** After the held company: what was held ("shares", "stake", "stock") unless "stake in" came before it. */
    private static final Pattern HELD_NOUN = Pattern.compile("(['’]s)?\\s+(shares|stock|stake|holding|position)\\b.*");

    /**
     * German: "Großaktionär Wacker Chemie, der knapp 31 Prozent an Siltronic hält", "Exor, die einen Anteil von 15 Prozent
     * an Philips hält": the antecedent holds the company named after "an"; the verb must close the clause right after it.
     */
    private static final Pattern HOLDER_RELATIVE_DE = Pattern.compile(",\\s*([^,;]{0,60}?\\s)?(der|die|das|welcher|welche)\\s+"
            // "der seit dem Sommer gut drei Prozent an K+S hält": a time phrase, and a number written as a word.
            + "((knapp|rund|etwa|gut|fast|mehr als|über|ungefähr|derzeit|seit (?:(?:dem|der|einem|einer)\\s+)?[\\p{L}\\d]+|inzwischen|noch|"
            + "bereits|selbst|auch|zudem|schon)\\s+)*"
            + "((\\d+([.,]\\d+)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig)\\s*(%|prozent)|((einen|eine|ein)\\s+)?[\\p{L}-]*(anteil|beteiligung|aktienpaket)(\\s+von\\s+[^,;]{1,25}?)?)\\s+"
            + "(an|am)\\s+((der|dem|den|die)\\s+)?");
    private static final Pattern HOLDS_AFTER_DE = Pattern.compile("\\s+(hält|hielt|besitzt|besaß)\\b.*");
    /** "Günther Holding, der Familienholding aus Hamburg, die rund ein Drittel der Zeal-Anteile hält": a share of the shares. */
    private static final Pattern HOLDER_FRACTION_DE = Pattern.compile(",\\s*([^;]{0,80}?,\\s*)?(der|die|das|welcher|welche)\\s+"
            + "((knapp|rund|etwa|gut|fast|mehr als|über|ungefähr|derzeit|inzwischen|noch|bereits)\\s+)*"
            + "(ein drittel|ein viertel|ein fünftel|ein zehntel|die hälfte|die mehrheit|\\d+([.,]\\d+)?\\s*(%|prozent))\\s+der\\s+$");
    private static final Pattern SHARES_HELD_AFTER_DE = Pattern.compile("-(anteile|aktien|papiere)\\s+(hält|hielt|besitzt|besaß)\\b.*");

    private void germanHolderRelative(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        for (int k = 0; k + 1 < orgs.size(); k++) {
            Ref fund = orgs.get(k), held = orgs.get(k + 1);
            if (held.start() - fund.end() > 110 || v.typeBetween(fund.end(), held.start(), EntityType.PERSON)) continue;
            String gap = v.gap(fund.end(), held.start()), after = v.gap(held.end(), Math.min(v.sentence.end(), held.end() + 20));
            boolean plain = HOLDER_RELATIVE_DE.matcher(gap).matches() && HOLDS_AFTER_DE.matcher(after).matches();
            boolean fraction = HOLDER_FRACTION_DE.matcher(gap).matches() && SHARES_HELD_AFTER_DE.matcher(after).matches();
            if (plain || fraction) sink.add(v, fund, Predicate.INVESTED_IN, held, "invest.holder-relative", 0.7);
        }
    }

    private void holderRelative(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        for (int k = 0; k + 1 < orgs.size(); k++) {
            Ref fund = orgs.get(k), held = orgs.get(k + 1);
            if (held.start() - fund.end() > 110 || v.typeBetween(fund.end(), held.start(), EntityType.PERSON)) continue;
            Matcher m = HOLDER_RELATIVE.matcher(v.gap(fund.end(), held.start()));
            if (!m.matches()) continue;
            boolean stakeIn = m.group("stakein") != null;
            if (!stakeIn && !HELD_NOUN.matcher(v.gap(held.end(), Math.min(v.sentence.end(), held.end() + 20))).matches()) continue;
            sink.add(v, fund, Predicate.INVESTED_IN, held, "invest.holder-relative", 0.7);
        }
    }

    /** "CaixaBank, whose largest shareholder is the CriteriaCaixa holding", "Lumen, dessen größter Aktionär Orbis ist". */
    private static final Pattern WHOSE_HOLDER = Pattern.compile(",\\s*([^;]{0,80}?\\s)?(whose|dessen|deren)\\s+((largest|biggest|main|"
            + "single largest|second-largest|größter|größte|wichtigster|wichtigste)\\s+)?(shareholder|investor|backer|owner|aktionär|"
            + "anteilseigner|geldgeber|eigentümer)s?\\s+((is|was|remains|ist|war|bleibt)\\s+)?((the|a|die|der|das)\\s+)?"
            + "([\\p{L}-]+\\s+){0,2}?");
    /** "Größter Aktionär von CaixaBank ist die Holding CriteriaCaixa", "The largest shareholder of X is Y". */
    private static final Pattern HOLDER_OF = Pattern.compile("(?s).*\\b((largest|biggest|main|größter|größte|wichtigster)\\s+(einzel)?(shareholder|"
            // "Großaktionär von Swiggy ist Prosus", "Größter Einzelaktionär von Philips ist …".
            + "investor|aktionär|anteilseigner|geldgeber)|(groß|haupt|anker|mehrheits)aktionär)\\s+(of|in|von|bei|des|der)\\s+$");

    private void whoseHolder(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        for (int k = 0; k + 1 < orgs.size(); k++) {
            Ref held = orgs.get(k), holder = orgs.get(k + 1);
            if (holder.start() - held.end() > 120) continue;
            String gap = v.gap(held.end(), holder.start());
            boolean whose = WHOSE_HOLDER.matcher(gap).matches()
                    // "dessen größter Aktionär Orbis ist": the German verb after the holder.
                    // "dessen größter Aktionär der spanische Acciona-Konzern ist": the holder's name glued to its noun.
                    && (gap.contains("whose") || Rx.matches(v.gap(holder.end(), Math.min(v.sentence.end(), holder.end() + 24)),
                        "(-[\\p{L}]+)?\\s+(ist|war|bleibt)\\b.*") || Rx.matches(gap, ".*\\b(ist|war|bleibt)\\s+.*"));
            boolean of = HOLDER_OF.matcher(v.gap(Math.max(v.sentence.start(), held.start() - 40), held.start())).matches()
                    && Rx.matches(gap, "\\s+(is|was|remains|ist|war|bleibt)\\s+((ebenfalls|auch|also|still|bereits|weiterhin|seit \\d{4})\\s+)?"
                        + "((the|a|die|der|das)\\s+)?([\\p{L}-]+\\s+){0,2}?");
            if (whose || of) sink.add(v, holder, Predicate.INVESTED_IN, held, "invest.largest-holder", 0.7);
        }
    }

    void apply(SentenceView v, RelationSink sink) {
        if (v.of(EntityType.ORGANIZATION).size() < 2) return;
        // Both forms need a whose-clause or a ranking word: "investor" alone is in most funding news.
        if (v.hasAny("whose", "dessen", "deren", "largest", "biggest", "größte", "wichtigste", "main ", "großaktionär", "hauptaktionär",
                "ankeraktionär", "mehrheitsaktionär")
                && v.hasAny("shareholder", "aktionär", "anteilseigner", "investor", "backer", "geldgeber", "owner", "eigentümer")) {
            whoseHolder(v, sink);
        }
        if (v.hasAny(" owns ", " holds ", " held ", " bought ", "built up", "added to")) holderRelative(v, sink);
        if (v.hasAny(" hält", " hielt", " besitzt", " besaß")) germanHolderRelative(v, sink);
        boolean german = v.hasAny("beteiligt", "hält", "halten", "hielt", "besitz");
        if (!german && !v.hasAny("in which", "in whom")) return;
        relative(v, sink);
        if (v.hasAny("beteiligt")) {
            holderFirst(v, sink);
            frontedTarget(v, sink);
        }
    }

    /** "X (, apposition), an dem A, B und C beteiligt sind": every company of the clause holds a part of X. */
    private void relative(SentenceView v, RelationSink sink) {
        Matcher m = RELATIVE.matcher(v.lower);
        while (m.find()) {
            int open = v.sentence.start() + m.start(), body = v.sentence.start() + m.end();
            Ref held = m.group(1).equals(",") ? antecedent(v, open) : firstRelativesAntecedent(v, open);
            if (held == null || open - held.end() > 150) continue;
            // "Lumen hatte eine Finanzierungsrunde abgeschlossen, an der sich … beteiligt hatten": the clause is about the
            // round, which the funding rules read (with its amount).
            if (ROUND_BETWEEN.matcher(v.gap(held.end(), open)).matches()) continue;
            Matcher verb = RELATIVE_VERB.matcher(v.lower).region(m.end(), Math.min(v.lower.length(), m.end() + 160));
            if (!verb.find()) continue;
            int verbStart = v.sentence.start() + verb.start(), verbEnd = v.sentence.start() + verb.end();
            String clause = v.gap(body, verbStart);
            if (clause.indexOf(';') >= 0 || clause.indexOf('(') >= 0 || clause.indexOf(')') >= 0) continue;
            List<Ref> holders = new ArrayList<>();
            for (Ref r : v.of(EntityType.ORGANIZATION)) {
                if (r.start() >= body && r.end() <= verbStart && !qualifiesNoun(v, r)) holders.add(r);
            }
            holders.addAll(eachWithShare(v, verbEnd));
            // "ISS Stoxx, an dem die Deutsche Börse die Mehrheit hält": a majority owner's company is its unit.
            boolean majority = clause.contains("mehrheit") || clause.contains("majority");
            for (Ref h : holders) {
                if (h.id().equals(held.id())) continue;
                if (majority) sink.add(v, held, Predicate.SPIN_OFF_OF, h, "spinoff.majority-stake", 0.75);
                else sink.add(v, h, Predicate.INVESTED_IN, held, "invest.relative-stake", 0.75);
            }
        }
    }

    private static final Pattern ROUND_BETWEEN = Pattern.compile("(?s).*\\b(\\p{L}*runde|round|rounds|\\p{L}*finanzierung|funding)\\b.*");

    /** "… hält und Bosch, Infineon und NXP jeweils zehn Prozent": the list after the verb, when "jeweils" closes it. */
    private static List<Ref> eachWithShare(SentenceView v, int verbEnd) {
        List<Ref> out = new ArrayList<>();
        int at = verbEnd;
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            if (r.start() < verbEnd) continue;
            if (!LIST_GAP.matcher(v.gap(at, r.start())).matches()) break;
            out.add(r);
            at = r.end();
        }
        if (out.isEmpty() || !EACH_SHARE.matcher(v.gap(at, Math.min(v.sentence.end(), at + 40))).matches()) return List.of();
        return out;
    }

    /** "SAP ist unter anderem an Anthropic und an Aleph Alpha beteiligt": the holder before the verb, the targets after "an". */
    private void holderFirst(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        for (int i = 0; i + 1 < orgs.size(); i++) {
            Ref holder = orgs.get(i);
            if (!HOLDER_GAP.matcher(v.gap(holder.end(), orgs.get(i + 1).start())).matches()) continue;
            List<Ref> targets = new ArrayList<>();
            targets.add(orgs.get(i + 1));
            for (int k = i + 2; k < orgs.size() && NEXT_TARGET.matcher(v.gap(orgs.get(k - 1).end(), orgs.get(k).start())).matches(); k++) {
                targets.add(orgs.get(k));
            }
            Ref last = targets.get(targets.size() - 1);
            if (!BETEILIGT_AFTER.matcher(v.gap(last.end(), v.sentence.end())).matches()) continue;
            for (Ref t : targets) if (!t.id().equals(holder.id())) sink.add(v, holder, Predicate.INVESTED_IN, t, "invest.beteiligt-an", 0.75);
        }
    }

    /** "An Aleph Alpha ist SAP seit 2023 beteiligt", "An dem Start-up sind Bosch und SAP beteiligt" (named target only). */
    private void frontedTarget(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        for (int i = 0; i + 1 < orgs.size(); i++) {
            Ref target = orgs.get(i);
            String before = v.gap(v.sentence.start(), target.start());
            if (!FRONTED_AN.matcher(before).matches()) continue;
            if (!FRONTED_VERB.matcher(v.gap(target.end(), orgs.get(i + 1).start())).matches()) continue;
            List<Ref> holders = new ArrayList<>();
            holders.add(orgs.get(i + 1));
            int k = i + 2;
            while (k < orgs.size() && LIST_GAP.matcher(v.gap(orgs.get(k - 1).end(), orgs.get(k).start())).matches()) holders.add(orgs.get(k++));
            Ref last = holders.get(holders.size() - 1);
            if (!BETEILIGT_AFTER.matcher(v.gap(last.end(), v.sentence.end())).matches()) continue;
            for (Ref h : holders) {
                if (!qualifiesNoun(v, h) && !h.id().equals(target.id())) sink.add(v, h, Predicate.INVESTED_IN, target, "invest.beteiligt-an", 0.75);
            }
            return;
        }
    }

    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("(?s).*\\b(mit|with|von|vom|of|bei|für|for|gegen|against|"
            + "aus|from)\\s+((der|die|das|den|dem|the)\\s+)?$");
    private static final Pattern APPOSITION = Pattern.compile(",\\s*(ein|eine|einem|einer|einen|der|die|das|dem|a|an|the)\\s[^,;]*");

    /**
     * What the relative pronoun at {@code at} refers to: the last company before it, unless that company hangs on a
     * preposition inside an apposition ("die Tochter Avanade, ein Gemeinschaftsunternehmen mit Microsoft, an dem
     * Accenture die Mehrheit hält"): then the company the apposition describes.
     */
    private static Ref antecedent(SentenceView v, int at) {
        Ref last = null, before = null;
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            if (r.end() > at) break;
            before = last;
            last = r;
        }
        if (last == null) return null;
        String lead = v.gap(Math.max(v.sentence.start(), last.start() - 30), last.start());
        // "MGX, einem 2024 gegründeten Investor, an dem": an apposition of its own closes the company's phrase.
        if (!PREPOSITION_BEFORE.matcher(lead).matches() || v.gap(last.end(), at).strip().length() > 0) return last;
        return before != null && APPOSITION.matcher(v.gap(before.end(), last.start())).matches() ? before : null;
    }

    /** The company right before the last ", das/die/der" ahead of offset at, with no other company between, or null. */
    private static Ref firstRelativesAntecedent(SentenceView v, int at) {
        Matcher m = FIRST_RELATIVE.matcher(v.text.toLowerCase(java.util.Locale.ROOT)).region(v.sentence.start(), at);
        int open = -1;
        while (m.find()) open = m.start();
        if (open < 0) return null;
        Ref held = null;
        for (Ref r : v.of(EntityType.ORGANIZATION)) if (r.end() <= open) held = r;
        return held != null && v.gap(held.end(), open).isBlank() ? held : null;
    }

    /** "die Lidl-Mutter Schwarz Gruppe": Lidl only names whose mother is meant. */
    private static boolean qualifiesNoun(SentenceView v, Ref r) {
        return r.end() < v.text.length() && v.text.charAt(r.end()) == '-';
    }
}
