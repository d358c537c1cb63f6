package vn.vanban.check.docx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * What Word shows for a run or a paragraph: direct formatting, then the run's character style, then
 * the paragraph's style and what it is based on (default paragraph style when none), then the
 * document defaults. Only the properties the ND30 rules need.
 */
final class FormatResolver {
    private final CTStyles styles;

    FormatResolver(XWPFDocument doc) {
        CTStyles s = null;
        try {
            s = doc.getStyle();
        } catch (XmlException | IOException | RuntimeException e) {
            // A document without styles.xml: direct formatting and Word's defaults only.
        }
        this.styles = s;
    }

    /** Font size in points, or null when nothing sets it (Word then uses 10 pt). */
    Double size(XWPFParagraph p, XWPFRun r) {
        return run(p, r, rpr -> rpr.sizeOfSzArray() > 0 && rpr.getSzArray(0).getVal() != null
                ? Double.parseDouble(rpr.getSzArray(0).getVal().toString()) / 2 : null);
    }

    boolean bold(XWPFParagraph p, XWPFRun r) {
        return Boolean.TRUE.equals(run(p, r, rpr -> rpr.sizeOfBArray() > 0 ? on(rpr.getBArray(0)) : null));
    }

    boolean italic(XWPFParagraph p, XWPFRun r) {
        return Boolean.TRUE.equals(run(p, r, rpr -> rpr.sizeOfIArray() > 0 ? on(rpr.getIArray(0)) : null));
    }

    /** All capitals by formatting (w:caps), whatever the typed case. */
    boolean caps(XWPFParagraph p, XWPFRun r) {
        return Boolean.TRUE.equals(run(p, r, rpr -> rpr.sizeOfCapsArray() > 0 ? on(rpr.getCapsArray(0)) : null));
    }

    /**
     * The fonts Word uses for the run's text: ascii for plain Latin letters and hAnsi for the rest,
     * which is where Vietnamese letters with diacritics fall. Each resolves along the chain on its own;
     * a theme reference reads "theme:minorHAnsi"; none when nothing sets them.
     */
    List<String> fonts(XWPFParagraph p, XWPFRun r) {
        String ascii = run(p, r, rpr -> {
            if (rpr.sizeOfRFontsArray() == 0) {
                return null;
            }
            var f = rpr.getRFontsArray(0);
            return f.isSetAsciiTheme() ? "theme:" + f.getAsciiTheme() : f.getAscii();
        });
        String hAnsi = run(p, r, rpr -> {
            if (rpr.sizeOfRFontsArray() == 0) {
                return null;
            }
            var f = rpr.getRFontsArray(0);
            return f.isSetHAnsiTheme() ? "theme:" + f.getHAnsiTheme() : f.getHAnsi();
        });
        List<String> out = new ArrayList<>();
        if (ascii != null) {
            out.add(ascii);
        }
        if (hAnsi != null && !hAnsi.equals(ascii)) {
            out.add(hAnsi);
        }
        return out;
    }

    /** Alignment: direct, else through the style chain; "left" by default. */
    String alignment(XWPFParagraph p) {
        if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getJc() != null) {
            return p.getCTP().getPPr().getJc().getVal().toString();
        }
        String v = paragraphStyles(p, ppr -> ppr.getJc() == null ? null : ppr.getJc().getVal().toString());
        return v == null ? "left" : v;
    }

    /** A visible bottom border on the paragraph, directly or from its style. */
    boolean bottomBorder(XWPFParagraph p) {
        if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getPBdr() != null) {
            CTBorder b = p.getCTP().getPPr().getPBdr().getBottom();
            if (b != null) {
                return visible(b);
            }
        }
        Boolean v = paragraphStyles(p, ppr -> ppr.getPBdr() == null || ppr.getPBdr().getBottom() == null ? null
                : visible(ppr.getPBdr().getBottom()));
        return Boolean.TRUE.equals(v);
    }

    private static boolean visible(CTBorder b) {
        return b.getVal() != STBorder.NONE && b.getVal() != STBorder.NIL;
    }

    private <T> T run(XWPFParagraph p, XWPFRun r, Function<CTRPr, T> get) {
        if (r.getCTR().getRPr() != null) {
            T v = get.apply(r.getCTR().getRPr());
            if (v != null) {
                return v;
            }
        }
        if (r.getCTR().getRPr() != null && r.getCTR().getRPr().sizeOfRStyleArray() > 0) {
            T v = styleChain(r.getCTR().getRPr().getRStyleArray(0).getVal(), s -> s.getRPr() == null ? null
                    : get.apply(s.getRPr()));
            if (v != null) {
                return v;
            }
        }
        T v = styleChain(paragraphStyleId(p), s -> s.getRPr() == null ? null : get.apply(s.getRPr()));
        if (v != null) {
            return v;
        }
        if (styles != null && styles.getDocDefaults() != null && styles.getDocDefaults().getRPrDefault() != null
                && styles.getDocDefaults().getRPrDefault().getRPr() != null) {
            return get.apply(styles.getDocDefaults().getRPrDefault().getRPr());
        }
        return null;
    }

    private <T> T paragraphStyles(XWPFParagraph p, Function<CTPPrGeneral, T> get) {
        return styleChain(paragraphStyleId(p), s -> s.getPPr() == null ? null : get.apply(s.getPPr()));
    }

    private String paragraphStyleId(XWPFParagraph p) {
        if (p.getStyle() != null) {
            return p.getStyle();
        }
        if (styles != null) {
            for (CTStyle s : styles.getStyleArray()) {
                if ("paragraph".equals(String.valueOf(s.getType())) && s.isSetDefault() && on(s.xgetDefault())) {
                    return s.getStyleId();
                }
            }
        }
        return "Normal";
    }

    /** First value along a style and its basedOn ancestors; loops in basedOn are cut. */
    private <T> T styleChain(String id, Function<CTStyle, T> get) {
        Set<String> seen = new HashSet<>();
        while (id != null && seen.add(id) && styles != null) {
            CTStyle s = style(id);
            if (s == null) {
                return null;
            }
            T v = get.apply(s);
            if (v != null) {
                return v;
            }
            id = s.getBasedOn() == null ? null : s.getBasedOn().getVal();
        }
        return null;
    }

    private CTStyle style(String id) {
        for (CTStyle s : styles.getStyleArray()) {
            if (id.equals(s.getStyleId())) {
                return s;
            }
        }
        return null;
    }

    static boolean on(CTOnOff o) {
        if (o == null || !o.isSetVal()) {
            return o != null;
        }
        String v = o.getVal().toString();
        return v.equals("true") || v.equals("1") || v.equals("on");
    }

    private static boolean on(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff o) {
        if (o == null) {
            return true;
        }
        String v = o.getStringValue();
        return v.equals("true") || v.equals("1") || v.equals("on");
    }
}
