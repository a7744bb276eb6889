package dev.aikg.model;

import java.util.List;

/**
 * An entity found in a document, with all its mentions there.
 *
 * @param id       stable id, "{kind}/{slug}" such as "org/nvidia" or "person/liang-wenfeng": the lexicon id
 *                 when linked, else minted from type and normalised name, so the same name found in
 *                 two articles is one node
 * @param name     canonical name
 * @param type     entity type
 * @param subtype  finer class when known (Company, Fund, MediaOrganization, ...), else null
 * @param linked   true when the entity comes from the lexicon
 * @param wikidata Wikidata id ("Q182477") when known, else null
 * @param ticker   "EXCHANGE:SYMBOL" of the primary listing when known, else null
 * @param mentions its mentions in document order
 */
public record Entity(String id, String name, EntityType type, String subtype, boolean linked,
                     String wikidata, String ticker, List<Mention> mentions) {
    public Entity {
        mentions = List.copyOf(mentions);
    }

    /** The best confidence among its mentions. */
    public double confidence() {
        return mentions.stream().mapToDouble(Mention::confidence).max().orElse(0);
    }
}
