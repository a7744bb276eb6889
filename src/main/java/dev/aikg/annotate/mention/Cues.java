package dev.aikg.annotate.mention;

import dev.aikg.annotate.text.Token;
import dev.aikg.model.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Cue words of German and English news, lower case: words that tell the type of an adjacent name
 * ("Aktie", "Modell", "Chip"), role nouns that announce a person ("Analystin", "founder"), legal
 * suffixes and cue nouns that announce an organisation ("GmbH", "Hedgefonds"), and words that are
 * never part of a name. Word lists that are long live in resource files next to this class.
 */
public final class Cues {
    private Cues() { }

    public static final Set<String> ORG_TYPE = Cues.hashed("aktie", "aktien", "anteile", "anteil", "anteils", "aktionäre", "shares", "share",
            "stock", "stocks", "konzern", "konzerns", "konzerne", "gruppe", "group", "inc", "corp", "corporation",
            "company", "unternehmen", "unternehmens", "firma", "ceo", "chef", "chefin", "gründer", "gründerin",
            "mitgründer", "founder", "cofounder", "sprecher", "sprecherin", "spokesperson", "spokesman", "tochter",
            "mutter", "mutterkonzern", "parent", "unit", "subsidiary", "division", "einheit", "sparte", "börsenwert", "marktwert", "aktienkurs", "kurs", "umsatz", "revenue",
            "earnings", "quartalszahlen", "ag", "se", "plc", "ltd", "llc", "holding", "papiere", "titel",
            "manager", "managerin", "mitarbeiter", "mitarbeiterin", "mitarbeitende", "employees", "chefs", "ceos",
            "analyst", "analysten", "investoren", "deal", "übernahme", "platforms", "konkurrent", "rivale",
            "rivalen", "tech-konzern", "techkonzern", "börse", "marktkapitalisierung", "investor", "investors", "geldgeber",
            "kapitalgeber", "staatsfonds", "hedgefonds", "vermögensverwalter");
    public static final Set<String> MODEL_TYPE = Cues.hashed("modell", "modells", "modelle", "modellen", "model",
            "models", "chatbot", "chatbots", "assistent", "assistant", "sprachmodell", "sprachmodells", "llm", "llms",
            "reasoning", "reasoner", "bot", "ki-modell", "ki-modells", "ki-chatbot", "version", "release",
            "schlussfolgerungsmodell", "inferenzmodell", "argumentationsmodell",
            // A model family is named as one: "die Luminous-Reihe", "the Claude family".
            "reihe", "modellreihe", "modellfamilie", "familie", "family", "series");
    public static final Set<String> CHIP_TYPE = Cues.hashed("chip", "chips", "gpu", "gpus", "beschleuniger",
            "accelerator", "accelerators", "prozessor", "prozessoren", "processor", "processors", "grafikprozessor",
            "grafikprozessoren", "grafikkarte", "grafikkarten", "halbleiter", "semiconductor", "semiconductors",
            "superchip", "superchips", "ki-chips", "ki-chip", "server", "cluster", "rechenchips", "ai-chips",
            // "Nvidias Hopper-Generation", "seine Ascend-Reihe", "the Blackwell architecture": a chip line's own words.
            "generation", "generationen", "reihe", "architektur", "architecture", "systeme", "systemen");

    /** Words next to a person's surname: "Präsident Biden", "Biden-Regierung", "Altman-Interview". */
    public static final Set<String> PERSON_TYPE = Cues.hashed("regierung", "administration", "regime", "lager", "ära",
            "era", "team", "interview", "rede", "speech", "präsident", "president", "präsidentin", "kanzler",
            "kanzlerin", "ceo", "chef", "chefin", "minister", "ministerin", "senator", "gründer", "founder", "herr",
            "frau", "mr", "mrs", "ms", "mister", "dr", "milliardär", "billionaire", "tech-milliardär", "vorgänger", "nachfolger");
    /**
     * "unterschreibt ein Mensch", "kommt ein Kranich": a surname after an article or possessive is a noun, unless a word of
     * a person's office follows ("the Trump administration"). Words in lower case; after may be null.
     */
    public static boolean surnameReadsAsNoun(String before, String after) {
        return before != null && DETERMINERS.contains(before) && (after == null || !PERSON_TYPE.contains(after));
    }

    /** German indefinite articles and their negation: a capitalised word after one is a noun ("eine Allianz mit …"). */
    static final Set<String> INDEFINITE_DE = hashed("ein", "eine", "einer", "einen", "einem", "eines", "kein", "keine", "keinen",
            "keinem", "keiner");

