package vn.vanban.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import vn.vanban.fonts.FontSet;
import vn.vanban.layout.Block;
import vn.vanban.layout.Inline;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.PageSection;
import vn.vanban.layout.Table;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.write.docx.DocxReader;
import vn.vanban.write.docx.DocxWriter;
import vn.vanban.write.pdf.PdfWriter;

/**
 * Both writers draw an awkward table alike: the DOCX read back with POI (grid columns, gridSpan, vMerge,
 * row heights) against the PDF read back with PDFBox (the border segments it strokes and where each
 * cell's letters stand). Each cell holds one letter, so a glyph names its cell.
 */
class TableGridWritersTest {
    private static final Nd30Profile PROFILE = Nd30Profile.defaults();
    private static final FontSet FONTS = FontSet.bundled();
    private static final double EPS = 0.02;

    /** Slot owner per (row, col): the letter of the cell drawn there; rows header first. */
    private static String[][] docxSlots;
    private static long[] docxCols;
    private static Map<Integer, Double> docxRowHeights;
    private static List<double[]> segments; // x1, y1, x2, y2 from the page top, x1 <= x2, y1 <= y2
    private static Map<String, double[]> letters; // letter -> x, y (glyph centre, from the page top)

    /*
     * Header: A spans 3 rows (kept to the header's 2), B 2 rows, C 2 columns; D, E.
     * Body: G spans 2 rows and has 5 lines (the second row grows); J asks 2 columns but the slot right of
     * it is covered by G; K asks 5 (gets 2); L M is a short row (2 blanks); N spans 2 rows, O 3 columns;
     * P Q sit right of N; S asks 4 rows from the last row (gets 1).
     */
    private static Table awkward() {
        return new Table(List.of(col(1), col(3), col(1.3), col(1.7)),
                List.of(row("A::3", "B::2", "C:2"), row("D", "E")),
                List.of(row("F", "G::2:VWXY", "H", "I"),
                        row("J:2", "K:5"),
                        row("L", "M"),
                        row("N::2", "O:3"),
                        row("P:2", "Q"),
                        row("R", "S::4", "T", "U")));
    }

    private static Table.Column col(double w) {
        return new Table.Column(w, Table.Align.LEFT);
    }

    /** "letter:colSpan:rowSpan:more letters on lines of their own". */
    private static Table.Row row(String... specs) {
        List<Table.Cell> cells = new ArrayList<>();
        for (String spec : specs) {
            String[] p = (spec + ":::").split(":", -1);
            List<Inline> content = new ArrayList<>();
            content.add(Inline.Span.plain(p[0]));
            for (char c : p[3].toCharArray()) {
                content.add(new Inline.LineBreak());
                content.add(Inline.Span.plain(String.valueOf(c)));
            }
            cells.add(new Table.Cell(content, p[1].isEmpty() ? 1 : Integer.parseInt(p[1]),
                    p[2].isEmpty() ? 1 : Integer.parseInt(p[2]), null, false, false));
        }
        return new Table.Row(cells, false);
    }

    private static final String[] EXPECTED = {
            "A B C C",
            "A B D E",
            "F G H I",
            "J G K K",
            "L M _ _",
            "N O O O",
            "N P P Q",
            "R S T U"};

    @BeforeAll
    static void writeBoth() throws IOException {
        LayoutDocument doc = new LayoutDocument("Bảng", null, List.of(new PageSection(PageSection.Orientation.PORTRAIT,
                false, List.of(new Block.TableBlock(awkward())))));
        readDocx(new DocxWriter(PROFILE, FONTS).write(doc));
        readPdf(new PdfWriter(PROFILE, FONTS).write(doc));
    }

