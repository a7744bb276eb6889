package dev.aikg.read;

/**
 * The documents a caller already holds unchanged, so the reader need not parse them. A rebuild of a
 * large corpus where few articles changed spends most of its reading time turning markup into text
 * and guessing languages for articles it will then skip; this check comes before that work.
 *
 * <p>The reader calls it once per document, with the document's id and the SHA-256 of its bytes,
 * after the checks that report problems (size, binary content, encoding, JSON syntax) and before the
 * parse. True means: do not parse or emit it, the caller has accounted for it.
 */
@FunctionalInterface
public interface KnownDocuments {
    /** Parse everything. */
    KnownDocuments NONE = (id, sha256) -> false;

    boolean skip(String id, String sha256);
}
