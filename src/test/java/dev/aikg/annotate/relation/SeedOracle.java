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
import dev.aikg.model.StockMove;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test harness: runs the relation, quantity and stock-move stages on the seed articles with the gold
 * entities as input ("oracle" entities), so their rules can be measured apart from entity finding.
 * Sentences come from a naive splitter. Writes predictions in the gold JSON shape.
 */
final class SeedOracle {
    /** The shared folder beside the repository (CI), beside the worktrees folder, or at its usual place. */
    static final Path SHARED = Files.isDirectory(Path.of("../shared")) ? Path.of("../shared")
            : Files.isDirectory(Path.of("../../shared")) ? Path.of("../../shared") : Path.of("/work/shared");
    static final Path SEEDS = SHARED.resolve("seeds");
    static final Path GOLD = SHARED.resolve("eval/seeds-gold.json");

    private SeedOracle() { }

    static List<AnnotatedDocument> run(Lexicon lexicon) throws IOException {
        JsonNode gold = JsonMapper.builder().build().readTree(Files.readString(GOLD));
        List<AnnotatedDocument> out = new ArrayList<>();
        for (JsonNode gd : gold.get("documents")) {
            String id = gd.get("id").asString();
            String text = Files.readString(SEEDS.resolve(id + ".txt"));
            LocalDate pub = gd.get("published").isNull() ? null : LocalDate.parse(gd.get("published").asString());
            AnnotatedDocument doc = new AnnotatedDocument(new Document(id, null, text, "de", pub, id, null));
            split(doc);
            entities(doc, gd.get("entities"));
            new QuantityAnnotator().annotate(doc);
            new RelationAnnotator(lexicon).annotate(doc);
            new StockMoveAnnotator().annotate(doc);
            out.add(doc);
        }
        return out;
    }

    static void split(AnnotatedDocument doc) {
        String t = doc.text();
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean end = c == '\n'
                    || (c == '.' || c == '!' || c == '?') && i + 2 < t.length() && t.charAt(i + 1) == ' '
                    && (Character.isUpperCase(t.charAt(i + 2)) || t.charAt(i + 2) == '„' || t.charAt(i + 2) == '«')
                    && !(i > 0 && Character.isDigit(t.charAt(i - 1)))
                    && !(i > 1 && Character.isLetter(t.charAt(i - 1)) && (t.charAt(i - 2) == ' ' || t.charAt(i - 2) == '.'));
            if (end) {
                add(doc, start, c == '\n' ? i : i + 1);
                start = i + 1;
            }
        }
        add(doc, start, t.length());
    }

    private static void add(AnnotatedDocument doc, int s, int e) {
        String t = doc.text();
        while (s < e && Character.isWhitespace(t.charAt(s))) s++;
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) e--;
        if (e > s) doc.sentences().add(new Sentence(doc.sentences().size(), s, e, t.substring(s, e)));
    }

    private static void entities(AnnotatedDocument doc, JsonNode ents) {
        String t = doc.text();
        List<Mention> taken = new ArrayList<>();
        Map<String, List<Mention>> byEntity = new LinkedHashMap<>();
        Map<String, JsonNode> nodes = new LinkedHashMap<>();
        List<String[]> forms = new ArrayList<>();
        for (JsonNode e : ents) {
            String id = id(e);
            nodes.put(id, e);
            byEntity.put(id, new ArrayList<>());
            forms.add(new String[] {id, e.get("name").asString()});
            for (JsonNode m : e.get("mentions")) forms.add(new String[] {id, m.asString()});
        }
        forms.sort(Comparator.comparingInt((String[] f) -> -f[1].length()));
        for (String[] f : forms) {
            EntityType type = EntityType.fromLabel(nodes.get(f[0]).get("type").asString());
            for (int i = t.indexOf(f[1]); i >= 0; i = t.indexOf(f[1], i + 1)) {
                int end = i + f[1].length();
                if (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1))) continue;
                if (end < t.length() && t.charAt(end) == 's' && (end + 1 >= t.length() || !Character.isLetter(t.charAt(end + 1)))) end++;
                else if (end + 1 < t.length() && t.charAt(end) == '’' && t.charAt(end + 1) == 's') end += 2;
                if (end < t.length() && Character.isLetterOrDigit(t.charAt(end))) continue;
                Sentence s = doc.sentenceAt(i);
                if (s == null) continue;
                Mention m = new Mention(i, end, t.substring(i, end), type, f[0], s.index(), Method.LEXICON, "gold", 0.9);
                if (taken.stream().anyMatch(m::overlaps)) continue;
                taken.add(m);
                byEntity.get(f[0]).add(m);
            }
        }
        for (Map.Entry<String, List<Mention>> en : byEntity.entrySet()) {
            JsonNode e = nodes.get(en.getKey());
            List<Mention> ms = en.getValue();
            ms.sort(Comparator.comparingInt(Mention::start));
            String ticker = e.has("ticker") && !e.get("ticker").isNull() ? e.get("ticker").asString() : null;
            doc.entities().add(new Entity(en.getKey(), e.get("name").asString(),
                    EntityType.fromLabel(e.get("type").asString()), null, true, null, ticker, ms));
            doc.mentions().addAll(ms);
        }
    }

    static String id(JsonNode e) {
        String type = e.get("type").asString();
        String kind = switch (type) {
            case "Person" -> "person";
            case "AIModel" -> "model";
            case "Chip" -> "chip";
            case "StockIndex" -> "index";
            default -> "org";
        };
        return kind + "/" + e.get("name").asString().toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    /** Predictions in the gold JSON shape. */
    static String toJson(List<AnnotatedDocument> docs) {
        List<Object> out = new ArrayList<>();
        for (AnnotatedDocument d : docs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.document().id());
            List<Object> ents = new ArrayList<>();
            for (Entity e : d.entities()) {
                ents.add(Map.of("name", e.name(), "type", e.type().label(),
                        "mentions", e.mentions().stream().map(Mention::surface).distinct().toList()));
            }
            m.put("entities", ents);
            List<Object> rels = new ArrayList<>();
            for (Relation r : d.relations()) {
                Map<String, Object> rm = new LinkedHashMap<>();
                rm.put("s", name(d, r.subjectId()));
                rm.put("p", r.predicate().label());
                rm.put("o", r.predicate().literalObject() ? r.object() : name(d, r.object()));
                rm.put("rule", r.evidence().rule());
                rm.put("sentence", d.sentences().get(r.evidence().sentence()).text());
                rels.add(rm);
            }
            m.put("relations", rels);
            List<Object> moves = new ArrayList<>();
            for (StockMove s : d.stockMoves()) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("company", name(d, s.subjectId()));
                sm.put("changePct", s.changePct());
                sm.put("date", s.date() == null ? null : s.date().toString());
                sm.put("session", s.session());
                moves.add(sm);
            }
            m.put("stockMoves", moves);
            out.add(m);
        }
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("documents", out));
    }

    private static String name(AnnotatedDocument d, String id) {
        Entity e = d.entity(id);
        return e == null ? id : e.name();
    }
}
