package dev.aikg.annotate.relation;

import dev.aikg.annotate.AnnotatedDocument;
import dev.aikg.annotate.quantity.QuantityAnnotator;
import dev.aikg.annotate.stock.StockMoveAnnotator;
import dev.aikg.lexicon.Lexicon;
import dev.aikg.model.Document;
import dev.aikg.model.Entity;
import dev.aikg.model.EntityType;
import dev.aikg.model.Mention;
import dev.aikg.model.Method;
import dev.aikg.model.Relation;
import dev.aikg.model.Sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds annotated documents by hand for rule tests: sentences from a naive splitter, entities from
 * "id=surface|surface" specs found in the text (a trailing genitive s is included, as the real finder does). Ids
 * with "unlinked" in them are entities the lexicon does not know; with "unlisted", entities without a ticker; with
 * "media", news outlets.
 */
public final class Docs {
    private Docs() { }

    /** Specs such as "org/openai=OpenAI", "person/sam-altman=Sam Altman|Altman". */
    public static AnnotatedDocument of(String text, String lang, LocalDate published, String... specs) {
        AnnotatedDocument doc = new AnnotatedDocument(new Document("t", null, text, lang, published, null, null));
        SeedOracle.split(doc);
        List<Mention> taken = new ArrayList<>();
        Map<String, List<Mention>> byId = new LinkedHashMap<>();
        for (String spec : specs) {
            String[] kv = spec.split("=", 2);
            String id = kv[0];
            EntityType type = typeOf(id);
            byId.putIfAbsent(id, new ArrayList<>());
            for (String form : kv[1].split("\\|")) {
                for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
                    int end = i + form.length();
                    if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) continue;
                    if (end < text.length() && text.charAt(end) == 's' && (end + 1 == text.length() || !Character.isLetter(text.charAt(end + 1)))) end++;
                    if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) continue;
                    Sentence s = doc.sentenceAt(i);
                    Mention m = new Mention(i, end, text.substring(i, end), type, id, s.index(), Method.LEXICON, "test", 0.9);
                    if (taken.stream().anyMatch(m::overlaps)) continue;
                    taken.add(m);
                    byId.get(id).add(m);
                }
            }
        }
        for (var e : byId.entrySet()) {
            List<Mention> ms = e.getValue();
            ms.sort(java.util.Comparator.comparingInt(Mention::start));
            String name = ms.isEmpty() ? e.getKey() : nameOf(specs, e.getKey());
            String ticker = e.getKey().startsWith("org/") ? "X:" + e.getKey().substring(4).toUpperCase() : null;
            if (e.getKey().contains("unlisted")) ticker = null;
            // An id with "unlinked" in it stands for a name found by its shape or cue, not in the lexicon.
            boolean linked = !e.getKey().contains("unlinked");
            // An id with "media" in it stands for a news outlet (the lexicon's MediaOrganization).
            String subtype = e.getKey().contains("media") ? "MediaOrganization" : null;
            doc.entities().add(new Entity(e.getKey(), name, typeOf(e.getKey()), subtype, linked, null, ticker, ms));
            doc.mentions().addAll(ms);
        }
        return doc;
    }

    private static String nameOf(String[] specs, String id) {
        for (String s : specs) if (s.startsWith(id + "=")) return s.substring(id.length() + 1).split("\\|")[0];
        return id;
    }

    static EntityType typeOf(String id) {
        if (id.startsWith("person/")) return EntityType.PERSON;
        if (id.startsWith("model/")) return EntityType.AI_MODEL;
        if (id.startsWith("chip/")) return EntityType.CHIP;
        if (id.startsWith("index/")) return EntityType.STOCK_INDEX;
        return EntityType.ORGANIZATION;
    }

    /** Runs quantities, relations and stock moves. */
    public static AnnotatedDocument run(AnnotatedDocument doc, Lexicon lexicon) {
        new QuantityAnnotator().annotate(doc);
        new RelationAnnotator(lexicon).annotate(doc);
        new StockMoveAnnotator().annotate(doc);
        return doc;
    }

    public static AnnotatedDocument relations(String text, String lang, String... specs) {
        return run(of(text, lang, null, specs), Lexicon.empty());
    }

    /**
     * Runs each case (text → language) with the same entity specs and asserts the test on its facts; a failure names
     * the text and the facts found.
     */
    public static void assertEachFacts(Map<String, String> textToLang, java.util.function.Predicate<List<String>> test,
                                       String... specs) {
        for (var c : textToLang.entrySet()) {
            List<String> facts = facts(relations(c.getKey(), c.getValue(), specs));
            org.junit.jupiter.api.Assertions.assertTrue(test.test(facts), c.getKey() + " " + facts);
        }
    }

    /** "subject predicate object" of each relation, for compact assertions. */
    /** True when the facts say a and b compete, in either order (the relation is symmetric). */
    public static boolean rivals(List<String> facts, String a, String b) {
        return facts.contains(a + " competesWith " + b) || facts.contains(b + " competesWith " + a);
    }

    public static List<String> facts(AnnotatedDocument doc) {
        List<String> out = new ArrayList<>();
        for (Relation r : doc.relations()) {
            String f = r.subjectId() + " " + r.predicate().label() + " " + r.object();
            if (!out.contains(f)) out.add(f);
        }
        return out;
    }
}
