package vn.vanban.write.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.docx4j.wml.CTHeight;
import org.docx4j.wml.CTTblCellMar;
import org.docx4j.wml.CTTblLayoutType;
import org.docx4j.wml.CTVerticalJc;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.STHeightRule;
import org.docx4j.wml.STTblLayoutType;
import org.docx4j.wml.STVerticalJc;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.TcPrInner;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;

import vn.vanban.layout.Revisions;
import vn.vanban.layout.Role;
import vn.vanban.layout.Table;
import vn.vanban.layout.Table.Align;
import vn.vanban.layout.text.RunStyle;
import vn.vanban.layout.text.TextMetrics;
import vn.vanban.profile.Length;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.profile.TextStyle;

/**
 * A bordered data table: fixed column widths from the column weights, header rows repeated on each
 * page, rows kept whole, spans as gridSpan and vMerge. The layout model omits a row-spanned cell in
 * the rows it covers; DOCX wants a "continue" cell there, so this builder tracks which grid columns
 * are still covered from above.
 */
final class TableBuilder {
    private final Nd30Profile profile;
    private final ParagraphWriter paragraphs;
    private final TextMetrics metrics;

    TableBuilder(Nd30Profile profile, ParagraphWriter paragraphs, TextMetrics metrics) {
        this.profile = profile;
        this.paragraphs = paragraphs;
        this.metrics = metrics;
    }

    Tbl build(Table table, Length textWidth) {
        ObjectFactory f = Docx4jRuntime.wml();
        long[] widths = columnWidths(table.columns(), textWidth.toTwips());
        Tbl tbl = f.createTbl();
        tbl.setTblPr(properties(textWidth.toTwips()));
        TblGrid grid = f.createTblGrid();
        for (long w : widths) {
            TblGridCol c = f.createTblGridCol();
            c.setW(Ooxml.twips(w));
            grid.getGridCol().add(c);
        }
        tbl.setTblGrid(grid);

        // For each grid column: rows still covered by a cell spanning down into it, and that cell's width.
        int[] coveredRows = new int[widths.length];
        int[] coveredSpan = new int[widths.length];
        List<Table.Row> rows = new ArrayList<>(table.headerRows());
        rows.addAll(table.bodyRows());
        double[] stretched = stretchedRows(table, rows, widths);
        for (int r = 0; r < rows.size(); r++) {
            boolean header = r < table.headerRows().size();
            Tr tr = row(table, rows.get(r), header, widths, coveredRows, coveredSpan);
            if (stretched[r] > 0) {
                CTHeight h = Docx4jRuntime.wml().createCTHeight();
                h.setVal(BigInteger.valueOf(Math.round(stretched[r] * 20)));
                h.setHRule(STHeightRule.AT_LEAST);
                tr.getTrPr().getCnfStyleOrDivIdOrGridBefore().add(Docx4jRuntime.wml().createCTTrPrBaseTrHeight(h));
            }
            tbl.getContent().add(tr);
        }
        return tbl;
    }

