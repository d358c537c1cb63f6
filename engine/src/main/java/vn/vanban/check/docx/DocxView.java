package vn.vanban.check.docx;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A DOCX as the rules see it: every paragraph in reading order (table cells included) with the section
 * it belongs to and the cell holding it, and the sections' properties in order.
 */
final class DocxView {
    /** A paragraph, its 1-based section, and its table cell (null in the body). */
    record Para(XWPFParagraph p, int section, XWPFTableCell cell) {
        String text() {
            return DocxView.text(p);
        }

        RuleResult.Place place() {
            return new RuleResult.Place(section, excerpt(text()));
        }
    }

    final XWPFDocument doc;
    final FormatResolver format;
    final List<Para> paras = new ArrayList<>();
    final List<CTSectPr> sections = new ArrayList<>();

    DocxView(XWPFDocument doc) {
        this.doc = doc;
        this.format = new FormatResolver(doc);
        for (IBodyElement e : doc.getBodyElements()) {
            collect(e, null);
        }
        CTSectPr last = doc.getDocument().getBody().getSectPr();
        // A body without its own sectPr still has a last section (Word's defaults).
        sections.add(last == null ? CTSectPr.Factory.newInstance() : last);
    }

    private void collect(IBodyElement e, XWPFTableCell cell) {
        if (e instanceof XWPFParagraph p) {
            paras.add(new Para(p, sections.size() + 1, cell));
            if (cell == null && p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null) {
                sections.add(p.getCTP().getPPr().getSectPr());
            }
        } else if (e instanceof XWPFTable t) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell c : row.getTableCells()) {
                    c.getBodyElements().forEach(x -> collect(x, c));
                }
            }
        }
    }

    /** Paragraph text as read: NFC, no-break spaces and runs of spaces as one space, trimmed. */
    static String text(XWPFParagraph p) {
        String s = Normalizer.normalize(p.getText(), Normalizer.Form.NFC);
        return s.replace('\u00A0', ' ').replace('\t', ' ').replaceAll(" {2,}", " ").strip();
    }

    static String excerpt(String s) {
        return s.length() <= 50 ? s : s.substring(0, 47) + "...";
    }

    /** The next paragraph after {@code para} in the same container (cell or body), or null. */
    Para next(Para para) {
        int i = paras.indexOf(para);
        if (i >= 0 && i + 1 < paras.size() && paras.get(i + 1).cell() == para.cell()) {
            return paras.get(i + 1);
        }
        return null;
    }
}
