package vn.vanban.write.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.DoubleStream;

import vn.vanban.layout.PageSection.Orientation;
import vn.vanban.layout.text.TextMetrics;
import vn.vanban.profile.Nd30Profile;

/**
 * Describes paginated pages as a {@link PageModel}, reading the strips each page holds and the marks they
 * draw — what the PDF shows, whoever made the strips: a strip with cell borders is a table row (or the
 * header rows), a strip of one line is a paragraph line (continuing its paragraph when it is not the
 * paragraph's first), a strip of several lines is a two-column block, a strip with no text (spacer, the
 * thin paragraph around tables) only separates. Coordinates decide grouping and order; none is kept.
 */
final class PageReader {
    /**
     * Text whose baselines (superscripts put back on theirs) are this close is one line: lines are at
     * least ten points apart.
     */
    private static final double SAME_LINE = 1.0;
    /** Between two runs of one line, a gap wider than this is a space (a space is about 3 pt). */
    private static final double WORD_GAP = 1.0;
    /** Tolerance for comparing the edges of cell borders, far below any cell size. */
    private static final double EDGE = 0.01;

    private final Nd30Profile profile;
    private final TextMetrics measurer;

    PageReader(Nd30Profile profile, TextMetrics measurer) {
        this.profile = profile;
        this.measurer = measurer;
    }

    PageModel read(List<Paginator.Page> pages) {
        List<PageModel.Page> out = new ArrayList<>(pages.size());
        for (Paginator.Page p : pages) {
            out.add(page(out.size() + 1, p));
        }
        return new PageModel(out);
    }

    private PageModel.Page page(int index, Paginator.Page p) {
        List<PageModel.Block> blocks = new ArrayList<>();
        List<Paginator.Placed> strips = p.strips();
        List<String> paragraph = new ArrayList<>();
        boolean continued = false;
        List<PageModel.Row> rows = new ArrayList<>();
        for (int i = 0; i < strips.size(); i++) {
            Paginator.Placed placed = strips.get(i);
            Flow.Strip s = placed.strip();
            List<Mark.Text> texts = texts(s.marks());
            boolean table = s.marks().stream().anyMatch(Mark.Box.class::isInstance);
            boolean paragraphLine = !table && !texts.isEmpty() && lines(texts).size() == 1;
            if (!paragraph.isEmpty() && !(paragraphLine && s.continuation())) {
                blocks.add(new PageModel.Paragraph(paragraph, continued));
                paragraph = new ArrayList<>();
            }
            if (!rows.isEmpty() && !table) {
                blocks.add(new PageModel.Table(rows));
                rows = new ArrayList<>();
            }
            if (table) {
                PageModel.Row.Kind kind = placed.repeatedHeader() ? PageModel.Row.Kind.REPEATED_HEADER
                        : i + 1 < strips.size() && strips.get(i + 1).strip().repeatedHeader().contains(s)
                        ? PageModel.Row.Kind.HEADER : PageModel.Row.Kind.BODY;
                rows.addAll(rows(s, texts, kind));
            } else if (paragraphLine) {
                if (paragraph.isEmpty()) {
                    continued = s.continuation();
                }
                paragraph.addAll(lines(texts));
            } else if (!texts.isEmpty()) {
                blocks.add(columns(texts, p.orientation()));
            }
        }
        if (!paragraph.isEmpty()) {
            blocks.add(new PageModel.Paragraph(paragraph, continued));
        }
        if (!rows.isEmpty()) {
            blocks.add(new PageModel.Table(rows));
        }
        List<String> notes = new ArrayList<>();
        for (Flow.Note n : p.notes()) {
            notes.add(String.join(" ", lines(texts(n.marks()))));
        }
        return new PageModel.Page(index, p.number(), PageNumbers.shown(p.number()), p.orientation(), blocks, notes);
    }

    /** The header or signature block: each column's lines, split where {@link ColumnsLayout} splits them. */
    private PageModel.Columns columns(List<Mark.Text> texts, Orientation o) {
        double split = Units.pt(profile.margins(o).left())
                + Units.snap(Units.textWidth(profile, o) * profile.headerLeftShare());
        List<Mark.Text> left = texts.stream().filter(t -> t.x() < split).toList();
        List<Mark.Text> right = texts.stream().filter(t -> t.x() >= split).toList();
        return new PageModel.Columns(lines(left), lines(right));
    }

