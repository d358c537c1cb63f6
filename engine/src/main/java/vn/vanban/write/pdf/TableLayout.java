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

    List<Flow.Strip> layout(Table table, double left, double width, ParagraphSetter.Notes notes) {
        int cols = table.columns().size();
        double total = table.columns().stream().mapToDouble(Table.Column::weight).sum();
        double[] colX = new double[cols + 1];
        colX[0] = left;
        for (int c = 0; c < cols; c++) {
            colX[c + 1] = colX[c] + width * table.columns().get(c).weight() / total;
        }
        int headerCount = table.headerRows().size();
        List<Table.Row> rows = new ArrayList<>(table.headerRows());
        rows.addAll(table.bodyRows());
        double pad = profile.cellPadding().points();

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
                        style.size().points());
                TextSetter.Frame frame = new TextSetter.Frame(colX[c + cs] - colX[c] - 2 * pad, 0,
                        style.firstLineIndent().points(), align, style.lineHeight().points(), base);
                List<TextSetter.SetLine> lines = setter.set(cell.content(), frame, notes);
                double content = style.spaceBefore().points() + lines.size() * style.lineHeight().points()
                        + style.spaceAfter().points();
                placed.add(new Placed(r, c, cs, rs, lines, content, style.spaceBefore().points()));
                c += cs;
            }
        }

        // Row heights: the tallest single-row cell; a spanning cell stretches the last row it spans.
        // Each row also holds one border's width, as Word and LibreOffice lay rows out.
        double rule = profile.tableRuleWidth().points();
        double[] rowH = new double[rows.size()];
        for (Placed p : placed) {
            if (p.rowSpan() == 1) {
                rowH[p.row()] = Math.max(rowH[p.row()], p.contentHeight() + 2 * pad + rule);
            }
        }
        placed.stream().filter(p -> p.rowSpan() > 1)
                .sorted((a, b) -> Integer.compare(a.row() + a.rowSpan(), b.row() + b.rowSpan()))
                .forEach(p -> {
                    double have = 0;
                    for (int r = p.row(); r < p.row() + p.rowSpan(); r++) {
                        have += rowH[r];
                    }
                    double need = p.contentHeight() + 2 * pad + rule;
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
            for (Placed p : placed) {
                if (p.row() < g[0] || p.row() > g[1]) {
                    continue;
                }
                double x = colX[p.col()];
                double top = rowTop[p.row() - g[0]];
                double h = rowTop[p.row() - g[0] + p.rowSpan()] - top;
                marks.add(new Mark.Box(x, top, colX[p.col() + p.colSpan()] - x, h, rule));
                double y = top + pad + p.before();
                if (p.row() < headerCount) {
                    // Header cells sit vertically centred, as the DOCX writer asks Word to draw them.
                    y += Math.max(0, (h - p.contentHeight() - 2 * pad - rule) / 2);
                }
                for (TextSetter.SetLine line : p.lines()) {
                    for (Mark m : line.marks()) {
                        marks.add(m.shifted(x + pad, y));
                    }
                    noteNumbers.addAll(line.footnotes());
                    y += line.height();
                }
            }
            Flow.Strip strip = new Flow.Strip(rowTop[rowTop.length - 1], 0, 0, false, marks,
                    notes.take(noteNumbers), List.of());
            if (headerCount > 0 && g[0] == 0) {
                strip = strip.keepingWithNext();
                header = List.of(strip);
            } else {
                strip = strip.withRepeatedHeader(header);
            }
            strips.add(strip);
        }
        return strips;
    }
}
