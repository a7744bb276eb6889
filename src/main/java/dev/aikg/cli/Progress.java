package dev.aikg.cli;

import dev.aikg.build.BuildListener;
import dev.aikg.read.ReadProblem;

import java.io.PrintWriter;

/**
 * Reports a build on the terminal: each problem on its own line, and a progress bar redrawn in place
 * when standard error is a terminal (never in logs or pipes).
 */
final class Progress implements BuildListener {
    private final PrintWriter err;
    private final boolean bar;
    private long lastDraw;
    private boolean drawn;

    Progress(PrintWriter err, boolean bar) {
        this.err = err;
        this.bar = bar;
    }

    @Override
    public synchronized void problem(ReadProblem problem) {
        clear();
        err.println(problem.format());
        err.flush();
    }

    @Override
    public synchronized void progress(int documents, int filesDone, int filesTotal) {
        if (!bar) return;
        long now = System.nanoTime();
        if (now - lastDraw < 100_000_000L && filesDone < filesTotal) return;
        lastDraw = now;
        int width = 30;
        int filled = filesTotal == 0 ? width : (int) ((long) width * filesDone / filesTotal);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + filesDone + "/" + filesTotal
                + " files, " + documents + " documents");
        err.flush();
        drawn = true;
    }

    synchronized void clear() {
        if (drawn) {
            err.print("\r" + " ".repeat(78) + "\r");
            err.flush();
            drawn = false;
        }
    }
}
