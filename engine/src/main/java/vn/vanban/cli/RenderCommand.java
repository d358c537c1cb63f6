package vn.vanban.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import vn.vanban.data.DataStage;
import vn.vanban.format.Period;
import vn.vanban.data.Unit;
import vn.vanban.data.Units;
import vn.vanban.diag.ContentException;
import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Loc;
import vn.vanban.diag.Messages;
import vn.vanban.fonts.FontSet;
import vn.vanban.load.ProjectDir;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.render.AtomicFiles;
import vn.vanban.render.Engine;
import vn.vanban.render.Formats;
import vn.vanban.load.TemplateSource;
import vn.vanban.write.DocumentWriter;
import vn.vanban.write.pdf.UnsupportedCharacterException;

/**
 * {@code vanban render FILE... [-o DIR] [--format docx|pdf|all]}: renders each file (or every YAML
 * file of a directory) on all cores, writes each output atomically, prints every message of every
 * file, and exits 1 if any file had errors.
 */
final class RenderCommand {
    private final PrintStream out;
    private final PrintStream err;
    private final Messages msg;

    RenderCommand(PrintStream out, PrintStream err, Messages msg) {
        this.out = out;
        this.err = err;
        this.msg = msg;
    }

    /** What happened to one input file. */
    private record Outcome(Path file, List<Diagnostic> messages, List<Path> written, boolean failed) {
    }

    int run(Cli.Options o) {
        List<Path> files = ContentFiles.expandOrReport(o.files(), err, msg);
        if (files == null) {
            return 1;
        }
        if (o.templates() != null) {
            Diagnostic bad = ProjectDir.fromWorkingDirectory().checkTemplateDir(o.templates());
            if (bad != null) {
                err.println(bad.format(msg));
                return 1;
            }
        }
        if (Files.exists(o.outDir()) && !Files.isDirectory(o.outDir())) {
            // Checked before rendering: every file would fail the same way.
            err.println(Diagnostic.error(Loc.of(o.outDir()), "output.not-a-directory", o.outDir()).format(msg));
            return 1;
        }
        java.util.function.Supplier<FontSet> fonts = FontSet::bundled;
        if (o.fonts() != null) {
            try {
                FontSet own = FontSet.fromDirectory(o.fonts());
                fonts = () -> own;
            } catch (IllegalArgumentException e) {
                err.println(Diagnostic.error(Loc.of(o.fonts()), "fonts.missing", e.getMessage()).format(msg));
                return 1;
            }
        }
        Formats formats = new Formats(Nd30Profile.defaults(), fonts);
        // docx4j's set-up takes about a second cold: let it run beside the template and YAML work.
        formats.prepareInBackground(o.format());
        Engine engine;
        try {
            engine = new Engine(new TemplateSource(o.templates()), fonts);
        } catch (ContentException e) {
            e.diagnostics().forEach(d -> err.println(d.format(msg)));
            return 1;
        }
        List<Job> jobs;
        try {
            jobs = jobs(files, o);
        } catch (ContentException e) {
            e.diagnostics().forEach(d -> err.println(d.format(msg)));
            return 1;
        }
        List<Outcome> outcomes = renderAll(jobs, engine, formats, o);
        boolean failed = false;
        for (Outcome oc : outcomes) {
            for (Diagnostic d : oc.messages()) {
                err.println(d.format(msg));
            }
            for (Path w : oc.written()) {
                out.println(msg.get("render.wrote", w));
            }
            failed |= oc.failed();
        }
        return failed ? 1 : 0;
    }

    /**
     * One document to render: a file, for the period and unit asked for, into its folder
     * ({@code output/} or, per unit, {@code output/<unit>/}).
     */
    private record Job(Path file, DataStage.Request request, Path outDir) {
    }

    /** Every file, or with {@code --don-vi} every file once per unit of the units file. */
    private static List<Job> jobs(List<Path> files, Cli.Options o) {
        Period period = o.period() == null ? null : Period.parse(o.period());
        List<Job> jobs = new ArrayList<>();
        if (o.units() == null) {
            files.forEach(f -> jobs.add(new Job(f, new DataStage.Request(period, null), o.outDir())));
            return jobs;
        }
        List<Unit> units = Units.load(o.units());
        for (Path f : files) {
            for (Unit u : units) {
                jobs.add(new Job(f, new DataStage.Request(period, u), o.outDir().resolve(u.code())));
            }
        }
        return jobs;
    }

