package vn.vanban.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Loc;
import vn.vanban.diag.Messages;
import vn.vanban.render.AtomicFiles;
import vn.vanban.render.Engine;
import vn.vanban.report.ReportSkeleton;

/**
 * {@code vanban bao-cao-tu-ke-hoach PLAN.yaml [-o FILE.yaml]}: writes the skeleton of the report a
 * plan asks for (to standard output without {@code -o}). Never overwrites a file: a clerk may
 * already have filled it in.
 */
final class SkeletonCommand {
    private final PrintStream out;
    private final PrintStream err;
    private final Messages msg;

    SkeletonCommand(PrintStream out, PrintStream err, Messages msg) {
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
        if (plan == null) {
            err.println(msg.get("usage.no-files"));
            return 2;
        }
        Engine.Loaded loaded = parsed.load(err, msg);
        if (loaded == null) {
            return 1;
        }
        String yaml = ReportSkeleton.of(loaded.document(), loaded.root(), plan);
        if (target == null) {
            out.print(yaml);
            out.flush();
            return 0;
        }
        if (Files.exists(target)) {
            err.println(Diagnostic.error(Loc.of(target), "skeleton.exists", target).format(msg));
            return 1;
        }
        try {
            AtomicFiles.write(target, yaml.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println(WriteProblem.unwritable(target, e, msg));
            return 1;
        }
        out.println(msg.get("render.wrote", target));
        return 0;
    }
}
