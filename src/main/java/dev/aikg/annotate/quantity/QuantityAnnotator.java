package dev.aikg.annotate.quantity;

import dev.aikg.annotate.relation.Rx;
import dev.aikg.annotate.AnnotatedDocument;
import dev.aikg.annotate.Annotator;
import dev.aikg.annotate.Layer;
import dev.aikg.annotate.relation.MentionIndex;
import dev.aikg.annotate.relation.MentionIndex.Ref;
import dev.aikg.model.EntityType;
import dev.aikg.model.Evidence;
import dev.aikg.model.Quantity;
import dev.aikg.model.Sentence;

import java.util.List;
import java.util.Set;

/**
 * Finds money amounts, parameter and chip counts, decides what each measures from nearby cue words
 * and attaches it to the entity the sentence says it belongs to.
 */
public final class QuantityAnnotator implements Annotator {
    private static final int WINDOW = 70;

    @Override
    public String name() { return "quantities"; }

    @Override
    public Set<Layer> requires() { return Set.of(Layer.SENTENCES, Layer.ENTITIES); }

    @Override
    public Set<Layer> assigns() { return Set.of(Layer.QUANTITIES); }

    @Override
    public void annotate(AnnotatedDocument doc) {
        MentionIndex index = MentionIndex.of(doc);
        String text = doc.text();
        String lang = Lang.of(doc.document());
        // One pass over the whole text; each phrase is then placed in its sentence (binary search).
        for (NumberPhrase p : NumberPhraseFinder.find(text, 0, text.length(), lang)) {
            Sentence s = doc.sentenceAt(p.start());
            if (s == null || p.end() > s.end() || doc.isBoilerplate(s.start(), s.end())) continue;
            doc.quantities().add(toQuantity(doc, index, s, p));
        }
    }

    private Quantity toQuantity(AnnotatedDocument doc, MentionIndex index, Sentence s, NumberPhrase p) {
        String text = doc.text();
        String kind = p.kindHint();
        if (kind == null) {
            int a = Math.max(s.start(), p.start() - WINDOW), b = Math.min(s.end(), p.end() + WINDOW);
            kind = MoneyKind.of(text.substring(a, b).toLowerCase());
        }
        List<Ref> refs = index.in(s.index());
        String subject = subjectOf(kind, refs, index, s.index(), p);
        String object = "investment".equals(kind) ? investee(text, refs, p) : null;
        if ("investment".equals(kind) && object == null) kind = "spending";
        Evidence ev = new Evidence(doc.document().id(), s.index(), p.start(), p.end(), "quantity." + kind, 0.8);
        return new Quantity(kind, p.value(), p.unit(), subject, object, text.substring(p.start(), p.end()), ev);
    }

    private static String subjectOf(String kind, List<Ref> refs, MentionIndex index, int sentence, NumberPhrase p) {
        switch (kind) {
            case "parameters", "activeParameters", "trainingCost" -> {
                Ref m = nearest(refs, p, EntityType.AI_MODEL);
                if (m == null) m = index.lastBefore(sentence, EntityType.AI_MODEL, 3);
                if (m != null) return m.id();
                Ref o = nearest(refs, p, EntityType.ORGANIZATION);
                return o == null ? null : o.id();
            }
            case "chipCount" -> {
                for (Ref r : refs) {
                    if (r.is(EntityType.CHIP) && r.start() >= p.start() && r.start() - p.end() < 60) return r.id();
                }
                return null;
            }
            default -> {
                Ref before = precedingActor(refs, p);
                if (before != null) return before.id();
                Ref o = nearest(refs, p, EntityType.ORGANIZATION);
                return o == null ? null : o.id();
            }
        }
    }

    /** The nearest organisation or person before the amount, not the one it is invested "in". */
    private static Ref precedingActor(List<Ref> refs, NumberPhrase p) {
        Ref best = null;
        for (Ref r : refs) {
            if (r.start() >= p.start()) break;
            if (r.is(EntityType.ORGANIZATION) || r.is(EntityType.PERSON)) best = r;
        }
        return best;
    }

    private static Ref nearest(List<Ref> refs, NumberPhrase p, EntityType type) {
        Ref best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Ref r : refs) {
            if (!r.is(type)) continue;
            int d = r.start() >= p.end() ? r.start() - p.end() : p.start() - r.end();
            if (d < bestDist) { bestDist = d; best = r; }
        }
        return best;
    }

    /** The organisation the amount goes into: "… in OpenAI investiert", "invested $4bn in Anthropic". */
    private static String investee(String text, List<Ref> refs, NumberPhrase p) {
        for (Ref r : refs) {
            if (r.start() < p.end() || r.start() - p.end() > 40 || !r.is(EntityType.ORGANIZATION)) continue;
            String gap = text.substring(p.end(), r.start()).toLowerCase();
            if (Rx.matches(gap, "\\s*(in|into|an|bei)\\s+(der |die |das |den |dem |the )?")) return r.id();
        }
        return null;
    }
}
