package dev.aikg.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article as read from its source: plain text plus what the source tells about it.
 *
 * @param id        stable id (file name without extension, or the JSONL {@code id})
 * @param title     title if the source gives one, else null
 * @param text      the visible text; all character offsets refer to this string
 * @param lang      ISO 639-1 code ("de", "en"), detected when the source does not say
 * @param published the publication date if known, else null; relative dates resolve against it
 * @param source    where it came from (a path or URL), for provenance
 * @param sha256    hex digest of the raw content, to skip unchanged documents
 */
public record Document(String id, String title, String text, String lang, LocalDate published,
                       String source, String sha256) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
