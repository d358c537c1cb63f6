package vn.vanban.write.pdf;

import java.util.ArrayList;
import java.util.List;

import vn.vanban.layout.Role;
import vn.vanban.layout.Table;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.profile.TextStyle;

/**
 * Lays a table out as strips: the header rows as one strip kept with the first body row, then each run
 * of body rows tied together by row spans as one strip (a row never splits across pages). Body strips
 * carry the header strip so the paginator repeats it on every page the table continues on.
 */
final class TableLayout {
    private final Nd30Profile profile;
    private final ParagraphSetter setter;

    TableLayout(Nd30Profile profile, ParagraphSetter setter) {
        this.profile = profile;
        this.setter = setter;
    }

    /** A cell placed on the grid, its content already set. */
    private record Placed(int row, int col, int colSpan, int rowSpan, List<TextSetter.SetLine> lines,
                          double contentHeight, double before) {
    }

    /**
     * @param pageBody height of a page's body area in this section: a row group taller than that (with the
     *                 repeated header) is cut between text lines, as office suites split a row that cannot fit
     */
    List<Flow.Strip> layout(Table table, double left, double width, double pageBody, ParagraphSetter.Notes notes) {
        int cols = table.columns().size();
        double total = table.columns().stream().mapToDouble(Table.Column::weight).sum();
        double[] colX = new double[cols + 1];
        colX[0] = left;
        double share = 0;
        for (int c = 0; c < cols; c++) {
            share += table.columns().get(c).weight() / total;
            colX[c + 1] = left + Units.snap(width * share);
        }
        int headerCount = table.headerRows().size();
        List<Table.Row> rows = new ArrayList<>(table.headerRows());
        rows.addAll(table.bodyRows());
        double pad = Units.pt(profile.cellPadding());
        // LibreOffice gives every row its top border's width above the padding, and the table its
        // bottom border's width below the last row.
        double rule = Units.pt(profile.tableRuleWidth());
        double padding = 2 * pad + rule;

        // Place cells on the grid: rows below a row-spanning cell omit it, so skip covered slots.
        boolean[][] covered = new boolean[rows.size()][cols];
        List<Placed> placed = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Table.Row row = rows.get(r);
            boolean header = r < headerCount;
            int partEnd = header ? headerCount : rows.size();
            int c = 0;
            for (Table.Cell cell : row.cells()) {
                while (c < cols && covered[r][c]) {
                    c++;
                }
                if (c >= cols) {
                    throw new IllegalArgumentException("table row " + (r + 1) + " has more cells than columns");
                }
                int cs = Math.min(Math.max(1, cell.colSpan()), cols - c);
                int rs = Math.min(Math.max(1, cell.rowSpan()), partEnd - r);
                for (int rr = r; rr < r + rs; rr++) {
                    for (int cc = c; cc < c + cs; cc++) {
                        covered[rr][cc] = true;
                    }
                }
                TextStyle style = profile.style(header ? Role.TABLE_HEADER : Role.TABLE_CELL);
                Table.Align align = cell.align() != null ? cell.align()
                        : header ? style.align() : table.columns().get(c).align();
                RunStyle base = RunStyle.of(style.bold() || row.bold() || cell.bold(), style.italic() || cell.italic(),
                        Units.pt(style.size()));
                TextSetter.Frame frame = new TextSetter.Frame(colX[c + cs] - colX[c] - 2 * pad, 0,
                        Units.pt(style.firstLineIndent()), align, Units.pt(style.lineHeight()), base);
                List<TextSetter.SetLine> lines = setter.set(cell.content(), frame, notes);
                double content = Units.pt(style.spaceBefore()) + lines.size() * Units.pt(style.lineHeight())
                        + Units.pt(style.spaceAfter());
                placed.add(new Placed(r, c, cs, rs, lines, content, Units.pt(style.spaceBefore())));
                c += cs;
            }
        }

        // Row heights: the tallest single-row cell; a spanning cell stretches the last row it spans.
        double[] rowH = new double[rows.size()];
        for (Placed p : placed) {
            if (p.rowSpan() == 1) {
                rowH[p.row()] = Math.max(rowH[p.row()], p.contentHeight() + padding);
            }
        }
        placed.stream().filter(p -> p.rowSpan() > 1)
                .sorted((a, b) -> Integer.compare(a.row() + a.rowSpan(), b.row() + b.rowSpan()))
                .forEach(p -> {
                    double have = 0;
                    for (int r = p.row(); r < p.row() + p.rowSpan(); r++) {
                        have += rowH[r];
                    }
                    double need = p.contentHeight() + padding;
                    if (need > have) {
                        rowH[p.row() + p.rowSpan() - 1] += need - have;
                    }
                });

