package vn.vanban.layout.grid;

import java.util.Arrays;
import java.util.List;

import vn.vanban.layout.Table;
import vn.vanban.profile.Length;

/**
 * A table's column widths in whole twips, summing exactly to the table's width: each column its
 * share of the weights rounded, the last column the remainder. The DOCX stores these numbers and
 * Word and LibreOffice lay the table out from them, so the PDF draws its columns at the same twips.
 */
public final class ColumnWidths {
    private final long[] twips;
    private final long[] starts;

    private ColumnWidths(long[] twips) {
        this.twips = twips;
        this.starts = new long[twips.length + 1];
        for (int c = 0; c < twips.length; c++) {
            starts[c + 1] = starts[c] + twips[c];
        }
    }

    /** Widths for {@code columns} across {@code width} (rounded to whole twips first). */
    public static ColumnWidths of(List<Table.Column> columns, Length width) {
        long total = width.toTwips();
        double sum = columns.stream().mapToDouble(Table.Column::weight).sum();
        long[] w = new long[columns.size()];
        long used = 0;
        for (int i = 0; i < w.length - 1; i++) {
            w[i] = Math.round(total * columns.get(i).weight() / sum);
            used += w[i];
        }
        if (w.length > 0) {
            w[w.length - 1] = total - used;
        }
        return new ColumnWidths(w);
    }

    public int count() {
        return twips.length;
    }

    /** Width of column {@code col} in twips. */
    public long twips(int col) {
        return twips[col];
    }

    /** Width of {@code span} columns from {@code col}, in twips. */
    public long twips(int col, int span) {
        return starts[col + span] - starts[col];
    }

    /** The table's width in twips: the sum of the columns. */
    public long total() {
        return starts[twips.length];
    }

    /** Where column {@code col} starts, in points from the table's left edge ({@code col == count()}: its right edge). */
    public double startPoints(int col) {
        return Length.fromTwips(starts[col]).points();
    }

    /** Width of {@code span} columns from {@code col}, in points. */
    public double points(int col, int span) {
        return Length.fromTwips(twips(col, span)).points();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnWidths w && Arrays.equals(twips, w.twips);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(twips);
    }

    @Override
    public String toString() {
        return "ColumnWidths" + Arrays.toString(twips);
    }
}
