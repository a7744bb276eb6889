package dev.aikg.cli;

import dev.aikg.build.ReferenceData;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --ontology} and {@code --lexicon}: the reference files extraction and builds use. */
final class ReferenceOptions {
    @Option(names = "--ontology", paramLabel = "DIR", description = "ontology directory (default: ontology/ of the aikg home)")
    Path ontology;

    @Option(names = "--lexicon", paramLabel = "DIR", description = "lexicon directory (default: data/lexicon/ of the aikg home)")
    Path lexicon;

    Path ontologyDir() { return ontology != null ? ontology : AikgHome.resolve("ontology"); }

    Path lexiconDir() { return lexicon != null ? lexicon : AikgHome.resolve("data/lexicon"); }

    ReferenceData load() {
        checkDirectories();
        return ReferenceData.load(ontologyDir(), lexiconDir());
    }

    /** The files hashed now, the lexicon parsed on a thread of its own (builds overlap it with their own setup). */
    ReferenceData loadInBackground() {
        checkDirectories();
        return ReferenceData.loadInBackground(ontologyDir(), lexiconDir());
    }

    private void checkDirectories() {
        if (!Files.isDirectory(lexiconDir())) throw new IllegalArgumentException("lexicon directory not found: " + lexiconDir());
        if (!Files.isDirectory(ontologyDir())) throw new IllegalArgumentException("ontology directory not found: " + ontologyDir());
    }
}