    /** Articles and demonstratives: a capitalised word after them is a common noun, not a company. */
    public static final Set<String> DETERMINERS = Cues.hashed("der", "die", "das", "den", "dem", "des", "ein", "eine",
            "einer", "eines", "einem", "einen", "dieser", "diese", "dieses", "diesem", "diesen", "jeder", "jede",
            "jedes", "jedem", "jeden", "kein", "keine", "keiner", "keinem", "keinen", "seine", "seiner", "seinem",
            "ihre", "ihrer", "ihrem", "unsere", "sein", "seinen", "ihr", "ihren", "unser", "unserem", "unseren",
            "unserer", "dessen", "deren", "its", "his", "her", "their", "our", "my", "your", "whose", "the", "a", "an", "this", "that", "these", "those", "every", "each",
            "zur", "zum", "im", "beim", "vom", "am");

    /** Nouns for roles people hold; also matched as the last part of a compound ("Halbleiter-Analyst"). */
    public static final Set<String> ROLES = load("roles.txt");
    /** Capitalised words that are never a name part: articles, pronouns, months, weekdays, places... */
    public static final Set<String> NOT_NAME = load("not-names.txt");
    /** Given names of many languages, lower case. */
    public static final Set<String> GIVEN_NAMES = load("given-names.txt");
    /** Chinese family names in pinyin, lower case ("liang", "huang"). */
    public static final Set<String> CHINESE_SURNAMES = load("chinese-surnames.txt");

    public static final Set<String> SPEECH = Cues.hashed("sagte", "sagt", "sagten", "erklärte", "erklärt", "meint",
            "meinte", "betonte", "betont", "schrieb", "schreibt", "warnte", "warnt", "kommentierte", "bemerkte",
            "argumentierte", "so", "laut", "said", "says", "told", "wrote", "writes", "added", "noted", "argued",
            "warned", "explained", "commented", "stated", "tweeted", "posted", "zufolge", "fügte", "glaubt",
            "glaubte", "findet", "fand", "sieht", "sah", "urteilt", "urteilte", "mahnt", "mahnte", "thinks", "believes");
    /** Words that join list items: "VAT und Comet", "Microsoft, Amazon, Meta". */
    public static final Set<String> CONNECTORS = Cues.hashed(",", "und", "and", "oder", "or", "sowie", "&", "/",
            "wie", "as", "plus", "sondern", "bzw", "versus", "vs", "gegen");
    public static final Set<String> ROLE_PREPOSITIONS = Cues.hashed("bei", "beim", "von", "vom", "at", "of", "für",
            "for", "der", "des", "from", "with");

    /** An unmodifiable hash set: faster than Set.of for the many lookups per token of the finders. */
    /**
     * Adjectives of a country or region, written with a capital in English: "led by Dutch chip-equipment maker
     * ASML", "a Chinese start-up" name no company and no city.
     */
    public static final Set<String> DEMONYMS = hashed("american", "german", "korean", "mexican", "african", "dutch",
            "swiss", "french", "greek", "thai", "israeli", "emirati", "saudi", "pakistani", "qatari", "kuwaiti", "omani",
            "nepali", "bangladeshi", "iraqi", "chinese", "british", "japanese", "swedish", "italian", "spanish", "indian",
            "canadian", "european", "asian", "taiwanese", "singaporean", "norwegian", "danish", "finnish", "austrian",
            "belgian", "irish", "polish", "russian", "brazilian", "australian", "french-german", "us", "u.s.", "uk", "eu",
            "gulf",
            // "Zimbabwean billionaire Strive Masiyiwa": Africa's peoples too.
            "zimbabwean", "kenyan", "nigerian", "ghanaian", "egyptian", "moroccan", "ethiopian", "rwandan", "ugandan",
            "tanzanian", "senegalese", "ivorian", "cameroonian", "zambian", "tunisian", "algerian", "angolan", "namibian");

    /** The indefinite articles, English and German: a noun after one describes, it names nothing ("eine Neobank"). */
    static final Set<String> INDEFINITE_ARTICLES = hashed("a", "an", "ein", "eine", "eines", "einem", "einen", "einer");

    /** Last words of trade and public bodies: "British Retail Consortium", "Gambling Commission", "Steel Authority of India". */
    public static final Set<String> PUBLIC_BODY_WORDS = hashed("consortium", "association", "council", "commission", "authority");

    /** Words that introduce a product's name: "ein Modell namens X", "a chip called X". */
    static final Set<String> NAMING_WORDS = hashed("namens", "named", "called", "genannt");

