package vn.vanban.render;

import java.util.List;

import vn.vanban.content.Appendix;
import vn.vanban.content.ContentBlock;
import vn.vanban.content.Document;
import vn.vanban.content.table.DataTable;
import vn.vanban.content.table.GridCell;
import vn.vanban.content.table.GridRow;
import vn.vanban.diag.Diagnostics;
import vn.vanban.layout.PageSection.Orientation;
import vn.vanban.layout.Inline;
import vn.vanban.layout.Role;
import vn.vanban.layout.markup.WidestWords;
import vn.vanban.layout.text.RunStyle;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.profile.TextStyle;

/**
 * A table whose columns cannot all fit across even a landscape page, each squeezed to its cell padding
 * and one letter, cannot be printed: its columns would get no width, or less than none. That is an error.
 * A table that fits only if its longest words are broken inside (Word and LibreOffice break such a word
 * at the cell's edge, as real plans printed from Word show) is printable but reads badly: a warning.
 * Checked on the content, so {@code check} and {@code render} report it alike, at the table, with its
 * column count and the width it needs.
 */
final class TableWidthCheck {
    private static final double POINTS_PER_CM = 72 / 2.54;

    private TableWidthCheck() {
    }

    static void check(Document doc, WidestWords words, Nd30Profile profile, Diagnostics diags) {
        double page = profile.textWidth(Orientation.LANDSCAPE).points();
        Walk w = new Walk(words, profile, page, diags);
        w.blocks(doc.opening());
        w.blocks(doc.body());
        for (Appendix a : doc.appendices()) {
            w.blocks(a.body());
        }
    }

    private record Walk(WidestWords words, Nd30Profile profile, double page, Diagnostics diags) {
        void blocks(List<ContentBlock> blocks) {
            for (ContentBlock b : blocks) {
                switch (b) {
                    case ContentBlock.TableBlock t -> table(t.table());
                    case ContentBlock.Numbered n -> blocks(n.body());
                    case ContentBlock.Points p -> p.items().forEach(i -> blocks(i.body()));
                    case ContentBlock.Bullets l -> l.items().forEach(i -> blocks(i.body()));
                    default -> {
                    }
                }
            }
        }

        private void table(DataTable t) {
            int cols = t.leaves().size();
            double[] min = new double[cols];
            widest(t.header(), profile.style(Role.TABLE_HEADER), min);
            widest(t.body(), profile.style(Role.TABLE_CELL), min);
            double pad = 2 * profile.cellPadding().points();
            // One wide letter per column: the least a column can hold and still print anything.
            TextStyle cell = profile.style(Role.TABLE_CELL);
            double letter = words.metrics().width("W", RunStyle.of(true, false, cell.size().points()));
            double least = cols * (pad + letter);
            double words = 0;
            for (double m : min) {
                words += m + pad;
            }
            if (least > page) {
                diags.error(t.loc(), "bang.qua-rong", cols, cm(least), (long) Math.floor(page / POINTS_PER_CM));
            } else if (words > page) {
                diags.warning(t.loc(), "bang.chu-bi-ngat", cols, cm(words), (long) Math.floor(page / POINTS_PER_CM));
            }
        }

        private static long cm(double points) {
            return (long) Math.ceil(points / POINTS_PER_CM);
        }

        /**
         * Widest word per column, skipping covered slots and cells spanning several columns; a word as the
         * line breaker sees it (a line may break after the hyphen of "KH-UBND").
         */
        private void widest(List<GridRow> rows, TextStyle style, double[] min) {
            int[] coveredUntil = new int[min.length]; // per column, the first row no longer covered from above
            for (int r = 0; r < rows.size(); r++) {
                int c = 0;
                for (GridCell cell : rows.get(r).cells()) {
                    while (c < min.length && coveredUntil[c] > r) {
                        c++;
                    }
                    if (c >= min.length) {
                        break;
                    }
                    int span = Math.max(1, cell.colSpan());
                    for (int cc = c; cc < Math.min(min.length, c + span); cc++) {
                        coveredUntil[cc] = r + Math.max(1, cell.rowSpan());
                    }
                    if (span == 1 && cell.text() != null) {
                        RunStyle base = RunStyle.of(style.bold() || rows.get(r).bold() || cell.bold(),
                                style.italic() || cell.italic(), style.size().points());
                        min[c] = Math.max(min[c], words.of(List.of(Inline.Span.plain(cell.text())), base));
                    }
                    c += span;
                }
            }
        }
    }
}
