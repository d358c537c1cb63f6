package vn.vanban.importer;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import vn.vanban.check.ContentLinter;
import vn.vanban.diag.ContentException;
import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Severity;
import vn.vanban.fonts.FontSet;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.render.Engine;
import vn.vanban.load.TemplateSource;
import vn.vanban.write.docx.DocxWriter;
import vn.vanban.write.pdf.PdfWriter;

/** Checks and renders content files for the import tests, reading outputs back with independent readers. */
final class Rendering {
    static final Engine ENGINE = new Engine(TemplateSource.defaults());
    static final Nd30Profile PROFILE = Nd30Profile.defaults();

    private Rendering() {
    }

    /** What {@code vanban check} reports as errors for a content file (empty when it passes). */
    static List<String> checkErrors(Path file) {
        Diagnostics diags = new Diagnostics();
        try {
            Engine.Loaded loaded = ENGINE.load(file, diags);
            new ContentLinter(LocalDate.of(2026, 1, 1)).lint(loaded.document(), loaded.root(), diags);
        } catch (ContentException e) {
            e.diagnostics().forEach(diags::add);
        }
        return diags.all().stream().filter(d -> d.severity() == Severity.ERROR).map(d -> d.format(vn.vanban.diag.Messages.forLanguage("vi"))).toList();
    }

    static LayoutDocument layout(Path file) {
        return ENGINE.render(file).layout();
    }

    static byte[] docx(LayoutDocument layout) throws Exception {
        return new DocxWriter(PROFILE, FontSet.bundled()).write(layout);
    }

    static byte[] pdf(LayoutDocument layout) throws Exception {
        return new PdfWriter(PROFILE, FontSet.bundled()).write(layout);
    }

    /** The text of a DOCX as Word shows it, in reading order: paragraphs, table cells row by row, footnotes. */
    static String docxText(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder sb = new StringBuilder();
            for (IBodyElement e : doc.getBodyElements()) {
                collect(e, sb);
            }
            doc.getFootnotes().forEach(f -> f.getParagraphs().forEach(p -> sb.append(p.getText()).append('\n')));
            return sb.toString();
        }
    }

    private static void collect(IBodyElement e, StringBuilder sb) {
        if (e instanceof XWPFParagraph p) {
            sb.append(p.getText()).append('\n');
        } else if (e instanceof XWPFTable t) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getBodyElements().forEach(x -> collect(x, sb));
                }
            }
        }
    }
}
