package vn.vanban.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.vanban.compare.ChangeSummary;
import vn.vanban.compare.Redline;
import vn.vanban.compare.Comparison;
import vn.vanban.compare.git.GitVersions;
import vn.vanban.data.DataStage;
import vn.vanban.format.Period;
import vn.vanban.diag.ContentException;
import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Loc;
import vn.vanban.diag.Messages;
import vn.vanban.fonts.FontSet;
import vn.vanban.json.JsonWriter;
import vn.vanban.layout.Revisions;
import vn.vanban.load.ProjectDir;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.render.AtomicFiles;
import vn.vanban.render.Engine;
import vn.vanban.render.Formats;
import vn.vanban.load.TemplateSource;

/**
 * {@code vanban so-sanh FILE.yaml [--tu REV] [--den REV]} or {@code vanban so-sanh OLD.yaml NEW.yaml}:
 * what changed between two versions of a document, as {@code <name>.so-sanh.docx} (Word tracked
 * changes), {@code <name>.so-sanh.pdf} (marked) and a summary ({@code --tom-tat}, {@code --json}).
 * The only command that reaches Git (JGit, in {@code vn.vanban.compare.git}).
 */
final class CompareCommand {
    private final PrintStream out;
    private final PrintStream err;
    private final Messages msg;

    CompareCommand(PrintStream out, PrintStream err, Messages msg) {
        this.out = out;
        this.err = err;
        this.msg = msg;
    }

    private record Args(List<String> files, String from, String to, Path outDir, boolean printSummary, Path json,
                        Path templates, String period) {
    }

    int run(List<String> argv) {
        Args a = parse(argv);
        if (a == null) {
            return 2;
        }
        if (a.templates() != null) {
            Diagnostic bad = ProjectDir.fromWorkingDirectory().checkTemplateDir(a.templates());
            if (bad != null) {
                err.println(bad.format(msg));
                return 1;
            }
        }
        if (Files.exists(a.outDir()) && !Files.isDirectory(a.outDir())) {
            err.println(Diagnostic.error(Loc.of(a.outDir()), "output.not-a-directory", a.outDir()).format(msg));
            return 1;
        }
        for (String f : a.files()) {
            if (!Files.isRegularFile(Path.of(f)) && !(a.files().size() == 1 && a.to() != null)) {
                err.println(Diagnostic.error(Loc.of(Path.of(f)), "file.not-found", f).format(msg));
                return 1;
            }
        }
        Formats formats = new Formats(Nd30Profile.defaults(), FontSet::bundled);
        formats.prepareInBackground("all");
        Engine engine;
        try {
            engine = new Engine(new TemplateSource(a.templates()));
        } catch (ContentException e) {
            e.diagnostics().forEach(d -> err.println(d.format(msg)));
            return 1;
        }
        List<GitVersions.Version> versions = new ArrayList<>();
        try {
            GitVersions.Version older;
            GitVersions.Version newer;
            Path workFile = null;
            if (a.files().size() == 2) {
                older = plain(Path.of(a.files().get(0)));
                newer = plain(Path.of(a.files().get(1)));
            } else {
                Path file = Path.of(a.files().get(0));
                workFile = file;
                try (GitVersions git = GitVersions.open(file)) {
                    older = git.at(a.from() == null ? "HEAD" : a.from());
                    versions.add(older);
                    newer = a.to() == null ? git.working(file) : git.at(a.to());
                    versions.add(newer);
                } catch (GitVersions.Problem p) {
                    err.println(Diagnostic.error(Loc.of(file), p.key(), p.args()).format(msg));
                    return 1;
                }
            }
            DataStage.Request request = new DataStage.Request(a.period() == null ? null : Period.parse(a.period()), null);
            Redline.Result r;
            try {
                r = Redline.of(engine, formats, Redline.Side.of(older), Redline.Side.of(newer), request, workFile, msg);
            } catch (Redline.VersionFailed f) {
                f.lines().forEach(err::println);
                return 1;
            }
            Comparison c = r.comparison();
            Path docx = a.outDir().resolve(r.baseName() + ".so-sanh.docx");
            Path pdf = a.outDir().resolve(r.baseName() + ".so-sanh.pdf");
            AtomicFiles.write(docx, c.docx());
            AtomicFiles.write(pdf, c.pdf());
            List<String> lines = r.summary().stream().map(Redline.Line::printed).toList();
            if (a.json() != null) {
                AtomicFiles.write(a.json(), json(older, newer, c, lines).getBytes(StandardCharsets.UTF_8));
            }
            if (a.printSummary()) {
                if (lines.isEmpty()) {
                    out.println(msg.get("tom-tat.none"));
                }
                lines.forEach(out::println);
            }
            out.println(msg.get("so-sanh.wrote", docx, c.redline().insertions(), c.redline().deletions()));
            out.println(msg.get("render.wrote", pdf));
            return 0;
        } catch (IOException e) {
            err.println(Diagnostic.error(Loc.of(a.outDir()), "so-sanh.io", e.getMessage()).format(msg));
            return 1;
        } finally {
            versions.forEach(GitVersions::discard);
        }
    }

