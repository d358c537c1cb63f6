package vn.vanban.layout.grid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToDoubleFunction;

import vn.vanban.layout.Table;
import vn.vanban.profile.Length;

/**
 * A {@link Table} resolved once into a grid of slots, header rows first, then body rows: every slot is
 * the {@link Slot.Origin origin} of a cell or a {@link Slot.Continuation continuation} of one. The
 * layout model lists each row's cells left to right and omits a cell in the rows it spans down into;
 * this is the one place that places them, so both writers (and the orientation choice) see the same
 * table. The rules:
 * <ul>
 * <li>a cell goes to the first slot of its row not covered from above;</li>
 * <li>spans below 1 count as 1; a column span stops at the table's last column and before a slot a
 * cell from above already covers; a row span stops at the last row of its part, so no cell crosses
 * from the header into the body (the header repeats on every page alone);</li>
 * <li>a row with more cells than free slots is refused ({@link Overfull}; the markup reader reports it
 * at the row);</li>
 * <li>a short row (fewer cells than free slots) is completed with blank 1×1 cells, so both writers draw
 * every slot's borders.</li>
 * </ul>
 */
public final class TableGrid {
    private final Table table;
    private final int headerRows;
    private final List<Table.Row> rows;
    private final Slot[][] slots;
    private final List<Slot.Origin> cells;
    private final List<List<Slot.Origin>> reaching;

