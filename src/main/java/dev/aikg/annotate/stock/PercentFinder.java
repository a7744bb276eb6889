package dev.aikg.annotate.stock;

import dev.aikg.annotate.quantity.NumberParser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds percentages ("–8,9%", "-4.2 %", "17 Prozent", "3 percent") with an explicit sign if written. */
final class PercentFinder {
    record Percent(int start, int numberStart, int end, double value, int sign) { }

    private static final Pattern PERCENT = Pattern.compile(
            "([+\\-–−—]\\s?)?(\\d{1,3}(?:[.,]\\d{1,2})?)\\s?(%|Prozent\\b|prozent\\b|percent\\b|per cent\\b|pct\\b)");

    private PercentFinder() { }

    /** The sentences that hold a percent sign or word, found by a few indexOf passes over the whole text. */
    static java.util.List<dev.aikg.model.Sentence> sentencesWithPercent(dev.aikg.annotate.AnnotatedDocument doc) {
        String t = doc.text();
        java.util.TreeMap<Integer, dev.aikg.model.Sentence> found = new java.util.TreeMap<>();
        for (String needle : new String[] {"%", "rozent", "ercent", "er cent", "pct"}) {
            for (int i = t.indexOf(needle); i >= 0; i = t.indexOf(needle, i + 1)) {
                dev.aikg.model.Sentence s = doc.sentenceAt(i);
                if (s != null) found.putIfAbsent(s.index(), s);
            }
        }
        return new java.util.ArrayList<>(found.values());
    }

    static List<Percent> find(String text, int from, int to, String lang) {
        List<Percent> out = new ArrayList<>();
        Matcher m = PERCENT.matcher(text);
        // find() would try the pattern at every character; a match starts at a sign or an ASCII digit, so
        // only those are tried, leftmost first, each search resuming after the last match as find() does.
        int p = from;
        while (p < to) {
            if (!mayStart(text.charAt(p))) { p++; continue; }
            m.region(p, to);
            if (!m.lookingAt()) { p++; continue; }
            p = m.end();
            if (m.group(1) == null && m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1))) continue;
            String num = m.group(2);
            // In a percentage a lone separator is always the decimal mark ("8,9%", "4.2%").
            double v = NumberParser.parse(num.replace(',', '.'), "en");
            int sign = 0;
            if (m.group(1) != null) sign = m.group(1).charAt(0) == '+' ? 1 : -1;
            if (m.group(1) != null && m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1))) sign = 0;
            out.add(new Percent(m.start(), m.start(2), m.end(), v, sign));
        }
        words(text, from, to, out);
        return out;
    }

    /** "um sieben Prozent", "fell five percent": small numbers written as words, as news style books ask. */
    private static final Pattern WORD_PERCENT = Pattern.compile("(?iu)\\b(eins|ein|einen|zwei|drei|vier|fünf|sechs|sieben|acht|"
            + "neun|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "fifteen|twenty|thirty)\\s+(prozent|percent|per cent)\\b");
    private static final java.util.Map<String, Integer> NUMBER_WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("eins", 1), java.util.Map.entry("ein", 1), java.util.Map.entry("einen", 1),
            java.util.Map.entry("zwei", 2), java.util.Map.entry("drei", 3), java.util.Map.entry("vier", 4),
            java.util.Map.entry("fünf", 5), java.util.Map.entry("sechs", 6), java.util.Map.entry("sieben", 7),
            java.util.Map.entry("acht", 8), java.util.Map.entry("neun", 9), java.util.Map.entry("zehn", 10),
            java.util.Map.entry("elf", 11), java.util.Map.entry("zwölf", 12), java.util.Map.entry("fünfzehn", 15),
            java.util.Map.entry("zwanzig", 20), java.util.Map.entry("dreißig", 30), java.util.Map.entry("one", 1),
            java.util.Map.entry("two", 2), java.util.Map.entry("three", 3), java.util.Map.entry("four", 4),
            java.util.Map.entry("five", 5), java.util.Map.entry("six", 6), java.util.Map.entry("seven", 7),
            java.util.Map.entry("eight", 8), java.util.Map.entry("nine", 9), java.util.Map.entry("ten", 10),
            java.util.Map.entry("eleven", 11), java.util.Map.entry("twelve", 12), java.util.Map.entry("fifteen", 15),
            java.util.Map.entry("twenty", 20), java.util.Map.entry("thirty", 30));

    private static void words(String text, int from, int to, List<Percent> out) {
        String span = text.substring(from, to);
        String lower = span.toLowerCase(java.util.Locale.ROOT);
        if (!lower.contains("prozent") && !lower.contains("percent") && !lower.contains("per cent")) return;
        Matcher m = WORD_PERCENT.matcher(span);
        boolean added = false;
        while (m.find()) {
            Integer v = NUMBER_WORDS.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
            if (v == null) continue;
            out.add(new Percent(from + m.start(), from + m.start(), from + m.end(), v, 0));
            added = true;
        }
        if (added) out.sort(java.util.Comparator.comparingInt(Percent::start));
    }

    /** The characters a percentage can start with: a sign of the pattern's class, or a digit of {@code \d}. */
    private static boolean mayStart(char c) {
        return c >= '0' && c <= '9' || c == '+' || c == '-' || c == '–' || c == '−' || c == '—';
    }
}
