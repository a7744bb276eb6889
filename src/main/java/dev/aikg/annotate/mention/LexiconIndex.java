package dev.aikg.annotate.mention;

import dev.aikg.annotate.text.Token;
import dev.aikg.annotate.text.Tokenizer;
import dev.aikg.lexicon.Lexicon;
import dev.aikg.lexicon.LexiconEntry;
import dev.aikg.model.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The lexicon prepared for matching, built once and shared read-only by all threads.
 * A label is keyed by its word tokens joined without separators ("DeepSeek-R1", "DeepSeek R1" and
 * "Open AI"/"OpenAI" share a key), in lower case; the exact-case form is kept to decide case-aware
 * matches. All lower-case token prefixes of keys are kept too, so a scan extends an n-gram only
 * while some label can still match: about one hash lookup per token.
 */
public final class LexiconIndex {
    /** One label of one entry. */
    public record Label(LexiconEntry entry, String label, String exactKey, boolean context, int tokens,
                        List<Token> words, String lowerKey) {
        /** The lower-case key is derived: the fuzzy matcher compares it with every candidate word. */
        public Label(LexiconEntry entry, String label, String exactKey, boolean context, int tokens, List<Token> words) {
            this(entry, label, exactKey, context, tokens, words, exactKey.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Everything the lexicon scan asks of one lower-case n-gram key, so the scan makes one hash
     * lookup per n-gram: whether some label key starts with it, the labels keyed by it, and the key
     * it is the genitive of ("nvidias" → "nvidia"); and the characters that can follow it in a
     * longer key, so the scan extends an n-gram only when the next token's first letter fits.
     */
    public record Key(boolean prefix, List<Label> labels, String genitiveStem, List<Label> genitiveLabels, String next) {
        /** True when some longer key continues this one with the character c. */
        public boolean continuesWith(char c) { return next.indexOf(c) >= 0; }
    }

    private static final Tokenizer TOKENIZER = new Tokenizer();

    private final Lexicon lexicon;
    private final Map<String, List<Label>> byKey = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();
    private final Map<String, LexiconEntry> byTicker = new HashMap<>();
    private final Map<String, List<LexiconEntry>> bySymbol = new HashMap<>();
    private final Map<String, Set<String>> related = new HashMap<>();
    private final Set<String> labelWords = new HashSet<>();
    private final Map<String, List<Label>> multiWordByToken = new HashMap<>();
    /** The same labels bucketed for the typo matcher, built once every label is known. */
    private final Map<String, WordInLabels> wordInLabels = new HashMap<>();
    /** Long one-word labels by their first two letters, then by length. */
    private final Map<Integer, Map<Integer, List<Label>>> longByLetters = new HashMap<>();
    /** Each key with a genitive "s" appended, mapped to the key: one lookup folds "nvidias" to "nvidia". */
    private final Map<String, String> genitives = new HashMap<>();
    /** Labels whose first word may be an inflected German adjective ("Deutsche Bank"), see {@link #addInflected}. */
    private final List<Label> inflectable = new ArrayList<>();
    /** Labels whose head noun takes a complement with "für" ("Institut für …"), see {@link #addHeadGenitive}. */
    private final List<Label> withComplement = new ArrayList<>();
    private final Map<String, Key> keys = new HashMap<>();
    private final Vocabulary vocabulary;
    private int maxTokens = 1;

    public LexiconIndex(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (LexiconEntry e : lexicon.entries()) {
            for (String l : e.labels()) addLabel(e, l, false);
            for (String l : e.contextLabels()) addLabel(e, l, true);
            if (e.ticker() != null) {
                byTicker.put(e.ticker().toUpperCase(Locale.ROOT), e);
                String sym = e.ticker().substring(e.ticker().indexOf(':') + 1).toUpperCase(Locale.ROOT);
                bySymbol.computeIfAbsent(sym, k -> new ArrayList<>()).add(e);
            }
            for (List<String> targets : e.links().values()) {
                for (String t : targets) {
                    related.computeIfAbsent(e.id(), k -> new HashSet<>()).add(t);
                    related.computeIfAbsent(t, k -> new HashSet<>()).add(e.id());
                }
            }
        }
        for (Label l : inflectable) addInflected(l);
        for (Label l : withComplement) addHeadGenitive(l);
        for (String key : byKey.keySet()) genitives.put(key + "s", key);
        buildKeys();
        multiWordByToken.forEach((w, labels) -> wordInLabels.put(w, WordInLabels.of(w, labels)));
        vocabulary = new Vocabulary(keys, wordInLabels);
    }

    /** Every word the finders know, with its classes and lexicon keys: one lookup per token. */
    public Vocabulary vocabulary() { return vocabulary; }

    /** The union of prefixes, label keys and genitives, one record per distinct string. */
    private void buildKeys() {
        Set<String> all = new HashSet<>(prefixes);
        all.addAll(genitives.keySet());
        // Every proper prefix of a prefix or a genitive key is itself a prefix: its next characters
        // are those of its one-longer children.
        Map<String, StringBuilder> next = new HashMap<>();
        for (String k : all) {
            if (k.length() < 2) continue;
            StringBuilder sb = next.computeIfAbsent(k.substring(0, k.length() - 1), x -> new StringBuilder());
            if (sb.indexOf(String.valueOf(k.charAt(k.length() - 1))) < 0) sb.append(k.charAt(k.length() - 1));
        }
        for (String k : all) {
            StringBuilder n = next.get(k);
            String stem = genitives.get(k);
            keys.put(k, new Key(prefixes.contains(k), byKey.getOrDefault(k, List.of()), stem,
                    stem == null ? List.of() : byKey.getOrDefault(stem, List.of()), n == null ? "" : n.toString()));
        }
    }

    private void addLabel(LexiconEntry e, String label, boolean context) {
        List<Token> words = words(label);
        if (words.isEmpty()) return;
        // A one-word label that is a common word ("Zeit", "Welt") needs context, whatever the lexicon says.
        if (words.size() == 1 && Cues.NOT_NAME.contains(words.get(0).lower())) context = true;
        String exact = join(words, words.size(), false);
        // "e&", "1&1": keys hold words only, and what is left ("e", "11") would match any such token.
        if (exact.length() < 3 && !exact.equals(label) || !hasLetter(exact)) return;
        register(e, label, exact, context, words);
        String first = words.get(0).text();
        if (words.size() >= 2 && adjectiveStem(first, e.type()) != null) {
            inflectable.add(new Label(e, label, exact, context, words.size(), words));
        }
        if (words.size() >= 3 && e.type() != EntityType.PERSON && complementAt(words) >= 0) {
            withComplement.add(new Label(e, label, exact, context, words.size(), words));
        }
        if (!context) addFuzzyKeys(e, label, exact, words);
        for (Token w : words) labelWords.add(w.lower());
        // "die London Stock Exchange Gruppe", "the Schwarz Group": a group's name is translated with its last word.
        if (words.size() >= 2) {
            String other = label.endsWith(" Group") ? label.substring(0, label.length() - 5) + "Gruppe"
                    : label.endsWith(" Gruppe") ? label.substring(0, label.length() - 6) + "Group" : null;
            if (other != null && !byKey.containsKey(join(words(other), words.size(), false).toLowerCase(Locale.ROOT))) {
                addLabel(e, other, context);
            }
        }
    }

    /**
     * German adjectives inflect: "Deutsche Bank" is also "der Deutschen Bank", "Neue Zürcher Zeitung" also "der Neuen
     * Zürcher Zeitung". Not where the first word is a name of its own: "Googles TPU" is Google's TPU, not an
     * inflection of "Google TPU". Run once every label is known, so that the test sees all one-word names.
     */
    private void addInflected(Label l) {
        List<Token> words = l.words();
        String first = words.get(0).text();
        if (byKey.containsKey(first.toLowerCase(Locale.ROOT))) return;
        String stem = adjectiveStem(first, l.entry().type());
        String rest = l.exactKey().substring(first.length());
        for (String ending : new String[]{"e", "en", "er", "em", "es"}) {
            if (!(stem + ending).equals(first)) addInflectedKey(l, stem + ending, rest);
        }
        // "des Hessischen Rundfunks", "des Statistischen Bundesamts", "des Deutschen Verbands der Spielwaren-Industrie":
        // the genitive also marks the noun after the adjective.
        String noun = words.get(1).text();
        if (Character.isUpperCase(noun.charAt(0)) && !noun.endsWith("s") && words.get(1).start() == words.get(0).end() + 1) {
            String tail = rest.substring(noun.length());
            for (String genitive : new String[]{"s", "es"}) addInflectedKey(l, stem + "en", noun + genitive + tail);
        }
    }

    /** The index of the word before the first "für" of a German label, or -1. */
    private static int complementAt(List<Token> words) {
        for (int i = 0; i + 1 < words.size(); i++) if (words.get(i + 1).lower().equals("für")) return i;
        return -1;
    }

    /**
     * "des Max-Planck-Instituts für Plasmaphysik", "des Bundesamts für Sicherheit in der Informationstechnik": the genitive
     * marks the head noun before its complement, inside the name.
     */
    private void addHeadGenitive(Label l) {
        List<Token> words = l.words();
        int head = complementAt(words);
        Token noun = words.get(head);
        if (!Character.isUpperCase(noun.text().charAt(0)) && !(noun.text().startsWith("-") && noun.text().length() > 1
                && Character.isUpperCase(noun.text().charAt(1))) || noun.text().endsWith("s") || noun.length() < 4) return;
        StringBuilder before = new StringBuilder(), after = new StringBuilder();
        for (int i = 0; i < words.size(); i++) (i <= head ? before : after).append(words.get(i).text());
        String first = words.get(0).text();
        for (String genitive : new String[]{"s", "es"}) {
            String key = before + genitive + after;
            addInflectedKey(l, first, key.substring(first.length()));
        }
    }

    private void addInflectedKey(Label l, String firstAs, String rest) {
        String key = (firstAs + rest).toLowerCase(Locale.ROOT);
        byKey.computeIfAbsent(key, k -> new ArrayList<>())
                .add(new Label(l.entry(), l.label(), firstAs + rest, l.context(), l.words().size(), l.words()));
        for (int k = 1; k <= key.length(); k++) prefixes.add(key.substring(0, k));
    }

    /**
     * The stem of a German adjective opening a name, or null: "Deutsche Bank", "Neue Zürcher Zeitung", and (not for people:
     * "Peter", "Walter") the strong forms of an adjective by its suffix, "Deutscher Wetterdienst", "Statistisches
     * Bundesamt", "Liechtensteinischer Bankenverband".
     */
    private static String adjectiveStem(String first, EntityType type) {
        if (first.length() <= 3 || !Character.isUpperCase(first.charAt(0))) return null;
        if (first.endsWith("e")) return first.substring(0, first.length() - 1);
        if (type == EntityType.PERSON || !(first.endsWith("er") || first.endsWith("es"))) return null;
        String stem = first.substring(0, first.length() - 2);
        return stem.length() >= 4 && ADJECTIVE_SUFFIX.matcher(stem).matches() ? stem : null;
    }

    private static final java.util.regex.Pattern ADJECTIVE_SUFFIX = java.util.regex.Pattern.compile(".*(isch|sch|ig|lich|al|ell)");

    private void register(LexiconEntry e, String label, String exact, boolean context, List<Token> words) {
        String key = exact.toLowerCase(Locale.ROOT);
        List<Label> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        for (Label l : list) {
            if (l.entry() == e && l.exactKey().equals(exact)) return;
        }
        list.add(new Label(e, label, exact, context, words.size(), words));
        addPrefixes(words, words.get(0).text());
        maxTokens = Math.max(maxTokens, words.size());
    }

    /** Every character prefix of the key: the text may split a label elsewhere ("Open AI", "Chat-GPT"). */
    private void addPrefixes(List<Token> words, String firstAs) {
        StringBuilder sb = new StringBuilder(firstAs.toLowerCase(Locale.ROOT));
        for (int i = 1; i < words.size(); i++) sb.append(words.get(i).lower());
        for (int k = 1; k <= sb.length(); k++) prefixes.add(sb.substring(0, k));
    }

    /** Multi-word labels by each of their words; long single words by their first two letters. */
    private void addFuzzyKeys(LexiconEntry e, String label, String exact, List<Token> words) {
        Label l = new Label(e, label, exact, false, words.size(), words);
        if (words.size() >= 2 && exact.length() >= 6) {
            for (Token w : words) {
                if (w.length() >= 3) multiWordByToken.computeIfAbsent(w.lower(), k -> new ArrayList<>()).add(l);
            }
        } else if (words.size() == 1 && exact.length() >= 7 && Character.isLetter(exact.charAt(0)) && lettersAndDigits(exact)) {
            // "Cambrai" is no typo of "CAMB.AI": a typo replaces a letter with a letter, never with a dot.
            longByLetters.computeIfAbsent(letters(exact.toLowerCase(Locale.ROOT)), k -> new HashMap<>())
                    .computeIfAbsent(exact.length(), k -> new ArrayList<>()).add(l);
        }
    }

    private static boolean lettersAndDigits(String s) {
        for (int i = 0; i < s.length(); i++) if (!Character.isLetterOrDigit(s.charAt(i))) return false;
        return true;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return true;
        return false;
    }

    static List<Token> words(String label) {
        List<Token> out = new ArrayList<>();
        for (Token t : TOKENIZER.tokenize(label)) {
            if (t.word()) out.add(t);
        }
        return out;
    }

    static String join(List<Token> words, int n, boolean lower) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(lower ? words.get(i).lower() : words.get(i).text());
        return sb.toString();
    }

    public Lexicon lexicon() { return lexicon; }

    /** Labels whose lower-case key is this, or an empty list. */
    public List<Label> lookup(String lowerKey) {
        return byKey.getOrDefault(lowerKey, List.of());
    }

    /** The key this lower-case text is the genitive of ("nvidias" → "nvidia"), or null. */
    public String genitiveStem(String lowerKey) { return genitives.get(lowerKey); }

    /** What the lexicon knows of this lower-case n-gram key, or null when it is no prefix and no genitive. */
    public Key key(String lowerKey) { return keys.get(lowerKey); }

    /** True when some label key starts with this lower-case token sequence. */
    public boolean isPrefix(String lowerKey) { return prefixes.contains(lowerKey); }

    public int maxTokens() { return maxTokens; }

    /** The entry with this "EXCHANGE:SYMBOL" primary ticker, or null. */
    public LexiconEntry byTicker(String ticker) {
        LexiconEntry e = byTicker.get(ticker.toUpperCase(Locale.ROOT));
        return e != null ? e : lexicon.byListing(ticker);
    }

    /** Entries whose primary ticker has this symbol. */
    public List<LexiconEntry> bySymbol(String symbol) {
        return bySymbol.getOrDefault(symbol.toUpperCase(Locale.ROOT), List.of());
    }

    /** Ids linked to or from this entry (developer, maker, parent, founders, CEOs, models built on it...). */
    public Set<String> related(String id) { return related.getOrDefault(id, Set.of()); }

    /** True when a lower-case word occurs in some label (so it is a name part, not a surname guess). */
    public boolean isLabelWord(String lower) { return labelWords.contains(lower); }

    /** The multi-word labels holding this lower-case word, bucketed for the typo matcher, or null. */
    WordInLabels labelsHolding(String lowerWord) {
        return wordInLabels.get(lowerWord);
    }

    /** Long one-word labels with the same first two letters: the candidates for a typo of this word. */
    public List<Label> longLabelsNear(String lowerWord) {
        // Most capitalised words (every German noun) share their first letters with no long label.
        List<Label>[] byLength = nearByLetters().get(letters(lowerWord));
        if (byLength == null || lowerWord.length() >= byLength.length) return List.of();
        return byLength[lowerWord.length()];
    }

    /** Per first two letters, per word length: the long labels within two letters of that length, shortest first. */
    private volatile Map<Integer, List<Label>[]> nearByLetters;

    private Map<Integer, List<Label>[]> nearByLetters() {
        Map<Integer, List<Label>[]> near = nearByLetters;
        if (near != null) return near;
        near = new HashMap<>();
        for (Map.Entry<Integer, Map<Integer, List<Label>>> e : longByLetters.entrySet()) {
            int max = 0;
            for (int len : e.getValue().keySet()) max = Math.max(max, len);
            @SuppressWarnings("unchecked")
            List<Label>[] byLength = new List[max + 3];
            for (int q = 0; q < byLength.length; q++) {
                List<Label> out = new ArrayList<>();
                for (int len = q - 2; len <= q + 2; len++) {
                    List<Label> hits = e.getValue().get(len);
                    if (hits != null) out.addAll(hits);
                }
                byLength[q] = java.util.Collections.unmodifiableList(out);
            }
            near.put(e.getKey(), byLength);
        }
        nearByLetters = near;
        return near;
    }

    /**
     * Long labels are bucketed by their first two letters. The pair is scrambled by an odd multiplier
     * (a bijection, so keys stay distinct): as plain {@code c0 << 16 | c1}, HashMap's spreading leaves
     * {@code c0 ^ c1} in the low bits, some 32 buckets for all letter pairs, each a tree to search.
     */
    private static int letters(String lower) {
        int pair = lower.length() < 2 ? lower.charAt(0) : lower.charAt(0) << 16 | lower.charAt(1);
        return pair * 0x9E3779B9;
    }

}