    /** A German adjective's case ending, on a lower-case word: "kleinere", "neuen", "großer", "altes", "jungem". */
    static boolean germanCaseEnding(String lower) {
        return lower.endsWith("e") || lower.endsWith("en") || lower.endsWith("er") || lower.endsWith("es") || lower.endsWith("em");
    }

    public static Set<String> hashed(String... words) {
        return java.util.Collections.unmodifiableSet(new HashSet<>(java.util.Arrays.asList(words)));
    }

    /** The words of all the sets, as one. */
    @SafeVarargs
    static Set<String> union(Set<String>... sets) {
        Set<String> out = new HashSet<>();
        for (Set<String> s : sets) out.addAll(s);
        return java.util.Collections.unmodifiableSet(out);
    }

    /** Words that make a sentence one about raising money (substrings of its lower-case text). */
    private static final String[] FUNDING_WORDS = {"raised", "raises", "raise", "funding", "round", "financing", "invest",
        "backed", "series", "eingesammelt", "sammelt", "finanzierung", "runde", "kapital", "geldgeber"};

    /** The sentence of token i speaks of raising money ("a round led by …", "Geld vom Investor … eingesammelt"). */
    static boolean fundingSentence(DocumentTokens d, int i) {
        var s = d.doc().sentences().get(d.sentence(i));
        String lower = d.text().substring(s.start(), s.end()).toLowerCase(java.util.Locale.ROOT);
        for (String w : FUNDING_WORDS) if (lower.contains(w)) return true;
        return false;
    }

    /** A German noun in the plural or dative ("Konzernen", "Privatanlegern"), which one word of a name seldom is. */
    static boolean pluralLike(String lower) {
        return lower.endsWith("en") || lower.endsWith("ern");
    }

    /** The cue set for a type, or an empty set. */
    /** Words that make a context label of an index name the index ("Leitindex Dow Jones", "the Dow index"). */
    public static final Set<String> INDEX_TYPE = Cues.hashed("index", "leitindex", "aktienindex", "börsenindex",
            "indizes", "indices", "indexes", "standardwerteindex", "technologieindex", "auswahlindex", "benchmark");

    public static Set<String> typeCues(EntityType type) {
        return switch (type) {
            case STOCK_INDEX -> INDEX_TYPE;
            case ORGANIZATION -> ORG_TYPE;
            case AI_MODEL -> MODEL_TYPE;
            case CHIP -> CHIP_TYPE;
            case PERSON -> PERSON_TYPE;
            default -> Set.of();
        };
    }

    public static final int F_NOT_NAME = 1, F_GIVEN = 2, F_CHINESE = 4, F_ROLE = 8, F_ORG_TYPE = 16, F_MODEL_TYPE = 32,
            F_CHIP_TYPE = 64, F_SPEECH = 128, F_ORG_SUFFIX = 256, F_ORG_CUE_NOUN = 512, F_LOWER_TRIGGER = 1024,
            F_MEDIA_NOUN = 2048, F_DETERMINER = 4096, F_MODEL_FAMILY = 8192, F_CHIP_FAMILY = 16384, F_KNOWN = 1 << 30;
    /**
     * On a token: the word is in no list, and whether it is a compound role noun is not settled yet.
     * That test is the only one left for such a word, and most tokens are never asked it.
     */
    static final int F_UNLISTED = 1 << 29;
    /** A surname is none of these: role, type cue, legal suffix or organisation cue noun. */
    static final int F_NOT_SURNAME = F_ROLE | F_ORG_TYPE | F_CHIP_TYPE | F_MODEL_TYPE | F_ORG_SUFFIX | F_ORG_CUE_NOUN;
    private static final int MEMO_LIMIT = 200_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, Integer> MEMO = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The word classes of a lower-case word as bit flags, computed once per distinct word and
     * remembered: the finders ask many questions of each token, and one hash lookup answers them all.
     */
    public static int flags(String lower) {
        Integer f = MEMO.get(lower);
        if (f != null) return f;
        int v = classify(lower);
        if (MEMO.size() < MEMO_LIMIT) MEMO.put(lower, v);
        return v;
    }

    /** The word lists and the class bit each one sets. Built on first use: they live in several classes. */
    private static final class Lists {
        @SuppressWarnings("unchecked")
        static final Set<String>[] SETS = new Set[]{NOT_NAME, GIVEN_NAMES, CHINESE_SURNAMES, ROLES, ORG_TYPE,
                MODEL_TYPE, CHIP_TYPE, SPEECH, OrganisationCues.ORG_SUFFIXES, OrganisationCues.ORG_CUE_NOUNS,
                CueMentionFinder.LOWER_TRIGGERS, OrganisationCues.MEDIA_NOUNS, DETERMINERS,
                PatternMentionFinder.MODEL_FAMILIES, PatternMentionFinder.CHIP_FAMILIES};
        static final int[] BITS = {F_NOT_NAME, F_GIVEN, F_CHINESE, F_ROLE, F_ORG_TYPE, F_MODEL_TYPE, F_CHIP_TYPE,
                F_SPEECH, F_ORG_SUFFIX, F_ORG_CUE_NOUN, F_LOWER_TRIGGER, F_MEDIA_NOUN, F_DETERMINER, F_MODEL_FAMILY,
                F_CHIP_FAMILY};
    }

