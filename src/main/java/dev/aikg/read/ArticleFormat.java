package dev.aikg.read;

import dev.aikg.model.Document;

import java.nio.file.Path;
import java.util.function.Consumer;

/** One input format: turns the bytes of a file into zero or more documents. */
interface ArticleFormat {

    /** True when this format reads files with that (lower-case) name. */
    boolean accepts(String lowerCaseFileName);

    /**
     * Reads one file. Problems go to {@code problems}; a fatal problem means no document came from
     * that file (or that line). A document that {@code known} skips is not parsed and not emitted.
     * Never throws for bad content.
     */
    void read(Path file, ReadLimits limits, KnownDocuments known, Consumer<Document> out,
              Consumer<ReadProblem> problems);
}
