package vn.vanban.content.table;

import java.util.List;
import java.util.Map;

import vn.vanban.diag.Loc;

/**
 * A body row after numbering and computing: its printed number, its name, its values by column key
 * (computed ones included) and its sub-rows. {@code merges} and {@code rowSpans} say which of its
 * cells join: column key ranges across, and cells reaching down over the rows below.
 *
 * @param decreasing the indicator is better when lower ({@code chieu: giam})
 */
public record TableRow(String id, RowKind kind, String label, String name, boolean bold, boolean italic,
                       boolean decreasing, Map<String, CellValue> values, List<KeyRange> merges,
                       Map<String, Integer> rowSpans, List<TableRow> children, Loc loc) {
    public TableRow {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        merges = List.copyOf(merges);
        rowSpans = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rowSpans));
        children = List.copyOf(children);
    }

    public CellValue value(String key) {
        return values.get(key);
    }

    /** Column keys from {@code from} to {@code to} inclusive, in table order. */
    public record KeyRange(String from, String to, Loc loc) {
    }
}
