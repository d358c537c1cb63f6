package vn.vanban.write.pdf;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import vn.vanban.layout.text.RunStyle;
import vn.vanban.layout.Role;
import vn.vanban.layout.Table;
import vn.vanban.layout.grid.ColumnWidths;
import vn.vanban.layout.grid.Slot;
import vn.vanban.layout.grid.TableGrid;
import vn.vanban.profile.Length;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.profile.TextStyle;

/**
 * Lays a table out, from its {@link TableGrid} (cells, column widths in the DOCX's twips, row heights),
 * as strips: the header rows as one strip kept with the first body row, then each run
 * of body rows tied together by row spans as one strip (a row splits across pages only when it is taller
 * than a page; the strip carries its text lines so the paginator can cut between them). Body strips carry
 * the header strip so the paginator repeats it on every page the table continues on.
 */
final class TableLayout {
    private final Nd30Profile profile;
    private final ParagraphSetter setter;

    TableLayout(Nd30Profile profile, ParagraphSetter setter) {
        this.profile = profile;
        this.setter = setter;
    }

    /** A cell of the grid, its content already set. */
    private record Placed(int row, int col, int colSpan, int rowSpan, List<TextSetter.SetLine> lines,
                          double contentHeight, double before) {
    }

    /**
     * The table's strips. {@code textWidth} is the width the DOCX gives the table (the section's text
     * width in whole twips); its columns are the grid's twips, placed from {@code left}.
     */
    List<Flow.Strip> layout(Table table, double left, Length textWidth, ParagraphSetter.Notes notes) {
        TableGrid grid = TableGrid.of(table);
        int cols = grid.columns();
        ColumnWidths widths = grid.widths(textWidth);
        double[] colX = new double[cols + 1];
        for (int c = 0; c <= cols; c++) {
            colX[c] = left + widths.startPoints(c);
        }
        int headerCount = grid.headerRows();
        int rowCount = grid.rows();
        double pad = Units.pt(profile.cellPadding());
        // LibreOffice gives every row its top border's width above the padding, and the table its
        // bottom border's width below the last row.
        double rule = Units.pt(profile.tableRuleWidth());

        // Set every cell's text in its column(s), in reading order (footnotes number in that order).
        Map<Slot.Origin, Placed> placed = new IdentityHashMap<>();
        for (Slot.Origin o : grid.cells()) {
            Table.Row row = grid.row(o.row());
            Table.Cell cell = o.cell();
            int c = o.col();
            TextStyle style = profile.style(o.header() ? Role.TABLE_HEADER : Role.TABLE_CELL);
            Table.Align align = cell.align() != null ? cell.align()
                    : o.header() ? style.align() : table.columns().get(c).align();
            RunStyle base = RunStyle.of(style.bold() || row.bold() || cell.bold(), style.italic() || cell.italic(),
                    Units.pt(style.size()));
            TextSetter.Frame frame = new TextSetter.Frame(colX[o.endCol()] - colX[c] - 2 * pad, 0,
                    Units.pt(style.firstLineIndent()), align, Units.pt(style.lineHeight()), base);
            List<TextSetter.SetLine> lines = setter.set(cell.content(), frame, notes);
            double content = Units.pt(style.spaceBefore()) + lines.size() * Units.pt(style.lineHeight())
                    + Units.pt(style.spaceAfter());
            placed.put(o, new Placed(o.row(), c, o.colSpan(), o.rowSpan(), lines, content,
                    Units.pt(style.spaceBefore())));
        }

        // Row heights by the grid's rule; each row also holds one border's width, as Word and
        // LibreOffice lay rows out.
        double[] rowH = grid.rowHeights(o -> placed.get(o).contentHeight() + 2 * pad + rule).heights();

        // Where each row starts, from the table's top. A strip looks only at the cells reaching into its
        // rows, so the whole table costs what its cells cost (not rows times cells).
        double[] rowTop = new double[rowCount + 1];
        for (int r = 0; r < rowCount; r++) {
            rowTop[r + 1] = rowTop[r] + rowH[r];
        }

        // The header rows form one strip kept with the first body row. Every body row is a strip
        // of its own: Word and LibreOffice break pages between rows even inside a vertically merged
        // cell, which then goes on, text and borders, on the next page.
        List<Flow.Strip> strips = new ArrayList<>();
        List<Flow.Strip> header = List.of();
        int first = 0;
        if (headerCount > 0) {
            List<Placed> headCells = new ArrayList<>();
            for (Slot.Origin o : grid.cells()) {
                if (o.header()) {
                    headCells.add(placed.get(o));
                }
            }
            Flow.Strip head = strip(headCells, rowH, rowTop, 0, headerCount - 1, headerCount, colX, pad, rule, notes)
                    .keepingWithNext();
            header = List.of(head);
            strips.add(head);
            first = headerCount;
        }
        for (int r = first; r < rowCount; r++) {
            List<Placed> here = new ArrayList<>();
            for (Slot.Origin o : grid.reaching(r)) {
                here.add(placed.get(o));
            }
            Flow.Strip row = strip(here, rowH, rowTop, r, r, headerCount, colX, pad, rule, notes);
            if (r == rowCount - 1) {
                // The table's bottom border takes its own width below the last row, as in LibreOffice.
                row = new Flow.Strip(row.height() + rule, 0, 0, false, row.marks(), row.notes(), List.of())
                        .withLines(row.lines()).withEdges(row.edges());
            }
            strips.add(row.withRepeatedHeader(header));
        }
        return strips;
    }

