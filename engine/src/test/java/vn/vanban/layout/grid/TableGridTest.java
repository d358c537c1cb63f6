package vn.vanban.layout.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vanban.layout.Inline;
import vn.vanban.layout.Table;
import vn.vanban.profile.Length;

class TableGridTest {

    // ---- building tables: a cell is "text" or "text:colSpan:rowSpan" ----

    static Table.Cell cell(String spec) {
        String[] p = spec.split(":");
        return new Table.Cell(List.of(Inline.Span.plain(p[0])), p.length > 1 && !p[1].isEmpty() ? Integer.parseInt(p[1]) : 1,
                p.length > 2 ? Integer.parseInt(p[2]) : 1, null, false, false);
    }

    static Table.Row row(String... cells) {
        return new Table.Row(Arrays.stream(cells).map(TableGridTest::cell).toList(), false);
    }

    static Table table(int cols, List<Table.Row> head, List<Table.Row> body) {
        List<Table.Column> c = new ArrayList<>();
        for (int i = 0; i < cols; i++) {
            c.add(new Table.Column(1, Table.Align.LEFT));
        }
        return new Table(c, head, body);
    }

    /** The grid drawn as text: each slot the text of its cell, "^" for a continuation, "_" for a blank. */
    static List<String> picture(TableGrid g) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < g.rows(); r++) {
            List<String> slots = new ArrayList<>();
            for (int c = 0; c < g.columns(); c++) {
                slots.add(switch (g.at(r, c)) {
                    case Slot.Origin o -> o.blank() ? "_" : o.cell().text();
                    case Slot.Continuation k -> "^" + k.origin().cell().text();
                });
            }
            out.add(String.join(" ", slots));
        }
        return out;
    }

    private static Slot.Origin origin(TableGrid g, String text) {
        return g.cells().stream().filter(o -> o.cell().text().equals(text)).findFirst().orElseThrow();
    }

    // ---- spans ----

    @Test
    void plainRowsAreOneOriginPerSlot() {
        TableGrid g = TableGrid.of(table(3, List.of(row("a", "b", "c")), List.of(row("d", "e", "f"))));
        assertEquals(List.of("a b c", "d e f"), picture(g));
        assertEquals(6, g.cells().size());
        assertTrue(g.isHeader(0));
        assertFalse(g.isHeader(1));
        assertEquals(1, g.headerRows());
    }

    @Test
    void aCellGoesToTheFirstSlotNotCoveredFromAbove() {
        TableGrid g = TableGrid.of(table(4,
                List.of(row("STT::2", "Nội dung::2", "Kết quả:2"), row("Đạt", "Chưa")),
                List.of(row("1", "x:1:2", "y", "z"), row("2", "v", "w"))));
        assertEquals(List.of(
                "STT Nội dung Kết quả ^Kết quả",
                "^STT ^Nội dung Đạt Chưa",
                "1 x y z",
                "2 ^x v w"), picture(g));
        Slot.Origin x = origin(g, "x");
        assertEquals(new Slot.Origin(2, 1, 1, 2, x.cell(), false, false), x);
        Slot.Continuation below = assertInstanceOf(Slot.Continuation.class, g.at(3, 1));
        assertSame(x, below.origin());
        assertTrue(below.continuesDown(), "the slot under a merged cell's origin continues it");
        Slot.Continuation beside = assertInstanceOf(Slot.Continuation.class, g.at(0, 3));
        assertFalse(beside.continuesDown(), "a slot beside the origin is not a continue cell");
        assertEquals(List.of("1", "x", "y", "z"), g.reaching(2).stream().map(o -> o.cell().text()).toList());
        assertEquals(List.of("x", "2", "v", "w"), g.reaching(3).stream().map(o -> o.cell().text()).toList(),
                "cells reaching into a row, in the reading order of their origins");
    }

    @Test
    void aMergedCellWideAndTallContinuesInEverySlotItCovers() {
        TableGrid g = TableGrid.of(table(3, List.of(), List.of(row("big:2:2", "a"), row("b"), row("c", "d", "e"))));
        assertEquals(List.of("big ^big a", "^big ^big b", "c d e"), picture(g));
        Slot.Continuation k = assertInstanceOf(Slot.Continuation.class, g.at(1, 1));
        assertFalse(k.continuesDown(), "only the first column of a row below carries the continue cell");
        assertTrue(((Slot.Continuation) g.at(1, 0)).continuesDown());
    }

    // ---- clamping, one rule ----

    @Test
    void spansBelowOneCountAsOne() {
        TableGrid g = TableGrid.of(table(2, List.of(), List.of(row("a:0:0", "b:-3:-1"))));
        assertEquals(List.of("a b"), picture(g));
        assertEquals(1, origin(g, "a").colSpan());
        assertEquals(1, origin(g, "b").rowSpan());
    }

    @Test
    void aColumnSpanStopsAtTheLastColumn() {
        TableGrid g = TableGrid.of(table(3, List.of(), List.of(row("a", "b:9"))));
        assertEquals(List.of("a b ^b"), picture(g));
        assertEquals(2, origin(g, "b").colSpan());
    }

    @Test
    void aColumnSpanStopsBeforeASlotCoveredFromAbove() {
        TableGrid g = TableGrid.of(table(4, List.of(), List.of(row("a", "tall:1:2", "b", "c"), row("wide:3", "d:2"))));
        assertEquals(List.of("a tall b c", "wide ^tall d ^d"), picture(g));
        assertEquals(1, origin(g, "wide").colSpan());
    }

    @Test
    void aRowSpanStopsAtTheLastRowOfTheBody() {
        TableGrid g = TableGrid.of(table(2, List.of(), List.of(row("a", "b:1:5"), row("c"))));
        assertEquals(List.of("a b", "c ^b"), picture(g));
        assertEquals(2, origin(g, "b").rowSpan());
    }

    @Test
    void noRowSpanCrossesFromTheHeaderIntoTheBody() {
        TableGrid g = TableGrid.of(table(2, List.of(row("STT::3", "A"), row("B")), List.of(row("1", "x"))));
        assertEquals(List.of("STT A", "^STT B", "1 x"), picture(g));
        Slot.Origin stt = origin(g, "STT");
        assertEquals(2, stt.rowSpan());
        assertEquals(1, stt.lastRow());
        assertTrue(g.reaching(2).stream().noneMatch(Slot.Origin::header), "the body's first row has no header cell");
    }

    // ---- short and long rows ----

    @Test
    void aShortRowIsCompletedWithBlankCells() {
        TableGrid g = TableGrid.of(table(3, List.of(row("a", "b", "c")), List.of(row("d"), row())));
        assertEquals(List.of("a b c", "d _ _", "_ _ _"), picture(g));
        Slot.Origin blank = assertInstanceOf(Slot.Origin.class, g.at(1, 2));
        assertTrue(blank.blank());
        assertEquals(1, blank.colSpan());
        assertEquals(1, blank.rowSpan());
        assertTrue(blank.cell().content().isEmpty());
        assertEquals(9, g.cells().size());
        assertEquals(List.of(1, 1, 1, 2, 2, 2), g.cells().subList(3, 9).stream().map(Slot.Origin::row).toList(),
                "blanks take their place in reading order");
        assertEquals(List.of(0, 1, 2), g.cells().subList(3, 6).stream().map(Slot.Origin::col).toList());
    }

    @Test
    void aShortRowUnderAMergedCellIsBlankOnlyWhereNothingCoversIt() {
        TableGrid g = TableGrid.of(table(3, List.of(), List.of(row("a:1:2", "b", "c"), row("d"))));
        assertEquals(List.of("a b c", "^a d _"), picture(g));
    }

    @Test
    void aRowWithMoreCellsThanColumnsIsRefused() {
        TableGrid.Overfull x = assertThrows(TableGrid.Overfull.class, () -> TableGrid.of(
                table(2, List.of(row("a", "b")), List.of(row("c", "d"), row("e", "f", "g")))));
        assertFalse(x.header());
        assertEquals(1, x.row(), "the second body row");
        assertEquals(3, x.cells());
        assertEquals(2, x.free());
        assertEquals("the row's 3 cells take 3 columns but the table has 2", x.getMessage());
    }

    @Test
    void aRowWhoseCellsDoNotFitBesideCellsFromAboveIsRefused() {
        TableGrid.Overfull x = assertThrows(TableGrid.Overfull.class, () -> TableGrid.of(
                table(3, List.of(row("A:1:2", "B", "C"), row("D", "E", "F")), List.of())));
        assertTrue(x.header());
        assertEquals(1, x.row());
        assertEquals(2, x.free());
        assertEquals("the row's 3 cells take 3 columns but the table has 3 and cells spanning down from rows above"
                + " leave 2 free", x.getMessage());
    }

    @Test
    void aColumnSpanBeyondTheLastColumnIsClampedNotRefusedButAFurtherCellIs() {
        assertEquals(List.of("a ^a"), picture(TableGrid.of(table(2, List.of(), List.of(row("a:3"))))));
        TableGrid.Overfull x = assertThrows(TableGrid.Overfull.class,
                () -> TableGrid.of(table(2, List.of(), List.of(row("a:2", "b")))));
        assertEquals(3, x.wanted());
    }

    // ---- column widths ----

    @Test
    void columnWidthsAreWholeTwipsSummingToTheWidthTheLastColumnTakingTheRounding() {
        Table t = new Table(List.of(new Table.Column(1, null), new Table.Column(1, null), new Table.Column(1, null)),
                List.of(), List.of(row("a", "b", "c")));
        ColumnWidths w = TableGrid.of(t).widths(Length.fromTwips(1000));
        assertEquals(List.of(333L, 333L, 334L), List.of(w.twips(0), w.twips(1), w.twips(2)));
        assertEquals(1000, w.total());
        assertEquals(667, w.twips(1, 2));
        assertEquals(33.3, w.startPoints(2), 1e-9);
        assertEquals(50.0, w.startPoints(3), 1e-9);
        assertEquals(33.35, w.points(1, 2), 1e-9);
    }

    @Test
    void columnWidthsFollowTheWeightsAndAlwaysSumExactly() {
        for (long total : new long[] {9354, 13748, 1, 777}) {
            Table t = new Table(List.of(new Table.Column(0.7, null), new Table.Column(3.3, null),
                    new Table.Column(1.31, null), new Table.Column(2.9, null)), List.of(), List.of());
            ColumnWidths w = TableGrid.of(t).widths(Length.fromTwips(total));
            assertEquals(total, w.twips(0) + w.twips(1) + w.twips(2) + w.twips(3));
            assertEquals(total, w.total());
            assertEquals(Math.round(total * 0.7 / 8.21), w.twips(0));
            assertEquals(Math.round(total * 3.3 / 8.21), w.twips(1));
        }
        // A width given in points is first rounded to twips, as the DOCX stores it.
        Table one = new Table(List.of(new Table.Column(1, null)), List.of(), List.of());
        assertEquals(9354, TableGrid.of(one).widths(Length.mm(165)).total());
    }

    // ---- row heights ----

    @Test
    void aRowIsAsTallAsItsTallestOneRowCell() {
        TableGrid g = TableGrid.of(table(2, List.of(), List.of(row("a", "b"), row("c", "d"))));
        RowHeights h = g.rowHeights(o -> switch (o.cell().text()) {
            case "b" -> 30;
            case "c" -> 12;
            default -> 10;
        });
        assertArrayEquals(new double[] {30, 12}, h.heights());
        assertFalse(h.stretched(0));
        assertFalse(h.stretched(1));
    }

    @Test
    void aTallMergedCellGrowsTheLastRowItSpans() {
        TableGrid g = TableGrid.of(table(2, List.of(), List.of(row("tall:1:3", "a"), row("b"), row("c"), row("x", "y"))));
        RowHeights h = g.rowHeights(o -> o.cell().text().equals("tall") ? 50 : 10);
        assertArrayEquals(new double[] {10, 10, 30, 10}, h.heights());
        assertTrue(h.stretched(2));
        assertFalse(h.stretched(0));
        assertFalse(h.stretched(3));
    }

    @Test
    void aMergedCellThatFitsChangesNothing() {
        TableGrid g = TableGrid.of(table(2, List.of(), List.of(row("m:1:2", "a"), row("b"))));
        RowHeights h = g.rowHeights(o -> o.cell().text().equals("m") ? 15 : 10);
        assertArrayEquals(new double[] {10, 10}, h.heights());
        assertFalse(h.stretched(1));
    }

    @Test
    void mergedCellsEndingHigherAreServedFirst() {
        // "low" (rows 0-2) is served after "high" (rows 0-1) has grown row 1, so it needs less of row 2.
        TableGrid g = TableGrid.of(table(3, List.of(),
                List.of(row("low:1:3", "high:1:2", "a"), row("b"), row("c", "d"))));
        RowHeights h = g.rowHeights(o -> switch (o.cell().text()) {
            case "low" -> 45;
            case "high" -> 30;
            default -> 10;
        });
        assertArrayEquals(new double[] {10, 20, 15}, h.heights());
        assertTrue(h.stretched(1));
        assertTrue(h.stretched(2));
    }

    @Test
    void blankCellsCountLikeAnyCell() {
        TableGrid g = TableGrid.of(table(2, List.of(), List.of(row("a"))));
        RowHeights h = g.rowHeights(o -> o.blank() ? 14 : 9);
        assertEquals(14, h.height(0));
    }
}
