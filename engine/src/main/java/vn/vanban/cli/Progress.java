package vn.vanban.cli;

import java.io.PrintStream;

import vn.vanban.diag.Messages;

/**
 * The "\r"-updated count of a long render on a terminal ("đang in 120/500 văn bản"). Silent when the
 * output is not a terminal (a script, a log) or the run is short. Thread-safe; prints at most ten times a
 * second, so it costs the workers nothing measurable.
 */
final class Progress {
    /** Runs of this many files or fewer finish before a count is worth reading. */
    static final int MIN_FILES = 20;
    private static final long INTERVAL_NS = 100_000_000L;

    private final PrintStream err;
    private final Messages msg;
    private final int total;
    private final boolean on;
    private int done;
    private long lastPrint;
    private boolean printed;

    private Progress(PrintStream err, Messages msg, int total, boolean on) {
        this.err = err;
        this.msg = msg;
        this.total = total;
        this.on = on;
    }

    static Progress forTerminal(PrintStream err, Messages msg, int total) {
        return new Progress(err, msg, total, System.console() != null && total > MIN_FILES);
    }

    /** One more file finished. */
    void done() {
        if (!on) {
            return;
        }
        synchronized (this) {
            done++;
            long now = System.nanoTime();
            if (done == total || now - lastPrint >= INTERVAL_NS) {
                lastPrint = now;
                printed = true;
                err.print("\r" + msg.get("render.progress", done, total, 100 * done / total));
                err.flush();
            }
        }
    }

    /** Ends the progress line so the messages that follow start on their own line. */
    synchronized void finish() {
        if (printed) {
            err.println();
        }
    }
}
