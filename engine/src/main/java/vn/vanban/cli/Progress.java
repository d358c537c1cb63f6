package vn.vanban.cli;

import java.io.PrintStream;

import vn.vanban.diag.Messages;

/**
 * The "\r"-updated count of a long render on a terminal ("đang in 120/500 văn bản"). It goes to stderr,
 * so it shows when stderr is a terminal, whatever stdout is (piped into a log, say); silent when stderr is
 * not a terminal or the run is short. Messages printed meanwhile go through {@link #print}, which clears
 * the count first and draws it again after. Thread-safe; prints at most ten times a second, so it costs the
 * workers nothing measurable.
 */
final class Progress {
    /** Runs of this many files or fewer finish before a count is worth reading. */
    static final int MIN_FILES = 20;
    /**
     * Java cannot ask whether stderr alone is a terminal; the launcher can ({@code [ -t 2 ]}) and says so in
     * this property. Without it (the jar started by hand) the console, which needs stdin and stdout, decides.
     */
    static final String STDERR_TERMINAL = "vanban.stderr.terminal";
    private static final long INTERVAL_NS = 100_000_000L;

    private final PrintStream err;
    private final Messages msg;
    private final int total;
    private final boolean on;
    private int done;
    private long lastPrint;
    private String shown = "";

    private Progress(PrintStream err, Messages msg, int total, boolean on) {
        this.err = err;
        this.msg = msg;
        this.total = total;
        this.on = on;
    }

    static Progress forTerminal(PrintStream err, Messages msg, int total) {
        return new Progress(err, msg, total, stderrIsTerminal() && total > MIN_FILES);
    }

    /** No count: messages are printed straight away. */
    static Progress off(PrintStream err) {
        return new Progress(err, null, 0, false);
    }

    static boolean stderrIsTerminal() {
        String said = System.getProperty(STDERR_TERMINAL);
        if (said != null) {
            return said.equals("1") || said.equalsIgnoreCase("true");
        }
        return System.console() != null;
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
                draw();
            }
        }
    }

    private void draw() {
        String line = msg.get("render.progress", done, total, 100 * done / total);
        // Spaces over the end of a longer line shown before.
        err.print("\r" + line + " ".repeat(Math.max(0, shown.length() - line.length())));
        err.flush();
        shown = line;
    }

    /** Prints lines (to either stream) above the count: the count is wiped first and drawn again after. */
    synchronized void print(Runnable lines) {
        if (shown.isEmpty()) {
            lines.run();
            return;
        }
        err.print("\r" + " ".repeat(shown.length()) + "\r");
        err.flush();
        lines.run();
        draw();
    }

    /** Ends the progress line so the messages that follow start on their own line. */
    synchronized void finish() {
        if (!shown.isEmpty()) {
            err.println();
            shown = "";
        }
    }
}
