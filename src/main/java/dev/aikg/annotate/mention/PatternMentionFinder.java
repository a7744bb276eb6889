package dev.aikg.annotate.mention;

import dev.aikg.annotate.text.Token;
import dev.aikg.lexicon.ExchangeCodes;
import dev.aikg.lexicon.LexiconEntry;
import dev.aikg.model.EntityType;
import dev.aikg.model.Method;
import dev.aikg.model.Mention;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Name patterns the lexicon cannot list in full: AI model versions ("GPT-4o", "Llama 3.1",
 * "Qwen2.5-Max", "Claude 3.5 Sonnet", "o3-mini"), chip names ("H100", "MI300X", "Ascend 910C") and
 * explicit tickers ("NASDAQ:AAPL", "(NYSE: ORCL)", "$NVDA"). A regex runs only where a token passes a
 * cheap test (a model family word, a chip-shaped code, an exchange code, a "$").
 */
public final class PatternMentionFinder implements MentionFinder {
    static final double CONFIDENCE = 0.85;

    static final Set<String> MODEL_FAMILIES = Cues.hashed("gpt", "chatgpt", "llama", "qwen", "gemini", "claude",
            "mixtral", "mistral", "deepseek", "phi", "gemma", "grok", "ernie", "kimi", "glm", "chatglm",
            "codex", "palm", "command", "jamba", "dbrx", "olmo", "minimax", "hunyuan", "doubao", "baichuan", "internlm",
            "qwq", "dall", "imagen", "pixtral", "codestral", "nemotron", "yi", "starcoder", "stablelm", "magistral",
            "devstral", "ministral", "midjourney", "wudao", "pangu", "tongyi", "granite");
    private static final String SUFFIX = "(?:Max|Mini|mini|Turbo|turbo|Pro|pro|Flash|flash|Sonnet|Opus|Haiku|Instruct|"
            + "instruct|Chat|chat|Coder|coder|Vision|Preview|preview|Ultra|Nano|nano|Lite|lite|Plus|Omni|Thinking|"
            + "Reasoner|Math|Distill|Large|Small|Medium|Base|Exp|Experimental|Maverick|Scout|Behemoth|High|high|"
            + "Audio|Realtime|Codex|Fast|Heavy|\\d{1,3}(?:\\.\\d)?[BbMmKk]|\\d{1,2}x\\d{1,3}[Bb]|A\\d{1,3}B|[A-Z]\\d{1,2}(?:\\.\\d)?)";
    /** Tier names that stand between the family and the version: "Claude Opus 4.1", "Mistral Medium 3". */
    private static final String TIER = "(?:Opus|Sonnet|Haiku|Medium|Large|Small|Pro|Flash|Ultra|Nano|Mini|Guard|Coder|Code|"
            + "Vision|Instant|Max|Plus|Lite|Tiny)";
    private static final Pattern MODEL = Pattern.compile("(?:Chat)?[A-Za-z]+(?: " + TIER + "){0,2}(?:[- ]?)"
            + "(?:\\d{1,2}(?:\\.\\d{1,2})?[a-z]?|[A-Z]\\d{1,2}(?:\\.\\d)?|\\d{1,2}x\\d{1,3}[Bb]|\\d{1,3}[Bb])"
            + "(?:[- ]" + SUFFIX + ")*(?!\\w)(?!\\.\\d)(?!,\\d)");
    private static final Pattern O_SERIES = Pattern.compile("o[1-9](?:-(?:mini|pro|preview|high|deep-research))?(?![\\w])");
    private static final Pattern CHIP_CODE = Pattern.compile(
            "(?:[HABLV]\\d{2,3}[A-Z]?|G[BH]\\d{3}[A-Z]?|MI\\d{3}[A-Z]?|TPUv?\\d[a-z]?)");
    static final Set<String> CHIP_FAMILIES = Cues.hashed("ascend", "gaudi", "tpu", "trainium", "inferentia",
            "maia", "mtia", "instinct", "kunlun", "blackwell", "hopper", "rubin", "grace", "jetson", "xeon", "epyc",
            "snapdragon", "exynos", "dimensity");
    private static final Pattern CHIP_FAMILY = Pattern.compile(
            "(?:Ascend|Gaudi|TPU|Trainium|Inferentia|Maia|MTIA|Instinct|Kunlun)[- ]?(?:v?\\d{1,4}[A-Za-z]{0,2}|MI\\d{3}[A-Z]?)(?![\\w])"
            // "Snapdragon W5 Gen 2", "Snapdragon 8 Elite", "Exynos W1000", "Dimensity 9400+": the mobile families the lexicon
            // holds only in part.
            + "|Snapdragon (?:[A-Z]?\\d{1,4}\\+?|X)(?: Gen \\d| Elite| Plus| Pro)*(?![\\w])"
            + "|Exynos [A-Z]?\\d{3,4}(?![\\w])|Dimensity \\d{3,4}\\+?(?![\\w])");
    /** Exchange codes written before a symbol ("NASDAQ:AAPL", "(Xetra: SAP)"); also read by {@link OrganisationCues}. */
    static final Set<String> EXCHANGES = Cues.hashed("NASDAQ", "Nasdaq", "NYSE", "ETR", "XETRA", "Xetra", "AMS",
            "EPA", "SWX", "SIX", "TYO", "HKG", "HKEX", "SHA", "SHE", "KRX", "TPE", "LON", "LSE", "BIT", "STO", "CPH",
            "TSX", "FRA", "OTC", "TSE", "NSE", "BSE", "ASX", "AMEX", "KOSDAQ", "TWSE", "HEL", "OSL", "BME", "SGX", "EURONEXT", "Euronext",
            // The other exchanges of the lexicon (exchanges.ttl), by the code news writes before the symbol.
            "EBR", "ELI", "ISE", "VIE", "IST", "NYSEAMERICAN", "CVE", "BVMF", "BMV", "NZE", "TPEX", "BOM", "KLSE", "IDX", "BKK",
            "PSE", "TLV", "TADAWUL", "ADX", "DFM", "JSE", "B3", "WSE", "GPW", "BVB", "ATH", "EGX", "CSEMA", "HOSE");
    private static final Set<String> CHIP_MAKERS = Cues.hashed("nvidia", "amd", "intel", "huawei", "google", "tsmc",
            "qualcomm", "broadcom", "cerebras", "groq", "aws", "amazon", "samsung", "arm");
    static final Pattern SYMBOL = Pattern.compile("[A-Z0-9][A-Z0-9.]{0,7}");

