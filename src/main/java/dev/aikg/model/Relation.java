package dev.aikg.model;

/**
 * A relation the text states between two entities (or an entity and a literal).
 *
 * @param subjectId  entity id of the subject
 * @param predicate  the predicate
 * @param object     entity id of the object, or the literal (a city) when {@link Predicate#literalObject()}
 * @param role       for worksFor/ceoOf/founderOf: the role title as written ("Halbleiter-Analyst"), else null
 * @param quote      for commentedOn: the quote or paraphrase, else null
 * @param count      for trainedOn: the number of chips when stated, else null
 * @param amount     for investedIn: the amount when stated, else null
 * @param evidence   where it was read
 */
public record Relation(String subjectId, Predicate predicate, String object, String role, String quote,
                       Long count, Quantity amount, Evidence evidence) {

    public static Relation of(String subjectId, Predicate predicate, String object, Evidence evidence) {
        return new Relation(subjectId, predicate, object, null, null, null, null, evidence);
    }

    /** Subject, predicate and object: what makes two statements the same fact. */
    public String factKey() {
        if (predicate.symmetric() && subjectId.compareTo(object) > 0) {
            return object + " " + predicate.label() + " " + subjectId;
        }
        return subjectId + " " + predicate.label() + " " + object;
    }
}
