package vn.vanban.layout.markup;

import java.util.List;

import vn.vanban.layout.Block;
import vn.vanban.layout.PageSection.Orientation;
import vn.vanban.layout.Role;
import vn.vanban.layout.Table;
import vn.vanban.layout.text.RunStyle;
import vn.vanban.layout.text.TextMetrics;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.profile.TextStyle;

/**
 * Decides a section marked {@code orientation="auto"}: landscape when one of its tables cannot fit
 * the portrait text width even with every column squeezed to its longest word (plus cell padding),
 * or when its column weights would give some column less than that on a portrait page: either way
 * words or numbers would be broken mid-word.
 */
final class WideTables {
    private final Nd30Profile profile;
    private final TextMetrics metrics;

    WideTables(Nd30Profile profile, TextMetrics metrics) {
        this.profile = profile;
        this.metrics = metrics;
    }

    Orientation choose(List<Block> blocks) {
        double portrait = profile.textWidth(Orientation.PORTRAIT).points();
        for (Block b : blocks) {
            if (b instanceof Block.TableBlock t && tooNarrow(t.table(), portrait)) {
                return Orientation.LANDSCAPE;
            }
        }
        return Orientation.PORTRAIT;
    }

    boolean tooNarrow(Table table, double width) {
        double[] min = minimumWidths(table);
        double total = table.columns().stream().mapToDouble(Table.Column::weight).sum();
        double sum = 0;
        for (int c = 0; c < min.length; c++) {
            sum += min[c];
            if (width * table.columns().get(c).weight() / total < min[c]) {
                return true;
            }
        }
        return sum > width;
    }

    /**
     * Per column, the widest word in a cell of that column alone, padding included: a word as the line
     * breaker sees it, so "KH-UBND" counts as "KH-" and "UBND", which a line may break between.
     */
    double[] minimumWidths(Table table) {
        int cols = table.columns().size();
        double[] min = new double[cols];
        measure(table.headerRows(), profile.style(Role.TABLE_HEADER), min);
        measure(table.bodyRows(), profile.style(Role.TABLE_CELL), min);
        double pad = 2 * profile.cellPadding().points();
        for (int c = 0; c < cols; c++) {
            min[c] += pad;
        }
        return min;
    }

    /** Widest word per column, skipping covered slots and cells that span several columns. */
    private void measure(List<Table.Row> rows, TextStyle style, double[] min) {
        boolean[][] covered = new boolean[rows.size()][min.length];
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Table.Cell cell : rows.get(r).cells()) {
                while (c < min.length && covered[r][c]) {
                    c++;
                }
                if (c >= min.length) {
                    break;
                }
                for (int rr = r; rr < Math.min(rows.size(), r + cell.rowSpan()); rr++) {
                    for (int cc = c; cc < Math.min(min.length, c + cell.colSpan()); cc++) {
                        covered[rr][cc] = true;
                    }
                }
                if (cell.colSpan() == 1) {
                    RunStyle base = RunStyle.of(style.bold() || rows.get(r).bold() || cell.bold(),
                            style.italic() || cell.italic(), style.size().points());
                    min[c] = Math.max(min[c], metrics.widestWord(cell.content(), base));
                }
                c += cell.colSpan();
            }
        }
    }
}
