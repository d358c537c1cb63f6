package vn.vanban.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import vn.vanban.diag.ContentException;
import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Loc;
import vn.vanban.diag.Messages;
import vn.vanban.load.TemplateSource;
import vn.vanban.render.Engine;

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

    /** The plan read and checked, or null after printing why it cannot be used (exit 1). */
    Engine.Loaded load(PrintStream err, Messages msg) {
        Path file = Path.of(plan);
        if (!Files.isRegularFile(file)) {
            err.println(Diagnostic.error(Loc.of(file), "file.not-found", file).format(msg));
            return null;
        }
        Diagnostics diags = new Diagnostics();
        Engine.Loaded loaded;
        try {
            loaded = new Engine(TemplateSource.defaults()).load(file, diags);
        } catch (ContentException e) {
            e.diagnostics().forEach(d -> err.println(d.format(msg)));
            return null;
        }
        if (diags.hasErrors() || loaded.document() == null) {
            diags.all().forEach(d -> err.println(d.format(msg)));
            return null;
        }
        return loaded;
    }
}
