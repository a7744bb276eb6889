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
            "joint venture", "joint-venture", "gemeinschaftsunternehmen", "geldgeber"};
    private static final Pattern IN_TARGET = Pattern.compile(".*\\b(in|into|an)\\s+((der|die|das|den|dem|the)\\s+)?"
            + "((start-up|startup|ki-startup|ki-firma|unternehmen|company|firm|rivalen|rival)\\s+)?$");
    private static final Pattern INVESTOR_LIST_CUE = Pattern.compile(
            "\\s*(waren|sind|gehören|gehörten|were|are)?\\s*(unter den|zu den|among the)\\s+(investoren|geldgebern|investors|backers|"
            + "kapitalgebern)\\b.*");

    void apply(SentenceView v, RelationSink sink) {
        if (!v.hasAny(TRIGGERS) || v.of(EntityType.ORGANIZATION).size() + v.of(EntityType.PERSON).size() < 2) return;
        direct(v, sink);
        jointVenture(v, sink);
        investorList(v, sink);
    }

    /** INVESTOR … (amount) in TARGET … invest-verb, the verb in between or right after the target. */
    private void direct(SentenceView v, RelationSink sink) {
        for (Ref t : v.of(EntityType.ORGANIZATION)) {
            String before = v.gap(Math.max(v.sentence.start(), t.start() - 25), t.start());
            if (!IN_TARGET.matcher(before).matches()) continue;
            Ref investor = investorBefore(v, t);
            if (investor == null) continue;
            String between = v.gap(investor.end(), t.start());
            String after = v.gap(t.end(), Math.min(v.sentence.end(), t.end() + 30));
            if (!(between.contains("invest") || between.contains("beteilig") || between.contains("stake")
                    || after.matches("\\s*(investiert|investieren|investierte|investiert hat|gesteckt|gepumpt)\\b.*"))) continue;
            Quantity amount = amountBetween(v, investor.end(), t.start());
            sink.add(v, investor.id(), Predicate.INVESTED_IN, t.id(), null, null, null, amount,
                    investor.start(), t.end(), "invest.direct", 0.85);
        }
    }

    /** The nearest organisation or person before the target, with no other organisation in between. */
    private static Ref investorBefore(SentenceView v, Ref t) {
        Ref best = null;
        for (Ref r : v.refs) {
            if (r.start() >= t.start()) break;
            if (r.is(EntityType.ORGANIZATION) || r.is(EntityType.PERSON)) best = r;
        }
        if (best == null || t.start() - best.end() > 110) return null;
        return best;
    }

    private static Quantity amountBetween(SentenceView v, int a, int b) {
        for (Quantity q : v.doc.quantities()) {
            if (q.evidence().sentence() == v.index() && q.evidence().start() >= a && q.evidence().end() <= b
                    && !q.unit().equals("parameters") && !q.unit().equals("chips")) return q;
        }
        return null;
    }

    /** "A, B und C … (Gründung des) Joint Ventures X … Investitionen". */
    private void jointVenture(SentenceView v, RelationSink sink) {
        if (!v.hasAny("joint venture", "joint-venture", "gemeinschaftsunternehmen")) return;
        for (Ref jv : v.of(EntityType.ORGANIZATION)) {
            String before = v.gap(Math.max(v.sentence.start(), jv.start() - 25), jv.start());
            if (!before.matches(".*(joint[- ]ventures?|gemeinschaftsunternehmens?)\\s+$")) continue;
            List<Ref> partners = listBefore(v, jv);
            Quantity amount = amountBetween(v, jv.end(), v.sentence.end());
            for (Ref p : partners) {
                sink.add(v, p.id(), Predicate.INVESTED_IN, jv.id(), null, null, null, amount, p.start(), jv.end(),
                        "invest.joint-venture", 0.75);
            }
        }
    }

    /** The organisations listed ("A, B und C") before the given mention in the sentence. */
    private static List<Ref> listBefore(SentenceView v, Ref limit) {
        List<Ref> out = new ArrayList<>();
        for (Ref r : v.refs) {
            if (r.start() >= limit.start()) break;
            if (!r.is(EntityType.ORGANIZATION)) continue;
            if (!out.isEmpty()) {
                String gap = v.gap(out.get(out.size() - 1).end(), r.start());
                if (!gap.matches("\\s*(,|und|and|sowie|&|, and)\\s*((die|der|das|the)\\s+)?(\\p{L}+\\s+)?")) out.clear();
            }
            out.add(r);
        }
        return out;
    }

    /** "A, B und C waren unter den Investoren (von|bei) X"; without a named target, the previous sentence's subject. */
    private void investorList(SentenceView v, RelationSink sink) {
        if (!v.hasAny("investoren", "investors", "geldgeber", "backers", "kapitalgeber")) return;
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        for (Ref last : orgs) {
            int cueEnd = v.sentence.end();
            if (!INVESTOR_LIST_CUE.matcher(v.gap(last.end(), cueEnd)).matches()) continue;
            List<Ref> investors = FounderRules.orgList(v, orgs.get(0));
            if (!investors.contains(last)) continue;
            Ref target = null;
            for (Ref r : orgs) if (r.start() > last.end()) { target = r; break; }
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
