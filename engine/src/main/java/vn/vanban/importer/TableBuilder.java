package vn.vanban.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A source table → a {@code bang}: merged heading cells become the column tree (a cell spanning
 * columns is a parent column over the cells under it), body cells become rows with their values
 * (numbers as numbers, read in Vietnamese notation: "332.600" is 332600, "25,6" is 25.6), and merged
 * body cells become {@code gop} / {@code gop-dong}.
 */
final class TableBuilder {
    private TableBuilder() {
    }

    /** A cell placed on the grid: its anchor row/column and extent. */
    private record Placed(Src.Cell cell, int row, int col, int rows, int cols) {
    }

    static Draft.Block build(Src.Table t, List<Recogniser.Warning> warnings) {
        List<Placed> placed = new ArrayList<>();
        List<boolean[]> taken = new ArrayList<>();
        int width = 0;
        for (int r = 0; r < t.rows().size(); r++) {
            int c = 0;
            for (Src.Cell cell : t.rows().get(r)) {
                while (occupied(taken, r, c)) {
                    c++;
                }
                int rs = Math.max(1, Math.min(cell.rowSpan(), t.rows().size() - r));
                int cs = Math.max(1, cell.colSpan());
                placed.add(new Placed(cell, r, c, rs, cs));
                for (int i = r; i < r + rs; i++) {
                    for (int j = c; j < c + cs; j++) {
                        take(taken, i, j);
                    }
                }
                c += cs;
                width = Math.max(width, c);
            }
        }
        int header = Math.max(1, Math.min(t.headerRows(), t.rows().size()));
        boolean grown = true;
        while (grown) {
            grown = false;
            for (Placed p : placed) {
                if (p.row() < header && p.row() + p.rows() > header && header < t.rows().size()) {
                    header = p.row() + p.rows();
                    grown = true;
                }
            }
        }
        if (t.rows().size() <= header) {
            // A table of headings only: its last row is read as the first body row.
            header = Math.max(1, t.rows().size() - 1);
        }
        final int h = header;
        // Leaf columns: one per grid column.
        String[] keys = new String[width];
        for (int j = 0; j < width; j++) {
            keys[j] = "c" + (j + 1);
        }
        boolean[] numeric = new boolean[width];
        int[] decimals = new int[width];
        for (int j = 0; j < width; j++) {
            boolean any = false;
            boolean all = true;
            int scale = -1;
            for (Placed p : placed) {
                if (p.row() >= h && p.col() == j && !Marks.plain(p.cell().text()).isBlank()) {
                    BigDecimal v = vnNumber(Marks.plain(p.cell().text()));
                    any = true;
                    // A column mixing decimals (a rate under a count) stays text, so each cell prints as it was.
                    if (v == null || scale >= 0 && scale != Math.max(0, v.scale())) {
                        all = false;
                    } else {
                        scale = Math.max(0, v.scale());
                        decimals[j] = scale;
                    }
                }
            }
            numeric[j] = any && all;
        }
        double[] widths = widths(t, placed, width);
        List<Draft.Column> columns = columns(placed, 0, 0, width, h, keys, numeric, decimals, widths);
        List<Draft.Row> rows = new ArrayList<>();
        for (int r = h; r < t.rows().size(); r++) {
            Map<String, Object> values = new LinkedHashMap<>();
            List<String[]> spans = new ArrayList<>();
            Map<String, Integer> down = new LinkedHashMap<>();
            boolean bold = true;
            boolean anyCell = false;
            for (Placed p : placed) {
                if (p.row() != r) {
                    continue;
                }
                anyCell = true;
                String text = p.cell().text().strip();
                bold &= p.cell().bold() || text.isEmpty();
                String key = keys[p.col()];
                if (!text.isEmpty()) {
                    values.put(key, numeric[p.col()] ? vnNumber(Marks.plain(text)) : text);
                }
                if (p.cols() > 1) {
                    spans.add(new String[] {key, keys[p.col() + p.cols() - 1]});
                }
                if (p.rows() > 1) {
                    down.put(key, p.rows());
                }
            }
            if (anyCell) {
                rows.add(new Draft.Row(values, spans, down, bold && !values.isEmpty(), false, new ArrayList<>()));
            }
        }
        rows = groups(rows, keys.length == 0 ? null : keys[0]);
        String comment = t.headerRows() == 0 || t.rows().stream().mapToInt(List::size).distinct().count() > 1
                && placed.stream().allMatch(p -> p.rows() == 1 && p.cols() == 1)
                ? "bảng chép từ văn bản thuần: dòng tiêu đề và ô gộp đoán theo dòng đầu, cần xem lại (" + t.where() + ")"
                : null;
        if (comment != null) {
            warnings.add(new Recogniser.Warning(t.where(), "import.table-uneven"));
        }
        return new Draft.Table(columns, rows, comment);
    }