    /**
     * Height of rows {@code from} (inclusive) to {@code to} (exclusive). Short runs are summed row by row,
     * in the order the heights were always added, so coordinates stay bit for bit what they were; only
     * long runs (a cell merged over many rows) take the difference of the running totals.
     */
    private static double span(double[] rowH, double[] rowTop, int from, int to) {
        if (to - from > 64) {
            return rowTop[to] - rowTop[from];
        }
        double h = 0;
        for (int r = from; r < to; r++) {
            h += rowH[r];
        }
        return h;
    }

    /**
     * Rows {@code from..to} as one strip. A cell reaching beyond them draws only its part here: its
     * side borders, its top or bottom border where it starts or ends, and the lines of its text
     * that fall within these rows.
     */
    private Flow.Strip strip(List<Placed> placed, double[] rowH, double[] rowTop, int from, int to, int headerCount, double[] colX,
                             double pad, double rule, ParagraphSetter.Notes notes) {
        double height = span(rowH, rowTop, from, to + 1);
        List<Mark> marks = new ArrayList<>();
        List<Mark> closing = new ArrayList<>();
        List<Mark> opening = new ArrayList<>();
        List<Integer> noteNumbers = new ArrayList<>();
        List<Flow.Band> lineBoxes = new ArrayList<>();
        for (Placed p : placed) {
            int last = p.row() + p.rowSpan() - 1;
            if (last < from || p.row() > to) {
                continue;
            }
            double x = colX[p.col()];
            double w = colX[p.col() + p.colSpan()] - x;
            // Offsets from this strip's top: where the cell starts (negative if above) and ends.
            double cellTop = p.row() < from ? -span(rowH, rowTop, p.row(), from) : span(rowH, rowTop, from, p.row());
            double cellH = span(rowH, rowTop, p.row(), last + 1);
            double top = Math.max(0, cellTop);
            double bottom = Math.min(height, cellTop + cellH);
            if (p.row() >= from && last <= to) {
                marks.add(new Mark.Box(x, cellTop, w, cellH, rule));
            } else {
                marks.add(new Mark.Box(x, top, 0, bottom - top, rule));
                marks.add(new Mark.Box(x + w, top, 0, bottom - top, rule));
                if (p.row() >= from) {
                    marks.add(new Mark.Box(x, cellTop, w, 0, rule));
                } else {
                    opening.add(new Mark.Box(x, 0, w, 0, rule)); // the cell reopens atop a new page
                }
                if (last <= to) {
                    marks.add(new Mark.Box(x, bottom, w, 0, rule));
                } else {
                    closing.add(new Mark.Box(x, bottom, w, 0, rule)); // and closes at a page's foot
                }
            }
            double y = cellTop + pad + p.before();
            if (p.row() < headerCount) {
                // Header cells sit vertically centred, as the DOCX writer asks Word to draw them.
                y += Math.max(0, (cellH - p.contentHeight() - 2 * pad - rule) / 2);
            }
            for (TextSetter.SetLine line : p.lines()) {
                // A line belongs to the strip its top falls in; the cell's last strip takes any overflow.
                boolean here = y >= top - 0.01 && (y < bottom - 0.01 || last <= to);
                if (here) {
                    for (Mark m : line.marks()) {
                        marks.add(m.shifted(x + pad, y));
                    }
                    noteNumbers.addAll(line.footnotes());
                    lineBoxes.add(new Flow.Band(y, y + line.height()));
                }
                y += line.height();
            }
        }
        // Line boxes let the paginator cut a row taller than a page between text lines.
        return new Flow.Strip(height, 0, 0, false, marks, notes.take(noteNumbers), List.of()).withLines(lineBoxes)
                .withEdges(new Flow.Edges(closing, opening));
    }
}