    /** The word classes of a lower-case word, computed afresh (no memo). */
    static int classify(String lower) {
        int v = unlistedClasses(lower);
        for (int k = 0; k < Lists.SETS.length; k++) {
            if (Lists.SETS[k].contains(lower)) v |= Lists.BITS[k];
        }
        return v;
    }

    /** The classes of a word in none of the lists: at most a compound role noun ("Halbleiteranalyst"). */
    static int unlistedClasses(String lower) {
        return roleSuffix(lower) ? F_KNOWN | F_ROLE : F_KNOWN;
    }

    /** Every word of every list {@link #classify} consults. */
    static Set<String> listedWords() {
        Set<String> out = new HashSet<>();
        for (Set<String> s : Lists.SETS) out.addAll(s);
        return out;
    }

    public static boolean is(String lower, int flag) { return (flags(lower) & flag) != 0; }

    /** The word classes of a token: looked up once, then cached on the token. */
    public static int flags(Token t) {
        int f = t.classes();
        if (f == 0) {
            f = flags(t.lower());
            t.classes(f);
        } else if ((f & F_UNLISTED) != 0) {
            f = unlistedClasses(t.lower());
            t.classes(f);
        }
        return f;
    }

    public static boolean is(Token t, int flag) {
        int f = t.classes();
        // An unlisted word has no class but perhaps the role: only a question about roles settles it.
        if ((f & F_UNLISTED) != 0 && (flag & F_ROLE) == 0) return false;
        return (flags(t) & flag) != 0;
    }

    /** True when the word is a role noun or a compound ending in one ("Halbleiter-Analyst" arrives in parts). */
    public static boolean isRole(String lower) {
        return is(lower, F_ROLE);
    }

    private static final String[] ROLE_SUFFIXES = {"analyst", "analystin", "forscher", "forscherin", "wissenschaftler",
            "wissenschaftlerin", "chef", "chefin", "gründer", "gründerin", "experte", "expertin", "investor",
            "ökonom", "ökonomin", "stratege", "strategin", "manager", "managerin", "sprecher", "sprecherin",
            // "Kartellrechtler", "Arbeitsrechtlerin": a lawyer of a field.
            "rechtler", "rechtlerin",
            // "Produktionsleiter", "Abteilungsleiterin", "Projektleiter", "Finanzdirektor" (not "Halbleiter": the joining "s").
            "sleiter", "leiterin", "projektleiter", "teamleiter", "werkleiter", "direktor", "direktorin"};

    /** The last letters of the role suffixes: most words end otherwise and need no suffix test. */
    private static final String ROLE_SUFFIX_ENDS = lastLetters(ROLE_SUFFIXES);

    private static String lastLetters(String[] words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) if (sb.indexOf(w.substring(w.length() - 1)) < 0) sb.append(w.charAt(w.length() - 1));
        return sb.toString();
    }

    private static boolean roleSuffix(String lower) {
        if (lower.length() < 7) return false; // the shortest suffix has four letters, and two more must precede it
        char last = lower.charAt(lower.length() - 1);
        if (ROLE_SUFFIX_ENDS.indexOf(last) < 0) return false;
        for (String suffix : ROLE_SUFFIXES) {
            if (lower.length() > suffix.length() + 2 && lower.endsWith(suffix)) return true;
        }
        return false;
    }

    /** A word that may be part of a name: capitalised or mixed with digits, and not a stop word. */
    public static boolean nameLike(Token t) {
        if (!t.word() || t.length() < 2 && !Character.isUpperCase(t.text().charAt(0))) return false;
        char c = t.text().charAt(0);
        if (!Character.isUpperCase(c) && !(Character.isDigit(c) && t.hasUpperOrDigit() && hasLetter(t.text()))) return false;
        return !is(t, F_NOT_NAME);
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return true;
        return false;
    }

    static Set<String> load(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = Cues.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                if (hash >= 0) line = line.substring(0, hash);
                for (String w : line.split("[,\\s]+")) {
                    if (!w.isBlank()) out.add(w.trim().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableSet(out);
    }
}
