package vn.vanban.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import vn.vanban.diag.Messages;

/**
 * The arguments of the commands that read one plan and write one file from it
 * ({@code bao-cao-tu-ke-hoach}, {@code phan-cong}): {@code PLAN.yaml [-o FILE] [--lang L]}.
 */
record PlanArgs(String plan, Path target) {

    /** The plan and output named, or null after printing why the command line is wrong (exit 2). */
    static PlanArgs parse(List<String> args, PrintStream err, Messages msg) {
        String plan = null;
        Path target = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("-o") || a.equals("--lang")) && i + 1 < args.size()) {
                if (a.equals("-o")) {
                    target = Path.of(args.get(i + 1));
                }
                i++;
            } else if (a.startsWith("-") || plan != null) {
                err.println(msg.get(a.startsWith("-") ? "usage.unknown-option" : "usage.one-plan", a));
                return null;
            } else {
                plan = a;
            }
        }
        return new PlanArgs(plan, target);
    }
}
