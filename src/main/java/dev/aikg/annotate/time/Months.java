package dev.aikg.annotate.time;

import java.util.Map;

/** Month and weekday names in German and English (with common abbreviations), lower case. */
public final class Months {
    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("februar", 2), Map.entry("february", 2), Map.entry("feb", 2), Map.entry("febr", 2),
            Map.entry("märz", 3), Map.entry("maerz", 3), Map.entry("march", 3), Map.entry("mär", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mai", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
            Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("okt", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("dezember", 12), Map.entry("december", 12), Map.entry("dez", 12), Map.entry("dec", 12));

    /** ISO day of week, 1 = Monday. */
    static final Map<String, Integer> WEEKDAYS = Map.ofEntries(
            Map.entry("montag", 1), Map.entry("monday", 1), Map.entry("dienstag", 2), Map.entry("tuesday", 2),
            Map.entry("mittwoch", 3), Map.entry("wednesday", 3), Map.entry("donnerstag", 4), Map.entry("thursday", 4),
            Map.entry("freitag", 5), Map.entry("friday", 5), Map.entry("samstag", 6), Map.entry("sonnabend", 6),
            Map.entry("saturday", 6), Map.entry("sonntag", 7), Map.entry("sunday", 7));

    private Months() { }

    /** The month (1–12) a German or English month name or abbreviation names, else null. */
    public static Integer month(String word) {
        String w = word.toLowerCase();
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        return MONTHS.get(w);
    }

    /**
     * The weekday of a word that is exactly a weekday name in any case ("Montag", "FRIDAY"), or null:
     * what {@link #weekday} answers for such a word, with one lookup.
     */
    static Integer weekdayName(String word) {
        return WEEKDAYS.get(word.toLowerCase());
    }

    /** The weekday named by a word, also in compounds such as "Montagmorgen" or "Monday's". */
    static Integer weekday(String word) {
        String w = word.toLowerCase();
        for (Map.Entry<String, Integer> e : WEEKDAYS.entrySet()) {
            if (w.startsWith(e.getKey())) {
                String rest = w.substring(e.getKey().length());
                if (rest.isEmpty() || rest.equals("s") || rest.equals("'s") || rest.equals("’s")
                        || rest.startsWith("morgen") || rest.startsWith("abend") || rest.startsWith("nachmittag")
                        || rest.startsWith("vormittag") || rest.startsWith("mittag") || rest.startsWith("nacht")) {
                    return e.getValue();
                }
            }
        }
        return null;
    }
}
