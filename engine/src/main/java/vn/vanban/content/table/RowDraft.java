package vn.vanban.content.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.vanban.diag.Loc;
import vn.vanban.load.YNode;

/** A body row while it is being read, numbered and computed; frozen into a {@link TableRow} at the end. */
final class RowDraft {
    String id;
    RowKind kind = RowKind.DATA;
    /** The number the clerk gave ({@code so: "7a"}), "" for none, null to number automatically. */
    String givenLabel;
    String label;
    String name;
    boolean bold;
    boolean italic;
    boolean decreasing;
    /** {@code tinh: tong}: each summed column is the sum of the sub-rows. */
    boolean sumsChildren;
    /** For a total row: the ids of the rows it adds, or null for every top-level data row. */
    List<YNode> totalOf;
    final Map<String, CellValue> values = new LinkedHashMap<>();
    final List<TableRow.KeyRange> merges = new ArrayList<>();
    final Map<String, Integer> rowSpans = new LinkedHashMap<>();
    /** Keys whose cell reaches down over all sub-rows ({@code gop-dong: {so: con}}). */
    final List<String> spanOverChildren = new ArrayList<>();
    final List<RowDraft> children = new ArrayList<>();
    Loc loc;

    int descendantCount() {
        int n = 0;
        for (RowDraft c : children) {
            n += 1 + c.descendantCount();
        }
        return n;
    }

    TableRow freeze() {
        for (String k : spanOverChildren) {
            rowSpans.put(k, 1 + descendantCount());
        }
        return new TableRow(id, kind, label, name, bold, italic, decreasing, values, merges, rowSpans,
                children.stream().map(RowDraft::freeze).toList(), loc);
    }
}
