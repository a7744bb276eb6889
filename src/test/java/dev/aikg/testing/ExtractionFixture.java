package dev.aikg.testing;

import dev.aikg.model.Document;
import dev.aikg.model.Entity;
import dev.aikg.model.EntityType;
import dev.aikg.model.Evidence;
import dev.aikg.model.Extraction;
import dev.aikg.model.Mention;
import dev.aikg.model.Method;
import dev.aikg.model.Predicate;
import dev.aikg.model.Quantity;
import dev.aikg.model.Relation;
import dev.aikg.model.Sentence;
import dev.aikg.model.StockMove;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-built extractions of two short articles of our own, independent of the extractor, so the
 * mapping, store, queries and CLI can be tested with exact expectations. Offsets are computed from
 * the text, never typed in.
 */
public final class ExtractionFixture {
    public static final String DE_TEXT = "DeepSeek aus Hangzhou stellt R1 vor.\n\n"
            + "Gründer von DeepSeek ist Liang Wenfeng. Das Modell R1 basiert auf V3 und lief auf 2048 H800-Chips von Nvidia.\n\n"
            + "Die Nvidia-Aktie fiel am Montag um 17 Prozent.";
    public static final String EN_TEXT = "Microsoft, which has put $13 billion into OpenAI, praised DeepSeek.\n\n"
            + "\"It is impressive,\" said Satya Nadella, chief executive of Microsoft. OpenAI competes with DeepSeek.";

    private ExtractionFixture() { }

    public static List<Extraction> both() { return List.of(german(), english()); }

    public static Extraction german() {
        Builder b = new Builder(new Document("fixture-de", "DeepSeek aus Hangzhou stellt R1 vor", DE_TEXT, "de",
                LocalDate.of(2025, 1, 28), "fixture/fixture-de.txt", "0".repeat(64)));
        b.entity("org/deepseek", "DeepSeek", EntityType.ORGANIZATION, "Company", true, "Q131577453", null, "DeepSeek");
        b.entity("model/deepseek-r1", "DeepSeek-R1", EntityType.AI_MODEL, null, true, null, null, "R1");
        b.entity("model/deepseek-v3", "DeepSeek-V3", EntityType.AI_MODEL, null, true, null, null, "V3");
        b.entity("person/liang-wenfeng", "Liang Wenfeng", EntityType.PERSON, null, false, null, null, "Liang Wenfeng");
        b.entity("chip/h800", "H800", EntityType.CHIP, null, true, null, null, "H800");
        b.entity("org/nvidia", "Nvidia", EntityType.ORGANIZATION, "Company", true, "Q182477", "NASDAQ:NVDA", "Nvidia");
        b.relation("person/liang-wenfeng", Predicate.FOUNDER_OF, "org/deepseek", "Gründer von DeepSeek ist Liang Wenfeng", "founder-copula-de");
        b.relation("org/deepseek", Predicate.HEADQUARTERED_IN, "Hangzhou", "DeepSeek aus Hangzhou", "hq-aus-de");
        b.relation("model/deepseek-r1", Predicate.BASED_ON, "model/deepseek-v3", "R1 basiert auf V3", "based-on-de");
        b.relation("chip/h800", Predicate.MANUFACTURED_BY, "org/nvidia", "H800-Chips von Nvidia", "chip-von-de");
        Relation trained = b.relation("model/deepseek-r1", Predicate.TRAINED_ON, "chip/h800", "R1 basiert auf V3 und lief auf 2048 H800", "trained-on-de");
        b.relations.set(b.relations.indexOf(trained), new Relation(trained.subjectId(), trained.predicate(), trained.object(),
                null, null, 2048L, null, trained.evidence()));
        b.move("org/nvidia", -17.0, false, LocalDate.of(2025, 1, 27), "close", "Die Nvidia-Aktie fiel am Montag um 17 Prozent");
        return b.build();
    }

