package dev.aikg.cli;

import java.nio.file.Path;

/**
 * Where the project's reference files live (ontology/, data/lexicon/, queries/). {@code bin/aikg}
 * passes {@code -Daikg.home}; otherwise {@code AIKG_HOME}, otherwise the working directory.
 */
final class AikgHome {
    private AikgHome() { }

    static Path dir() {
        String prop = System.getProperty("aikg.home");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        String env = System.getenv("AIKG_HOME");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of("");
    }

    static Path resolve(String relative) {
        Path home = dir();
        return home.toString().isEmpty() ? Path.of(relative) : home.resolve(relative);
    }
}
