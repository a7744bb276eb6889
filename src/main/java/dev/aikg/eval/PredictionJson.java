package dev.aikg.eval;

import dev.aikg.model.Entity;
import dev.aikg.model.Extraction;
import dev.aikg.model.Mention;
import dev.aikg.model.Relation;
import dev.aikg.model.StockMove;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Extractions in the JSON shape of the gold files ({@code GOLD-FORMAT.md}): per document its id,
 * language, date, entities (canonical name, type, distinct surfaces in text order, Wikidata id,
 * ticker), relations by canonical name (the literal city for headquarteredIn) and stock moves.
 */
public final class PredictionJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private PredictionJson() { }

    public static ObjectNode toJson(String corpus, List<Extraction> extractions) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("corpus", corpus);
        ArrayNode docs = root.putArray("documents");
        for (Extraction x : extractions) docs.add(document(x));
        return root;
    }

    /** Pretty-printed JSON text. */
    public static String write(String corpus, List<Extraction> extractions) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(corpus, extractions));
    }

    static ObjectNode document(Extraction x) {
        ObjectNode d = MAPPER.createObjectNode();
        d.put("id", x.document().id());
        d.put("lang", x.document().lang());
        d.put("published", x.document().published() == null ? null : x.document().published().toString());
        ArrayNode entities = d.putArray("entities");
        for (Entity e : x.entities()) entities.add(entity(e));
        ArrayNode relations = d.putArray("relations");
        Set<String> seen = new LinkedHashSet<>();
        for (Relation r : x.relations()) {
            String s = name(x, r.subjectId());
            String o = r.predicate().literalObject() ? r.object() : name(x, r.object());
            if (!seen.add(s + "\u0000" + r.predicate().label() + "\u0000" + o)) continue;
            ObjectNode rn = relations.addObject();
            rn.put("s", s);
            rn.put("p", r.predicate().label());
            rn.put("o", o);
        }
        ArrayNode moves = d.putArray("stockMoves");
        for (StockMove m : x.stockMoves()) {
            ObjectNode mn = moves.addObject();
            mn.put("company", name(x, m.subjectId()));
            mn.put("changePct", m.changePct());
            mn.put("date", m.date() == null ? null : m.date().toString());
            mn.put("note", m.session());
        }
        return d;
    }

    private static ObjectNode entity(Entity e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", e.name());
        n.put("type", e.type().label());
        ArrayNode ms = n.putArray("mentions");
        Set<String> surfaces = new LinkedHashSet<>();
        for (Mention m : e.mentions()) surfaces.add(m.surface().replaceAll("\\s+", " "));
        surfaces.forEach(ms::add);
        n.put("wikidata", e.wikidata());
        n.put("ticker", e.ticker());
        return n;
    }

    /** The canonical name of an entity of the extraction, or the id itself when unknown. */
    private static String name(Extraction x, String id) {
        Entity e = x.entity(id);
        return e == null ? id : e.name();
    }
}