    /**
     * Row groups: a bold row numbered with a Roman numeral in the first column (I, II, ...) heads the
     * rows under it, up to the next such row or a "Tổng cộng" row.
     */
    private static List<Draft.Row> groups(List<Draft.Row> rows, String first) {
        if (first == null) {
            return rows;
        }
        List<Draft.Row> out = new ArrayList<>();
        Draft.Row group = null;
        for (Draft.Row r : rows) {
            Object label = r.values().get(first);
            boolean heads = r.bold() && label instanceof String s && Marks.plain(s).strip().matches("[IVX]{1,5}\\.?");
            boolean total = r.values().values().stream().anyMatch(v -> v instanceof String s
                    && Marks.plain(s).strip().matches("(?i)^(tổng cộng|cộng|tổng số)\\b.*"));
            if (heads) {
                group = new Draft.Row(r.values(), r.spans(), r.down(), true, true, new ArrayList<>());
                out.add(group);
            } else if (group != null && !total) {
                group.children().add(r);
            } else {
                group = null;
                out.add(r);
            }
        }
        return out;
    }

    /** The column tree under grid columns [from, to) starting at heading row {@code row}. */
    private static List<Draft.Column> columns(List<Placed> placed, int row, int from, int to, int h, String[] keys,
                                              boolean[] numeric, int[] decimals, double[] widths) {
        List<Draft.Column> out = new ArrayList<>();
        int j = from;
        while (j < to) {
            Placed cell = null;
            for (Placed p : placed) {
                if (p.row() <= row && p.row() + p.rows() > row && p.col() == j && p.row() < h) {
                    cell = p;
                    break;
                }
            }
            if (cell == null) {
                out.add(leaf("", j, keys, numeric, decimals, widths));
                j++;
                continue;
            }
            int end = Math.min(to, cell.col() + cell.cols());
            String title = Marks.squash(cell.cell().text());
            int below = cell.row() + cell.rows();
            if (below >= h || end - j == 1 && !hasHeadingBelow(placed, below, j, h)) {
                if (end - j == 1) {
                    out.add(leaf(title, j, keys, numeric, decimals, widths));
                } else {
                    // One heading over several body columns: a parent whose untitled children only split it.
                    List<Draft.Column> kids = new ArrayList<>();
                    for (int k = j; k < end; k++) {
                        kids.add(leaf("", k, keys, numeric, decimals, widths));
                    }
                    out.add(new Draft.Column(title, null, false, 0, 1, kids));
                }
            } else {
                out.add(new Draft.Column(title, null, false, 0, 1, columns(placed, below, j, end, h, keys, numeric, decimals, widths)));
            }
            j = end;
        }
        return out;
    }

    private static boolean hasHeadingBelow(List<Placed> placed, int row, int col, int h) {
        return placed.stream().anyMatch(p -> p.row() >= row && p.row() < h && p.col() == col);
    }

    private static Draft.Column leaf(String title, int j, String[] keys, boolean[] numeric, int[] decimals,
                                     double[] widths) {
        return new Draft.Column(title, keys[j], !numeric[j], decimals[j], widths[j], List.of());
    }

    /**
     * Relative widths ({@code rong}, in tenths of the table, at least 0.5): from the source's grid when
     * it gives one (DOCX grid, PDF cell borders), else from the longest text in each column.
     */
    private static double[] widths(Src.Table t, List<Placed> placed, int width) {
        double[] w = new double[width];
        if (t.widths().size() == width && t.widths().stream().allMatch(x -> x > 0)) {
            for (int j = 0; j < width; j++) {
                w[j] = t.widths().get(j);
            }
        } else {
            for (Placed p : placed) {
                if (p.cols() == 1) {
                    w[p.col()] = Math.max(w[p.col()], Math.min(60, Marks.plain(p.cell().text()).length()) + 4);
                }
            }
        }
        double total = java.util.Arrays.stream(w).sum();
        for (int j = 0; j < width; j++) {
            w[j] = total <= 0 ? 1 : Math.max(0.5, Math.round(w[j] / total * 200) / 10.0);
        }
        return w;
    }

    private static boolean occupied(List<boolean[]> taken, int r, int c) {
        return r < taken.size() && c < taken.get(r).length && taken.get(r)[c];
    }

    private static void take(List<boolean[]> taken, int r, int c) {
        while (taken.size() <= r) {
            taken.add(new boolean[0]);
        }
        boolean[] row = taken.get(r);
        if (row.length <= c) {
            row = java.util.Arrays.copyOf(row, c + 8);
            taken.set(r, row);
        }
        row[c] = true;
    }

    /**
     * A number as printed in Vietnamese notation: "332.600" → 332600, "25,6" → 25.6,
     * "1.234,5" → 1234.5, "-3" → -3; anything else (text, "x", "25%") → null.
     */
    static BigDecimal vnNumber(String s) {
        String t = s.strip().replace(" ", "").replace("\u00A0", "");
        if (t.matches("-?[1-9]\\d{0,2}(\\.\\d{3})+(,\\d+)?") || t.matches("-?(0|[1-9]\\d*)(,\\d+)?")) {
            return new BigDecimal(t.replace(".", "").replace(',', '.'));
        }
        return null;
    }
}
