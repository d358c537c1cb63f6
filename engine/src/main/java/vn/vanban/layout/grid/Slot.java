package vn.vanban.layout.grid;

import vn.vanban.layout.Table;

/**
 * One slot of a {@link TableGrid}: the top-left slot of a cell ({@link Origin}) or a slot the cell
 * covers beside or below it ({@link Continuation}).
 */
public sealed interface Slot permits Slot.Origin, Slot.Continuation {
    int row();

    int col();

    /** The cell this slot belongs to. */
    Origin origin();

    /**
     * A cell placed on the grid with its resolved spans (at least 1, within the table's columns, rows
     * within its own part: header or body). {@code row} counts header rows first, then body rows.
     * {@code blank} when the grid made it to complete a short row: an empty 1×1 cell with no model cell
     * behind it.
     */
    record Origin(int row, int col, int colSpan, int rowSpan, Table.Cell cell, boolean header, boolean blank)
            implements Slot {
        @Override
        public Origin origin() {
            return this;
        }

        /** The last grid row the cell covers. */
        public int lastRow() {
            return row + rowSpan - 1;
        }

        /** The first grid column after the cell. */
        public int endCol() {
            return col + colSpan;
        }

        public boolean covers(int r) {
            return r >= row && r <= lastRow();
        }
    }

    /** A slot covered by the cell at {@code origin}, to its right or in a row below it. */
    record Continuation(int row, int col, Origin origin) implements Slot {
        /**
         * The first slot of the cell in a row below its origin: where a vertically merged cell goes on
         * (a DOCX "continue" cell, as wide as the cell).
         */
        public boolean continuesDown() {
            return col == origin.col() && row > origin.row();
        }
    }
}