    private TableGrid(Table table, List<Table.Row> rows, Slot[][] slots, List<Slot.Origin> cells) {
        this.table = table;
        this.headerRows = table.headerRows().size();
        this.rows = rows;
        this.slots = slots;
        this.cells = Collections.unmodifiableList(cells);
        List<List<Slot.Origin>> byRow = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            byRow.add(new ArrayList<>());
        }
        for (Slot.Origin o : cells) {
            for (int r = o.row(); r <= o.lastRow(); r++) {
                byRow.get(r).add(o);
            }
        }
        List<List<Slot.Origin>> frozen = new ArrayList<>(rows.size());
        for (List<Slot.Origin> l : byRow) {
            frozen.add(Collections.unmodifiableList(l));
        }
        this.reaching = Collections.unmodifiableList(frozen);
    }

    /**
     * A row whose cells do not fit its free slots (those not covered by cells from rows above).
     * {@code row} counts within its part (header or body), from 0.
     */
    public static final class Overfull extends IllegalArgumentException {
        private final boolean header;
        private final int row;
        private final int cells;
        private final int wanted;
        private final int free;
        private final int columns;

        Overfull(boolean header, int row, int cells, int wanted, int free, int columns) {
            super("the row's " + cells + " cells take " + wanted + " columns but "
                    + (free == columns ? "the table has " + columns
                    : "the table has " + columns + " and cells spanning down from rows above leave "
                    + free + " free"));
            this.header = header;
            this.row = row;
            this.cells = cells;
            this.wanted = wanted;
            this.free = free;
            this.columns = columns;
        }

        public boolean header() {
            return header;
        }

        /** The row's index within its part (header or body), from 0. */
        public int row() {
            return row;
        }

        public int cells() {
            return cells;
        }

        /** Columns the row's cells ask for: their column spans summed. */
        public int wanted() {
            return wanted;
        }

        /** Slots of the row not covered from above. */
        public int free() {
            return free;
        }

        public int columns() {
            return columns;
        }
    }

    /** The grid of {@code table}; {@link Overfull} when a row has more cells than free slots. */
    public static TableGrid of(Table table) {
        int cols = table.columns().size();
        int headerCount = table.headerRows().size();
        List<Table.Row> rows = new ArrayList<>(headerCount + table.bodyRows().size());
        rows.addAll(table.headerRows());
        rows.addAll(table.bodyRows());
        Slot[][] slots = new Slot[rows.size()][cols];
        List<Slot.Origin> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            boolean header = r < headerCount;
            int partEnd = header ? headerCount : rows.size();
            List<Table.Cell> rowCells = rows.get(r).cells();
            int freeSlots = 0;
            for (Slot s : slots[r]) {
                freeSlots += s == null ? 1 : 0;
            }
            int c = 0;
            for (Table.Cell cell : rowCells) {
                while (c < cols && slots[r][c] != null) {
                    c++;
                }
                if (c >= cols) {
                    int wanted = rowCells.stream().mapToInt(x -> Math.max(1, x.colSpan())).sum();
                    throw new Overfull(header, header ? r : r - headerCount, rowCells.size(), wanted, freeSlots, cols);
                }
                int free = 1;
                while (c + free < cols && slots[r][c + free] == null) {
                    free++;
                }
                int cs = Math.min(Math.max(1, cell.colSpan()), free);
                int rs = Math.min(Math.max(1, cell.rowSpan()), partEnd - r);
                Slot.Origin o = new Slot.Origin(r, c, cs, rs, cell, header, false);
                cover(slots, o);
                cells.add(o);
                c += cs;
            }
            for (int k = 0; k < cols; k++) {
                if (slots[r][k] == null) {
                    Slot.Origin blank = new Slot.Origin(r, k, 1, 1, BLANK, header, true);
                    slots[r][k] = blank;
                    cells.add(blank);
                }
            }
        }
        // Blanks were appended after their row's cells; keep the list in reading order (row, then column).
        cells.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row()) : Integer.compare(a.col(), b.col()));
        return new TableGrid(table, List.copyOf(rows), slots, cells);
    }

    private static final Table.Cell BLANK = new Table.Cell(List.of(), 1, 1, null, false, false);

    private static void cover(Slot[][] slots, Slot.Origin o) {
        for (int r = o.row(); r <= o.lastRow(); r++) {
            for (int c = o.col(); c < o.endCol(); c++) {
                slots[r][c] = r == o.row() && c == o.col() ? o : new Slot.Continuation(r, c, o);
            }
        }
    }

    /** The table this grid resolves. */
    public Table table() {
        return table;
    }

    public int columns() {
        return table.columns().size();
    }

    /** Header and body rows together. */
    public int rows() {
        return rows.size();
    }

    public int headerRows() {
        return headerRows;
    }

    public boolean isHeader(int row) {
        return row < headerRows;
    }

    /** The model's row {@code row} (header rows first): its boldness and revision marks. */
    public Table.Row row(int row) {
        return rows.get(row);
    }

    /** The slot at {@code (row, col)}. */
    public Slot at(int row, int col) {
        return slots[row][col];
    }

    /** Every cell, blanks included, in reading order (by row, then column). */
    public List<Slot.Origin> cells() {
        return cells;
    }

    /** The cells that start in or reach down into {@code row}, in the reading order of their origins. */
    public List<Slot.Origin> reaching(int row) {
        return reaching.get(row);
    }

    /** The column widths across {@code width}: see {@link ColumnWidths}. */
    public ColumnWidths widths(Length width) {
        return ColumnWidths.of(table.columns(), width);
    }

    /**
     * Row heights from {@code need}, the height (points) each cell needs, rules and padding included:
     * see {@link RowHeights}.
     */
    public RowHeights rowHeights(ToDoubleFunction<Slot.Origin> need) {
        double[] height = new double[rows.size()];
        double[] needs = new double[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            Slot.Origin o = cells.get(i);
            needs[i] = need.applyAsDouble(o);
            if (o.rowSpan() == 1) {
                height[o.row()] = Math.max(height[o.row()], needs[i]);
            }
        }
        boolean[] stretched = new boolean[rows.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).rowSpan() > 1) {
                order.add(i);
            }
        }
        // Cells ending higher first (a stable sort: reading order among those ending in the same row).
        order.sort((a, b) -> Integer.compare(cells.get(a).lastRow(), cells.get(b).lastRow()));
        for (int i : order) {
            Slot.Origin o = cells.get(i);
            double have = 0;
            for (int r = o.row(); r <= o.lastRow(); r++) {
                have += height[r];
            }
            if (needs[i] > have) {
                height[o.lastRow()] += needs[i] - have;
                stretched[o.lastRow()] = true;
            }
        }
        return new RowHeights(height, stretched);
    }
}