    private static void readDocx(byte[] docx) {
        XWPFTable t = DocxReader.read(docx).tables().get(0);
        List<CTTblGridCol> cols = t.getCTTbl().getTblGrid().getGridColList();
        docxCols = cols.stream().mapToLong(c -> ((BigInteger) c.getW()).longValue()).toArray();
        docxSlots = new String[t.getRows().size()][docxCols.length];
        docxRowHeights = new HashMap<>();
        int blanks = 0;
        for (int r = 0; r < t.getRows().size(); r++) {
            XWPFTableRow row = t.getRow(r);
            CTTrPr trPr = row.getCtRow().getTrPr();
            if (trPr != null && trPr.sizeOfTrHeightArray() > 0) {
                docxRowHeights.put(r, ((BigInteger) trPr.getTrHeightArray(0).getVal()).doubleValue() / 20);
            }
            int c = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
                boolean continues = pr != null && pr.isSetVMerge()
                        && (!pr.getVMerge().isSetVal() || pr.getVMerge().getVal() == STMerge.CONTINUE);
                String owner = continues ? docxSlots[r - 1][c]
                        : cell.getText().isEmpty() ? "_" + blanks++ : cell.getText().substring(0, 1);
                for (int k = c; k < c + span; k++) {
                    docxSlots[r][k] = owner;
                }
                c += span;
            }
        }
    }

    private static void readPdf(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertEquals(1, d.getNumberOfPages(), "the table fits one page");
            PDPage page = d.getPage(0);
            double h = page.getMediaBox().getHeight();
            List<double[]> segs = new ArrayList<>();
            new PDFGraphicsStreamEngine(page) {
                private final List<double[]> pending = new ArrayList<>();
                private Point2D current = new Point2D.Double();

                @Override
                public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                    Point2D[] p = {p0, p1, p2, p3};
                    for (int i = 0; i < 4; i++) {
                        Point2D a = p[i];
                        Point2D b = p[(i + 1) % 4];
                        pending.add(new double[] {Math.min(a.getX(), b.getX()), h - Math.max(a.getY(), b.getY()),
                                Math.max(a.getX(), b.getX()), h - Math.min(a.getY(), b.getY())});
                    }
                }

                @Override
                public void moveTo(float x, float y) {
                    current = new Point2D.Double(x, y);
                }

                @Override
                public void lineTo(float x, float y) {
                    pending.add(new double[] {Math.min(current.getX(), x), h - Math.max(current.getY(), y),
                            Math.max(current.getX(), x), h - Math.min(current.getY(), y)});
                    current = new Point2D.Double(x, y);
                }

                @Override
                public void strokePath() {
                    segs.addAll(pending);
                    pending.clear();
                }

                @Override
                public void endPath() {
                    pending.clear();
                }

                @Override
                public void fillPath(int rule) {
                    pending.clear();
                }

                @Override
                public void fillAndStrokePath(int rule) {
                    strokePath();
                }

                @Override
                public void drawImage(PDImage image) {
                }

                @Override
                public void clip(int rule) {
                }

                @Override
                public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                }

                @Override
                public Point2D getCurrentPoint() {
                    return current;
                }

                @Override
                public void closePath() {
                }

                @Override
                public void shadingFill(COSName name) {
                }
            }.processPage(page);
            segments = segs;

            letters = new HashMap<>();
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        String u = p.getUnicode();
                        if (u.length() == 1 && Character.isLetter(u.charAt(0))) {
                            letters.put(u, new double[] {p.getXDirAdj() + p.getWidthDirAdj() / 2,
                                    p.getYDirAdj() - p.getHeightDir() / 2});
                        }
                    }
                }
            };
            s.getText(d);
        }
    }

    /** Where the PDF's column borders stand, from the table's left edge, for the DOCX's twips. */
    private static double[] columnXs() {
        double left = segments.stream().filter(s -> s[0] == s[2]).mapToDouble(s -> s[0]).min().orElseThrow();
        double[] x = new double[docxCols.length + 1];
        x[0] = left;
        long twips = 0;
        for (int c = 0; c < docxCols.length; c++) {
            twips += docxCols[c];
            x[c + 1] = left + twips / 20.0;
        }
        return x;
    }

    /** Distinct y of the PDF's horizontal borders: the row boundaries. */
    private static double[] rowYs() {
        TreeSet<Double> ys = new TreeSet<>();
        for (double[] s : segments) {
            if (s[1] == s[3] && s[2] > s[0]) {
                Double near = ys.floor(s[1] + EPS);
                if (near == null || near < s[1] - EPS) {
                    ys.add(s[1]);
                }
            }
        }
        return ys.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean vertical(double x, double y) {
        return segments.stream().anyMatch(s -> Math.abs(s[0] - x) < EPS && Math.abs(s[2] - x) < EPS
                && s[1] < y && s[3] > y);
    }

    private static boolean horizontal(double y, double x) {
        return segments.stream().anyMatch(s -> Math.abs(s[1] - y) < EPS && Math.abs(s[3] - y) < EPS
                && s[0] < x && s[2] > x);
    }

    @Test
    void theDocxHasTheGridsSlots() {
        for (int r = 0; r < EXPECTED.length; r++) {
            String got = String.join(" ", docxSlots[r]).replaceAll("_\\d+", "_");
            assertEquals(EXPECTED[r], got, "DOCX row " + r);
        }
    }

    @Test
    void thePdfDrawsItsColumnsAtTheDocxTwips() {
        double[] x = columnXs();
        double[] y = rowYs();
        assertEquals(EXPECTED.length + 1, y.length, "one horizontal border per row boundary");
        for (double cx : x) {
            assertTrue(vertical(cx, (y[0] + y[1]) / 2) || vertical(cx, (y[1] + y[2]) / 2),
                    "a column border at " + cx);
        }
        double right = segments.stream().mapToDouble(s -> s[2]).max().orElseThrow();
        assertEquals(x[x.length - 1], right, EPS, "the table ends where the DOCX's columns end");
    }

    @Test
    void bothWritersMergeTheSameSlotsAndDrawTheSameBorders() {
        double[] x = columnXs();
        double[] y = rowYs();
        int rows = docxSlots.length;
        int cols = docxCols.length;
        List<String> differences = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            double midY = (y[r] + y[r + 1]) / 2;
            for (int c = 0; c <= cols; c++) {
                boolean docxBorder = c == 0 || c == cols || !docxSlots[r][c - 1].equals(docxSlots[r][c]);
                if (docxBorder != vertical(x[c], midY)) {
                    differences.add("row " + r + ", left of column " + c + ": DOCX " + (docxBorder ? "border" : "merged"));
                }
            }
        }
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c < cols; c++) {
                double midX = (x[c] + x[c + 1]) / 2;
                boolean docxBorder = r == 0 || r == rows || !docxSlots[r - 1][c].equals(docxSlots[r][c]);
                if (docxBorder != horizontal(y[r], midX)) {
                    differences.add("above row " + r + ", column " + c + ": DOCX " + (docxBorder ? "border" : "merged"));
                }
            }
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void eachLetterStandsInsideTheCellTheDocxGivesIt() {
        double[] x = columnXs();
        double[] y = rowYs();
        for (int r = 0; r < docxSlots.length; r++) {
            for (int c = 0; c < docxCols.length; c++) {
                String owner = docxSlots[r][c];
                if (owner.startsWith("_") || (r > 0 && docxSlots[r - 1][c].equals(owner))
                        || (c > 0 && docxSlots[r][c - 1].equals(owner))) {
                    continue; // a blank, or not the cell's top-left slot
                }
                int c2 = c;
                while (c2 + 1 < docxCols.length && docxSlots[r][c2 + 1].equals(owner)) {
                    c2++;
                }
                int r2 = r;
                while (r2 + 1 < docxSlots.length && docxSlots[r2 + 1][c].equals(owner)) {
                    r2++;
                }
                double[] p = letters.get(owner);
                assertTrue(p != null, "the PDF prints " + owner);
                assertTrue(p[0] > x[c] && p[0] < x[c2 + 1] && p[1] > y[r] && p[1] < y[r2 + 1],
                        owner + " at " + p[0] + "," + p[1] + " lies in rows " + r + ".." + r2 + ", columns " + c + ".." + c2);
            }
        }
        for (String more : List.of("V", "W", "X", "Y")) {
            assertTrue(letters.get(more)[1] > letters.get("G")[1], more + " is on a line of G's below it");
        }
    }

    @Test
    void theRowUnderTheTallMergedCellIsAsTallInBoth() {
        double[] y = rowYs();
        assertEquals(List.of(3), List.copyOf(docxRowHeights.keySet()), "only the merged cell's last row states a height");
        assertEquals(docxRowHeights.get(3), y[4] - y[3], 0.05 + EPS);
        assertTrue(letters.get("Y")[1] < y[4] && letters.get("Y")[1] > y[3], "G's last line is in its last row");
    }
}
