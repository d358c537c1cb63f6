package vn.vanban.write.docx;

import java.util.List;

import org.docx4j.wml.CTTblCellMar;
import org.docx4j.wml.CTTblLayoutType;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.STTblLayoutType;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;

import vn.vanban.profile.Length;

/**
 * The borderless two-column table of the header and signature blocks: fixed column widths, no cell
 * margins (the text width is the profile's, nothing eaten by padding), rows that never split.
 */
final class TwoColumnTableBuilder {
    /** One row: the paragraphs of the left and of the right cell. */
    record Row(List<P> left, List<P> right) {
    }

    private final long leftTwips;
    private final long rightTwips;

    TwoColumnTableBuilder(Length left, Length right) {
        this.leftTwips = left.toTwips();
        this.rightTwips = right.toTwips();
    }

    Tbl build(List<Row> rows) {
        ObjectFactory f = Docx4jRuntime.wml();
        Tbl tbl = f.createTbl();
        tbl.setTblPr(properties());
        TblGrid grid = f.createTblGrid();
        grid.getGridCol().add(col(leftTwips));
        grid.getGridCol().add(col(rightTwips));
        tbl.setTblGrid(grid);
        for (Row row : rows) {
            Tr tr = f.createTr();
            TrPr trPr = f.createTrPr();
            trPr.getCnfStyleOrDivIdOrGridBefore().add(f.createCTTrPrBaseCantSplit(Ooxml.on()));
            tr.setTrPr(trPr);
            tr.getContent().add(cell(leftTwips, row.left()));
            tr.getContent().add(cell(rightTwips, row.right()));
            tbl.getContent().add(tr);
        }
        return tbl;
    }

    private TblPr properties() {
        ObjectFactory f = Docx4jRuntime.wml();
        TblPr pr = f.createTblPr();
        pr.setTblW(Ooxml.dxa(leftTwips + rightTwips));
        pr.setTblInd(Ooxml.dxa(0));
        TblBorders b = f.createTblBorders();
        b.setTop(Ooxml.none());
        b.setLeft(Ooxml.none());
        b.setBottom(Ooxml.none());
        b.setRight(Ooxml.none());
        b.setInsideH(Ooxml.none());
        b.setInsideV(Ooxml.none());
        pr.setTblBorders(b);
        CTTblLayoutType layout = f.createCTTblLayoutType();
        layout.setType(STTblLayoutType.FIXED);
        pr.setTblLayout(layout);
        CTTblCellMar mar = f.createCTTblCellMar();
        mar.setTop(Ooxml.dxa(0));
        mar.setLeft(Ooxml.dxa(0));
        mar.setBottom(Ooxml.dxa(0));
        mar.setRight(Ooxml.dxa(0));
        pr.setTblCellMar(mar);
        return pr;
    }

    private static TblGridCol col(long twips) {
        TblGridCol c = Docx4jRuntime.wml().createTblGridCol();
        c.setW(Ooxml.twips(twips));
        return c;
    }

    private static Tc cell(long twips, List<P> content) {
        ObjectFactory f = Docx4jRuntime.wml();
        Tc tc = f.createTc();
        TcPr pr = f.createTcPr();
        pr.setTcW(Ooxml.dxa(twips));
        tc.setTcPr(pr);
        tc.getContent().addAll(content);
        if (content.isEmpty()) {
            // A cell must hold at least one paragraph.
            tc.getContent().add(f.createP());
        }
        return tc;
    }
}
