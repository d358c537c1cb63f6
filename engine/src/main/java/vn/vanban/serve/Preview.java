package vn.vanban.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

import vn.vanban.check.ContentLinter;
import vn.vanban.check.docx.DocxConformance;
import vn.vanban.check.docx.RuleResult;
import vn.vanban.data.DataStage;
import vn.vanban.diag.ContentException;
import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Loc;
import vn.vanban.diag.Messages;
import vn.vanban.diag.Severity;
import vn.vanban.load.YamlLoader;
import vn.vanban.render.Engine;
import vn.vanban.render.Formats;
import vn.vanban.write.pdf.UnsupportedCharacterException;

/**
 * The editor's text through the engine, in memory: the same checks as {@code vanban check} (reader
 * and linter) and the same rendering as {@code vanban render}, so the marks in the editor carry the
 * CLI's messages. Nothing here throws for a bad document: every problem becomes a diagnostic.
 */
final class Preview {
    private final Engine engine;
    private final Formats formats;
    private final Messages msg;
    private final Workspace workspace;

    Preview(Engine engine, Formats formats, Messages msg, Workspace workspace) {
        this.engine = engine;
        this.formats = formats;
        this.msg = msg;
        this.workspace = workspace;
    }

    /** What the engine made of a text: its messages, and the output when there was no error. */
    record Result(List<Diagnostic> diagnostics, byte[] output, String baseName, double writeMs) {
        boolean ok() {
            return output != null;
        }
    }

    /** Checks the text as {@code check} does, then renders it to {@code format} ("pdf" or "docx") if it has no error. */
    Result run(Path file, byte[] text, DataStage.Request request, String format) {
        Diagnostics diags = new Diagnostics();
        ContentLinter linter = new ContentLinter(LocalDate.now());
        try {
            // One pass: read, lint, and render only when neither found an error.
            Engine.Rendered r = engine.render(file, text, request, diags,
                    loaded -> linter.lint(loaded.document(), loaded.root(), diags));
            long t = System.nanoTime();
            byte[] out = formats.writer(format).write(r.layout());
            return new Result(diags.all(), out, r.document().baseName(), (System.nanoTime() - t) / 1e6);
        } catch (ContentException e) {
            addNew(diags, e.diagnostics());
        } catch (UnsupportedCharacterException e) {
            String ch = new String(Character.toChars(e.codePoint()));
            String code = String.format(java.util.Locale.ROOT, "U+%04X", e.codePoint());
            Loc at = YamlLoader.firstOccurrence(file, new String(text, StandardCharsets.UTF_8), e.codePoint());
            diags.error(at, "render.no-glyph", ch, code);
        } catch (RuntimeException | StackOverflowError e) {
            // A template or writer failure must not stop the server: the clerk sees it as a message.
            diags.error(Loc.of(file), "internal.error", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return new Result(diags.all(), null, null, 0);
    }

    private static void addNew(Diagnostics diags, List<Diagnostic> found) {
        List<Diagnostic> known = diags.all();
        found.stream().filter(d -> !known.contains(d)).forEach(diags::add);
    }

    /** Diagnostics as the page shows them: line and column in the edited file, the CLI's message and line. */
    List<Map<String, Object>> json(Path file, List<Diagnostic> ds) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Diagnostic d : ds) {
            Map<String, Object> m = new LinkedHashMap<>();
            Path where = d.loc().file();
            boolean here = where != null && where.toAbsolutePath().normalize().equals(file);
            m.put("here", here);
            m.put("line", d.loc().line());
            m.put("col", d.loc().col());
            m.put("severity", d.severity() == Severity.ERROR ? "error" : "warning");
            m.put("message", msg.get(d.key(), d.args().toArray()));
            // The CLI's line, with the path as the clerk knows it (relative to the project).
            Loc shown = new Loc(where == null ? null : display(where), d.loc().line(), d.loc().col());
            m.put("text", new Diagnostic(d.severity(), shown, d.key(), d.args()).format(msg));
            out.add(m);
        }
        return out;
    }

    private Path display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(workspace.root()) ? workspace.root().relativize(abs) : p;
    }

    /** ND30 conformance of the DOCX this text gives, rule by rule, as {@code vanban check FILE.docx} prints it. */
    List<Map<String, Object>> conformance(byte[] docx) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (RuleResult r : DocxConformance.check(doc)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("met", r.met());
                m.put("rule", msg.get(r.rule()));
                List<String> where = new ArrayList<>();
                if (r.place().section() > 0) {
                    where.add(msg.get("check.where.section", r.place().section()));
                }
                if (r.place().excerpt() != null) {
                    where.add(msg.get("check.where.paragraph", r.place().excerpt()));
                }
                m.put("where", String.join(", ", where));
                m.put("problems", r.problems().stream().map(p -> msg.get(p.key(), p.args().toArray())).toList());
                out.add(m);
            }
        }
        return out;
    }
}
