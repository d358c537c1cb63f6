package vn.vanban.content.table;

import java.util.ArrayList;
import java.util.List;

import vn.vanban.diag.Loc;

/**
 * A data table block ({@code bang}): the column tree, the computed rows, and the grid the template
 * prints (header rows from the column tree, body rows with their merges).
 *
 * @param landscape the clerk asked for a landscape page ({@code huong: ngang}), or null to let the
 *                  width decide
 */
public record DataTable(List<ColumnSpec> columns, List<TableRow> rows, List<GridRow> header, List<GridRow> body,
                        Boolean landscape, Loc loc) {
    public DataTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        header = List.copyOf(header);
        body = List.copyOf(body);
    }

    /** The columns that hold cells, left to right. */
    public List<ColumnSpec> leaves() {
        List<ColumnSpec> out = new ArrayList<>();
        collectLeaves(columns, out);
        return out;
    }

    static void collectLeaves(List<ColumnSpec> cols, List<ColumnSpec> out) {
        for (ColumnSpec c : cols) {
            if (c.isLeaf()) {
                out.add(c);
            } else {
                collectLeaves(c.children(), out);
            }
        }
    }

    /** Rows in printed order (each row followed by its sub-rows). */
    public List<TableRow> flatRows() {
        List<TableRow> out = new ArrayList<>();
        flatten(rows, out);
        return out;
    }

    static void flatten(List<TableRow> rows, List<TableRow> out) {
        for (TableRow r : rows) {
            out.add(r);
            flatten(r.children(), out);
        }
    }
}
