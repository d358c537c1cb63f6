package vn.vanban.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import vn.vanban.check.ContentLinter;
import vn.vanban.data.DataStage;
import vn.vanban.format.Period;
import vn.vanban.diag.ContentException;
import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Loc;
import vn.vanban.diag.Messages;
import vn.vanban.diag.Severity;
import vn.vanban.render.Engine;
import vn.vanban.load.TemplateSource;

/**
 * {@code vanban check FILE...}: reads each content file without rendering it and prints every
 * problem the reader finds plus the linter's warnings, one {@code file:line:col: lỗi|cảnh báo: ...}
 * line each, then a one-line summary per file. Exit 0 when no file has errors (warnings allowed),
 * 1 when one has.
 */
final class CheckCommand {
    private final PrintStream out;
    private final PrintStream err;
    private final Messages msg;
    private final LocalDate today;

    CheckCommand(PrintStream out, PrintStream err, Messages msg) {
        this(out, err, msg, LocalDate.now());
    }

    CheckCommand(PrintStream out, PrintStream err, Messages msg, LocalDate today) {
        this.out = out;
        this.err = err;
        this.msg = msg;
        this.today = today;
    }

    int run(Cli.Options o) {
        java.util.function.Supplier<vn.vanban.fonts.FontSet> fonts = FontChoice.of(o, err, msg);
        if (fonts == null) {
            return 1;
        }
        Engine engine;
        try {
            engine = new Engine(new TemplateSource(o.templates()), fonts);
        } catch (ContentException e) {
            e.diagnostics().forEach(d -> err.println(d.format(msg)));
            return 1;
        }
        boolean[] listing = {false};
        List<Path> files = ContentFiles.expandOrReport(o.files(), err, msg, listing);
        if (files == null) {
            return 1;
        }
        boolean failed = listing[0];
        for (Path file : files) {
            failed |= check(engine, file, new DataStage.Request(o.period() == null ? null : Period.parse(o.period()), null));
        }
        return failed ? 1 : 0;
    }

    /** Returns true when the file has errors. */
    private boolean check(Engine engine, Path file, DataStage.Request request) {
        Diagnostics diags = new Diagnostics();
        if (!Files.isRegularFile(file)) {
            diags.error(Loc.of(file), "file.not-found", file);
        } else {
            try {
                Engine.Loaded loaded = engine.load(file, request, diags);
                new ContentLinter(today).lint(loaded.document(), loaded.root(), diags);
            } catch (ContentException e) {
                // The exception may carry what this run's diagnostics already hold.
                List<Diagnostic> known = diags.all();
                e.diagnostics().stream().filter(d -> !known.contains(d)).forEach(diags::add);
            } catch (OutOfMemoryError e) {
                diags.error(Loc.of(file), "render.out-of-memory.file", file);
            } catch (RuntimeException | StackOverflowError e) {
                // One file's unexpected failure is reported for it; the other files are still checked.
                diags.error(Loc.of(file), "internal.error.file", e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        List<Diagnostic> all = diags.all();
        all.forEach(d -> out.println(d.format(msg)));
        long errors = all.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = all.size() - errors;
        out.println(all.isEmpty() ? msg.get("check.clean", file) : msg.get("check.summary", file, errors, warnings));
        return errors > 0;
    }
}