    public static Extraction english() {
        Builder b = new Builder(new Document("fixture-en", null, EN_TEXT, "en", LocalDate.of(2025, 1, 29),
                "https://example.org/fixture-en", "1".repeat(64)));
        b.entity("org/microsoft", "Microsoft", EntityType.ORGANIZATION, "Company", true, "Q2283", "NASDAQ:MSFT", "Microsoft");
        b.entity("org/openai", "OpenAI", EntityType.ORGANIZATION, "Company", true, "Q21708200", null, "OpenAI");
        b.entity("org/deepseek", "DeepSeek", EntityType.ORGANIZATION, "Company", true, "Q131577453", null, "DeepSeek");
        b.entity("person/satya-nadella", "Satya Nadella", EntityType.PERSON, null, true, "Q7426870", null, "Satya Nadella");
        Quantity amount = b.quantity("investment", 13e9, "USD", "org/microsoft", "org/openai", "$13 billion");
        Relation inv = b.relation("org/microsoft", Predicate.INVESTED_IN, "org/openai", "Microsoft, which has put $13 billion into OpenAI", "invest-put-into-en");
        b.relations.set(b.relations.indexOf(inv), new Relation(inv.subjectId(), inv.predicate(), inv.object(), null, null,
                null, amount, inv.evidence()));
        Relation ceo = b.relation("person/satya-nadella", Predicate.CEO_OF, "org/microsoft", "Satya Nadella, chief executive of Microsoft", "apposition-ceo-en");
        b.relations.set(b.relations.indexOf(ceo), new Relation(ceo.subjectId(), ceo.predicate(), ceo.object(),
                "chief executive", null, null, null, ceo.evidence()));
        Relation said = b.relation("person/satya-nadella", Predicate.COMMENTED_ON, "org/deepseek", "\"It is impressive,\" said Satya Nadella", "quote-said-en");
        b.relations.set(b.relations.indexOf(said), new Relation(said.subjectId(), said.predicate(), said.object(), null,
                "It is impressive", null, null, said.evidence()));
        b.relation("org/openai", Predicate.COMPETES_WITH, "org/deepseek", "OpenAI competes with DeepSeek", "competes-en");
        return b.build();
    }

    /** Collects one document's records, computing offsets and sentence indices from the text. */
    private static final class Builder {
        final Document doc;
        final List<Sentence> sentences = new ArrayList<>();
        final Map<String, Entity> entities = new LinkedHashMap<>();
        final List<Relation> relations = new ArrayList<>();
        final List<StockMove> moves = new ArrayList<>();
        final List<Quantity> quantities = new ArrayList<>();

        Builder(Document doc) {
            this.doc = doc;
            // Sentences: split after ". " / ".\n" and at blank lines; enough for these texts.
            String t = doc.text();
            int start = 0;
            for (int i = 0; i < t.length(); i++) {
                boolean end = i == t.length() - 1 || (t.charAt(i) == '.' && (t.charAt(i + 1) == ' ' || t.charAt(i + 1) == '\n'));
                if (end) {
                    int s = start;
                    while (s < i && Character.isWhitespace(t.charAt(s))) s++;
                    sentences.add(new Sentence(sentences.size(), s, i + 1, t.substring(s, i + 1)));
                    start = i + 1;
                }
            }
        }

        int sentenceOf(int offset) {
            for (Sentence s : sentences) if (s.contains(offset)) return s.index();
            throw new IllegalArgumentException("offset outside sentences: " + offset);
        }

        int find(String surface) {
            int i = doc.text().indexOf(surface);
            if (i < 0) throw new IllegalArgumentException("not in text: " + surface);
            return i;
        }

        void entity(String id, String name, EntityType type, String subtype, boolean linked, String wd, String ticker,
                    String surface) {
            List<Mention> ms = new ArrayList<>();
            int from = 0;
            int i;
            while ((i = doc.text().indexOf(surface, from)) >= 0) {
                ms.add(new Mention(i, i + surface.length(), surface, type, id, sentenceOf(i),
                        linked ? Method.LEXICON : Method.CUE, linked ? "lexicon:" + surface : "cue:name", linked ? 0.95 : 0.8));
                from = i + surface.length();
            }
            entities.put(id, new Entity(id, name, type, subtype, linked, wd, ticker, ms));
        }

        Evidence evidence(String span, String rule) {
            int s = find(span);
            return new Evidence(doc.id(), sentenceOf(s), s, s + span.length(), rule, 0.9);
        }

        Relation relation(String s, Predicate p, String o, String span, String rule) {
            Relation r = Relation.of(s, p, o, evidence(span, rule));
            relations.add(r);
            return r;
        }

        Quantity quantity(String kind, double value, String unit, String subject, String object, String text) {
            return new Quantity(kind, value, unit, subject, object, text, evidence(text, "money"));
        }

        void move(String subject, double pct, boolean approx, LocalDate date, String session, String span) {
            moves.add(new StockMove(subject, pct, approx, date, session, null, evidence(span, "stock-fiel-um-de")));
        }

        Extraction build() {
            return new Extraction(doc, sentences, List.copyOf(entities.values()), relations, moves, quantities, List.of());
        }
    }
}