        // Group rows tied by spans; the header rows form one group.
        List<int[]> groups = new ArrayList<>();
        int start = 0;
        while (start < rows.size()) {
            int end = start == 0 && headerCount > 0 ? headerCount - 1 : start;
            boolean grown = true;
            while (grown) {
                grown = false;
                for (Placed p : placed) {
                    int last = p.row() + p.rowSpan() - 1;
                    if (p.row() >= start && p.row() <= end && last > end) {
                        end = last;
                        grown = true;
                    }
                }
            }
            groups.add(new int[] {start, end});
            start = end + 1;
        }

        List<Flow.Strip> strips = new ArrayList<>();
        List<Flow.Strip> header = List.of();
        for (int[] g : groups) {
            double[] rowTop = new double[g[1] - g[0] + 2];
            for (int r = g[0]; r <= g[1]; r++) {
                rowTop[r - g[0] + 1] = rowTop[r - g[0]] + rowH[r];
            }
            List<Mark> marks = new ArrayList<>();
            List<Integer> noteNumbers = new ArrayList<>();
            List<double[]> lineBoxes = new ArrayList<>();
            for (Placed p : placed) {
                if (p.row() < g[0] || p.row() > g[1]) {
                    continue;
                }
                double x = colX[p.col()];
                double top = rowTop[p.row() - g[0]];
                double h = rowTop[p.row() - g[0] + p.rowSpan()] - top;
                // the stroke is centred in the border's own space at the top of the row
                marks.add(new Mark.Box(x, top + rule / 2, colX[p.col() + p.colSpan()] - x, h, rule));
                double y = top + rule + pad + p.before();
                for (TextSetter.SetLine line : p.lines()) {
                    for (Mark m : line.marks()) {
                        marks.add(m.shifted(x + pad, y));
                    }
                    noteNumbers.addAll(line.footnotes());
                    lineBoxes.add(new double[] {y, y + line.height()});
                    y += line.height();
                }
            }
            boolean lastGroup = g[1] == rows.size() - 1;
            Flow.Strip strip = new Flow.Strip(rowTop[rowTop.length - 1] + (lastGroup ? rule : 0), 0, 0, false, marks,
                    notes.take(noteNumbers), List.of());
            if (headerCount > 0 && g[0] == 0) {
                strip = strip.keepingWithNext();
                header = List.of(strip);
                strips.add(strip);
            } else {
                double room = pageBody - header.stream().mapToDouble(Flow.Strip::height).sum();
                List<Flow.Strip> slices = slices(strip, lineBoxes, room);
                for (int i = 0; i < slices.size(); i++) {
                    Flow.Strip slice = slices.get(i).withRepeatedHeader(header);
                    strips.add(i > 0 ? slice.continuing() : slice);
                }
            }
        }
        return strips;
    }

    /**
     * Cuts a strip taller than {@code room} into slices no taller than it, each cut above the first text
     * line it would cross; cell borders are cut with it. A strip that fits is returned whole.
     */
    private static List<Flow.Strip> slices(Flow.Strip strip, List<double[]> lineBoxes, double room) {
        List<Flow.Strip> out = new ArrayList<>();
        Flow.Strip rest = strip;
        List<double[]> boxes = lineBoxes;
        while (rest.height() > room) {
            double cut = room;
            boolean moved = true;
            while (moved) {
                moved = false;
                for (double[] b : boxes) {
                    if (b[0] < cut && cut < b[1]) {
                        cut = b[0];
                        moved = true;
                    }
                }
            }
            if (cut <= 0) {
                break; // a single line taller than the page: nothing sensible to cut
            }
            List<Mark> above = new ArrayList<>();
            List<Mark> below = new ArrayList<>();
            for (Mark m : rest.marks()) {
                switch (m) {
                    case Mark.Text t -> (t.baseline() < cut ? above : below).add(t.baseline() < cut ? t : t.shifted(0, -cut));
                    case Mark.Rule r -> (r.y() <= cut ? above : below).add(r.y() <= cut ? r : r.shifted(0, -cut));
                    case Mark.Box b -> {
                        if (b.y() < cut) {
                            above.add(new Mark.Box(b.x(), b.y(), b.width(), Math.min(b.height(), cut - b.y()), b.thickness()));
                        }
                        if (b.y() + b.height() > cut) {
                            double top = Math.max(b.y(), cut);
                            below.add(new Mark.Box(b.x(), top - cut, b.width(), b.y() + b.height() - top, b.thickness()));
                        }
                    }
                }
            }
            out.add(new Flow.Strip(cut, 0, 0, false, above, rest.notes(), List.of()));
            rest = new Flow.Strip(rest.height() - cut, 0, 0, rest.keepWithNext(), below, List.of(), List.of());
            double c = cut;
            boxes = boxes.stream().map(b -> new double[] {b[0] - c, b[1] - c}).toList();
        }
        out.add(rest);
        return out;
    }
}
