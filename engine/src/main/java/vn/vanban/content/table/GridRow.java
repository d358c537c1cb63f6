package vn.vanban.content.table;

import java.util.List;

/** One printed row of a table: its cells left to right, cells covered by a span above left out. */
public record GridRow(List<GridCell> cells, boolean bold) {
    public GridRow {
        cells = List.copyOf(cells);
    }
}
