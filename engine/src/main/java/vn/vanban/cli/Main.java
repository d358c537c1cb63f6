package vn.vanban.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code vanban} command line. Exit codes: 0 success, 1 a content file has errors, 2 wrong usage.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // POI logs through Log4j, which otherwise prints "could not find a logging provider" on the
        // clerk's screen; a silent simple logger keeps stderr for vanban's own messages.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = new Cli(out, err).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
