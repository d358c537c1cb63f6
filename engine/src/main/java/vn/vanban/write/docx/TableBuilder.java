package vn.vanban.write.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.docx4j.wml.CTTblCellMar;
import org.docx4j.wml.CTTblLayoutType;
import org.docx4j.wml.CTVerticalJc;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
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

import vn.vanban.layout.Role;
import vn.vanban.layout.Table;
import vn.vanban.layout.Table.Align;
import vn.vanban.profile.Length;
import vn.vanban.profile.Nd30Profile;

/**
 * A bordered data table: fixed column widths from the column weights, header rows repeated on each
 * page, rows kept whole, spans as gridSpan and vMerge. The layout model omits a row-spanned cell in
 * the rows it covers; DOCX wants a "continue" cell there, so this builder tracks which grid columns
 * are still covered from above.
 */
final class TableBuilder {
    private final Nd30Profile profile;
    private final ParagraphWriter paragraphs;

    TableBuilder(Nd30Profile profile, ParagraphWriter paragraphs) {
        this.profile = profile;
        this.paragraphs = paragraphs;
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
        for (int r = 0; r < rows.size(); r++) {
            boolean header = r < table.headerRows().size();
            tbl.getContent().add(row(table, rows.get(r), header, widths, coveredRows, coveredSpan));
        }
        return tbl;
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
        Role role = header ? Role.TABLE_HEADER : Role.TABLE_CELL;
        int col = 0;
        int next = 0;
        while (col < widths.length) {
            if (coveredRows[col] > 0) {
                int span = coveredSpan[col];
                coveredRows[col]--;
                tr.getContent().add(continueCell(role, header, width(widths, col, span), span));
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
            tr.getContent().add(cell(table, row, cell, col, span, header, width(widths, col, span)));
            col += span;
        }
        return tr;
    }

    private Tc cell(Table table, Table.Row row, Table.Cell cell, int col, int span, boolean header, long width) {
        Role role = header ? Role.TABLE_HEADER : Role.TABLE_CELL;
        P p = paragraphs.paragraph(role, cell.content(),
                new ParagraphWriter.Emphasis(row.bold() || cell.bold(), cell.italic()));
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

    private Tc continueCell(Role role, boolean header, long width, int span) {
        Tc tc = tc(header, width, span);
        // No val: "continue" the merge started above.
        tc.getTcPr().setVMerge(Docx4jRuntime.wml().createTcPrInnerVMerge());
        tc.getContent().add(paragraphs.empty(role));
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