    /**
     * A table strip's rows: each bordered box is a cell, and a stretch of the row's width under no box is a
     * cell merged over several rows, drawn here by its side borders only.
     */
    private List<PageModel.Row> rows(Flow.Strip s, List<Mark.Text> texts, PageModel.Row.Kind kind) {
        List<Mark.Box> boxes = s.marks().stream().filter(Mark.Box.class::isInstance).map(Mark.Box.class::cast).toList();
        List<Mark.Box> full = boxes.stream().filter(b -> b.width() > EDGE && b.height() > EDGE).toList();
        double rowTop = full.stream().mapToDouble(Mark.Box::y).min().orElse(0);
        List<CellText> cells = new ArrayList<>();
        for (Mark.Box b : full) {
            cells.add(new CellText(b.y(), b.x(), b.x() + b.width(), b.y() + b.height(), true));
        }
        // Stretches between consecutive border edges that no box covers: the parts of merged cells.
        double[] edges = boxes.stream().flatMapToDouble(b -> DoubleStream.of(b.x(), b.x() + b.width()))
                .sorted().toArray();
        for (int k = 0; k + 1 < edges.length; k++) {
            double from = edges[k];
            double to = edges[k + 1];
            double mid = (from + to) / 2;
            if (to - from > EDGE && full.stream().noneMatch(b -> b.x() <= mid && mid <= b.x() + b.width())
                    && cells.stream().noneMatch(c -> !c.whole && c.left <= mid && mid <= c.right)) {
                cells.add(new CellText(rowTop, from, to, Double.MAX_VALUE, false));
            }
        }
        for (Mark.Text t : texts) {
            // The smallest box around the text (a header cell spanning columns holds none of the others), else
            // the merged cell's stretch it starts in.
            double y = line(t);
            CellText home = null;
            for (CellText c : cells) {
                boolean inside = c.whole && c.left - EDGE <= t.x() && t.x() <= c.right && c.top <= y && y <= c.bottom;
                if (inside && (home == null || c.area() < home.area())) {
                    home = c;
                }
            }
            for (CellText c : cells) {
                if (home == null && !c.whole && c.left - EDGE <= t.x() && t.x() <= c.right) {
                    home = c;
                }
            }
            if (home == null) {
                home = cells.stream().min(Comparator.comparingDouble(c -> Math.abs(c.left - t.x()))).orElseThrow();
            }
            home.texts.add(t);
        }
        // Rows by the top of their cells; a merged cell's part joins the strip's first row.
        TreeMap<Long, List<CellText>> byTop = new TreeMap<>();
        for (CellText c : cells) {
            byTop.computeIfAbsent(Math.round(c.top * 10), k -> new ArrayList<>()).add(c);
        }
        List<PageModel.Row> rows = new ArrayList<>();
        boolean first = true;
        for (List<CellText> row : byTop.values()) {
            row.sort(Comparator.comparingDouble(c -> c.left));
            List<PageModel.Cell> out = new ArrayList<>();
            for (CellText c : row) {
                List<String> lines = lines(c.texts);
                // A merged cell's part with no text, under no top border: the cell runs on from a row above.
                boolean fromAbove = !c.whole && lines.isEmpty() && boxes.stream().noneMatch(b -> b.height() <= EDGE
                        && b.x() <= (c.left + c.right) / 2 && (c.left + c.right) / 2 <= b.x() + b.width()
                        && Math.abs(b.y() - rowTop) < SAME_LINE);
                out.add(new PageModel.Cell(lines, fromAbove));
            }
            rows.add(new PageModel.Row(kind, first && s.continuation(), out));
            first = false;
        }
        return rows;
    }

    /** A cell being gathered: its box (a merged cell's stretch has no bottom) and its text. */
    private static final class CellText {
        final double top;
        final double left;
        final double right;
        final double bottom;
        final boolean whole;
        final List<Mark.Text> texts = new ArrayList<>();

        CellText(double top, double left, double right, double bottom, boolean whole) {
            this.top = top;
            this.left = left;
            this.right = right;
            this.bottom = bottom;
            this.whole = whole;
        }

        double area() {
            return (right - left) * (bottom - top);
        }
    }

    private static List<Mark.Text> texts(List<Mark> marks) {
        return marks.stream().filter(Mark.Text.class::isInstance).map(Mark.Text.class::cast).toList();
    }

    /** The baseline of the line a run sits on (a superscript's raised baseline put back). */
    private static double line(Mark.Text t) {
        return t.baseline() + t.style().rise();
    }

    /** Runs grouped into lines, top to bottom, each line's runs joined left to right. */
    private List<String> lines(List<Mark.Text> texts) {
        List<Mark.Text> sorted = new ArrayList<>(texts);
        sorted.sort(Comparator.comparingDouble(PageReader::line));
        List<String> out = new ArrayList<>();
        List<Mark.Text> current = new ArrayList<>();
        double at = Double.NaN;
        for (Mark.Text t : sorted) {
            if (!current.isEmpty() && line(t) - at > SAME_LINE) {
                out.add(join(current));
                current.clear();
            }
            if (current.isEmpty()) {
                at = line(t);
            }
            current.add(t);
        }
        if (!current.isEmpty()) {
            out.add(join(current));
        }
        return out;
    }

    /** One line's runs left to right; a run that starts clear of the previous one's end follows a space. */
    private String join(List<Mark.Text> runs) {
        List<Mark.Text> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(Mark.Text::x));
        StringBuilder sb = new StringBuilder();
        double end = Double.NaN;
        for (Mark.Text t : sorted) {
            if (!sb.isEmpty() && t.x() - end > WORD_GAP && !Character.isWhitespace(sb.charAt(sb.length() - 1))
                    && !t.text().isEmpty() && !Character.isWhitespace(t.text().charAt(0))) {
                sb.append(' ');
            }
            sb.append(t.text());
            end = t.x() + measurer.width(t.text(), t.style());
        }
        return sb.toString().strip();
    }
}
