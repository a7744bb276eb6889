package dev.aikg.build;

import dev.aikg.read.ReadProblem;

/** Hears about a build as it runs: problems as they happen, and progress for a terminal bar. */
public interface BuildListener {
    BuildListener SILENT = new BuildListener() { };

    default void problem(ReadProblem problem) { }

    /** A document was handled (written, skipped or failed); {@code filesDone} of {@code filesTotal} files read. */
    default void progress(int documentsDone, int filesDone, int filesTotal) { }
}
