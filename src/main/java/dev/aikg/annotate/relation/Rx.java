package dev.aikg.annotate.relation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Compiled-once regular expressions for the rules' small shape checks: {@code String.matches}
 * compiles its pattern on every call, which dominated the relation stage's time.
 */
public final class Rx {
    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

    private Rx() { }

    /** True when the whole of {@code s} matches {@code regex}. */
    public static boolean matches(CharSequence s, String regex) {
        return CACHE.computeIfAbsent(regex, Pattern::compile).matcher(s).matches();
    }
}
