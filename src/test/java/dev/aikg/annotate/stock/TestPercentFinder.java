package dev.aikg.annotate.stock;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TestPercentFinder {
    private static final Pattern PERCENT = Pattern.compile(
            "([+\\-–−—]\\s?)?(\\d{1,3}(?:[.,]\\d{1,2})?)\\s?(%|Prozent\\b|prozent\\b|percent\\b|per cent\\b|pct\\b)");

    @Test
    void signedAndWordPercentages() {
        String s = "Die Aktie verlor –8,9% und der Index gab 3 Prozent nach; Nvidia rose +4.25 percent.";
        List<PercentFinder.Percent> found = PercentFinder.find(s, 0, s.length(), "de");
        assertEquals(3, found.size());
        assertEquals(-1, found.get(0).sign());
        assertEquals(8.9, found.get(0).value(), 1e-9);
        assertEquals(0, found.get(1).sign());
        assertEquals(1, found.get(2).sign());
    }

    /** The plain find() over the region the finder replaced: the reference. */
    private static List<String> plain(String t, int from, int to) {
        List<String> out = new ArrayList<>();
        Matcher m = PERCENT.matcher(t).region(from, to);
        while (m.find()) {
            if (m.group(1) == null && m.start() > 0 && Character.isLetterOrDigit(t.charAt(m.start() - 1))) continue;
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    @Test
    void agreesWithAPlainSearchOnShuffledText() {
        String[] parts = {"1", "12", "1234", ",5", ".25", "%", " %", "Prozent", "prozent", " percent", " per cent", "pct",
            "pctx", "-", "+", "–", "—", " ", "a", "KI-", "x"};
        Random r = new Random(9);
        for (int round = 0; round < 20000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0, n = 1 + r.nextInt(8); i < n; i++) b.append(parts[r.nextInt(parts.length)]);
            String t = b.toString();
            int from = r.nextInt(Math.max(1, t.length() / 3)), to = t.length() - r.nextInt(Math.max(1, t.length() / 4));
            if (to < from) continue;
            List<String> got = new ArrayList<>();
            for (PercentFinder.Percent p : PercentFinder.find(t, from, to, "en")) got.add(p.start() + "-" + p.end());
            assertEquals(plain(t, from, to), got, t + " [" + from + "," + to + ")");
        }
    }
}
