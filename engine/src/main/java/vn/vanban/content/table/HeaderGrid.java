package vn.vanban.content.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Header rows from the column tree: a column with titled children spans them and sits one row
 * above them; a column without (a leaf, or one whose children are untitled splits) reaches down
 * through every header row below it.
 */
final class HeaderGrid {
    private HeaderGrid() {
    }

    static List<GridRow> rows(List<ColumnSpec> columns) {
        int depth = 0;
        for (ColumnSpec c : columns) {
            depth = Math.max(depth, depth(c));
        }
        List<List<GridCell>> rows = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            rows.add(new ArrayList<>());
        }
        for (ColumnSpec c : columns) {
            place(c, 0, depth, rows);
        }
        return rows.stream().map(cells -> new GridRow(cells, false)).toList();
    }

    private static int depth(ColumnSpec c) {
        if (!c.hasTitledChildren()) {
            return 1;
        }
        int d = 0;
        for (ColumnSpec k : c.children()) {
            d = Math.max(d, depth(k));
        }
        return 1 + d;
    }

    static int leafCount(ColumnSpec c) {
        if (c.isLeaf()) {
            return 1;
        }
        int n = 0;
        for (ColumnSpec k : c.children()) {
            n += leafCount(k);
        }
        return n;
    }

    private static void place(ColumnSpec c, int level, int depth, List<List<GridCell>> rows) {
        if (c.hasTitledChildren()) {
            rows.get(level).add(new GridCell(c.headerText(), leafCount(c), 1, CellAlign.CENTER, false, false));
            for (ColumnSpec k : c.children()) {
                place(k, level + 1, depth, rows);
            }
        } else {
            rows.get(level).add(new GridCell(c.headerText(), leafCount(c), depth - level, CellAlign.CENTER, false,
                    false));
        }
    }
}
