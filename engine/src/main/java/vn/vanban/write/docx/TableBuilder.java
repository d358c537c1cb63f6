package vn.vanban.write.docx;

import java.math.BigInteger;
import java.util.Arrays;
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
import vn.vanban.layout.grid.ColumnWidths;
import vn.vanban.layout.grid.RowHeights;
import vn.vanban.layout.grid.Slot;
import vn.vanban.layout.grid.TableGrid;
import vn.vanban.layout.text.RunStyle;
import vn.vanban.layout.text.TextMetrics;
import vn.vanban.profile.Length;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.profile.TextStyle;

/**
 * A bordered data table drawn from its {@link TableGrid}: fixed column widths (the grid's twips),
 * header rows repeated on each page, rows kept whole, spans as gridSpan and vMerge ("continue" cells
 * where the grid says a merged cell goes on).
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
        TableGrid grid = TableGrid.of(table);
        ColumnWidths widths = grid.widths(textWidth);
        Tbl tbl = f.createTbl();
        tbl.setTblPr(properties(widths.total()));
        TblGrid tblGrid = f.createTblGrid();
        for (int c = 0; c < widths.count(); c++) {
            TblGridCol col = f.createTblGridCol();
            col.setW(Ooxml.twips(widths.twips(c)));
            tblGrid.getGridCol().add(col);
        }
        tbl.setTblGrid(tblGrid);

        // Only rows under a vertically merged cell can be stretched, and only their cells' needs count
        // there: measuring the others (a full tokenizing of every cell) could change nothing.
        boolean[] underMerged = new boolean[grid.rows()];
        for (Slot.Origin o : grid.cells()) {
            if (o.rowSpan() > 1) {
                Arrays.fill(underMerged, o.row(), o.lastRow() + 1, true);
            }
        }
        RowHeights heights = grid.rowHeights(cell -> underMerged[cell.row()] ? needed(grid, cell, widths) : 0);
        for (int r = 0; r < grid.rows(); r++) {
            Tr tr = row(grid, r, widths);
            if (heights.stretched(r)) {
                CTHeight h = Docx4jRuntime.wml().createCTHeight();
                h.setVal(BigInteger.valueOf(Length.pt(heights.height(r)).toTwips()));
                h.setHRule(STHeightRule.AT_LEAST);
                tr.getTrPr().getCnfStyleOrDivIdOrGridBefore().add(Docx4jRuntime.wml().createCTTrPrBaseTrHeight(h));
            }
            tbl.getContent().add(tr);
        }
        return tbl;
    }

    /**
     * The height (points) a cell needs: its lines and padding, and one border, as the PDF writer gives
     * it. Only rows a vertically merged cell stretches state a height ({@link RowHeights}): Word grows
     * the last row under a tall merged cell by itself; LibreOffice does not and clips the text.
     */
    private double needed(TableGrid grid, Slot.Origin cell, ColumnWidths widths) {
        double pad = profile.cellPadding().points();
        double rule = profile.tableRuleWidth().points();
        TextStyle style = profile.style(cell.header() ? Role.TABLE_HEADER : Role.TABLE_CELL);
        double width = widths.points(cell.col(), cell.colSpan()) - 2 * pad;
        return style.spaceBefore().points() + style.spaceAfter().points()
                + lineCount(metrics, grid.row(cell.row()), cell.cell(), style, width) * style.lineHeight().points()
                + 2 * pad + rule;
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

    /**
     * Row {@code r}: a cell at each origin, a "continue" cell where a vertically merged cell goes on
     * from above (the layout model omits it there; DOCX wants it), nothing for the other slots a cell
     * spans.
     */
    private Tr row(TableGrid grid, int r, ColumnWidths widths) {
        ObjectFactory f = Docx4jRuntime.wml();
        boolean header = grid.isHeader(r);
        Table.Row row = grid.row(r);
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
        for (int col = 0; col < grid.columns(); col++) {
            switch (grid.at(r, col)) {
                case Slot.Origin o -> tr.getContent().add(
                        cell(grid.table(), row, o, widths.twips(o.col(), o.colSpan()), change));
                case Slot.Continuation k when k.continuesDown() -> tr.getContent().add(continueCell(role, header,
                        widths.twips(col, k.origin().colSpan()), k.origin().colSpan(), change));
                case Slot.Continuation k -> {
                    // covered by a cell already written in this row
                }
            }
        }
        return tr;
    }

    private Tc cell(Table table, Table.Row row, Slot.Origin placed, long width, Revisions.Change change) {
        boolean header = placed.header();
        Table.Cell cell = placed.cell();
        Role role = header ? Role.TABLE_HEADER : Role.TABLE_CELL;
        P p = paragraphs.paragraph(role, cell.content(),
                new ParagraphWriter.Emphasis(row.bold() || cell.bold(), cell.italic()), change);
        Align align = cell.align() != null ? cell.align()
                : header ? profile.style(role).align()
                : table.columns().get(placed.col()).align() != null ? table.columns().get(placed.col()).align()
                : profile.style(role).align();
        if (align != profile.style(role).align()) {
            p.getPPr().setJc(Ooxml.jc(align));
        }
        Tc tc = tc(header, width, placed.colSpan());
        if (placed.rowSpan() > 1) {
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
