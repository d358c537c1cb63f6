package vn.vanban.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.vanban.compare.git.GitVersions;
import vn.vanban.data.DataStage;
import vn.vanban.diag.ContentException;
import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Loc;
import vn.vanban.diag.Messages;
import vn.vanban.render.Engine;
import vn.vanban.render.Formats;

/**
 * The one way from two versions of a document to their redline: read and lay out both, compare them,
 * and word the summary for the clerk. {@code vanban so-sanh} writes what this returns to files; the
 * workbench ({@code vanban serve}) sends it to the page.
 */
public final class Redline {
    private Redline() {
    }

    /**
     * One side of the comparison: a version (from Git or a plain file) and, for text not yet saved
     * (the workbench's editor), that text read as if it were the version's file.
     */
    public record Side(GitVersions.Version version, byte[] text) {
        public static Side of(GitVersions.Version version) {
            return new Side(version, null);
        }
    }

    /**
     * A line of the summary: {@code place} as the clerk reads it ({@code REV:path:line} for an older
     * revision), {@code source} the file in the working tree it points at (null if unknown), its line,
     * and what changed in words.
     */
    public record Line(String place, Path source, int line, String text) {
        /** The line as {@code so-sanh --tom-tat} prints it. */
        public String printed() {
            return place + ": " + text;
        }
    }

    /** The redline and its summary; {@code baseName} names the output files ({@code <name>.so-sanh.docx}). */
    public record Result(Comparison comparison, List<Line> summary, String baseName) {
    }

    /** Either version could not be read: the lines say which and why, places named as the clerk knows them. */
    public static final class VersionFailed extends Exception {
        private final transient List<String> lines;

        VersionFailed(List<String> lines) {
            super(String.join("\n", lines));
            this.lines = List.copyOf(lines);
        }

        public List<String> lines() {
            return lines;
        }
    }

    /**
     * Compares {@code older} with {@code newer}; {@code workFile} is the document in the working tree
     * (null for two plain files), so places in an older revision's copy can point back at it.
     */
    public static Result of(Engine engine, Formats formats, Side older, Side newer, DataStage.Request request,
                            Path workFile, Messages msg) throws VersionFailed {
        List<GitVersions.Version> versions = List.of(older.version(), newer.version());
        List<String> oldErrors = new ArrayList<>();
        List<String> newErrors = new ArrayList<>();
        Engine.WithSources[] both = Comparison.renderBoth(() -> render(engine, older, request, versions, oldErrors, msg),
                () -> render(engine, newer, request, versions, newErrors, msg));
        if (both[0] == null || both[1] == null) {
            List<String> all = new ArrayList<>(oldErrors);
            all.addAll(newErrors);
            throw new VersionFailed(all);
        }
        Comparison c = Comparison.of(both[0], both[1], newer.version().author(), formats);
        List<Line> lines = new ArrayList<>();
        for (ChangeSummary.Entry e : c.summary()) {
            Object[] args = e.args().stream().map(x -> x instanceof String s && s.startsWith("kind.") ? msg.get(s) : x)
                    .toArray();
            Loc loc = e.loc();
            String place = String.valueOf(shown(loc, versions));
            lines.add(new Line(place, source(loc, versions, workFile), loc == null ? 0 : loc.line(),
                    msg.get("tom-tat." + e.key(), args)));
        }
        return new Result(c, lines, both[1].rendered().document().baseName());
    }

    /** A version rendered, or null with lines saying which version failed and why in {@code errors}. */
    private static Engine.WithSources render(Engine engine, Side side, DataStage.Request request,
                                             List<GitVersions.Version> versions, List<String> errors, Messages msg) {
        GitVersions.Version v = side.version();
        try {
            return side.text() == null ? engine.renderWithSources(v.file(), request)
                    : engine.renderWithSources(v.file(), side.text(), request);
        } catch (ContentException e) {
            errors.add(msg.get("so-sanh.version-failed", v.label()));
            for (Diagnostic d : e.diagnostics()) {
                Diagnostic shown = new Diagnostic(d.severity(), shown(d.loc(), versions), d.key(), d.args());
                errors.add(shown.format(msg));
            }
            return null;
        }
    }

    /** A place in a version's temporary copy named as {@code REV:path}, so the clerk can find it. */
    private static Loc shown(Loc loc, List<GitVersions.Version> versions) {
        if (loc == null || loc.file() == null) {
            return loc;
        }
        Path abs = loc.file().toAbsolutePath().normalize();
        for (GitVersions.Version v : versions) {
            if (v.extracted() != null && abs.startsWith(v.extracted())) {
                String rev = v.label().substring(0, v.label().lastIndexOf(':'));
                String rel = v.extracted().relativize(abs).toString().replace(java.io.File.separatorChar, '/');
                return new Loc(Path.of(rev + ":" + rel), loc.line(), loc.col());
            }
        }
        return loc;
    }

    /** The working-tree file a place points at: the same path under the work tree for a revision's copy. */
    private static Path source(Loc loc, List<GitVersions.Version> versions, Path workFile) {
        if (loc == null || loc.file() == null) {
            return null;
        }
        Path abs = loc.file().toAbsolutePath().normalize();
        for (GitVersions.Version v : versions) {
            if (v.extracted() != null && abs.startsWith(v.extracted())) {
                if (workFile == null) {
                    return null;
                }
                // The copy holds the work tree's layout: strip the document's path in it from the working file.
                Path inCopy = v.extracted().relativize(v.file().toAbsolutePath().normalize());
                Path work = workFile.toAbsolutePath().normalize();
                int keep = work.getNameCount() - inCopy.getNameCount();
                if (keep < 0) {
                    return null;
                }
                Path top = keep == 0 ? work.getRoot() : work.getRoot().resolve(work.subpath(0, keep));
                return top.resolve(v.extracted().relativize(abs).toString());
            }
        }
        return abs;
    }
}
