package dev.aikg.annotate.relation;

import dev.aikg.lexicon.Lexicon;
import dev.aikg.lexicon.LexiconEntry;
import dev.aikg.model.Predicate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Cities known to be cities: the seats the lexicon records, the few every name finder knows, and the German names of
 * cities the lexicon spells in English ("Köln" for "Cologne"). A German "-er" word before a name is a city's adjective
 * only when its stem is one of them ("die Hamburger Otto Group"); "der Wagniskapitalgeber Accel" has the same shape.
 */
final class KnownCities {
    /**
     * German exonyms of cities whose seats the lexicon writes in English, besides those {@link CityAdjectives} already
     * spells for its irregular adjectives ("München", "Genf", "Mailand"): English name → German name.
     */
    private static final Map<String, String> GERMAN_NAMES = Map.ofEntries(Map.entry("cologne", "köln"), Map.entry("vienna", "wien"),
            Map.entry("nuremberg", "nürnberg"), Map.entry("beijing", "peking"), Map.entry("rome", "rom"), Map.entry("prague", "prag"),
            Map.entry("warsaw", "warschau"), Map.entry("brussels", "brüssel"), Map.entry("copenhagen", "kopenhagen"),
            Map.entry("moscow", "moskau"), Map.entry("athens", "athen"), Map.entry("venice", "venedig"), Map.entry("naples", "neapel"),
            Map.entry("florence", "florenz"), Map.entry("gothenburg", "göteborg"), Map.entry("krakow", "krakau"),
            Map.entry("wroclaw", "breslau"), Map.entry("gdansk", "danzig"), Map.entry("kyiv", "kiew"), Map.entry("bucharest", "bukarest"),
            Map.entry("belgrade", "belgrad"), Map.entry("sofia", "sofia"), Map.entry("the hague", "den haag"),
            Map.entry("antwerp", "antwerpen"), Map.entry("liège", "lüttich"), Map.entry("strasbourg", "straßburg"),
            Map.entry("singapore", "singapur"), Map.entry("new delhi", "neu-delhi"), Map.entry("cairo", "kairo"),
            Map.entry("munich", "münchen"), Map.entry("zurich", "zürich"), Map.entry("geneva", "genf"), Map.entry("milan", "mailand"),
            Map.entry("tokyo", "tokio"), Map.entry("lisbon", "lissabon"), Map.entry("hanover", "hannover"),
            Map.entry("luxembourg", "luxemburg"), Map.entry("seoul", "seoul"));

    private final Set<String> cities = new HashSet<>(GERMAN_NAMES.values());
    /** Each linked company's seats as the lexicon records them, lower-cased, with their German names. */
    private final Map<String, Set<String>> seats = new HashMap<>();

    KnownCities(Lexicon lexicon) {
        cities.addAll(Places.WELL_KNOWN_CITIES);
        for (String city : CityAdjectives.irregularCities()) cities.add(city.toLowerCase(Locale.ROOT));
        for (LexiconEntry e : lexicon.entries()) {
            for (String city : e.linked(Predicate.HEADQUARTERED_IN.label())) {
                String l = city.toLowerCase(Locale.ROOT);
                cities.add(l);
                Set<String> own = seats.computeIfAbsent(e.id(), k -> new HashSet<>());
                own.add(l);
                if (GERMAN_NAMES.containsKey(l)) own.add(GERMAN_NAMES.get(l));
            }
        }
    }

    /** True when the lexicon records the city (in English or German) as the seat of the entity with this id. */
    boolean isSeatOf(String id, String city) {
        return city != null && seats.getOrDefault(id, Set.of()).contains(city.toLowerCase(Locale.ROOT));
    }

    /** True when the lexicon records any seat of the entity with this id. */
    boolean hasSeat(String id) {
        return seats.containsKey(id);
    }

    boolean contains(String city) {
        return city != null && cities.contains(city.toLowerCase(Locale.ROOT));
    }
}
