package vn.vanban.layout.markup;

import java.util.List;

import vn.vanban.layout.Block;
import vn.vanban.layout.PageSection.Orientation;
import vn.vanban.layout.Role;
import vn.vanban.layout.Table;
import vn.vanban.layout.grid.ColumnWidths;
import vn.vanban.layout.grid.Slot;
import vn.vanban.layout.grid.TableGrid;
import vn.vanban.layout.text.RunStyle;
import vn.vanban.profile.Length;
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
    private final WidestWords words;

    WideTables(Nd30Profile profile, WidestWords words) {
        this.profile = profile;
        this.words = words;
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
        TableGrid grid = TableGrid.of(table);
        double[] min = minimumWidths(grid);
        // The columns as the writers will draw them: whole twips, the last one taking the rounding.
        ColumnWidths widths = grid.widths(Length.pt(width));
        double sum = 0;
        for (int c = 0; c < min.length; c++) {
            sum += min[c];
            if (widths.points(c, 1) < min[c]) {
                return true;
            }
        }
        return sum > width;
    }

    /**
     * Per column, the widest word in a cell of that column alone, padding included: a word as the line
     * breaker sees it, so "KH-UBND" counts as "KH-" and "UBND", which a line may break between.
     */
    double[] minimumWidths(TableGrid grid) {
        int cols = grid.columns();
        double[] min = new double[cols];
        TextStyle head = profile.style(Role.TABLE_HEADER);
        TextStyle body = profile.style(Role.TABLE_CELL);
        // Cells spanning several columns do not bound any one of them.
        for (Slot.Origin o : grid.cells()) {
            if (o.colSpan() == 1) {
                TextStyle style = o.header() ? head : body;
                Table.Cell cell = o.cell();
                RunStyle base = RunStyle.of(style.bold() || grid.row(o.row()).bold() || cell.bold(),
                        style.italic() || cell.italic(), style.size().points());
                min[o.col()] = Math.max(min[o.col()], words.of(cell.content(), base));
            }
        }
        double pad = 2 * profile.cellPadding().points();
        for (int c = 0; c < cols; c++) {
            min[c] += pad;
        }
        return min;
    }
}
