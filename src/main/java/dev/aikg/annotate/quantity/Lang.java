package dev.aikg.annotate.quantity;

import dev.aikg.model.Document;

/** The document language, guessed from a few function words when the source does not say. */
public final class Lang {
    private Lang() { }

    public static String of(Document d) {
        if (d.lang() != null && !d.lang().isBlank()) return d.lang();
        String t = d.text().length() > 4000 ? d.text().substring(0, 4000) : d.text();
        int de = count(t, " der ") + count(t, " die ") + count(t, " und ") + count(t, " ist ");
        int en = count(t, " the ") + count(t, " and ") + count(t, " is ") + count(t, " of ");
        return de >= en ? "de" : "en";
    }

    private static int count(String t, String w) {
        int n = 0;
        for (int i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) n++;
        return n;
    }
}
