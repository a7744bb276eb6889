package dev.aikg.annotate.relation;

import dev.aikg.annotate.AnnotatedDocument;
import dev.aikg.model.Entity;
import dev.aikg.model.EntityType;
import dev.aikg.model.Mention;
import dev.aikg.model.Predicate;

import java.util.Locale;
import java.util.Set;

/**
 * "BASF Digital Farming GmbH", "Bayer Crop Science", "Google Cloud", "Salesforce Ventures": an organisation whose name is
 * another organisation's of the same article and more words is that one's unit, subsidiary or arm. Read once per
 * document, with the evidence of the unit's first mention. Not when the more words are only a legal form or a group
 * word ("Kestrel GmbH" beside "Kestrel" is the same company).
 */
final class NamedSubsidiaries {
    private static final Set<String> SAME_COMPANY_WORDS = Set.of("ag", "se", "gmbh", "inc", "inc.", "corp", "corp.", "corporation",
            "ltd", "ltd.", "limited", "plc", "llc", "group", "gruppe", "groupe", "holding", "holdings", "co", "co.", "company", "sa", "nv",
            "n.v.", "bv", "kgaa", "&", "ab", "asa", "oyj", "spa", "s.p.a", "kg", "konzern", "technologies", "international");

    private NamedSubsidiaries() { }

    static void apply(AnnotatedDocument doc, MentionIndex index, RelationSink sink) {
        for (Entity unit : doc.entities()) {
            if (unit.type() != EntityType.ORGANIZATION || unit.mentions().isEmpty()) continue;
            String parentId = index.prefixOrg(unit.name());
            Entity parent = parentId == null || parentId.equals(unit.id()) ? null : doc.entity(parentId);
            // The parent's own name opens the unit's ("Google" in "Google Cloud"; "Epic" as Epic Games' short form does not
            // make Epic Systems its unit), and the parent is a known company: a name found only from context beside a
            // longer one ("Neura" beside "Neura Robotics") is the same company's short form.
            if (parent == null || !parent.linked() || !unit.name().startsWith(parent.name() + " ")
                    || onlySameCompanyWords(unit.name().substring(parent.name().length()))) continue;
            Mention first = unit.mentions().get(0);
            if (first.sentence() < 0 || first.sentence() >= doc.sentences().size()) continue;
            SentenceView v = new SentenceView(doc, index, doc.sentences().get(first.sentence()));
            sink.add(v, unit.id(), Predicate.SPIN_OFF_OF, parent.id(), null, null, null, null, first.start(), first.end(),
                    "spinoff.named-after-parent", 0.6);
        }
    }

    /** The rest of the unit's name holds only legal-form and group words ("Kestrel GmbH" beside "Kestrel"). */
    private static boolean onlySameCompanyWords(String rest) {
        for (String w : rest.toLowerCase(Locale.ROOT).replace('-', ' ').trim().split("\\s+")) {
            if (!w.isEmpty() && !SAME_COMPANY_WORDS.contains(w)) return false;
        }
        return true;
    }
}
