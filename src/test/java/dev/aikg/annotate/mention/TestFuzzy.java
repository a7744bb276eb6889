package dev.aikg.annotate.mention;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The rolling-row edit distance gives what the full matrix gives, including the early exit; the typo matcher's
 * inner-capital test.
 */
class TestFuzzy {
    /** The full-matrix optimal string alignment distance, capped like {@link Fuzzy#distance}. */
    private static int reference(String a, String b, int max) {
        int n = a.length(), m = b.length();
        if (Math.abs(n - m) > max) return max + 1;
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) d[i][0] = i;
        for (int j = 0; j <= m; j++) d[0][j] = j;
        for (int i = 1; i <= n; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) return max + 1;
        }
        return d[n][m];
    }

    @Test
    void knownPairs() {
        assertEquals(1, Fuzzy.distance("anthropic", "antrhopic", 2), "one transposition");
        assertEquals(1, Fuzzy.distance("socker", "socher", 1));
        assertEquals(2, Fuzzy.distance("anthropen", "anthropic", 2));
        assertEquals(0, Fuzzy.distance("nvidia", "nvidia", 1));
        assertEquals(2, Fuzzy.distance("tokyo", "kyoto", 1), "over the cap");
    }

    @Test
    void agreesWithTheFullMatrix() {
        Random r = new Random(11);
        for (int k = 0; k < 20_000; k++) {
            String a = word(r), b = r.nextBoolean() ? typo(a, r) : word(r);
            int max = 1 + r.nextInt(2);
            assertEquals(reference(a, b, max), Fuzzy.distance(a, b, max), a + " / " + b);
        }
    }

    private static String word(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(10);
        for (int i = 0; i < n; i++) sb.append((char) ('a' + r.nextInt(4)));
        return sb.toString();
    }

    private static String typo(String w, Random r) {
        if (w.length() < 2) return w + "x";
        int i = r.nextInt(w.length() - 1);
        return switch (r.nextInt(3)) {
            case 0 -> w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2);
            case 1 -> w.substring(0, i) + w.substring(i + 1);
            default -> w.substring(0, i) + 'b' + w.substring(i + 1);
        };
    }

    @Test
    void aWordsInnerCapitalMustStandOnTheLabelsSameLetter() {
        org.junit.jupiter.api.Assertions.assertFalse(FuzzyMentionFinder.innerCapitalsKept("ClearBay", "Clearpay"),
                "another letter where the maker joined two words is another name");
        org.junit.jupiter.api.Assertions.assertTrue(FuzzyMentionFinder.innerCapitalsKept("DeepSeak", "DeepSeek"));
        org.junit.jupiter.api.Assertions.assertTrue(FuzzyMentionFinder.innerCapitalsKept("STMicroelectronix", "STMicroelectronics"));
        org.junit.jupiter.api.Assertions.assertTrue(FuzzyMentionFinder.innerCapitalsKept("Anthropen", "Anthropic"));
    }
}