    private final LexiconIndex index;

    public PatternMentionFinder(LexiconIndex index) {
        this.index = index;
    }

    @Override
    public void find(DocumentTokens d, List<Mention> found, List<Mention> out) {
        Set<String> present = new HashSet<>();
        for (Mention m : found) present.add(m.entityId());
        Matcher model = MODEL.matcher(d.text());
        Matcher chip = CHIP_FAMILY.matcher(d.text());
        Matcher oSeries = O_SERIES.matcher(d.text());
        for (int i = 0; i < d.size(); i++) {
            Token t = d.get(i);
            if (!t.word()) {
                if (t.is("$")) tickerAfterDollar(d, i, out);
                continue;
            }
            String lower = t.lower();
            char c0 = lower.charAt(0);
            // Cheap exits first: no family, chip or exchange word starts with these shapes.
            if (Character.isDigit(c0) || lower.length() == 1) continue;
            if (t.gap() == Token.Gap.HYPHEN && d.is(i - 1, Cues.F_MODEL_FAMILY)) continue;
            if (Cues.is(t, Cues.F_MODEL_FAMILY) || hasDigit(lower) && MODEL_FAMILIES.contains(familyPart(lower))) {
                i = modelAt(d, i, model, out, i);
            } else if (lower.length() >= 2 && lower.charAt(0) == 'o' && Character.isDigit(lower.charAt(1))) {
                oSeriesAt(d, i, oSeries, present, out);
            } else if (Cues.is(t, Cues.F_CHIP_FAMILY)) {
                i = chipFamilyAt(d, i, chip, out, i);
            } else if (t.length() >= 3 && t.length() <= 6 && chipShaped(t.text()) && CHIP_CODE.matcher(t.text()).matches()) {
                chipCodeAt(d, i, out);
            } else if (t.capitalised() && EXCHANGES.contains(t.text())) { // exchange codes are capitalised
                tickerAt(d, i, out);
            }
        }
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }

    /** Upper-case letter, then a digit within the first three characters: "H100", "GB200", "MI300X". */
    private static boolean chipShaped(String s) {
        return Character.isUpperCase(s.charAt(0)) && (Character.isDigit(s.charAt(1)) || Character.isDigit(s.charAt(2)));
    }

    /** "qwen2" → "qwen": family words may carry the version glued on. */
    private static String familyPart(String lower) {
        int k = 0;
        while (k < lower.length() && Character.isLetter(lower.charAt(k))) k++;
        return lower.substring(0, k);
    }

    private int modelAt(DocumentTokens d, int i, Matcher m, List<Mention> out, int fallback) {
        Token t = d.get(i);
        m.region(t.start(), d.text().length());
        if (!m.lookingAt()) return fallback;
        String surface = d.text().substring(m.start(), m.end());
        // The family word must be what the regex started with, and the match must stay within a line.
        if (surface.indexOf('\n') >= 0 || !surface.toLowerCase(Locale.ROOT).startsWith(familyPart(t.lower()))) return fallback;
        int end = distilledTail(d.text(), m.end());
        int last = d.indexAt(end) - 1;
        if (last < i) return fallback;
        out.add(d.mention(i, last, EntityType.AI_MODEL, null, Method.PATTERN, "pattern:model", CONFIDENCE));
        return last;
    }

    /**
     * "DeepSeek-R1-Distill-Llama-70B", "DeepSeek-R1-Distill-Qwen-32B": a model distilled into another family names that
     * family and its size after a hyphen, all one name. The end of the longer name, or {@code end}.
     */
    private static int distilledTail(String text, int end) {
        if (end + 2 >= text.length() || text.charAt(end) != '-' || !Character.isUpperCase(text.charAt(end + 1))) return end;
        Matcher tail = MODEL.matcher(text).region(end + 1, text.length());
        if (!tail.lookingAt()) return end;
        String tailText = text.substring(end + 1, tail.end());
        return tailText.indexOf('\n') < 0 && MODEL_FAMILIES.contains(familyPart(tailText.toLowerCase(Locale.ROOT))) ? tail.end() : end;
    }

    /** "o3-mini" always; a bare "o1"/"o3" only where OpenAI is named or a model cue touches it. */
    private void oSeriesAt(DocumentTokens d, int i, Matcher m, Set<String> present, List<Mention> out) {
        Token t = d.get(i);
        m.region(t.start(), d.text().length());
        if (!m.lookingAt()) return;
        int last = d.indexAt(m.end()) - 1;
        boolean suffixed = last > i;
        Token after = d.wordNear(last + 1, last);
        Token before = d.wordNear(i - 1, i);
        boolean cue = after != null && (Cues.MODEL_TYPE.contains(after.lower()) || after.gap() == Token.Gap.HYPHEN
                && after.lower().startsWith("modell")) || before != null && Cues.MODEL_TYPE.contains(before.lower());
        if (suffixed || cue || present.contains("org/openai")) {
            out.add(d.mention(i, last, EntityType.AI_MODEL, null, Method.PATTERN, "pattern:o-series", CONFIDENCE));
        }
    }