    /**
     * Heights (points) for rows a vertically merged cell must stretch, 0 for the others. Word grows
     * the last row under a tall merged cell by itself; LibreOffice does not and clips the text, so
     * the row asks for the height the PDF writer gives it: the merged cell's lines and padding, less
     * the rows above it, each row holding one border.
     */
    private double[] stretchedRows(Table table, List<Table.Row> rows, long[] widths) {
        int cols = widths.length;
        double pad = profile.cellPadding().points();
        double rule = profile.tableRuleWidth().points();
        double[] natural = new double[rows.size()];
        List<double[]> spans = new ArrayList<>(); // row, rowSpan, height needed
        boolean[][] covered = new boolean[rows.size()][cols];
        for (int r = 0; r < rows.size(); r++) {
            boolean header = r < table.headerRows().size();
            int partEnd = header ? table.headerRows().size() : rows.size();
            TextStyle style = profile.style(header ? Role.TABLE_HEADER : Role.TABLE_CELL);
            int c = 0;
            for (Table.Cell cell : rows.get(r).cells()) {
                while (c < cols && covered[r][c]) {
                    c++;
                }
                if (c >= cols) {
                    break;
                }
                int cs = Math.max(1, Math.min(cell.colSpan(), cols - c));
                int rs = Math.max(1, Math.min(cell.rowSpan(), partEnd - r));
                for (int rr = r; rr < r + rs; rr++) {
                    for (int cc = c; cc < c + cs; cc++) {
                        covered[rr][cc] = true;
                    }
                }
                double width = width(widths, c, cs) / 20.0 - 2 * pad;
                double need = style.spaceBefore().points() + style.spaceAfter().points()
                        + lineCount(metrics, rows.get(r), cell, style, width) * style.lineHeight().points()
                        + 2 * pad + rule;
                if (rs == 1) {
                    natural[r] = Math.max(natural[r], need);
                } else {
                    spans.add(new double[] {r, rs, need});
                }
                c += cs;
            }
        }
        double[] height = natural.clone();
        double[] stretched = new double[rows.size()];
        spans.sort((a, b) -> Double.compare(a[0] + a[1], b[0] + b[1]));
        for (double[] s : spans) {
            int from = (int) s[0];
            int last = from + (int) s[1] - 1;
            double have = 0;
            for (int r = from; r <= last; r++) {
                have += height[r];
            }
            if (s[2] > have) {
                height[last] += s[2] - have;
                stretched[last] = height[last];
            }
        }
        return stretched;
    }

    /**
     * The cell's lines as the PDF sets them: in the row's and the cell's emphasis, the first line after its
     * indent, in a cell {@code width} points wide inside its padding.
     */
    static int lineCount(TextMetrics metrics, Table.Row row, Table.Cell cell, TextStyle style, double width) {
        RunStyle base = RunStyle.of(style.bold() || row.bold() || cell.bold(), style.italic() || cell.italic(),
                style.size().points());
        return metrics.lineCount(cell.content(), base, width - style.firstLineIndent().points(), width);
    }

    private Tr row(Table table, Table.Row row, boolean header, long[] widths, int[] coveredRows, int[] coveredSpan) {
        ObjectFactory f = Docx4jRuntime.wml();
        Tr tr = f.createTr();
        TrPr trPr = f.createTrPr();
        trPr.getCnfStyleOrDivIdOrGridBefore().add(f.createCTTrPrBaseCantSplit(Ooxml.on()));
        if (header) {
            trPr.getCnfStyleOrDivIdOrGridBefore().add(f.createCTTrPrBaseTblHeader(Ooxml.on()));
        }
        tr.setTrPr(trPr);
        Revisions.Change change = paragraphs.track().of(row);
        paragraphs.track().row(trPr, change);
        Role role = header ? Role.TABLE_HEADER : Role.TABLE_CELL;
        int col = 0;
        int next = 0;
        while (col < widths.length) {
            if (coveredRows[col] > 0) {
                int span = coveredSpan[col];
                coveredRows[col]--;
                tr.getContent().add(continueCell(role, header, width(widths, col, span), span, change));
                col += span;
                continue;
            }
            if (next >= row.cells().size()) {
                break; // a short row: Word accepts rows with fewer cells than the grid
            }
            Table.Cell cell = row.cells().get(next++);
            int span = Math.max(1, Math.min(cell.colSpan(), widths.length - col));
            if (cell.rowSpan() > 1) {
                coveredRows[col] = cell.rowSpan() - 1;
                coveredSpan[col] = span;
            }
            tr.getContent().add(cell(table, row, cell, col, span, header, width(widths, col, span), change));
            col += span;
        }
        return tr;
    }

