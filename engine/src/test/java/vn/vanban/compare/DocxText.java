package vn.vanban.compare;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;

/**
 * A DOCX as a reader sees it, read with Apache POI: each paragraph as its style and text (bold and
 * italic shown as {@code **} and {@code __} where they start and stop, a footnote as {@code [^text]}),
 * each table row by row and cell by cell. Two documents with the same lines read the same.
 */
final class DocxText {
    private DocxText() {
    }

    static List<String> lines(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> out = new ArrayList<>();
            for (IBodyElement e : doc.getBodyElements()) {
                body(doc, e, "", out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void body(XWPFDocument doc, IBodyElement e, String indent, List<String> out) {
        if (e instanceof XWPFParagraph p) {
            out.add(indent + "P[" + p.getStyle() + "] " + text(doc, p));
        } else if (e instanceof XWPFTable t) {
            out.add(indent + "TABLE");
            for (XWPFTableRow r : t.getRows()) {
                out.add(indent + " ROW");
                for (XWPFTableCell c : r.getTableCells()) {
                    out.add(indent + "  CELL");
                    for (IBodyElement ce : c.getBodyElements()) {
                        body(doc, ce, indent + "   ", out);
                    }
                }
            }
        }
    }

    private static String text(XWPFDocument doc, XWPFParagraph p) {
        StringBuilder sb = new StringBuilder();
        boolean bold = false;
        boolean italic = false;
        for (XWPFRun r : p.getRuns()) {
            List<CTFtnEdnRef> refs = r.getCTR().getFootnoteReferenceList();
            if (!refs.isEmpty()) {
                for (CTFtnEdnRef ref : refs) {
                    XWPFFootnote note = doc.getFootnoteByID(ref.getId().intValue());
                    sb.append("[^").append(note == null ? "?" : noteText(note)).append(']');
                }
                continue;
            }
            String t = r.text();
            if (t.isEmpty()) {
                continue;
            }
            if (r.isBold() != bold) {
                sb.append("**");
                bold = r.isBold();
            }
            if (r.isItalic() != italic) {
                sb.append("__");
                italic = r.isItalic();
            }
            sb.append(t);
        }
        return sb.toString();
    }

    private static String noteText(XWPFFootnote note) {
        StringBuilder sb = new StringBuilder();
        for (XWPFParagraph p : note.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                sb.append(r.text());
            }
        }
        return sb.toString().strip();
    }

}
