package dev.aikg.annotate.mention;

import dev.aikg.annotate.link.EntityResolver;
import dev.aikg.annotate.link.Slugs;
import dev.aikg.annotate.text.Token;
import dev.aikg.model.EntityType;
import dev.aikg.model.Method;
import dev.aikg.model.Mention;

import java.util.List;
import java.util.Set;

/**
 * A given name that shares the surname of the full name after it: "Dario and Daniela Amodei",
 * "die Geschwister Jan und Eva Novak". The given name alone becomes a mention of the person whose
 * full name is that given name with the surname: the lexicon's person when it has that name, else a
 * minted one. Runs after the other finders, over the people they found.
 */
public final class SharedSurnameFinder implements MentionFinder {
    static final double CONFIDENCE = 0.75;
    /** The rule, followed by the full name the mention stands for (the entity's name when nothing longer names it). */
    public static final String RULE = "shared-surname:";
    private static final Set<String> AND = Cues.hashed("and", "und", "&", "sowie");

    private final LexiconIndex index;

    SharedSurnameFinder(LexiconIndex index) {
        this.index = index;
    }

    @Override
    public void find(DocumentTokens d, List<Mention> found, List<Mention> out) {
        boolean[] covered = null;
        for (Mention p : found) {
            if (p.type() != EntityType.PERSON) continue;
            int i = d.indexAt(p.start());
            if (i < 2 || i + 1 >= d.size() || d.get(i + 1).start() >= p.end()) continue; // a full name of two words or more
            if (!Cues.is(d.get(i), Cues.F_GIVEN) || !AND.contains(d.lower(i - 1)) || !d.sameSentence(i - 2, i)) continue;
            Token given = d.get(i - 2);
            if (!given.word() || !Character.isUpperCase(given.text().charAt(0)) || !Cues.is(given, Cues.F_GIVEN)) continue;
            if (covered == null) covered = Covered.of(d, found);
            // "Sam Altman and Daniela Amodei" (a surname, claimed by a name found before), "Mary Ann and
            // Daniela Amodei" (a double given name): no lone given name.
            if (covered[i - 2] || i >= 3 && d.sameSentence(i - 3, i) && Cues.is(d.get(i - 3), Cues.F_GIVEN)
                    && Character.isUpperCase(d.get(i - 3).text().charAt(0))) {
                continue;
            }
            String full = given.text() + " " + d.text().substring(d.get(i + 1).start(), p.end());
            out.add(d.mention(i - 2, i - 2, EntityType.PERSON, personId(full), Method.PATTERN, RULE + full, CONFIDENCE));
        }
    }

    private String personId(String fullName) {
        for (LexiconIndex.Label l : index.lookup(EntityResolver.compactKey(fullName))) {
            if (l.entry().type() == EntityType.PERSON && !l.context()) return l.entry().id();
        }
        return Slugs.entityId(EntityType.PERSON, fullName);
    }
}
