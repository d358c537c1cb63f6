package vn.vanban.data;

import java.util.List;

/**
 * A statistics appendix ready to print: one row per group (I, II...) or indicator, the values
 * already formatted. The template lays it out; it computes nothing.
 */
public record StatTable(List<String> valueHeaders, List<Row> rows) {
    public StatTable {
        valueHeaders = List.copyOf(valueHeaders);
        rows = List.copyOf(rows);
    }

    /** {@code number} is "I", "1" or "" (a rate under its count); {@code group} rows are bold. */
    public record Row(String number, String name, String unit, List<String> values, boolean group) {
        public Row {
            values = List.copyOf(values);
        }
    }
}
