package vn.vanban.write.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * Reads a written DOCX back with Apache POI and resolves what Word would show for a run:
 * direct formatting, then the paragraph's style chain, then the document defaults.
 */
public final class DocxReader {
    private static final Set<String> TRUE_VALUES = Set.of("true", "1", "on");

    public final XWPFDocument doc;

    private DocxReader(XWPFDocument doc) {
        this.doc = doc;
    }

    public static DocxReader read(byte[] docx) {
        try {
            return new DocxReader(new XWPFDocument(new ByteArrayInputStream(docx)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CTStyle style(String id) {
        var s = doc.getStyles().getStyle(id);
        return s == null ? null : s.getCTStyle();
    }

    /** Every paragraph in reading order, table cells included (row by row, cell by cell). */
    public List<XWPFParagraph> allParagraphs() {
        List<XWPFParagraph> out = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            collect(e, out);
        }
        return out;
    }

    private static void collect(IBodyElement e, List<XWPFParagraph> out) {
        if (e instanceof XWPFParagraph p) {
            out.add(p);
        } else if (e instanceof XWPFTable t) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getBodyElements().forEach(c -> collect(c, out));
                }
            }
        }
    }

    public XWPFParagraph paragraphWithText(String text) {
        return allParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph with text " + text));
    }

    public List<XWPFTable> tables() {
        return doc.getTables();
    }

    public double fontSize(XWPFParagraph p, XWPFRun r) {
        return resolve(p, r, rpr -> rpr.sizeOfSzArray() > 0
                ? Double.parseDouble(rpr.getSzArray(0).getVal().toString()) / 2 : null);
    }

    public boolean bold(XWPFParagraph p, XWPFRun r) {
        Boolean b = resolve(p, r, rpr -> rpr.sizeOfBArray() > 0 ? on(rpr.getBArray(0)) : null);
        return b != null && b;
    }

    public boolean italic(XWPFParagraph p, XWPFRun r) {
        Boolean b = resolve(p, r, rpr -> rpr.sizeOfIArray() > 0 ? on(rpr.getIArray(0)) : null);
        return b != null && b;
    }

    public String font(XWPFParagraph p, XWPFRun r) {
        return resolve(p, r, rpr -> rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0).getAscii() : null);
    }

    /** First value found: the run, the paragraph style and what it is based on, the defaults. */
    private <T> T resolve(XWPFParagraph p, XWPFRun r, Function<CTRPr, T> get) {
        if (r.getCTR().getRPr() != null) {
            T v = get.apply(r.getCTR().getRPr());
            if (v != null) {
                return v;
            }
        }
        String id = p.getStyle() == null ? "Normal" : p.getStyle();
        while (id != null) {
            CTStyle s = style(id);
            if (s == null) {
                break;
            }
            if (s.getRPr() != null) {
                T v = get.apply(s.getRPr());
                if (v != null) {
                    return v;
                }
            }
            id = s.getBasedOn() == null ? null : s.getBasedOn().getVal();
        }
        return get.apply(defaults().getRPrDefault().getRPr());
    }

    CTDocDefaults defaults() {
        try {
            return doc.getStyle().getDocDefaults();
        } catch (XmlException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The alignment Word applies: direct formatting, else the style chain ("both" is justified). */
    public String justification(XWPFParagraph p) {
        if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getJc() != null) {
            return p.getCTP().getPPr().getJc().getVal().toString();
        }
        String id = p.getStyle() == null ? "Normal" : p.getStyle();
        while (id != null) {
            CTStyle s = style(id);
            if (s == null) {
                break;
            }
            if (s.getPPr() != null && s.getPPr().getJc() != null) {
                return s.getPPr().getJc().getVal().toString();
            }
            id = s.getBasedOn() == null ? null : s.getBasedOn().getVal();
        }
        return "left";
    }

    /** Paragraph properties of a style. */
    CTPPrGeneral paragraphProperties(String styleId) {
        return style(styleId).getPPr();
    }

    static boolean on(CTOnOff o) {
        return o != null && (!o.isSetVal() || TRUE_VALUES.contains(o.getVal().toString()));
    }
}
