package dev.aikg.annotate.relation;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * German adjectives made from a city's name ("Münchner", "Aachener", "Hannoveraner") and the city they name. Most
 * take "-er" on the city as it is ("Frankfurt" → "Frankfurter"); the irregular ones are listed. Adjectives of
 * countries and regions ("Schweizer", "Tiroler") name no city.
 */
final class CityAdjectives {
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("münchner", "München"), Map.entry("münchener", "München"), Map.entry("hannoveraner", "Hannover"),
            Map.entry("hannoverscher", "Hannover"), Map.entry("zürcher", "Zürich"), Map.entry("dresdner", "Dresden"),
            Map.entry("bremer", "Bremen"), Map.entry("darmstädter", "Darmstadt"), Map.entry("erlanger", "Erlangen"),
            Map.entry("tübinger", "Tübingen"), Map.entry("göttinger", "Göttingen"), Map.entry("tokioter", "Tokio"),
            Map.entry("basler", "Basel"), Map.entry("münsteraner", "Münster"), Map.entry("hallenser", "Halle"),
            Map.entry("karlsruher", "Karlsruhe"), Map.entry("bielefelder", "Bielefeld"), Map.entry("jenaer", "Jena"),
            Map.entry("osloer", "Oslo"), Map.entry("torontoer", "Toronto"), Map.entry("mailänder", "Mailand"),
            Map.entry("kieler", "Kiel"), Map.entry("trierer", "Trier"), Map.entry("lübecker", "Lübeck"),
            Map.entry("marburger", "Marburg"), Map.entry("bamberger", "Bamberg"), Map.entry("heilbronner", "Heilbronn"),
            Map.entry("reutlinger", "Reutlingen"), Map.entry("tuttlinger", "Tuttlingen"), Map.entry("sindelfinger", "Sindelfingen"),
            Map.entry("böblinger", "Böblingen"), Map.entry("esslinger", "Esslingen"), Map.entry("göppinger", "Göppingen"),
            Map.entry("ludwigshafener", "Ludwigshafen"), Map.entry("wiesbadener", "Wiesbaden"),
            Map.entry("züricher", "Zürich"), Map.entry("genfer", "Genf"), Map.entry("luzerner", "Luzern"),
            Map.entry("lissabonner", "Lissabon"), Map.entry("wuppertaler", "Wuppertal"));
    /**
     * Adjectives of countries, regions and landscapes ending in "-er" (Luxembourg's is the country's as often as the
     * city's), nouns and surnames that look like them ("Anleger", "Bayer"), and adjectives that open names ("Neuer").
     */
    private static final Set<String> NOT_CITY = Set.of("schweizer", "tiroler", "südtiroler", "allgäuer", "schwarzwälder",
            "vorarlberger", "kärntner", "pfälzer", "thüringer", "sauerländer", "emsländer", "münsterländer", "rheinländer",
            "holsteiner", "oberpfälzer", "erzgebirger", "luxemburger", "liechtensteiner", "niederländer", "isländer",
            "brabanter", "amerikaner", "europäer", "afrikaner", "anleger", "händler", "bauer", "bayer", "neuer", "großer",
            "kleiner", "alter", "junger",
            // "des Ostschweizer Befestigungsspezialisten": parts of a country.
            "ostschweizer", "westschweizer", "innerschweizer", "zentralschweizer", "nordwestschweizer", "norddeutscher",
            "süddeutscher", "ostdeutscher", "westdeutscher", "oberbayer", "niederbayer", "ostfriese", "ostfriesischer");

    private CityAdjectives() { }

    /** The cities the irregular adjectives name, in their German spelling ("München", "Zürich", "Genf"). */
    static java.util.Collection<String> irregularCities() {
        return IRREGULAR.values();
    }

    /** The city a capitalised adjective names ("Aachener" → "Aachen"), or null when it names none. */
    static String city(String adjective) {
        if (adjective.length() < 5 || !Character.isUpperCase(adjective.charAt(0))) return null;
        String l = adjective.toLowerCase(Locale.ROOT);
        if (!l.endsWith("er") || NOT_CITY.contains(l)) return null;
        String irregular = IRREGULAR.get(l);
        if (irregular != null) return irregular;
        // "Ingolstädter" → "Ingolstadt", "Halberstädter" → "Halberstadt": a town ending in "-stadt" takes the umlaut.
        if (l.endsWith("städter") && l.length() > 9) return adjective.substring(0, adjective.length() - 7) + "stadt";
        // "Hamburger" → "Hamburg", "Pekinger" → "Peking": the name before "-er" as written.
        String city = adjective.substring(0, adjective.length() - 2);
        if (city.length() < 3 || city.indexOf('-') >= 0 || !Places.cityLike(city)) return null;
        // "Deutscher", "Bayerischer": an adjective of a people or a land, no city.
        return city.toLowerCase(Locale.ROOT).endsWith("sch") ? null : city;
    }
}
