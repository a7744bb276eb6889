package dev.aikg.lexicon;

import dev.aikg.model.EntityType;

import java.util.List;
import java.util.Map;

/**
 * One curated entity of the reference lexicon, as plain data.
 *
 * @param id            "{kind}/{slug}", the IRI's path under {@link dev.aikg.Namespaces#ID}
 * @param type          entity type
 * @param subtype       the lexicon class's local name (Company, Fund, MediaOrganization, ...), or null
 * @param name          canonical name (the English preferred label)
 * @param labels        labels that always name it: preferred labels in every language and alt labels
 * @param contextLabels labels that are also common words or short codes ("Meta", "Apple", "R1"):
 *                      accepted only where the context supports them
 * @param wikidata      Wikidata id ("Q182477") or null
 * @param ticker        primary listing as "EXCHANGE:SYMBOL" (exchange code such as NASDAQ, ETR) or null
 * @param mic           ISO 10383 MIC of the primary listing's exchange, or null
 * @param links         known facts about it: predicate local name → target ids or literals
 *                      (developedBy, manufacturedBy, basedOn, founderOf, ceoOf, worksFor, spinOffOf,
 *                      headquarteredIn)
 */
public record LexiconEntry(String id, EntityType type, String subtype, String name, List<String> labels,
                           List<String> contextLabels, String wikidata, String ticker, String mic,
                           Map<String, List<String>> links) {
    public LexiconEntry {
        labels = List.copyOf(labels);
        contextLabels = List.copyOf(contextLabels);
        links = Map.copyOf(links);
    }

    public List<String> linked(String predicate) {
        return links.getOrDefault(predicate, List.of());
    }
}