    private int chipFamilyAt(DocumentTokens d, int i, Matcher m, List<Mention> out, int fallback) {
        m.region(d.get(i).start(), d.text().length());
        if (!m.lookingAt()) return fallback;
        int last = d.indexAt(m.end()) - 1;
        if (last < i) return fallback;
        out.add(d.mention(i, last, EntityType.CHIP, null, Method.PATTERN, "pattern:chip-family", CONFIDENCE));
        return last;
    }

    /** "H100", "MI300X": only with a chip cue or a chip maker in the same sentence ("A100" is also a road). */
    private void chipCodeAt(DocumentTokens d, int i, List<Mention> out) {
        Token after = d.wordNear(i + 1, i);
        if (after != null && after.gap() == Token.Gap.HYPHEN && Cues.CHIP_TYPE.contains(after.lower())) {
            out.add(d.mention(i, i, EntityType.CHIP, null, Method.PATTERN, "pattern:chip", CONFIDENCE));
            return;
        }
        int s = d.sentence(i);
        for (int k = Math.max(0, i - 25); k < Math.min(d.size(), i + 25); k++) {
            if (d.sentence(k) != s || k == i) continue;
            String w = d.lower(k);
            if (Cues.CHIP_TYPE.contains(w) || CHIP_MAKERS.contains(w)) {
                out.add(d.mention(i, i, EntityType.CHIP, null, Method.PATTERN, "pattern:chip", CONFIDENCE));
                return;
            }
        }
    }

    /** "NASDAQ:AAPL", "(NYSE: ORCL)": the mention covers exchange and symbol; its rule carries the ticker. */
    private void tickerAt(DocumentTokens d, int i, List<Mention> out) {
        if (i + 2 >= d.size() || !d.get(i + 1).is(":")) return;
        Token sym = d.get(i + 2);
        if (!sym.word() || !SYMBOL.matcher(sym.text()).matches() || !d.sameSentence(i, i + 2)) return;
        String exchange = d.get(i).text().toUpperCase(Locale.ROOT);
        if (exchange.equals("XETRA")) exchange = "ETR";
        String ticker = exchange + ":" + sym.text();
        LexiconEntry e = index.byTicker(ticker);
        // The symbol alone names the one company listed under it, where the written exchange is that listing's (under
        // another code: "SIX" for "SWX") or unknown here; "(LSE: ADM)" is Admiral in London, not Archer-Daniels-Midland.
        if (e == null && index.bySymbol(sym.text()).size() == 1 && !d.get(i).is("OTC")) {
            LexiconEntry only = index.bySymbol(sym.text()).get(0);
            String written = ExchangeCodes.mic(ticker);
            String listed = only.mic() != null ? only.mic() : ExchangeCodes.mic(only.ticker());
            if (written == null || listed == null || written.equals(listed)) e = only;
        }
        out.add(d.mention(i, i + 2, EntityType.ORGANIZATION, e == null ? null : e.id(), Method.PATTERN,
                "ticker:" + ticker, CONFIDENCE));
    }

    /** "$NVDA": a cashtag, kept only when the symbol is a known ticker or a company is named right before. */
    private void tickerAfterDollar(DocumentTokens d, int i, List<Mention> out) {
        if (i + 1 >= d.size()) return;
        Token sym = d.get(i + 1);
        if (!sym.word() || sym.gap() != Token.Gap.NONE || !sym.text().matches("[A-Z]{1,5}")) return;
        List<LexiconEntry> es = index.bySymbol(sym.text());
        LexiconEntry e = es.size() == 1 ? es.get(0) : null;
        String ticker = e != null ? e.ticker() : "?:" + sym.text();
        out.add(d.mention(i, i + 1, EntityType.ORGANIZATION, e == null ? null : e.id(), Method.PATTERN,
                "ticker:" + ticker, CONFIDENCE));
    }
}
