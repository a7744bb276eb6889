package dev.aikg.model;

import java.util.List;

/** Everything found in one document: plain data, no RDF. The mapping step turns it into quads. */
public record Extraction(Document document, List<Sentence> sentences, List<Entity> entities,
                         List<Relation> relations, List<StockMove> stockMoves, List<Quantity> quantities,
                         List<String> warnings) {
    public Extraction {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        stockMoves = List.copyOf(stockMoves);
        quantities = List.copyOf(quantities);
        warnings = List.copyOf(warnings);
    }

    public Entity entity(String id) {
        for (Entity e : entities) {
            if (e.id().equals(id)) return e;
        }
        return null;
    }
}
