package dev.aikg.annotate.text;

import java.util.Locale;
import java.util.Set;

/**
 * States and provinces that news writes after a city, with a comma between: "Irving, Texas",
 * "Broomfield, Colorado", "Waterloo, Ontario". The word before such a state is a place, whatever
 * name it resembles.
 */
public final class Regions {
    private static final Set<String> STATES = Set.of("alabama", "alaska", "arizona", "arkansas", "california", "colorado",
            "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
            "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana",
            "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
            "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
            "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "ontario", "quebec", "british columbia",
            "alberta", "bavaria", "bayern");

    /** The names as a regular expression's alternation, in lower case: "(alabama|alaska|…)". */
    public static final String ALTERNATION = "(" + String.join("|", STATES.stream().sorted().toList()) + ")";

    private Regions() {}

    /** True for a state or province name, in any case ("Colorado", "new jersey"). */
    public static boolean isState(String name) {
        return STATES.contains(name.toLowerCase(Locale.ROOT));
    }
}
