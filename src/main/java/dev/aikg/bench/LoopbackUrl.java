package dev.aikg.bench;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The load client's guard: the project never reaches the network, so it sends requests only to an
 * http(s) URL on this machine's loopback, named literally (no name lookup is made to decide).
 */
public final class LoopbackUrl {
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

    private LoopbackUrl() { }

    /** The URL as a URI, or an IllegalArgumentException with a one-line reason. */
    public static URI require(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("--url must be http:// or https://, got " + url);
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!LOOPBACK.contains(host)) {
            throw new IllegalArgumentException("--url must be on loopback (127.0.0.1, localhost or [::1]); got host '"
                    + (host.isEmpty() ? url : host) + "'");
        }
        return uri;
    }
}
