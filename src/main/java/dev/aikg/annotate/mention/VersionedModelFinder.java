package dev.aikg.annotate.mention;

import dev.aikg.annotate.text.Token;
import dev.aikg.lexicon.LexiconEntry;
import dev.aikg.model.EntityType;
import dev.aikg.model.Method;
import dev.aikg.model.Mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * AI models outside the known families: a capitalised name followed by a version or a parameter
 * size ("Kestrel 2.5", "Orion-7B", "Nova v2", "Boreas-70B-Instruct"). Versions are everywhere
 * ("iPhone 15", "Windows 11", "Golf 8"), so the model context must be close: a parameter size or a
 * model suffix needs an AI word in the sentence; a bare version needs a model noun right next to
 * the name ("das Sprachmodell X 2", "X 2, a new language model", "X 2 was trained on"). A name
 * accepted once is accepted everywhere in the document ("Kestrel 2.5 was trained on…").
 */
public final class VersionedModelFinder implements MentionFinder {
    static final double CONFIDENCE = 0.75;
    private static final String RULE = "pattern:versioned-model";
    private static final int WINDOW = 40;

    /** Parameter sizes: "7B", "1.5B", "1T" (a trillion), "8x7B". */
    private static final Pattern SIZE = Pattern.compile("\\d{1,3}(?:\\.\\d{1,2})?[BbMmTt]|\\d{1,2}x\\d{1,3}[Bb]");
    private static final Pattern VERSION = Pattern.compile("(?:[vV])?\\d{1,2}(?:\\.\\d{1,2})?");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}]*[\\p{Ll}][\\p{L}\\d]*|\\p{Lu}{2,}[\\p{Ll}][\\p{L}\\d]*");
    /** Suffixes that only models carry: with a hyphen they make the name as sure as a parameter size. */
    private static final Set<String> MODEL_SUFFIXES = Cues.hashed("instruct", "chat", "coder", "base", "distill",
            "reasoner", "thinking", "preview", "vision", "omni", "vla");
    /**
     * Model suffixes that make a name without a version: "Kagura-VLA", "Luan-VLA", "Orca-Coder" (in a sentence about AI).
     * Stricter than {@link #MODEL_SUFFIXES}: "Team-Chat", "Zeiss-Vision" and "Data-Preview" name other things.
     */
    private static final Set<String> BARE_MODEL_SUFFIXES = Cues.hashed("vla", "instruct", "coder", "distill", "reasoner", "omni");
    /** Words that join two candidates into one list: "Ling-Plus and Ling-Lite models". */
    private static final Set<String> COORDINATORS = Cues.hashed("and", "or", "und", "oder", "sowie", ",");
    /** Suffixes models share with other products ("Pro", "Max"): part of the name, no evidence on their own. */
    static final Set<String> OTHER_SUFFIXES = Cues.hashed("mini", "pro", "max", "turbo", "flash", "lite",
            "ultra", "nano", "plus", "large", "small", "medium", "fast", "exp", "experimental");
    /** Names of products, documents and counters that are followed by numbers and are no AI model. */
    private static final Set<String> NOT_MODELS = Cues.hashed("iphone", "ipad", "ipod", "windows", "python", "java",
            "airbus", "boeing", "golf", "galaxy", "pixel", "model", "modell", "series", "serie", "version", "level",
            "phase", "stufe", "teil", "part", "kapitel", "chapter", "artikel", "article", "folge", "episode",
            "staffel", "season", "runde", "round", "platz", "rang", "top", "covid", "web", "industrie", "android",
            "ios", "macos", "playstation", "xbox", "switch", "office", "excel", "iso", "din", "euro", "usd", "eur",
            "dollar", "gen", "generation", "mark", "paragraf", "paragraph", "klasse", "class", "typ", "type", "gruppe",
            "group", "formel", "formula", "jahr", "year", "quartal", "quarter", "tag", "day", "woche", "week",
            "nummer", "number", "nr", "abschnitt", "section", "punkt", "point", "schritt", "step", "release",
            "update", "patch", "build", "beta", "alpha", "seite", "page", "band", "heft", "tabelle", "table",
            "abbildung", "figure", "stage", "tier", "block", "gate", "halle", "terminal", "linie", "line", "route",
            "gleis", "kanal", "channel", "studie", "study", "anlage", "punkte", "points", "rtx", "gtx", "geforce",
            "snapdragon", "ryzen", "core", "xeon", "epyc", "radeon", "hbm", "ddr", "lpddr", "gddr", "pcie", "usb",
            "bluetooth", "wifi", "nvlink", "tesla", "cybertruck", "macbook", "surface", "kindle", "echo", "watch",
            "vision", "prozent", "percent", "uhr", "minute", "minuten", "stunden", "hours", "jahre", "years", "mal",
            "times", "fifa", "nba", "formel", "liga", "league", "bundesliga", "champions", "ps", "hd", "mp", "g",
            "kw", "kilometer", "meter", "grad", "degree", "degrees", "ebene", "sprint", "zone", "area", "sektor");
    /** Words after the number that make it a quantity, not a version ("Aktie 2.5 Prozent"). */
    static final Set<String> UNITS = Cues.hashed("%", "prozent", "percent", "million", "millionen", "mio",
            "billion", "billionen", "milliarden", "milliarde", "mrd", "euro", "dollar", "usd", "eur", "uhr", "jahre",
            "years", "mal", "times", "punkte", "points", "prozentpunkte", "cent", "cents", "stück", "tonnen", "km",
            "nutzer", "users", "kunden", "customers", "tage", "days", "monate", "months", "wochen", "weeks");
    /** Nouns that name an AI model without further context. */
    private static final Set<String> AI_NOUNS = Cues.hashed("sprachmodell", "sprachmodells", "sprachmodelle", "llm",
            "llms", "chatbot", "chatbots", "ki-modell", "ki-modells", "ki-chatbot", "reasoning-modell",
            "schlussfolgerungsmodell", "basismodell", "grundlagenmodell", "textmodell", "bildmodell", "videomodell",
            "ki-assistent", "ki-assistenten", "chatassistent");
    /** Modifiers that make "model"/"Modell" an AI model ("language model", "KI-Modell", "open-weight model"). */
    private static final Set<String> AI_MODIFIERS = Cues.hashed("ki", "ai", "language", "sprach", "reasoning",
            "foundation", "frontier", "weight", "source", "llm", "text", "code", "coding", "multimodal",
            "multimodales", "multimodale", "multimodalen", "generative", "generatives", "generativen", "base",
            "basis", "chat", "video", "bild", "image", "vision", "embedding", "diffusion", "transformer", "agenten",
            "agent", "agentic", "open-weight", "open-source", "instruct");
    private static final Set<String> MODEL_NOUNS = Cues.hashed("modell", "modells", "modelle", "modellen", "model",
            "models", "version", "release", "assistant", "assistent", "assistenten", "system");
    /** Words of a sentence about AI: with one of them a bare "Modell" next to the name suffices. */
    private static final Set<String> AI_CONTEXT = Cues.hashed("ki", "ai", "künstliche", "künstlicher", "künstlichen",
            "artificial", "llm", "llms", "chatbot", "chatbots", "sprachmodell", "sprachmodelle", "sprachmodells",
            "parameter", "parametern", "parameters", "benchmark", "benchmarks", "trainiert", "trained", "training",
            "weights", "gewichte", "tokens", "inference", "inferenz", "reasoning", "generative", "generativen",
            "genai", "multimodal", "multimodales", "hugging", "open-weight", "open-source", "fine-tuned", "rechenleistung",
            "gpus", "gpu", "chatgpt", "prompts", "prompt");
    private static final Set<String> DETERMINERS = Cues.hashed("a", "an", "the", "ein", "eine", "einem", "einen",
            "einer", "eines", "das", "der", "die", "dem", "den", "des", "its", "their", "sein", "seine", "seinem",
            "ihr", "ihre", "ihrem", "new", "neue", "neues", "neuen", "neuer", "latest", "jüngste", "jüngstes",
            "neueste", "neuestes", "eigene", "eigenes", "own", "first", "erste", "erstes", "next", "nächste",
            "open", "offene", "offenes", "large", "großes", "große", "small", "kleines", "kleine", "powerful",
            "leistungsfähiges", "free", "freies", "cheap", "günstiges", "chinese", "chinesisches", "american",
            "amerikanisches", "französisches", "french", "is", "ist", "was", "war", "wird", "sei", "called",
            "named", "namens", "genannt", "also", "auch");
    private static final Set<String> LAUNCH_VERBS = Cues.hashed("vorgestellt", "veröffentlicht", "präsentiert",
            "lanciert", "stellte", "stellt", "veröffentlichte", "präsentierte", "released", "releases", "unveiled",
            "unveils", "launched", "launches", "introduced", "introduces", "announced", "debuted", "rolled", "shipped");
    private static final Set<String> TRAIN_VERBS = Cues.hashed("trained", "trainiert", "fine-tuned", "distilled",
            "destilliert", "pretrained");

    /** Organisations the lexicon knows as developers of a model: "OpenAI", "Mistral AI". */
    private final Set<String> developers = new HashSet<>();

    public VersionedModelFinder(LexiconIndex index) {
        for (LexiconEntry e : index.lexicon().entries()) {
            if (e.type() == EntityType.AI_MODEL) developers.addAll(e.linked("developedBy"));
        }
    }

    @Override
    public void find(DocumentTokens d, List<Mention> found, List<Mention> out) {
        EntityType[] types = typesOf(d, found);
        boolean[] developer = developersOf(d, found);
        List<int[]> candidates = new ArrayList<>();
        Set<String> accepted = new HashSet<>();
        for (int i = 0; i < d.size(); i++) {
            int last = candidateAt(d, i, types);
            if (last < 0) {
                last = twoWordCandidateAt(d, i, types);
                if (last < 0) continue;
                // "its Murmur TTS 2 model", "das Modell Dermalyt Vision 3": a longer name needs the model noun right beside it.
                boolean ai = aiSentence(d, i, last, types);
                if (nounBefore(d, i, ai) || nounAfter(d, last, ai)) {
                    candidates.add(new int[]{i, last});
                    accepted.add(surface(d, i, last));
                }
                i = last;
                continue;
            }
            // "auf dem Rechner MareNostrum 5 trainiert", "the JUPITER supercomputer": a machine's name, no model.
            if (afterMachineNoun(d, i)) {
                i = last;
                continue;
            }
            candidates.add(new int[]{i, last});
            if (inModelContext(d, i, last, types, developer)) accepted.add(surface(d, i, last));
            i = last;
        }
        // "Ling-Plus and Ling-Lite models": the noun after a list speaks for every name in it.
        for (int n = 0; n + 1 < candidates.size(); n++) {
            int[] a = candidates.get(n), b = candidates.get(n + 1);
            if (b[0] - a[1] != 2 || !d.sameSentence(a[1], b[0]) || !COORDINATORS.contains(d.lower(a[1] + 1))) continue;
            String sa = surface(d, a[0], a[1]), sb = surface(d, b[0], b[1]);
            if (accepted.contains(sa) || accepted.contains(sb)) {
                accepted.add(sa);
                accepted.add(sb);
            }
        }
        for (int[] c : candidates) {
            // "Forge-3 … a smaller successor, Forge-3 Lite, is being distilled": a tier of a name accepted is accepted too.
            int base = c[1];
            while (base > c[0] + 1 && (OTHER_SUFFIXES.contains(d.lower(base)) || MODEL_SUFFIXES.contains(d.lower(base)))) base--;
            if (base < c[1] && accepted.contains(surface(d, c[0], base))) accepted.add(surface(d, c[0], c[1]));
            if (accepted.contains(surface(d, c[0], c[1]))) {
                out.add(d.mention(c[0], c[1], EntityType.AI_MODEL, null, Method.PATTERN, RULE, CONFIDENCE));
            }
        }
    }

    private static boolean afterMachineNoun(DocumentTokens d, int i) {
        if (i == 0 || !d.sameSentence(i - 1, i)) return false;
        String l = d.lower(i - 1);
        return l.endsWith("rechner") || l.endsWith("rechners") || l.endsWith("computer") || l.endsWith("computers");
    }

    /** The type of the mention an earlier finder put on each token, or null. */
    private static EntityType[] typesOf(DocumentTokens d, List<Mention> found) {
        EntityType[] types = new EntityType[d.size()];
        for (Mention m : found) {
            for (int k = d.indexAt(m.start()); k < d.size() && d.get(k).start() < m.end(); k++) types[k] = m.type();
        }
        return types;
    }

    private boolean[] developersOf(DocumentTokens d, List<Mention> found) {
        boolean[] dev = new boolean[d.size()];
        for (Mention m : found) {
            if (m.entityId() == null || !developers.contains(m.entityId())) continue;
            for (int k = d.indexAt(m.start()); k < d.size() && d.get(k).start() < m.end(); k++) dev[k] = true;
        }
        return dev;
    }

    private static String surface(DocumentTokens d, int from, int to) {
        return d.text().substring(d.get(from).start(), d.get(to).end()).replaceAll("\\s+", " ");
    }

    /** The last token of "Name version (suffix…)" starting at token i, or -1. */
    private static int candidateAt(DocumentTokens d, int i, EntityType[] types) {
        Token t = d.get(i);
        if (!t.capitalised() || t.length() < 3 || t.possessive() || t.gap() == Token.Gap.HYPHEN) return -1;
        // A word another finder took is no model's name, unless it is a company's with a part glued on ("Turkcell-LLM-7b",
        // checked below): the cheap test first, since most such words are names of people and companies standing alone.
        if (types[i] != null && types[i] != EntityType.AI_MODEL
                && (types[i] != EntityType.ORGANIZATION || i + 1 >= d.size() || d.get(i + 1).gap() != Token.Gap.HYPHEN)) return -1;
        // "Tunga-Sutra 12B": a name of two hyphenated capitalised parts before a parameter size.
        int nameEnd = i;
        Token part = d.wordNear(i + 1, i), size = d.wordNear(i + 2, i);
        // "Foundation-sec-8b": a lower-case part glued on, then the size glued too.
        // "Turkcell-LLM-7b": a capitalised part with the size glued on too.
        boolean partOk = part != null && part.gap() == Token.Gap.HYPHEN && !Character.isDigit(part.text().charAt(0))
                && (part.capitalised() ? size != null && (size.gap() == Token.Gap.SPACE || size.gap() == Token.Gap.HYPHEN)
                        : size != null && size.gap() == Token.Gap.HYPHEN && part.length() <= 8);
        if (partOk && SIZE.matcher(size.text()).matches() && types[i + 1] == null) {
            nameEnd = i + 1;
        }
        Token v = d.wordNear(nameEnd + 1, i);
        // A parameter size glued to the name makes a model of any word: "Quelle-7B", and of a company's name too
        // ("Turkcell-LLM-7b" is Turkcell's model). Otherwise a word another finder took is not a model's name.
        Token gluedSize = nameEnd > i ? size : v;
        boolean sizeGlued = gluedSize != null && gluedSize.gap() == Token.Gap.HYPHEN && SIZE.matcher(gluedSize.text()).matches();
        if (types[i] != null && types[i] != EntityType.AI_MODEL && !(sizeGlued && types[i] == EntityType.ORGANIZATION)) return -1;
        // "Luan-VLA", "Ling-Plus": a model suffix glued to the name stands for the version.
        boolean bareSuffix = v != null && nameEnd == i && v.gap() == Token.Gap.HYPHEN
                && (BARE_MODEL_SUFFIXES.contains(v.lower()) || OTHER_SUFFIXES.contains(v.lower()));
        if (!bareSuffix) {
            if (v == null || v.gap() != Token.Gap.SPACE && v.gap() != Token.Gap.HYPHEN
                    || !Character.isDigit(lastChar(v)) && !(Character.isDigit(v.text().charAt(0)) && SIZE.matcher(v.text()).matches())) {
                return -1;
            }
            if (!SIZE.matcher(v.text()).matches() && !VERSION.matcher(v.text()).matches()) return -1;
        }
        String l = t.lower();
        if (!NAME.matcher(t.text()).matches() || NOT_MODELS.contains(l) || !sizeGlued && Cues.is(l, Cues.F_NOT_NAME)
                || Cues.MODEL_TYPE.contains(l) || Cues.CHIP_TYPE.contains(l) || Cues.ORG_TYPE.contains(l)) return -1;
        if (types[i] == null && types[nameEnd + 1] != null && types[nameEnd + 1] != EntityType.AI_MODEL) return -1;
        int last = nameEnd + 1;
        // "Falcon 3 7B": a parameter size after the version.
        Token sz = d.wordNear(last + 1, last);
        if (!bareSuffix && VERSION.matcher(v.text()).matches() && sz != null && sz.gap() == Token.Gap.SPACE && SIZE.matcher(sz.text()).matches()) last++;
        while (last + 1 < d.size() && d.sameSentence(i, last + 1)) {
            Token s = d.get(last + 1);
            boolean glued = s.gap() == Token.Gap.HYPHEN || s.gap() == Token.Gap.SPACE && Character.isUpperCase(s.text().charAt(0));
            if (!s.word() || !glued) break;
            if (MODEL_SUFFIXES.contains(s.lower()) || OTHER_SUFFIXES.contains(s.lower())
                    || s.gap() == Token.Gap.HYPHEN && SIZE.matcher(s.text()).matches()) {
                last++;
            } else {
                break;
            }
        }
        Token next = d.wordNear(last + 1, last);
        // "Blackwell 2 GPUs", "Lumen 2 Aktien": a chip or company cue after the number names something else.
        if (next != null && (Cues.CHIP_TYPE.contains(next.lower()) || Cues.ORG_TYPE.contains(next.lower()))) return -1;
        if (next != null && UNITS.contains(next.lower()) || last + 1 < d.size() && d.get(last + 1).is("%")) return -1;
        return last;
    }

    /** An upper-case acronym that may stand inside a model's name: "TTS", "ASR", "LLM". */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,5}");

    /**
     * The last token of "Name Word version" starting at token i, or -1: a company's or a brand's word, a second capitalised
     * word or acronym, a bare version ("Murmur TTS 2", "Dermalyt Vision 3", "Hörwerk Voice 1"). The second word may be one
     * the one-word candidate refuses ("Vision"); the caller asks for a model noun beside the whole name.
     */
    private static int twoWordCandidateAt(DocumentTokens d, int i, EntityType[] types) {
        if (i + 2 >= d.size() || !d.sameSentence(i, i + 2)) return -1;
        Token t = d.get(i), w = d.get(i + 1), v = d.get(i + 2);
        if (!t.capitalised() || t.length() < 3 || t.possessive() || t.gap() == Token.Gap.HYPHEN || !NAME.matcher(t.text()).matches()) return -1;
        if (types[i] != null && types[i] != EntityType.ORGANIZATION && types[i] != EntityType.AI_MODEL) return -1;
        if (types[i + 1] != null || types[i + 2] != null || w.gap() != Token.Gap.SPACE || v.gap() != Token.Gap.SPACE) return -1;
        if (!w.word() || w.possessive() || !(NAME.matcher(w.text()).matches() || ACRONYM.matcher(w.text()).matches())) return -1;
        if (!VERSION.matcher(v.text()).matches()) return -1;
        String l = t.lower(), m = w.lower();
        if (NOT_MODELS.contains(l) || Cues.is(t, Cues.F_NOT_NAME | Cues.F_DETERMINER) && types[i] == null || Cues.MODEL_TYPE.contains(l)
                || Cues.CHIP_TYPE.contains(l) || Cues.ORG_TYPE.contains(l) || Cues.CHIP_TYPE.contains(m) || Cues.ORG_TYPE.contains(m)
                || Cues.MODEL_TYPE.contains(m) || MODEL_NOUNS.contains(m)) {
            return -1;
        }
        Token next = d.wordNear(i + 3, i + 2);
        if (next != null && (UNITS.contains(next.lower()) || Cues.CHIP_TYPE.contains(next.lower()))) return -1;
        if (i + 3 < d.size() && (d.get(i + 3).is("%") || d.get(i + 3).is(".") && d.get(i + 3).gap() == Token.Gap.NONE
                && i + 4 < d.size() && d.sameSentence(i, i + 4) && Character.isDigit(d.get(i + 4).text().charAt(0)))) {
            return -1;
        }
        return i + 2;
    }

    private static char lastChar(Token t) {
        return t.text().charAt(t.text().length() - 1);
    }

    /** True when the evidence around the candidate tokens from..to says it is an AI model. */
    private static boolean inModelContext(DocumentTokens d, int from, int to, EntityType[] types, boolean[] developer) {
        boolean sized = false;
        for (int k = from + 1; k <= to; k++) {
            Token s = d.get(k);
            if (SIZE.matcher(s.text()).matches() || s.gap() == Token.Gap.HYPHEN && MODEL_SUFFIXES.contains(s.lower())) sized = true;
        }
        boolean aiSentence = aiSentence(d, from, to, types);
        if (sized) return aiSentence || nounBefore(d, from, aiSentence) || nounAfter(d, to, aiSentence);
        return nounBefore(d, from, aiSentence) || nounAfter(d, to, aiSentence) || trainedAfter(d, to) || trainedBefore(d, from)
                || modelLaunch(d, from, to, developer) || aiSentence && ownerBefore(d, from, types);
    }

    /**
     * "ElevenLabs' Flash v2.5", "Acmes Spark 3": a named organisation's possessive right before the name, in a sentence
     * about AI. A company's versioned product in such a sentence is its model ("Apple's iPhone 15" has no AI word).
     */
    private static boolean ownerBefore(DocumentTokens d, int from, EntityType[] types) {
        if (from < 1 || !d.sameSentence(from - 1, from) || d.get(from).gap() != Token.Gap.SPACE) return false;
        Token owner = d.get(from - 1);
        if (owner.is("'") || owner.is("’")) {
            if (from < 2 || !d.sameSentence(from - 2, from)) return false;
            owner = d.get(from - 2);
            return types[from - 2] == EntityType.ORGANIZATION && owner.lower().endsWith("s");
        }
        return owner.possessive() && types[from - 1] == EntityType.ORGANIZATION;
    }

    /** "Mit X 2 hat OpenAI ein neues Modell vorgestellt": a model noun, a launch verb and a known model developer in the sentence. */
    private static boolean modelLaunch(DocumentTokens d, int from, int to, boolean[] developer) {
        boolean noun = false, dev = false, launch = false;
        for (int k = Math.max(0, from - WINDOW); k < Math.min(d.size(), to + WINDOW); k++) {
            if (k >= from && k <= to || !d.sameSentence(from, k)) continue;
            if (developer[k]) dev = true;
            else if (d.get(k).word() && MODEL_NOUNS.contains(d.lower(k)) && !d.lower(k).startsWith("version")) noun = true;
            else if (LAUNCH_VERBS.contains(d.lower(k))) launch = true;
        }
        return noun && dev && launch;
    }

    /** "das Sprachmodell X", "the open-weight model X", "Modell X" (with an AI word in the sentence). */
    private static boolean nounBefore(DocumentTokens d, int from, boolean aiSentence) {
        int k = from - 1;
        Token t = d.wordNear(k, from);
        if (t == null || d.get(from).gap() != Token.Gap.SPACE) return false;
        if (Cues.NAMING_WORDS.contains(t.lower())) {
            k--;
            t = d.wordNear(k, from);
            if (t == null) return false;
        }
        // "ein Vision-Language-Action-Modell, kurz VLA, mit dem Namen Kobold-1", "a model under the name X": the model
        // noun comes a few words before the name phrase.
        if ((t.lower().equals("namen") || t.lower().equals("name")) && k > 0 && (d.lower(k - 1).equals("dem") || d.lower(k - 1).equals("the"))) {
            for (int j = k - 2; j >= 0 && j >= k - 10 && d.sameSentence(j, from); j--) {
                if (modelNoun(d, j, aiSentence)) return true;
            }
            return false;
        }
        return modelNoun(d, k, aiSentence);
    }

    /** "X 2 language model", "X-2-Modell", "X 2, a new language model", "X 2 ist ein KI-Modell". */
    private static boolean nounAfter(DocumentTokens d, int to, boolean aiSentence) {
        int k = to + 1;
        if (k < d.size() && d.sameSentence(to, k) && d.get(k).is(",")) k++;
        for (int n = 0; n < 5 && k < d.size() && d.sameSentence(to, k); n++, k++) {
            Token t = d.get(k);
            if (!t.word()) return false;
            if (modelNoun(d, k, aiSentence) || isAiModifier(d, k) && modelNoun(d, k + 1, aiSentence)) return true;
            if (!DETERMINERS.contains(t.lower()) && !AI_MODIFIERS.contains(t.lower())) return false;
        }
        return false;
    }

    private static boolean isAiModifier(DocumentTokens d, int k) {
        return k < d.size() && AI_MODIFIERS.contains(d.lower(k));
    }

    /** True when token k ends a noun phrase that names an AI model. */
    private static boolean modelNoun(DocumentTokens d, int k, boolean aiSentence) {
        if (k < 0 || k >= d.size() || !d.get(k).word()) return false;
        String l = d.lower(k);
        if (AI_NOUNS.contains(l) || l.endsWith("sprachmodell") || l.endsWith("sprachmodells")) return true;
        if (!MODEL_NOUNS.contains(l)) return false;
        // "Kestrel-2-Modell": the noun glued to the version.
        if (d.get(k).gap() == Token.Gap.HYPHEN && k > 0 && Character.isDigit(lastChar(d.get(k - 1)))) return true;
        // "Kagura's Kagura-VLA model": the noun right after a model suffix.
        if (k > 0 && d.get(k - 1).gap() == Token.Gap.HYPHEN && MODEL_SUFFIXES.contains(d.lower(k - 1))) return true;
        if (k > 0 && d.sameSentence(k - 1, k) && AI_MODIFIERS.contains(d.lower(k - 1))) return true;
        return aiSentence && (l.startsWith("modell") || l.startsWith("model"));
    }

    /** "X 2 was trained on", "X 2 wurde auf … trainiert" (the participle within a few words). */
    /** "Trainiert wurde Brise-1 auf …", "Trained on 512 GPUs, Lyra-2 …": the training verb opens the clause before the name. */
    private static boolean trainedBefore(DocumentTokens d, int from) {
        if (from < 2 || !d.sameSentence(from - 2, from)) return false;
        String a = d.lower(from - 2), b = d.lower(from - 1);
        return (a.equals("trainiert") || a.equals("nachtrainiert") || a.equals("feinjustiert")) && (b.equals("wurde") || b.equals("wird"));
    }

    private static boolean trainedAfter(DocumentTokens d, int to) {
        for (int k = to + 1; k < Math.min(d.size(), to + 8) && d.sameSentence(to, k); k++) {
            if (TRAIN_VERBS.contains(d.lower(k)) || TRAIN_VERBS.contains(hyphenCompound(d, k))) return true;
            if (d.get(k).is(",") || d.get(k).is(";")) return false;
        }
        return false;
    }

    /**
     * The tokenizer splits hyphen compounds into their parts: "open-weight", "fine-tuned" as the word lists write
     * them, for the second part of such a compound at token k; "" for any other token.
     */
    private static String hyphenCompound(DocumentTokens d, int k) {
        return k > 0 && d.get(k).gap() == Token.Gap.HYPHEN ? d.lower(k - 1) + "-" + d.lower(k) : "";
    }

    /** An AI word or a known AI model in the candidate's sentence. */
    private static boolean aiSentence(DocumentTokens d, int from, int to, EntityType[] types) {
        for (int k = Math.max(0, from - WINDOW); k < Math.min(d.size(), to + WINDOW); k++) {
            if (k >= from && k <= to || !d.sameSentence(from, k)) continue;
            if (types[k] == EntityType.AI_MODEL || AI_CONTEXT.contains(d.lower(k))) return true;
            if (AI_CONTEXT.contains(hyphenCompound(d, k))) return true;
        }
        return false;
    }
}