    private Tc cell(Table table, Table.Row row, Table.Cell cell, int col, int span, boolean header, long width,
                    Revisions.Change change) {
        Role role = header ? Role.TABLE_HEADER : Role.TABLE_CELL;
        P p = paragraphs.paragraph(role, cell.content(),
                new ParagraphWriter.Emphasis(row.bold() || cell.bold(), cell.italic()), change);
        Align align = cell.align() != null ? cell.align()
                : header ? profile.style(role).align()
                : table.columns().get(col).align() != null ? table.columns().get(col).align()
                : profile.style(role).align();
        if (align != profile.style(role).align()) {
            p.getPPr().setJc(Ooxml.jc(align));
        }
        Tc tc = tc(header, width, span);
        if (cell.rowSpan() > 1) {
            TcPrInner.VMerge merge = Docx4jRuntime.wml().createTcPrInnerVMerge();
            merge.setVal("restart");
            tc.getTcPr().setVMerge(merge);
        }
        tc.getContent().add(p);
        return tc;
    }

    private Tc continueCell(Role role, boolean header, long width, int span, Revisions.Change change) {
        Tc tc = tc(header, width, span);
        // No val: "continue" the merge started above.
        tc.getTcPr().setVMerge(Docx4jRuntime.wml().createTcPrInnerVMerge());
        P p = paragraphs.empty(role);
        paragraphs.track().paragraphMark(p, change);
        tc.getContent().add(p);
        return tc;
    }

    private static Tc tc(boolean header, long width, int span) {
        ObjectFactory f = Docx4jRuntime.wml();
        Tc tc = f.createTc();
        TcPr pr = f.createTcPr();
        pr.setTcW(Ooxml.dxa(width));
        if (span > 1) {
            TcPrInner.GridSpan gs = f.createTcPrInnerGridSpan();
            gs.setVal(BigInteger.valueOf(span));
            pr.setGridSpan(gs);
        }
        if (header) {
            CTVerticalJc v = f.createCTVerticalJc();
            v.setVal(STVerticalJc.CENTER);
            pr.setVAlign(v);
        }
        tc.setTcPr(pr);
        return tc;
    }

    private static long width(long[] widths, int from, int span) {
        long w = 0;
        for (int i = from; i < from + span; i++) {
            w += widths[i];
        }
        return w;
    }

    /** Weights to twips; the last column takes the rounding so the grid fills the text width exactly. */
    static long[] columnWidths(List<Table.Column> columns, long total) {
        double sum = columns.stream().mapToDouble(Table.Column::weight).sum();
        long[] w = new long[columns.size()];
        long used = 0;
        for (int i = 0; i < w.length - 1; i++) {
            w[i] = Math.round(total * columns.get(i).weight() / sum);
            used += w[i];
        }
        w[w.length - 1] = total - used;
        return w;
    }

    private TblPr properties(long width) {
        ObjectFactory f = Docx4jRuntime.wml();
        TblPr pr = f.createTblPr();
        pr.setTblW(Ooxml.dxa(width));
        pr.setTblInd(Ooxml.dxa(0));
        TblBorders b = f.createTblBorders();
        Length rule = profile.tableRuleWidth();
        b.setTop(Ooxml.solid(rule));
        b.setLeft(Ooxml.solid(rule));
        b.setBottom(Ooxml.solid(rule));
        b.setRight(Ooxml.solid(rule));
        b.setInsideH(Ooxml.solid(rule));
        b.setInsideV(Ooxml.solid(rule));
        pr.setTblBorders(b);
        CTTblLayoutType layout = f.createCTTblLayoutType();
        layout.setType(STTblLayoutType.FIXED);
        pr.setTblLayout(layout);
        CTTblCellMar mar = f.createCTTblCellMar();
        long pad = profile.cellPadding().toTwips();
        mar.setTop(Ooxml.dxa(pad));
        mar.setLeft(Ooxml.dxa(pad));
        mar.setBottom(Ooxml.dxa(pad));
        mar.setRight(Ooxml.dxa(pad));
        pr.setTblCellMar(mar);
        return pr;
    }
}
