package vn.vanban.content.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.vanban.format.VnNumber;
import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Loc;

/**
 * Body rows as printed cells: each row's text per column, then its merges across ({@code gop}) and
 * down ({@code gop-dong}). A merged cell takes the one text among the cells it covers; two texts,
 * overlapping merges or a merge running past the table end are reported at the row.
 */
final class BodyGrid {
    private final Diagnostics diags;
    private final List<ColumnSpec> leaves;

    BodyGrid(Diagnostics diags, List<ColumnSpec> leaves) {
        this.diags = diags;
        this.leaves = leaves;
    }

    /** A cell before emission: the area it covers and its text. */
    private static final class Span {
        final int row;
        final int c0;
        int c1;
        int rows = 1;
        String text = "";
        CellAlign align;

        Span(int row, int c0, int c1) {
            this.row = row;
            this.c0 = c0;
            this.c1 = c1;
        }
    }

    List<GridRow> rows(List<TableRow> tree) {
        List<TableRow> rows = new ArrayList<>();
        DataTable.flatten(tree, rows);
        int cols = leaves.size();
        String[][] text = new String[rows.size()][cols];
        for (int r = 0; r < rows.size(); r++) {
            text[r] = texts(rows.get(r));
        }
        Span[][] owner = new Span[rows.size()][cols];
        for (int r = 0; r < rows.size(); r++) {
            for (Span s : spansOf(rows.get(r), r, text[r], rows.size(), owner[r])) {
                claim(s, owner, text, rows);
            }
        }
        List<GridRow> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            TableRow row = rows.get(r);
            List<GridCell> cells = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                Span s = owner[r][c];
                if (s != null && s.row == r && s.c0 == c) {
                    cells.add(new GridCell(s.text, s.c1 - s.c0 + 1, s.rows, s.align, false, row.italic()));
                }
            }
            out.add(new GridRow(cells, row.bold()));
        }
        return out;
    }

    private String[] texts(TableRow row) {
        String[] t = new String[leaves.size()];
        int nameCol = -1;
        for (int c = 0; c < leaves.size(); c++) {
            ColumnSpec col = leaves.get(c);
            String key = col.key();
            if (ColumnSpec.NUMBER.equals(key)) {
                t[c] = row.label() == null ? "" : row.label();
            } else if (ColumnSpec.NAME.equals(key)) {
                t[c] = row.name() == null ? "" : row.name();
                nameCol = c;
            } else {
                t[c] = format(key == null ? null : row.value(key), col);
            }
        }
        if (nameCol < 0 && row.name() != null && !row.name().isEmpty() && !leaves.isEmpty()) {
            // No name column: a total's "Tổng cộng" goes in the first column, if it is free.
            if (t[0].isEmpty()) {
                t[0] = row.name();
            } else {
                diags.error(row.loc(), "bang.ten.khong-cot");
            }
        }
        return t;
    }

    private static String format(CellValue v, ColumnSpec col) {
        return switch (v) {
            case null -> "";
            case CellValue.Number n -> col.format(n.value());
            case CellValue.Mark m -> "x";
            case CellValue.Text s -> s.text();
        };
    }

    private List<Span> spansOf(TableRow row, int r, String[] text, int rowCount, Span[] coveredFromAbove) {
        List<Span> out = new ArrayList<>();
        List<TableRow.KeyRange> merges = new ArrayList<>(row.merges());
        if (merges.isEmpty() && row.kind() == RowKind.GROUP && row.values().isEmpty()) {
            // A heading row with nothing else in it: its name runs to the right edge.
            int name = index(ColumnSpec.NAME);
            merges.add(new TableRow.KeyRange(name < 0 ? null : ColumnSpec.NAME,
                    name < 0 ? null : leaves.get(leaves.size() - 1).key(), row.loc()));
        }
        for (TableRow.KeyRange m : merges) {
            int a = m.from() == null ? 0 : index(m.from());
            int b = m.to() == null ? leaves.size() - 1 : index(m.to());
            if (a > b) {
                int t = a;
                a = b;
                b = t;
            }
            out.add(new Span(r, a, b));
        }
        for (Map.Entry<String, Integer> e : row.rowSpans().entrySet()) {
            int c = index(e.getKey());
            Span s = out.stream().filter(x -> x.c0 <= c && c <= x.c1).findFirst().orElse(null);
            if (s == null) {
                s = new Span(r, c, c);
                out.add(s);
            }
            int n = e.getValue();
            if (r + n > rowCount) {
                diags.error(row.loc(), "bang.gop-dong.qua", leaves.get(c).displayName(), n, rowCount - r);
                n = rowCount - r;
            }
            s.rows = Math.max(s.rows, n);
        }
        // Every other column not covered from a row above is a cell of its own.
        boolean[] taken = new boolean[leaves.size()];
        for (Span s : out) {
            for (int c = s.c0; c <= s.c1; c++) {
                if (taken[c] || coveredFromAbove[c] != null) {
                    diags.error(row.loc(), "bang.gop.chong", leaves.get(c).displayName());
                }
                taken[c] = true;
            }
        }
        for (int c = 0; c < leaves.size(); c++) {
            if (!taken[c] && coveredFromAbove[c] == null) {
                out.add(new Span(r, c, c));
            }
        }
        for (Span s : out) {
            for (int c = s.c0; c <= s.c1; c++) {
                if (!text[c].isEmpty()) {
                    if (!s.text.isEmpty() && !s.text.equals(text[c])) {
                        diags.error(row.loc(), "bang.gop.hai-chu", s.text, text[c]);
                    } else if (s.text.isEmpty()) {
                        s.text = text[c];
                        s.align = leaves.get(c).align();
                    }
                }
            }
            if (s.align == null) {
                s.align = leaves.get(s.c0).align();
            }
        }
        return out;
    }

    private void claim(Span s, Span[][] owner, String[][] text, List<TableRow> rows) {
        for (int r = s.row; r < s.row + s.rows; r++) {
            for (int c = s.c0; c <= s.c1; c++) {
                if (r == s.row) {
                    owner[r][c] = s;
                    continue;
                }
                Loc at = rows.get(r).loc();
                if (owner[r][c] != null && owner[r][c] != s) {
                    diags.error(rows.get(s.row).loc(), "bang.gop.chong", leaves.get(c).displayName());
                } else if (!text[r][c].isEmpty()) {
                    diags.error(at, "bang.gop-dong.co-chu", leaves.get(c).displayName(), text[r][c]);
                }
                owner[r][c] = s;
            }
        }
    }

    private int index(String key) {
        for (int i = 0; i < leaves.size(); i++) {
            if (key.equals(leaves.get(i).key())) {
                return i;
            }
        }
        return -1;
    }
}
