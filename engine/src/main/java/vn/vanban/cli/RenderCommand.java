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
import java.util.stream.Stream;

import vn.vanban.diag.ContentException;
import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Loc;
import vn.vanban.diag.Messages;
import vn.vanban.fonts.FontSet;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.render.AtomicFiles;
import vn.vanban.render.Engine;
import vn.vanban.render.Formats;
import vn.vanban.template.TemplateSource;
import vn.vanban.write.DocumentWriter;

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
        List<Path> files = new ArrayList<>();
        for (String f : o.files()) {
            Path p = Path.of(f);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(x -> x.toString().endsWith(".yaml") || x.toString().endsWith(".yml")).sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    err.println(Diagnostic.error(Loc.of(p), "file.unreadable", e.getMessage()).format(msg));
                    return 1;
                }
            } else {
                files.add(p);
            }
        }
        Formats formats = new Formats(Nd30Profile.defaults(), FontSet::bundled);
        // docx4j's set-up takes about a second cold: let it run beside the template and YAML work.
        formats.prepareInBackground(o.format());
        Engine engine;
        try {
            engine = new Engine(new TemplateSource(o.templates()));
        } catch (ContentException e) {
            e.diagnostics().forEach(d -> err.println(d.format(msg)));
            return 1;
        }
        List<Outcome> outcomes = renderAll(files, engine, formats, o);
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

    private List<Outcome> renderAll(List<Path> files, Engine engine, Formats formats, Cli.Options o) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (files.size() == 1) {
            // One document: its formats are written side by side instead.
            ExecutorService side = cores > 1 ? Executors.newSingleThreadExecutor(daemon()) : null;
            try {
                return List.of(renderOne(files.get(0), engine, formats, o, side));
            } finally {
                if (side != null) {
                    side.shutdown();
                }
            }
        }
        int threads = Math.min(files.size(), cores);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Progress progress = Progress.forTerminal(err, msg, files.size());
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> {
                    try {
                        return renderOne(f, engine, formats, o, null);
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

    /**
     * @param side where to write all formats but the last, beside this thread; null to write them in turn
     */
    private Outcome renderOne(Path file, Engine engine, Formats formats, Cli.Options o, ExecutorService side) {
        if (!Files.isRegularFile(file)) {
            return new Outcome(file, List.of(Diagnostic.error(Loc.of(file), "file.not-found", file)), List.of(), true);
        }
        try {
            Engine.Rendered r = engine.render(file);
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
                    targets.add(o.outDir().resolve(base + ".xml"));
                    contents.add(r.markup().getBytes(StandardCharsets.UTF_8));
                    beside.add(null);
                } else {
                    DocumentWriter w = formats.writer(f);
                    targets.add(o.outDir().resolve(base + "." + w.extension()));
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
                    ds.add(Diagnostic.error(Loc.of(targets.get(i)), "output.unwritable", e.toString()));
                    return new Outcome(file, ds, written, true);
                }
            }
            return new Outcome(file, r.warnings(), written, false);
        } catch (ContentException e) {
            return new Outcome(file, e.diagnostics(), List.of(), true);
        }
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
}
