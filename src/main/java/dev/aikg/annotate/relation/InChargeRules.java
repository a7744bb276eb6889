package dev.aikg.annotate.relation;

import dev.aikg.annotate.relation.MentionIndex.Ref;
import dev.aikg.model.EntityType;
import dev.aikg.model.Predicate;

import java.util.regex.Pattern;

/**
 * "Benoit Dupin, bei Apple für maschinelles Lernen zuständig", "X, der bei Meta für die Energieversorgung verantwortlich
 * ist": a German description of a person's duties at a house, without a title. Being in charge of something at a house is
 * a job there ({@code worksFor}).
 */
final class InChargeRules {
    private static final String[] CUES = {"zuständig", "verantwortlich"};
    /** Between the person and the house: an apposition or relative clause, or a copula. */
    private static final Pattern AT_HOUSE = Pattern.compile("(\\s*,\\s*((der|die)\\s+)?|\\s+(ist|war|sei)\\s+((dort|inzwischen|heute|"
            + "jetzt|seit \\d{4})\\s+)?)(bei|beim)\\s+((der|dem)\\s+)?");
    /** After the house: "für" and what the person is in charge of, then the adjective that says so, in the same clause. */
    private static final Pattern DUTY = Pattern.compile("\\s+(für|fuer)\\s+[^,;.]{1,80}?\\s+(zuständig|verantwortlich)\\b.*");

    void apply(SentenceView v, RelationSink sink) {
        if (!v.hasType(EntityType.PERSON) || !v.hasType(EntityType.ORGANIZATION) || !v.hasAny(CUES)) return;
        for (Ref p : v.of(EntityType.PERSON)) {
            Ref o = v.refAfter(p.end());
            if (o == null || !o.is(EntityType.ORGANIZATION) || o.start() - p.end() > 30) continue;
            if (!AT_HOUSE.matcher(v.gap(p.end(), o.start())).matches()) continue;
            if (!DUTY.matcher(v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 110))).matches()) continue;
            sink.add(v, p, Predicate.WORKS_FOR, o, "role.in-charge", 0.7);
        }
    }
}
