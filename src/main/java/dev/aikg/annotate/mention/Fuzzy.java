package dev.aikg.annotate.mention;

import java.util.ArrayList;
import java.util.List;

/** Edit-distance helpers for typo-tolerant matching. */
final class Fuzzy {
    private Fuzzy() { }

    /** The word itself and every string made by deleting one of its characters. */
    static List<String> deletions(String w) {
        List<String> out = new ArrayList<>(w.length() + 1);
        out.add(w);
        for (int i = 0; i < w.length(); i++) {
            out.add(w.substring(0, i) + w.substring(i + 1));
        }
        return out;
    }

    /** Damerau-Levenshtein distance (optimal string alignment), giving up above max. Three rolling rows. */
    static int distance(String a, String b, int max) {
        int n = a.length(), m = b.length();
        if (Math.abs(n - m) > max) return max + 1;
        int[] older = new int[m + 1], prev = new int[m + 1], cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j;
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, older[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) return max + 1;
            int[] t = older;
            older = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