    /** A file outside Git: its author is whoever runs the command, its date the file's. */
    private static GitVersions.Version plain(Path file) throws IOException {
        String who = System.getProperty("user.name", "vanban");
        Instant when = Files.getLastModifiedTime(file).toInstant();
        return new GitVersions.Version(file, file.toString(), new Revisions.Author(who, when), null);
    }

    private static String json(GitVersions.Version older, GitVersions.Version newer, Comparison c, List<String> lines) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cu", older.label());
        m.put("moi", newer.label());
        m.put("tac-gia", newer.author().name());
        m.put("thoi-diem", newer.author().date().toString());
        m.put("cho-them", c.redline().insertions());
        m.put("cho-xoa", c.redline().deletions());
        m.put("doi-dinh-dang", c.redline().formatting());
        List<Object> changes = new ArrayList<>();
        for (int i = 0; i < c.summary().size(); i++) {
            ChangeSummary.Entry e = c.summary().get(i);
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("loai", e.key());
            x.put("noi", lines.get(i).substring(0, lines.get(i).indexOf(": ")));
            x.put("dong", e.loc() == null ? null : e.loc().line());
            x.put("mo-ta", lines.get(i).substring(lines.get(i).indexOf(": ") + 2));
            changes.add(x);
        }
        m.put("thay-doi", changes);
        return JsonWriter.write(m);
    }

    private Args parse(List<String> argv) {
        List<String> files = new ArrayList<>();
        String from = null;
        String to = null;
        Path outDir = Path.of("output");
        boolean summary = false;
        Path json = null;
        Path templates = null;
        String period = null;
        for (int i = 0; i < argv.size(); i++) {
            String a = argv.get(i);
            switch (a) {
                case "--tu", "--den", "-o", "--out", "--json", "--lang", "--mau", "--templates", "--ky" -> {
                    if (i + 1 >= argv.size()) {
                        err.println(msg.get("usage.missing-value", a));
                        return null;
                    }
                    String v = argv.get(++i);
                    switch (a) {
                        case "--tu" -> from = v;
                        case "--den" -> to = v;
                        case "-o", "--out" -> outDir = Path.of(v);
                        case "--json" -> json = Path.of(v);
                        case "--mau", "--templates" -> templates = Path.of(v);
                        case "--ky" -> {
                            if (Period.parse(v) == null) {
                                err.println(msg.get("usage.bad-period", v));
                                return null;
                            }
                            period = v;
                        }
                        default -> { }
                    }
                }
                case "--tom-tat" -> summary = true;
                case "--debug" -> { }
                default -> {
                    if (a.startsWith("-")) {
                        err.println(msg.get("usage.unknown-option", a));
                        err.println(msg.get("usage.text"));
                        return null;
                    }
                    files.add(a);
                }
            }
        }
        if (files.isEmpty() || files.size() > 2 || (files.size() == 2 && (from != null || to != null))) {
            err.println(msg.get("usage.so-sanh"));
            return null;
        }
        return new Args(files, from, to, outDir, summary, json, templates, period);
    }
}
