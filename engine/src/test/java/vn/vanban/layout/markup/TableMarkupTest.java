package vn.vanban.layout.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import vn.vanban.layout.Block;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.Table;
import vn.vanban.layout.grid.Slot;
import vn.vanban.layout.grid.TableGrid;

/** The markup reader checks each table's grid once: an overfull row is a template bug, located at the row. */
class TableMarkupTest {

    private static String doc(String body) {
        return "<document><section><table vb-src='t.ftlx:2:3'><col/><col/>"
                + "<thead vb-src='t.ftlx:3:5'><tr vb-src='t.ftlx:4:7'><td>A</td><td>B</td></tr></thead>"
                + "<tbody vb-src='t.ftlx:5:5'>" + body + "</tbody></table></section></document>";
    }

    @Test
    void aRowWithMoreCellsThanColumnsIsAMarkupErrorAtThatRow() {
        MarkupReader.MarkupException e = assertThrows(MarkupReader.MarkupException.class, () -> new MarkupReader().read(doc(
                "<tr vb-src='t.ftlx:6:7'><td>1</td><td>2</td></tr><tr vb-src='t.ftlx:7:7'><td>1</td><td>2</td><td>3</td></tr>")));
        assertEquals("t.ftlx:7:7", e.source());
        assertEquals("<tr> (tbody row 2): the row's 3 cells take 3 columns but the table has 2", e.getMessage());
    }

    @Test
    void aRowCrowdedByACellFromAboveIsAMarkupErrorToo() {
        MarkupReader.MarkupException e = assertThrows(MarkupReader.MarkupException.class, () -> new MarkupReader().read(doc(
                "<tr vb-src='t.ftlx:6:7'><td rowspan='2'>1</td><td>2</td></tr><tr vb-src='t.ftlx:7:7'><td>3</td><td>4</td></tr>")));
        assertEquals("t.ftlx:7:7", e.source());
        assertTrue(e.getMessage().contains("leave 1 free"), e.getMessage());
    }

    @Test
    void aShortRowIsReadAndItsGridHasBlanks() {
        LayoutDocument d = new MarkupReader().read(doc("<tr><td>1</td></tr>"));
        Table t = ((Block.TableBlock) d.sections().get(0).blocks().get(0)).table();
        assertEquals(1, t.bodyRows().get(0).cells().size(), "the model keeps what the template printed");
        Slot s = TableGrid.of(t).at(1, 1);
        assertTrue(s instanceof Slot.Origin o && o.blank(), "the grid completes the row");
    }
}
