package dev.aikg.build;

import dev.aikg.lexicon.Lexicon;
import dev.aikg.lexicon.LexiconLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The ontology and lexicon directories a build uses, the parsed lexicon, and fingerprints of both.
 * The lexicon's fingerprint is part of every document's recorded hash: a changed lexicon changes
 * what extraction finds, so every document is re-extracted. The fingerprints are the files' bytes,
 * so they are known before the lexicon is parsed, which may still be going on ({@link #loadInBackground}).
 */
public record ReferenceData(Path ontologyDir, Path lexiconDir, CompletableFuture<Lexicon> parsing, String ontologyHash,
                            String lexiconHash) {

    /** Bumped whenever extraction rules change in a way that should re-extract stored documents. */
    public static final String EXTRACTOR_VERSION = "aikg-extractor-2";

    public static ReferenceData load(Path ontologyDir, Path lexiconDir) {
        Lexicon lexicon = LexiconLoader.load(lexiconDir);
        return new ReferenceData(ontologyDir, lexiconDir, CompletableFuture.completedFuture(lexicon),
                hash(LexiconLoader.ttlFiles(ontologyDir)), hash(LexiconLoader.ttlFiles(lexiconDir)));
    }

    /**
     * Hashes the files now and parses the lexicon on a thread of its own: a build opens its store and hashes its
     * inputs meanwhile, and most of a small rebuild's fixed cost is this parse. A parse error is thrown by
     * {@link #lexicon()}.
     */
    public static ReferenceData loadInBackground(Path ontologyDir, Path lexiconDir) {
        String ontologyHash = hash(LexiconLoader.ttlFiles(ontologyDir));
        String lexiconHash = hash(LexiconLoader.ttlFiles(lexiconDir));
        return new ReferenceData(ontologyDir, lexiconDir, Background.start("aikg-lexicon", () -> LexiconLoader.load(lexiconDir)),
                ontologyHash, lexiconHash);
    }

    /** The parsed lexicon, waiting for the parse when it runs in the background. */
    public Lexicon lexicon() {
        return Background.join(parsing);
    }

    /** What a document's stored graph depends on besides its own bytes. */
    public String pipelineFingerprint() {
        return EXTRACTOR_VERSION + "/" + lexiconHash.substring(0, 16);
    }

    public List<Path> ontologyFiles() { return LexiconLoader.ttlFiles(ontologyDir); }

    public List<Path> lexiconFiles() { return LexiconLoader.ttlFiles(lexiconDir); }

    static String hash(List<Path> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path p : files) {
                md.update(p.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
