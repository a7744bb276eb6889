package dev.aikg.annotate.relation;

import java.util.Set;

/**
 * Countries, regions and other places that are not cities, in German and English: "ein Startup aus
 * China" says nothing about a headquarters city.
 */
final class Places {
    static final Set<String> NOT_CITIES = Set.of("china", "usa", "us", "u.s.", "amerika", "america", "deutschland",
            "germany", "japan", "frankreich", "france", "grossbritannien", "großbritannien", "britain", "uk",
            "england", "europa", "europe", "asien", "asia", "indien", "india", "israel", "kanada", "canada",
            "südkorea", "korea", "south", "taiwan", "schweiz", "switzerland", "österreich", "austria", "italien",
            "italy", "spanien", "spain", "niederlanden", "netherlands", "holland", "schweden", "sweden", "russland",
            "russia", "kalifornien", "california", "texas", "silicon", "bayern", "bavaria", "festlandchina",
            "dem", "der", "den", "the", "den usa", "vereinigten", "united",
            "new", "übersee", "aller", "all", "nah", "fernost", "brasilien", "brazil", "australien", "australia",
            "polen", "irland", "ireland", "finnland", "finland", "dänemark", "denmark", "norwegen", "norway",
            "belgien", "belgium", "vietnam", "thailand", "indonesien", "indonesia", "saudi-arabien", "katar",
            "emirates", "emiraten", "afrika", "africa", "mexiko", "mexico",
            // US states, where plants and data centres stand: "production at TSMC in Arizona" names no seat.
            "arizona", "ohio", "oregon", "nevada", "utah", "virginia", "georgia", "florida", "michigan", "indiana", "idaho",
            "wisconsin", "louisiana", "tennessee", "iowa", "oklahoma", "north", "carolina", "sachsen", "saxony",
            // "Silicon Valley-based", "a Bay Area-based fund": the region's head noun, no city.
            "valley", "area", "coast", "region");

    /**
     * Cities that the name finders list as never part of a name (they open "aus München" and "from London" as
     * places, not as names): they are cities all the same.
     */
    static final Set<String> WELL_KNOWN_CITIES = Set.of("peking", "beijing", "shanghai", "shenzhen", "hangzhou", "guangzhou",
            "london", "paris", "berlin", "münchen", "munich", "zürich", "zurich", "frankfurt", "tokio", "tokyo", "seattle",
            "boston", "chicago", "redmond", "cupertino", "austin", "miami", "dubai", "riad", "riyadh", "moskau", "moscow",
            "kiew", "kyiv", "singapur", "singapore", "hongkong");

    /** First words of two-word city names ("San Francisco", "New York", "Abu Dhabi", "Tel Aviv"). */
    static final Set<String> CITY_HEADS = Set.of("san", "santa", "new", "los", "las", "hong", "palo", "mountain", "abu",
            "tel", "kuala", "sankt", "st.", "redwood", "menlo", "salt", "rio", "buenos", "são", "sao", "cape", "mexico",
            "el", "saint");

    private Places() { }

    /**
     * The city named at offset: one word, or two when the first is the head of a two-word name, or when two capitalised
     * words close their clause ("based in Costa Mesa, was founded", "based in Ann Arbor.").
     */
    static Words.Word cityAfter(String text, int offset, int ceiling) {
        Words.Word w = oneCityAfter(text, offset, ceiling);
        return w == null ? null : withRiver(text, w, ceiling);
    }

    /** Rivers and regions that German city names take after "am", "an der", "im" ("Frankfurt am Main", "Freiburg im Breisgau"). */
    private static final Set<String> CITY_RIVERS = Set.of("main", "rhein", "neckar", "oder", "saale", "ruhr", "donau", "lech",
            "inn", "isar", "elbe", "weser", "mosel", "lahn", "breisgau", "taunus", "harz", "wörthersee", "bodensee", "kocher",
            "regen", "havel", "spree", "ilm", "fils", "tauber");
    private static final java.util.regex.Pattern RIVER_TAIL = java.util.regex.Pattern.compile(" (?:am|im|an der|ob der) (\\p{Lu}\\p{L}+)");

