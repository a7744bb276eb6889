package dev.aikg.annotate.stock;

import java.util.List;

/**
 * Cue words for share-price moves, German and English, as lower-case word prefixes: direction verbs
 * and nouns, approximation words, trading sessions and words that say the text is about markets.
 */
final class MoveCues {
    static final List<String> DOWN = List.of("verlier", "verlor", "büss", "büß", "einbüß", "einbüss", "fiel", "fällt",
            "fallen", "sank", "sinkt", "sinken", "rutsch", "brach", "bricht", "brech", "stürz", "absturz", "einbruch",
            "minus", "tiefer", "rückgang", "rückzug", "abschlag", "kursverlust", "verlust", "gab", "gaben", "nachgeb",
            "schwächer", "erleid", "dropped", "drop", "fell", "fall", "plunge", "slump", "tumble", "sink", "lost", "lose",
            "down", "declin", "slid", "slide", "tank", "shed", "lower", "crash", "plummet", "sell-off", "selloff",
            "loss", "slip", "abgestürzt", "gefallen", "gesunken", "eingebrochen", "verloren", "nach unten", "abwärts", "bergab",
            // Separable verbs written whole at the end of a subordinate clause ("…, dessen Aktie um 17 % einbrach").
            "einbrach", "einbrech", "nachgab", "abrutsch", "absack", "sackte", "einknick", "knickt",
            // Perfect participles of separable verbs: "hatte 2,3 Prozent eingebüßt", "ist abgesackt".
            "eingebüß", "eingebüss", "abgesackt", "abgerutscht", "nachgegeben", "eingeknickt",
            "dipped", "dipping", "dips", "edged lower", "eased", "retreated", "gave up",
            // "On Friday morning Maersk gave back 2.1%": the gains of the day before returned.
            "gave back", "gives back", "giving back", "give back",
            // "closed 12% below its offer price".
            "below",
            // "die Papiere verbilligten sich um 2,2 Prozent": cheaper.
            "verbillig");
    // "die Prysmian-Papiere verteuerten sich um 2,2 Prozent": dearer.
    static final List<String> UP = List.of("stieg", "steig", "gestiegen", "legt", "zuleg", "zugelegt", "gewann", "verteuer",
            "kletter", "plus", "höher", "anstieg", "aufschlag", "rose", "rise", "rising", "gain", "jump", "surg", "soar",
            "climb", "rall", "higher", "advanc", "up", "erholt", "rebound", "sprang", "springt", "haussier", "recover",
            "added", "adds", "adding", "gewinnt", "zulegte", "anzog", "hochschnell", "schnellte", "nach oben", "aufwärts", "bergauf",
            // "hatte bereits am Freitag 3,4 Prozent gewonnen": the participle of the perfect.
            "gewonnen",
            // "Die Aktie nahm zu am Montag um 4,1 Prozent" (a translated text keeps the particle by the verb).
            "nahm zu", "nahmen zu", "zunahm", "zugenommen",
            "rocket", "skyrocket", "zog", "zogen",
            // "Der Nasdaq 100 schloss 1,0 Prozent fester", "closed firmer".
            "fester", "firmer",
            // "closed 693% above their offer price".
            "above");
    static final List<String> APPROX = List.of("mehr als", "über", "fast", "rund", "etwa", "knapp", "ca.", "gut",
            "beinahe", "nahezu", "more than", "over", "nearly", "almost", "about", "around", "roughly", "some",
            "bis zu", "up to", "zirka", "circa");
    static final List<String> MARKET = List.of("aktie", "kurs", "börse", "börsen", "futures", "handel", "papiere",
            "titel", "index", "nasdaq", "dax", "s&p", "dow jones", "nikkei", "smi", "shares", "stock", "trading",
            "market", "markt", "vorbörslich", "premarket", "pre-market", "anleger", "verkaufsliste", "notier",
            "wall street", "investor", "valor", "verlierer", "gewinner", "losers", "gainers", "chipwerte", "werte");
    // "das Papier gab … nach": the singular of "Papiere" names the share too.
    static final List<String> STOCK_NOUN = List.of("aktie", "shares", "stock", "papier", "titel", "kurs", "futures",
            "valor");

    private MoveCues() { }

    /** The session named in {@code window} (lower case), or null. */
    static String session(String window) {
        if (window.contains("vorbörslich") || window.contains("pre-market") || window.contains("premarket")
                || window.contains("before the bell")) return "pre-market";
        if (window.contains("nachbörslich") || window.contains("after-hours") || window.contains("after hours")) {
            return "after-hours";
        }
        if (window.contains("futures")) return "futures";
        if (window.contains("intraday") || window.contains("zeitweise") || window.contains("im handelsverlauf")
                || window.contains("at one point")) return "intraday";
        if (window.contains("schluss") || window.contains("closed") || window.contains("schloss")
                || window.contains("at the close")) return "close";
        return null;
    }

    static boolean anyWordStarts(String lowerWindow, List<String> cues) {
        return nearestCue(lowerWindow, cues, lowerWindow.length()) >= 0;
    }

    /**
     * The distance from {@code anchor} to the nearest word in {@code lower} that starts with one of the
     * cues, or -1.
     */
    static int nearestCue(String lower, List<String> cues, int anchor) {
        int best = -1;
        for (String c : cues) {
            for (int s = lower.indexOf(c); s >= 0; s = lower.indexOf(c, s + 1)) {
                if (s > 0 && Character.isLetter(lower.charAt(s - 1))) continue;
                int e = s + c.length();
                // Short cues ("up") must be whole words; longer ones are word prefixes ("verlor" in "verloren").
                if (c.length() <= 2 && e < lower.length() && Character.isLetter(lower.charAt(e))) continue;
                int d = Math.abs(s - anchor);
                if (best < 0 || d < best) best = d;
            }
        }
        return best;
    }
}
