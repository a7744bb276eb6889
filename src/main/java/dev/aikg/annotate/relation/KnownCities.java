package dev.aikg.annotate.relation;

import dev.aikg.lexicon.Lexicon;
import dev.aikg.lexicon.LexiconEntry;
import dev.aikg.model.Predicate;

import java.util.HashSet;
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
     * spells for its irregular adjectives ("München", "Genf", "Mailand").
     */
    private static final Set<String> GERMAN_NAMES = Set.of("köln", "wien", "nürnberg", "peking", "rom", "prag",
            "warschau", "brüssel", "kopenhagen", "moskau", "athen", "venedig", "neapel", "florenz", "göteborg", "krakau",
            "breslau", "danzig", "kiew", "bukarest", "belgrad", "sofia", "den haag", "antwerpen", "lüttich", "straßburg",
            "singapur", "neu-delhi", "kairo");

    private final Set<String> cities = new HashSet<>(GERMAN_NAMES);

    KnownCities(Lexicon lexicon) {
        cities.addAll(Places.WELL_KNOWN_CITIES);
        for (String city : CityAdjectives.irregularCities()) cities.add(city.toLowerCase(Locale.ROOT));
        for (LexiconEntry e : lexicon.entries()) {
            for (String city : e.linked(Predicate.HEADQUARTERED_IN.label())) cities.add(city.toLowerCase(Locale.ROOT));
        }
    }

    boolean contains(String city) {
        return city != null && cities.contains(city.toLowerCase(Locale.ROOT));
    }
}
