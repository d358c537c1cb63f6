package vn.vanban.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import vn.vanban.write.pdf.PdfWriter;
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

    int run(Cli.Options o) {
        boolean[] failed = {false};
        List<Path> files = ContentFiles.expandOrReport(o.files(), err, msg, failed);
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
        if (files.isEmpty()) {
            return failed[0] ? 1 : 0;
        }
        java.util.function.Supplier<FontSet> fonts = FontChoice.of(o, err, msg);
        if (fonts == null) {
            return 1;
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
        removeLeftovers(jobs, o.format());
        failed[0] |= renderAll(jobs, engine, formats, o);
        return failed[0] ? 1 : 0;
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
        Map<Path, Path> folders = OutputFolders.assign(files, o.outDir());
        List<Job> jobs = new ArrayList<>();
        if (o.units() == null) {
            files.forEach(f -> jobs.add(new Job(f, new DataStage.Request(period, null), folders.get(f))));
            return jobs;
        }
        List<Unit> units = Units.load(o.units());
        for (Path f : files) {
            for (Unit u : units) {
                jobs.add(new Job(f, new DataStage.Request(period, u), folders.get(f).resolve(u.code())));
            }
        }
        return jobs;
    }

    /**
     * The file extension of a format ({@code markup} is written as XML; {@code trang}, the PDF's pages as text,
     * as {@code .trang.txt}).
     */
    private static String extension(String format) {
        return switch (format) {
            case "markup" -> "xml";
            case "trang" -> "trang.txt";
            default -> format;
        };
    }

    /** Temporary files that a killed earlier run left beside the outputs this run writes. */
    private static void removeLeftovers(List<Job> jobs, String format) {
        Map<Path, Set<String>> names = new LinkedHashMap<>();
        for (Job j : jobs) {
            for (String f : Formats.expand(format)) {
                names.computeIfAbsent(j.outDir(), d -> new HashSet<>())
                        .add(OutputFolders.baseName(j.file()) + "." + extension(f));
            }
        }
        names.forEach(AtomicFiles::removeStale);
    }

    /** Workers beyond the core count, to keep the cores busy while others wait for the disk. */
    private static final int IO_WAIT_THREADS = 2;
    /** The heap below which a batch runs one worker per core only (the JVM's default is a quarter of RAM). */
    private static final long EXTRA_WORKERS_MIN_HEAP = 1L << 30;

    /** Renders every job; returns true when one failed. Messages are printed as each job ends. */
    private boolean renderAll(List<Job> jobs, Engine engine, Formats formats, Cli.Options o) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (jobs.size() == 1) {
            // One document: its formats are written side by side instead.
            ExecutorService side = cores > 1 ? Executors.newSingleThreadExecutor(daemon()) : null;
            try {
                return renderIsolated(jobs.get(0), engine, formats, o, side, Progress.off(err));
            } finally {
                if (side != null) {
                    side.shutdown();
                }
            }
        }
        // Two threads more than cores: each output is forced to disk before it replaces the old one
        // (AtomicFiles), and a worker waiting for that leaves its core idle. Measured (JFR jdk.FileForce) on
        // a batch of plans: ~13 ms of waiting per document against ~35 ms of CPU. Only with room in the heap:
        // every worker holds a document, and under a small heap more of them at once would turn one document
        // too large for memory into several failures.
        int extra = Runtime.getRuntime().maxMemory() >= EXTRA_WORKERS_MIN_HEAP ? IO_WAIT_THREADS : 0;
        int threads = Math.min(jobs.size(), cores + extra);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Progress progress = Progress.forTerminal(err, msg, jobs.size());
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (Job j : jobs) {
                futures.add(pool.submit(() -> {
                    try {
                        return renderIsolated(j, engine, formats, o, null, progress);
                    } finally {
                        progress.done();
                    }
                }));
            }
            boolean failed = false;
            for (Future<Boolean> fu : futures) {
                try {
                    failed |= fu.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return true;
                } catch (java.util.concurrent.ExecutionException e) {
                    // renderIsolated reports everything itself; this is only a guard.
                    failed = true;
                }
            }
            return failed;
        } finally {
            pool.shutdown();
            progress.finish();
        }
    }

    /**
     * One job whatever happens in it: its failure, even an unexpected exception or running out of memory,
     * is reported against its file and the other jobs go on. Returns true when it failed.
     */
    private boolean renderIsolated(Job job, Engine engine, Formats formats, Cli.Options o, ExecutorService side,
                                   Progress progress) {
        try {
            return renderOne(job, engine, formats, o, side, progress);
        } catch (OutOfMemoryError e) {
            progress.print(() -> err.println(Diagnostic.error(Loc.of(job.file()), "render.out-of-memory.file",
                    job.file()).format(msg)));
            return true;
        } catch (java.nio.file.InvalidPathException e) {
            // A file name the JVM's character set cannot write: a Vietnamese name under LANG=C, java started by
            // hand (the launcher gives the JVM a UTF-8 locale).
            progress.print(() -> err.println(Diagnostic.error(Loc.of(job.file()), "file.name-encoding",
                    System.getProperty("sun.jnu.encoding")).format(msg)));
            return true;
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            progress.print(() -> {
                err.println(Diagnostic.error(Loc.of(job.file()), "internal.error.file",
                        e.getClass().getSimpleName() + ": " + e.getMessage()).format(msg));
                if (o.debug()) {
                    e.printStackTrace(err);
                }
            });
            return true;
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

    /**
     * Messages already printed in this run: with {@code --don-vi} every unit's job reads the same content
     * file, and its mistakes would otherwise be printed once per unit.
     */
    private final Set<Diagnostic> printed = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Prints a job's messages and what it wrote together, above the progress count. */
    private void report(Progress progress, List<Diagnostic> messages, List<Path> written) {
        progress.print(() -> {
            messages.stream().filter(printed::add).forEach(d -> err.println(d.format(msg)));
            written.forEach(w -> out.println(msg.get("render.wrote", w)));
        });
    }

    /**
     * @param side where to write all formats but the last, beside this thread; null to write them in turn
     */
    private boolean renderOne(Job job, Engine engine, Formats formats, Cli.Options o, ExecutorService side,
                              Progress progress) {
        Path file = job.file();
        if (!Files.isRegularFile(file)) {
            report(progress, List.of(Diagnostic.error(Loc.of(file), "file.not-found", file)), List.of());
            return true;
        }
        try {
            Engine.Rendered r = engine.render(file, job.request());
            String base = r.document().baseName();
            // Render every format first, then write: a failure in one format leaves all old files untouched.
            List<Path> targets = new ArrayList<>();
            List<byte[]> contents = new ArrayList<>();
            List<String> fs = Formats.expand(o.format());
            List<Future<byte[]>> beside = new ArrayList<>();
            for (int i = 0; i < fs.size(); i++) {
                String f = fs.get(i);
                targets.add(job.outDir().resolve(base + "." + extension(f)));
                if (f.equals("markup")) {
                    contents.add(r.markup().getBytes(StandardCharsets.UTF_8));
                    beside.add(null);
                } else if (f.equals("trang")) {
                    // The PDF's page model as text (the page-break goldens' form), for checking where pages break.
                    PdfWriter pdf = (PdfWriter) formats.writer("pdf");
                    contents.add(pdf.pages(r.layout()).dump().getBytes(StandardCharsets.UTF_8));
                    beside.add(null);
                } else {
                    DocumentWriter w = formats.writer(f);
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
            try {
                AtomicFiles.writeAll(targets, contents);
            } catch (AtomicFiles.Failure e) {
                List<Diagnostic> ds = new ArrayList<>(r.warnings());
                ds.add(Diagnostic.error(Loc.of(e.target()), "output.unwritable", WriteProblem.describe(e.getCause(), msg)));
                report(progress, ds, List.of());
                return true;
            }
            report(progress, r.warnings(), targets);
            return false;
        } catch (ContentException e) {
            report(progress, e.diagnostics(), List.of());
            return true;
        } catch (UnsupportedCharacterException e) {
            // Typed by the clerk (an emoji, a Chinese character): point at it in the content file.
            String ch = new String(Character.toChars(e.codePoint()));
            String code = String.format(java.util.Locale.ROOT, "U+%04X", e.codePoint());
            report(progress, List.of(Diagnostic.error(firstOccurrence(file, e.codePoint()), "render.no-glyph",
                    ch, code)), List.of());
            return true;
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