    private List<Outcome> renderAll(List<Job> jobs, Engine engine, Formats formats, Cli.Options o) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (jobs.size() == 1) {
            // One document: its formats are written side by side instead.
            ExecutorService side = cores > 1 ? Executors.newSingleThreadExecutor(daemon()) : null;
            try {
                return List.of(renderOne(jobs.get(0), engine, formats, o, side));
            } finally {
                if (side != null) {
                    side.shutdown();
                }
            }
        }
        int threads = Math.min(jobs.size(), cores);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Progress progress = Progress.forTerminal(err, msg, jobs.size());
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Job j : jobs) {
                futures.add(pool.submit(() -> {
                    try {
                        return renderOne(j, engine, formats, o, null);
                    } finally {
                        progress.done();
                    }
                }));
            }
            List<Outcome> res = new ArrayList<>();
            for (Future<Outcome> fu : futures) {
                try {
                    res.add(fu.get());
                } catch (Exception e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
                }
            }
            return res;
        } finally {
            pool.shutdown();
            progress.finish();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "vanban-format");
            t.setDaemon(true);
            return t;
        };
    }

    /** The result of a format written beside; its failure is thrown here as if written on this thread. */
    private static byte[] join(Future<byte[]> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Why a write failed, in words rather than an exception's class name. */
    private String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return msg.get("output.reason.denied");
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
            return msg.get("output.reason.not-a-directory");
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return msg.get("output.reason.cannot-create", e.getMessage());
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().contains("Not a directory") ? msg.get("output.reason.not-a-directory") : fs.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    /**
     * @param side where to write all formats but the last, beside this thread; null to write them in turn
     */
    private Outcome renderOne(Job job, Engine engine, Formats formats, Cli.Options o, ExecutorService side) {
        Path file = job.file();
        if (!Files.isRegularFile(file)) {
            return new Outcome(file, List.of(Diagnostic.error(Loc.of(file), "file.not-found", file)), List.of(), true);
        }
        try {
            Engine.Rendered r = engine.render(file, job.request());
            List<Path> written = new ArrayList<>();
            String base = r.document().baseName();
            // Render every format first, then write: a failure in one format leaves all old files untouched.
            List<Path> targets = new ArrayList<>();
            List<byte[]> contents = new ArrayList<>();
            List<String> fs = Formats.expand(o.format());
            List<Future<byte[]>> beside = new ArrayList<>();
            for (int i = 0; i < fs.size(); i++) {
                String f = fs.get(i);
                if (f.equals("markup")) {
                    targets.add(job.outDir().resolve(base + ".xml"));
                    contents.add(r.markup().getBytes(StandardCharsets.UTF_8));
                    beside.add(null);
                } else {
                    DocumentWriter w = formats.writer(f);
                    targets.add(job.outDir().resolve(base + "." + w.extension()));
                    if (side != null && i < fs.size() - 1) {
                        beside.add(side.submit(() -> w.write(r.layout())));
                        contents.add(null);
                    } else {
                        beside.add(null);
                        contents.add(w.write(r.layout()));
                    }
                }
            }
            for (int i = 0; i < beside.size(); i++) {
                if (beside.get(i) != null) {
                    contents.set(i, join(beside.get(i)));
                }
            }
            for (int i = 0; i < targets.size(); i++) {
                try {
                    AtomicFiles.write(targets.get(i), contents.get(i));
                    written.add(targets.get(i));
                } catch (IOException e) {
                    List<Diagnostic> ds = new ArrayList<>(r.warnings());
                    ds.add(Diagnostic.error(Loc.of(targets.get(i)), "output.unwritable", reason(e)));
                    return new Outcome(file, ds, written, true);
                }
            }
            return new Outcome(file, r.warnings(), written, false);
        } catch (ContentException e) {
            return new Outcome(file, e.diagnostics(), List.of(), true);
        } catch (UnsupportedCharacterException e) {
            // Typed by the clerk (an emoji, a Chinese character): point at it in the content file.
            String ch = new String(Character.toChars(e.codePoint()));
            String code = String.format(java.util.Locale.ROOT, "U+%04X", e.codePoint());
            return new Outcome(file, List.of(Diagnostic.error(firstOccurrence(file, e.codePoint()), "render.no-glyph",
                    ch, code)), List.of(), true);
        }
    }

    /** Where a character first appears in a content file; the file's start if it cannot be read again. */
    static Loc firstOccurrence(Path file, int codePoint) {
        try {
            String text = java.text.Normalizer.normalize(Files.readString(file, StandardCharsets.UTF_8),
                    java.text.Normalizer.Form.NFC);
            return vn.vanban.load.YamlLoader.firstOccurrence(file, text, codePoint);
        } catch (IOException | RuntimeException e) {
            return Loc.of(file);
        }
    }
}
