package dev.aikg.annotate.relation;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiled-once regular expressions for the rules' small shape checks: {@code String.matches}
 * compiles its pattern on every call, which dominated the relation stage's time. Each thread also
 * keeps one matcher per expression and resets it, so a check allocates nothing.
 */
public final class Rx {
    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();
    private static final ThreadLocal<Map<String, Matcher>> MATCHERS = ThreadLocal.withInitial(HashMap::new);

    /**
     * A listing in brackets that may follow a company's name before its apposition or clause: "Ströer (Xetra: SAX), zu
     * dem …", "Sea Limited (NYSE: SE), the parent of …". A fragment for the rules' patterns, optional. The dot of an
     * abbreviated legal form the name was found without may stand first ("Regis Corp., the owner of …").
     */
    static final String LISTING = "\\.?(\\s*\\([^)]{1,30}\\))?";

    /** English nouns of a company's unit after its owner's name ("the Deere & Company subsidiary"), a regex alternation. */
    static final String UNIT_NOUNS_EN = "subsidiary|unit|division|affiliate|spin-off|spinoff|arm";
    /** A unit's noun in English or German ("the Alphabet subsidiary", "die Siemens-Tochter"), a regex alternation. */
    static final String UNIT_NOUNS = UNIT_NOUNS_EN + "|tochter|tochtergesellschaft|sparte";
    /** A joint venture's noun, singular or in the genitive or plural, a regex group. */
    static final String VENTURE_NOUN = "(joint[- ]ventures?|gemeinschaftsunternehmens?)";
    /** The prepositions that name a joint venture's partners after its noun ("of", "zwischen"), a regex group. */
    static final String VENTURE_PARTNERS_PREPOSITION = "(of|between|von|vom|der|des|zwischen)";
    /** "Alphabet's artificial intelligence lab", "Amazon's cloud unit": an owner's possessive, up to three words, a unit's noun. */
    static final String POSSESSIVE_UNIT_NOUN = "('s|’s)\\s+([\\p{L}-]+\\s+){0,3}(lab|laboratory|" + UNIT_NOUNS_EN + ")\\b";

    private Rx() { }

    /** True when the whole of {@code s} matches {@code regex}. */
    public static boolean matches(CharSequence s, String regex) {
        // A check runs no code of its caller while it matches, so one matcher per thread and expression is safe.
        Matcher m = MATCHERS.get().computeIfAbsent(regex, r -> CACHE.computeIfAbsent(r, Pattern::compile).matcher(""));
        return m.reset(s).matches();
    }
}