    /** The city with its river or region: "Offenbach" before " am Main" becomes "Offenbach am Main". */
    private static Words.Word withRiver(String text, Words.Word w, int ceiling) {
        // Most cities are followed by anything but " am ", " im ", " an der ", " ob der ": two characters settle it.
        if (w.end() + 4 >= ceiling || text.charAt(w.end()) != ' ' || "aio".indexOf(text.charAt(w.end() + 1)) < 0
                || !Words.capitalised(w.text())) {
            return w;
        }
        java.util.regex.Matcher m = RIVER_TAIL.matcher(text).region(w.end(), ceiling);
        if (m.lookingAt() && CITY_RIVERS.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
            return new Words.Word(w.start(), m.end(), text);
        }
        return w;
    }

    private static Words.Word oneCityAfter(String text, int offset, int ceiling) {
        Words.Word w = Words.after(text, offset, ceiling);
        if (w != null && !CITY_HEADS.contains(w.lower()) && w.end() + 1 < ceiling && text.charAt(w.end()) == ' ') {
            Words.Word next = Words.after(text, w.end(), ceiling);
            if (next != null && next.start() == w.end() + 1 && Words.capitalised(next.text()) && next.end() < ceiling
                    && (closesClause(text.charAt(next.end())) || NEAR.matcher(text).region(next.end(), ceiling).lookingAt())
                    && !NOT_CITIES.contains(next.lower()) && Words.capitalised(w.text())) {
                return new Words.Word(w.start(), next.end(), text);
            }
        }
        if (w == null || !CITY_HEADS.contains(w.lower())) {
            return w;
        }
        if (w.end() < ceiling && text.charAt(w.end()) == ' ') {
            Words.Word next = Words.after(text, w.end(), ceiling);
            if (next != null && next.start() == w.end() + 1 && Words.capitalised(next.text())) {
                // "Salt Lake City": a third word "City" belongs to the name.
                Words.Word third = next.end() + 1 < ceiling && text.charAt(next.end()) == ' ' ? Words.after(text, next.end(), ceiling) : null;
                if (third != null && third.start() == next.end() + 1 && third.text().equals("City")) {
                    return new Words.Word(w.start(), third.end(), text);
                }
                return new Words.Word(w.start(), next.end(), text);
            }
        }
        return w;
    }

    /** "based in Cedar Park near Austin", "aus Bad Homburg bei Frankfurt": a second place after the city closes it too. */
    private static final java.util.regex.Pattern NEAR = java.util.regex.Pattern.compile(" (near|outside|bei|nahe) \\p{Lu}");

    /** "based in Costa Mesa, was founded", "based in Ann Arbor.": punctuation that ends the place's clause. */
    private static boolean closesClause(char c) {
        return c == ',' || c == '.' || c == ';' || c == ')';
    }

    /** The head of a two-word city name right before offset ("San" in "San Francisco-based"), or null. */
    static Words.Word headBefore(String text, int offset, int floor) {
        if (offset - 1 <= floor || text.charAt(offset - 1) != ' ') return null;
        Words.Word w = Words.before(text, offset - 1, floor);
        return w != null && CITY_HEADS.contains(w.lower()) && Character.isUpperCase(w.text().charAt(0)) ? w : null;
    }

    static boolean cityLike(String word) {
        // "the M&A boutique X": a city's name has lower-case letters and no ampersand.
        return word.length() > 2 && Character.isUpperCase(word.charAt(0)) && word.indexOf('&') < 0
                && !word.equals(word.toUpperCase(java.util.Locale.ROOT)) && !NOT_CITIES.contains(word.toLowerCase());
    }
}
