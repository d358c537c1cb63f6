package vn.vanban.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Loc;
import vn.vanban.diag.Messages;
import vn.vanban.render.AtomicFiles;
import vn.vanban.render.Engine;
import vn.vanban.report.TaskSheet;

/**
 * {@code vanban phan-cong PLAN.yaml -o FILE.xlsx}: the plan's tasks as a tracker spreadsheet (number,
 * content, lead, partners, deadline, empty status). Never overwrites: the office fills the status in.
 */
final class TrackerCommand {
    private final PrintStream out;
    private final PrintStream err;
    private final Messages msg;

    TrackerCommand(PrintStream out, PrintStream err, Messages msg) {
        this.out = out;
        this.err = err;
        this.msg = msg;
    }

    int run(List<String> args) {
        PlanArgs parsed = PlanArgs.parse(args, err, msg);
        if (parsed == null) {
            return 2;
        }
        String plan = parsed.plan();
        Path target = parsed.target();
        if (plan == null || target == null) {
            err.println(msg.get("usage.tracker"));
            return 2;
        }
        Engine.Loaded loaded = parsed.load(err, msg);
        if (loaded == null) {
            return 1;
        }
        if (Files.exists(target)) {
            err.println(Diagnostic.error(Loc.of(target), "tracker.exists", target).format(msg));
            return 1;
        }
        try {
            AtomicFiles.write(target, TaskSheet.xlsx(loaded.document()));
        } catch (IOException e) {
            err.println(WriteProblem.unwritable(target, e, msg));
            return 1;
        }
        out.println(msg.get("tracker.wrote", target, TaskSheet.taskCount(loaded.document())));
        return 0;
    }
}
