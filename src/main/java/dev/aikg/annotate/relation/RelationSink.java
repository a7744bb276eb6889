package dev.aikg.annotate.relation;

import dev.aikg.annotate.relation.MentionIndex.Ref;
import dev.aikg.model.Evidence;
import dev.aikg.model.Predicate;
import dev.aikg.model.Quantity;
import dev.aikg.model.Relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the relations of one document: builds their evidence and keeps one relation per fact and
 * evidence sentence. Self-relations are dropped.
 */
final class RelationSink {
    private final String documentId;
    private final List<Relation> out = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    RelationSink(String documentId) {
        this.documentId = documentId;
    }

    void add(SentenceView v, Ref s, Predicate p, String object, int start, int end, String rule, double conf) {
        add(v, s.id(), p, object, null, null, null, null, start, end, rule, conf);
    }

    void add(SentenceView v, Ref s, Predicate p, Ref o, String rule, double conf) {
        add(v, s.id(), p, o.id(), null, null, null, null, Math.min(s.start(), o.start()), Math.max(s.end(), o.end()),
                rule, conf);
    }

    void add(SentenceView v, String subject, Predicate p, String object, String role, String quote, Long count,
             Quantity amount, int start, int end, String rule, double conf) {
        if (subject == null || object == null || subject.equals(object)) return;
        if (end < start) { int t = start; start = end; end = t; }
        Relation r = new Relation(subject, p, object, role, quote, count, amount,
                new Evidence(documentId, v.index(), start, end, rule, conf));
        if (seen.add(r.factKey() + "#" + v.index())) out.add(r);
    }

    boolean has(String subject, Predicate p, String object) {
        for (Relation r : out) {
            if (r.subjectId().equals(subject) && r.predicate() == p && r.object().equals(object)) return true;
        }
        return false;
    }

    /** Objects the subject is already related to by one of the predicates (an employer, a developer). */
    Set<String> objectsOf(String subject, Predicate... preds) {
        Set<String> s = new HashSet<>();
        for (Relation r : out) {
            if (!r.subjectId().equals(subject)) continue;
            for (Predicate p : preds) if (r.predicate() == p) s.add(r.object());
        }
        return s;
    }

    /** Subjects related to the object by the predicate (models developed by an employer). */
    Set<String> subjectsOf(Predicate p, Set<String> objects) {
        Set<String> s = new HashSet<>();
        for (Relation r : out) if (r.predicate() == p && objects.contains(r.object())) s.add(r.subjectId());
        return s;
    }

    List<Relation> relations() { return out; }

    /** The relations found so far in one sentence, as a copy: the caller may add while it reads them. */
    List<Relation> inSentence(int sentence) {
        List<Relation> in = new ArrayList<>();
        for (Relation r : out) if (r.evidence().sentence() == sentence) in.add(r);
        return in;
    }
}
