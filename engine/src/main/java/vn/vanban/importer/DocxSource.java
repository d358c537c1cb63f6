package vn.vanban.importer;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A DOCX → source paragraphs and tables, with Apache POI. Paragraph styles give roles (vanban's own
 * {@code Vb...} styles and Word's headings), direct bold/italic runs become marks, footnote
 * references become {@code [^cN]} with their texts, Word's automatic numbering becomes a label,
 * and the layout tables of the header and signature blocks are read as paragraphs, cell by cell.
 */
final class DocxSource {
    private static final Map<String, Src.Role> ROLES = new HashMap<>();

    static {
        ROLES.put("vbparentbody", Src.Role.PARENT_BODY);
        ROLES.put("vbissuingbody", Src.Role.ISSUING_BODY);
        ROLES.put("vbnationaltitle", Src.Role.NATIONAL);
        ROLES.put("vbmotto", Src.Role.NATIONAL);
        ROLES.put("vbnumber", Src.Role.NUMBER);
        ROLES.put("vbplacedate", Src.Role.PLACE_DATE);
        ROLES.put("vbdoctype", Src.Role.DOC_TYPE);
        ROLES.put("vbsubject", Src.Role.SUBJECT);
        ROLES.put("vbbody", Src.Role.BODY);
        ROLES.put("vblistitem", Src.Role.LIST);
        ROLES.put("vbnote", Src.Role.NOTE);
        ROLES.put("vbcentered", Src.Role.CENTERED);
        ROLES.put("vbrecipientstitle", Src.Role.RECIPIENTS_TITLE);
        ROLES.put("vbrecipient", Src.Role.RECIPIENT);
        ROLES.put("vbsignerauthority", Src.Role.SIGNER);
        ROLES.put("vbsignername", Src.Role.SIGNER_NAME);
        ROLES.put("vbappendixlabel", Src.Role.APPENDIX_LABEL);
        ROLES.put("vbappendixtitle", Src.Role.APPENDIX_TITLE);
        ROLES.put("vbappendixnote", Src.Role.APPENDIX_NOTE);
        ROLES.put("vbappendixunit", Src.Role.APPENDIX_UNIT);
        ROLES.put("vbtablemeasure", Src.Role.UNIT_LINE);
        ROLES.put("vbrecipientto", Src.Role.ADDRESSEE);
        ROLES.put("vbrecipienttolead", Src.Role.ADDRESSEE);
        ROLES.put("vbrecipienttoitem", Src.Role.ADDRESSEE);
    }

    private final XWPFDocument doc;
    private final List<Src> out = new ArrayList<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final Map<BigInteger, String> noteIds = new HashMap<>();
    /** Word's list counters: numId → counter per level. */
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private int paragraphs;

    private DocxSource(XWPFDocument doc) {
        this.doc = doc;
    }

    static Importer.Source read(Path file) throws IOException, Importer.UnreadableException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            DocxSource s = new DocxSource(doc);
            for (IBodyElement e : doc.getBodyElements()) {
                s.element(e);
            }
            s.flushTabbed();
            return new Importer.Source(s.out, s.notes);
        } catch (NotOfficeXmlFileException | POIXMLException | org.apache.poi.EmptyFileException e) {
            throw new Importer.UnreadableException("không phải tệp Word .docx hợp lệ (" + e.getMessage() + ")");
        }
    }

    private void element(IBodyElement e) {
        switch (e) {
            case XWPFParagraph p -> paragraph(p);
            case XWPFTable t -> table(t);
            case XWPFSDT sdt -> {
                paragraphs++;
                String text = Marks.squash(sdt.getContent().getText());
                if (!text.isEmpty()) {
                    out.add(new Src.Para(Marks.escape(text), text, Src.Role.NONE, false, false, false, null, false,
                            "đoạn " + paragraphs));
                }
            }
            default -> {
            }
        }
    }

    /** Paragraphs laid out with tabs (a table typed with tab stops, or pasted cell by cell), read as text lines. */
    private final List<TextSource.Line> tabbed = new ArrayList<>();

    private void paragraph(XWPFParagraph p) {
        paragraphs++;
        String raw = p.getText() == null ? "" : p.getText();
        long tabs = raw.chars().filter(c -> c == '\t').count();
        if (p.getNumID() == null && (raw.startsWith("\t") && !raw.isBlank() || tabs >= 2 && !raw.strip().isEmpty())
                || !tabbed.isEmpty() && raw.isBlank()) {
            tabbed.add(new TextSource.Line(raw, paragraphs, 0, "đoạn " + paragraphs));
            return;
        }
        flushTabbed();
        Src.Para para = para(p, "đoạn " + paragraphs);
        if (para != null) {
            out.add(para);
        }
    }

    private void flushTabbed() {
        if (!tabbed.isEmpty()) {
            out.addAll(new TextSource("đoạn").read(new ArrayList<>(tabbed)));
            tabbed.clear();
        }
    }

    private Src.Para para(XWPFParagraph p, String where) {
        Src.Role role = role(p);
        String label = autoLabel(p);
        List<XWPFRun> runs = p.getRuns();
        boolean allBold = !runs.isEmpty();
        boolean allItalic = !runs.isEmpty();
        for (XWPFRun r : runs) {
            if (!text(r).isBlank()) {
                allBold &= r.isBold();
                allItalic &= r.isItalic();
            }
        }
        // Marks only inside running text: headings and signature lines are bold by their style.
        boolean marks = (role == Src.Role.BODY || role == Src.Role.NONE || role == Src.Role.LIST) && !allBold && !allItalic;
        StringBuilder sb = new StringBuilder();
        String open = "";
        StringBuilder pending = new StringBuilder();
        for (XWPFRun r : runs) {
            String t = text(r);
            String mark = !marks || t.isBlank() ? open : (r.isBold() ? "**" : "") + (r.isItalic() ? "*" : "");
            if (!mark.equals(open)) {
                close(sb, pending, open);
                open = mark;
            }
            pending.append(Marks.escape(t));
            for (CTFtnEdnRef ref : r.getCTR().getFootnoteReferenceList()) {
                close(sb, pending, open);
                open = "";
                sb.append("[^").append(note(ref.getId())).append(']');
            }
        }
        close(sb, pending, open);
        String markup = Normalizer.normalize(squashMarkup(sb.toString()), Normalizer.Form.NFC);
        String plain = Marks.plain(markup);
        if (plain.isBlank() && label == null) {
            return null;
        }
        boolean centered = p.getAlignment() == ParagraphAlignment.CENTER;
        return new Src.Para(markup, plain, role, allBold, allItalic, centered, label, false, where);
    }

    /** Closes a run of marked text, keeping its outer spaces outside the marks. */
    private static void close(StringBuilder sb, StringBuilder pending, String mark) {
        if (pending.isEmpty()) {
            return;
        }
        String t = pending.toString();
        pending.setLength(0);
        if (mark.isEmpty() || t.isBlank()) {
            sb.append(t);
            return;
        }
        int a = 0;
        int b = t.length();
        while (a < b && Character.isWhitespace(t.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(t.charAt(b - 1))) {
            b--;
        }
        sb.append(t, 0, a).append(mark).append(t, a, b).append(new StringBuilder(mark).reverse()).append(t.substring(b));
    }

    private static String squashMarkup(String s) {
        return Marks.squash(s.replace('\u00A0', ' '));
    }

    private static String text(XWPFRun r) {
        String t = r.text();
        // POI spells a footnote reference as "[footnoteref:1]" in the run's text; the reference is read apart.
        return t == null ? "" : t.replace('\t', ' ').replaceAll("\\[(?i:foot|end)note[rR]ef:\\d+]", "");
    }

    private String note(BigInteger id) {
        String key = noteIds.get(id);
        if (key != null) {
            return key;
        }
        key = "cn" + (noteIds.size() + 1);
        noteIds.put(id, key);
        XWPFFootnote f = doc.getFootnoteByID(id.intValue());
        StringBuilder t = new StringBuilder();
        if (f != null) {
            for (XWPFParagraph p : f.getParagraphs()) {
                t.append(t.isEmpty() ? "" : " ").append(p.getText());
            }
        }
        notes.put(key, Marks.escape(Marks.squash(t.toString())));
        return key;
    }

    private Src.Role role(XWPFParagraph p) {
        String style = p.getStyleID();
        if (style == null) {
            return Src.Role.NONE;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        Src.Role r = ROLES.get(s);
        if (r != null) {
            return r;
        }
        if (s.startsWith("heading") || s.startsWith("title")) {
            return Src.Role.HEADING;
        }
        return s.contains("list") ? Src.Role.LIST : Src.Role.NONE;
    }

    /** Word's automatic number for a numbered paragraph ("1.", "a)", "-"), counted as Word counts. */
    private String autoLabel(XWPFParagraph p) {
        BigInteger numId = p.getNumID();
        if (numId == null) {
            return null;
        }
        int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
        String fmt = p.getNumFmt();
        String text = p.getNumLevelText();
        if (fmt == null || text == null) {
            return null;
        }
        if (fmt.equals("bullet")) {
            return level == 0 ? "-" : "+";
        }
        int[] c = counters.computeIfAbsent(numId, k -> new int[9]);
        if (level > 8) {
            return null;
        }
        c[level]++;
        for (int i = level + 1; i < 9; i++) {
            c[i] = 0;
        }
        String label = text;
        for (int i = 0; i <= level; i++) {
            String v = i == level ? format(c[i], fmt) : String.valueOf(Math.max(1, c[i]));
            label = label.replace("%" + (i + 1), v);
        }
        return label.strip();
    }

    private static String format(int n, String fmt) {
        return switch (fmt) {
            case "upperRoman" -> vn.vanban.format.Numbering.roman(n);
            case "lowerRoman" -> vn.vanban.format.Numbering.roman(n).toLowerCase(Locale.ROOT);
            case "lowerLetter" -> vn.vanban.format.Numbering.letter(n);
            case "upperLetter" -> vn.vanban.format.Numbering.letter(n).toUpperCase(Locale.ROOT);
            default -> String.valueOf(n);
        };
    }

    // ------------------------------------------------------------------ tables

    private void table(XWPFTable t) {
        flushTabbed();
        if (isLayout(t)) {
            // The header block and the Nơi nhận / signature block are set in borderless tables: read cell by cell.
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (IBodyElement e : cell.getBodyElements()) {
                        element(e);
                    }
                }
            }
            return;
        }
        paragraphs++;
        String where = "bảng ở đoạn " + paragraphs;
        List<List<Src.Cell>> rows = new ArrayList<>();
        List<int[]> starts = new ArrayList<>(); // per row: grid column of each cell
        List<List<Boolean>> continues = new ArrayList<>();
        int header = 0;
        boolean inHeader = true;
        for (XWPFTableRow row : t.getRows()) {
            inHeader &= row.isRepeatHeader();
            if (inHeader) {
                header++;
            }
            List<Src.Cell> cells = new ArrayList<>();
            List<Boolean> cont = new ArrayList<>();
            int[] at = new int[row.getTableCells().size()];
            int col = 0;
            int i = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.getGridSpan() != null ? pr.getGridSpan().getVal().intValue() : 1;
                boolean continued = pr != null && pr.getVMerge() != null
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                StringBuilder text = new StringBuilder();
                boolean bold = true;
                boolean any = false;
                for (XWPFParagraph p : cell.getParagraphs()) {
                    Src.Para para = para(p, where);
                    if (para != null) {
                        String s = (para.autoLabel() == null ? "" : para.autoLabel() + " ") + para.text();
                        text.append(text.isEmpty() ? "" : " ").append(s);
                        bold &= para.bold();
                        any = true;
                    }
                }
                cells.add(new Src.Cell(text.toString(), span, 1, any && bold));
                cont.add(continued);
                at[i++] = col;
                col += span;
            }
            rows.add(cells);
            starts.add(at);
            continues.add(cont);
        }
        // Vertical merges: a restarting cell spans the continuing cells below it in the same grid column.
        List<List<Src.Cell>> merged = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Src.Cell> keep = new ArrayList<>();
            for (int i = 0; i < rows.get(r).size(); i++) {
                if (continues.get(r).get(i)) {
                    continue;
                }
                Src.Cell c = rows.get(r).get(i);
                int span = 1;
                for (int below = r + 1; below < rows.size(); below++) {
                    int j = indexAt(starts.get(below), starts.get(r)[i]);
                    if (j >= 0 && continues.get(below).get(j)) {
                        span++;
                    } else {
                        break;
                    }
                }
                keep.add(new Src.Cell(c.text(), c.colSpan(), span, c.bold()));
            }
            merged.add(keep);
        }
        List<Double> widths = new ArrayList<>();
        if (t.getCTTbl().getTblGrid() != null) {
            t.getCTTbl().getTblGrid().getGridColList().forEach(g -> widths.add(twips(g.getW())));
        }
        out.add(new Src.Table(merged, Math.max(header, 1), where, widths));
    }

    /** A grid column's width in twips; 0 when absent or written in units other than twips. */
    private static double twips(Object w) {
        try {
            return w == null ? 0 : Double.parseDouble(w.toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int indexAt(int[] starts, int col) {
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] == col) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLayout(XWPFTable t) {
        for (XWPFTableRow row : t.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                for (XWPFParagraph p : cell.getParagraphs()) {
                    String style = p.getStyleID() == null ? "" : p.getStyleID().toLowerCase(Locale.ROOT);
                    if (style.startsWith("vbrecipient") || style.startsWith("vbsigner") || style.startsWith("vbnational")
                            || style.startsWith("vbissuing") || style.startsWith("vbparent") || style.startsWith("vbnumber")) {
                        return true;
                    }
                    String text = p.getText();
                    if (text.contains("CỘNG HÒA XÃ HỘI") || text.contains("CỘNG HOÀ XÃ HỘI") || text.startsWith("Nơi nhận")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
