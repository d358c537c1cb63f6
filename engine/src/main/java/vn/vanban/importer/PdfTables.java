package vn.vanban.importer;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.TextPosition;

/**
 * The tables of a PDF page, found from the cell borders the page draws as rectangles (as vanban's
 * PDF writer and many office programs do): touching rectangles make one table, their edges the
 * grid, a rectangle covering several grid cells a merged cell. Glyphs inside a cell are its text.
 */
final class PdfTables {
    /** One cell: its rectangle in top-down page coordinates and the glyphs found inside it. */
    static final class Cell {
        final float x0;
        final float y0;
        final float x1;
        final float y1;
        final List<TextPosition> glyphs = new ArrayList<>();

        Cell(float x0, float y0, float x1, float y1) {
            this.x0 = x0;
            this.y0 = y0;
            this.x1 = x1;
            this.y1 = y1;
        }

        boolean contains(float x, float y) {
            return x >= x0 && x <= x1 && y >= y0 && y <= y1;
        }

        float area() {
            return (x1 - x0) * (y1 - y0);
        }
    }

    /** The cells of one table on one page. */
    static final class PageTable {
        final List<Cell> cells = new ArrayList<>();

        float top() {
            return (float) cells.stream().mapToDouble(c -> c.y0).min().orElse(0);
        }

        float left() {
            return (float) cells.stream().mapToDouble(c -> c.x0).min().orElse(0);
        }

        float right() {
            return (float) cells.stream().mapToDouble(c -> c.x1).max().orElse(0);
        }

        float bottom() {
            return (float) cells.stream().mapToDouble(c -> c.y1).max().orElse(0);
        }
    }

    private PdfTables() {
    }

    /**
     * A table continued from the foot of one page to the top of the next: the heading rows the next
     * page repeats are left out, and its rows go on below the first part's, on one grid.
     */
    static PageTable append(PageTable first, PageTable next, java.util.function.Function<List<TextPosition>, String> text) {
        List<Float> a = edges(first.cells.stream().map(c -> c.y0).toList());
        List<Float> b = edges(next.cells.stream().map(c -> c.y0).toList());
        int same = 0;
        while (same < a.size() && same < b.size() && band(first, a.get(same), text).equals(band(next, b.get(same), text))) {
            same++;
        }
        float cut = same < b.size() ? b.get(same) : next.bottom();
        float shift = first.bottom() - cut;
        PageTable out = new PageTable();
        out.cells.addAll(first.cells);
        for (Cell c : next.cells) {
            if (c.y0 >= cut - 1.5f) {
                Cell moved = new Cell(c.x0, c.y0 + shift, c.x1, c.y1 + shift);
                moved.glyphs.addAll(c.glyphs);
                out.cells.add(moved);
            }
        }
        return out;
    }

    /** The texts of the cells starting at one row edge, left to right. */
    private static List<String> band(PageTable t, float y, java.util.function.Function<List<TextPosition>, String> text) {
        return t.cells.stream().filter(c -> Math.abs(c.y0 - y) <= 1.5f).sorted(Comparator.comparingDouble(c -> c.x0))
                .map(c -> text.apply(c.glyphs)).toList();
    }

    /** An axis-aligned border line in top-down page coordinates: horizontal when {@code y0 == y1}. */
    private record Rule(float x0, float y0, float x1, float y1) {
        boolean horizontal() {
            return Math.abs(y1 - y0) < 0.5f;
        }
    }

    /**
     * The tables drawn on a page: the border lines (stroked rectangles' edges and stroked lines) are
     * grouped into tables; their x and y positions make the grid; grid cells with no border between
     * them are one merged cell.
     */
    static List<PageTable> of(PDPage page) throws IOException {
        Rules rules = new Rules(page);
        rules.processPage(page);
        float h = page.getMediaBox().getHeight();
        float w = page.getMediaBox().getWidth();
        List<Rule> all = new ArrayList<>();
        for (Rectangle2D r : rules.rects) {
            if (r.getWidth() > w * 0.95 && r.getHeight() > h * 0.9) {
                continue; // a page frame, not a table
            }
            float x0 = (float) r.getMinX();
            float x1 = (float) r.getMaxX();
            float y0 = (float) (h - r.getMaxY());
            float y1 = (float) (h - r.getMinY());
            if (r.getHeight() < 1.5) {
                all.add(new Rule(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2));
            } else if (r.getWidth() < 1.5) {
                all.add(new Rule((x0 + x1) / 2, y0, (x0 + x1) / 2, y1));
            } else {
                all.add(new Rule(x0, y0, x1, y0));
                all.add(new Rule(x0, y1, x1, y1));
                all.add(new Rule(x0, y0, x0, y1));
                all.add(new Rule(x1, y0, x1, y1));
            }
        }
        for (float[] l : rules.lines) {
            float y0 = h - l[1];
            float y1 = h - l[3];
            if (Math.abs(y0 - y1) < 0.5f) {
                all.add(new Rule(Math.min(l[0], l[2]), y0, Math.max(l[0], l[2]), y0));
            } else if (Math.abs(l[0] - l[2]) < 0.5f) {
                all.add(new Rule(l[0], Math.min(y0, y1), l[0], Math.max(y0, y1)));
            }
        }
        // Rules that touch make one table.
        int[] group = new int[all.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (touch(all.get(i), all.get(j))) {
                    union(group, i, j);
                }
            }
        }
        java.util.Map<Integer, List<Rule>> byRoot = new java.util.TreeMap<>();
        for (int i = 0; i < all.size(); i++) {
            byRoot.computeIfAbsent(find(group, i), k -> new ArrayList<>()).add(all.get(i));
        }
        List<PageTable> tables = new ArrayList<>();
        for (List<Rule> rs : byRoot.values()) {
            PageTable t = grid(rs);
            if (t != null) {
                tables.add(t);
            }
        }
        tables.sort(Comparator.comparingDouble(PageTable::top));
        return tables;
    }

    private static boolean touch(Rule a, Rule b) {
        float e = 1.5f;
        return a.x0() <= b.x1() + e && b.x0() <= a.x1() + e && a.y0() <= b.y1() + e && b.y0() <= a.y1() + e;
    }

    /** The cells of one table from its rules, or null when the rules do not make a grid of two cells or more. */
    private static PageTable grid(List<Rule> rules) {
        List<Float> xs = edges(rules.stream().filter(r -> !r.horizontal()).map(Rule::x0).toList());
        List<Float> ys = edges(rules.stream().filter(Rule::horizontal).map(Rule::y0).toList());
        int cols = xs.size() - 1;
        int rows = ys.size() - 1;
        if (cols < 1 || rows < 1 || cols * rows < 2) {
            return null;
        }
        int[] region = new int[rows * cols];
        for (int i = 0; i < region.length; i++) {
            region[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                float ym = (ys.get(r) + ys.get(r + 1)) / 2;
                float xm = (xs.get(c) + xs.get(c + 1)) / 2;
                if (c + 1 < cols && !covered(rules, false, xs.get(c + 1), ys.get(r), ys.get(r + 1))) {
                    union(region, r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && !covered(rules, true, ys.get(r + 1), xs.get(c), xs.get(c + 1))) {
                    union(region, r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        java.util.Map<Integer, float[]> boxes = new java.util.TreeMap<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                float[] b = boxes.computeIfAbsent(find(region, r * cols + c),
                        k -> new float[] {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE});
                b[0] = Math.min(b[0], xs.get(c));
                b[1] = Math.min(b[1], ys.get(r));
                b[2] = Math.max(b[2], xs.get(c + 1));
                b[3] = Math.max(b[3], ys.get(r + 1));
            }
        }
        PageTable t = new PageTable();
        boxes.values().forEach(b -> t.cells.add(new Cell(b[0], b[1], b[2], b[3])));
        return t.cells.size() >= 2 ? t : null;
    }

    /** Whether a rule lies along {@code at} (a y for horizontal rules, an x for vertical) over [from, to]. */
    private static boolean covered(List<Rule> rules, boolean horizontal, float at, float from, float to) {
        float mid = (from + to) / 2;
        for (Rule r : rules) {
            if (r.horizontal() != horizontal) {
                continue;
            }
            if (horizontal ? Math.abs(r.y0() - at) <= 1.5f && r.x0() <= mid && r.x1() >= mid
                    : Math.abs(r.x0() - at) <= 1.5f && r.y0() <= mid && r.y1() >= mid) {
                return true;
            }
        }
        return false;
    }

    private static int find(int[] g, int i) {
        while (g[i] != i) {
            g[i] = g[g[i]];
            i = g[i];
        }
        return i;
    }

    private static void union(int[] g, int a, int b) {
        g[find(g, a)] = find(g, b);
    }

    /** The table as source rows: grid from the cell edges, spans from cells covering several grid steps. */
    static Src.Table toSource(PageTable t, String where, java.util.function.Function<List<TextPosition>, String> text,
                              java.util.function.Predicate<List<TextPosition>> bold) {
        List<Float> xs = edges(t.cells.stream().flatMap(c -> java.util.stream.Stream.of(c.x0, c.x1)).toList());
        List<Float> ys = edges(t.cells.stream().flatMap(c -> java.util.stream.Stream.of(c.y0, c.y1)).toList());
        List<List<Src.Cell>> rows = new ArrayList<>();
        for (int r = 0; r < ys.size() - 1; r++) {
            rows.add(new ArrayList<>());
        }
        List<Cell> sorted = new ArrayList<>(t.cells);
        sorted.sort(Comparator.<Cell>comparingDouble(c -> c.y0).thenComparingDouble(c -> c.x0));
        for (Cell c : sorted) {
            int r0 = index(ys, c.y0);
            int r1 = index(ys, c.y1);
            int c0 = index(xs, c.x0);
            int c1 = index(xs, c.x1);
            if (r0 < 0 || r1 <= r0 || c1 <= c0) {
                continue;
            }
            rows.get(r0).add(new Src.Cell(text.apply(c.glyphs), c1 - c0, r1 - r0, bold.test(c.glyphs)));
        }
        rows.removeIf(List::isEmpty);
        List<Double> widths = new ArrayList<>();
        for (int i = 0; i + 1 < xs.size(); i++) {
            widths.add((double) (xs.get(i + 1) - xs.get(i)));
        }
        return new Src.Table(rows, 1, where, widths);
    }

    private static List<Float> edges(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Float::compare);
        List<Float> out = new ArrayList<>();
        for (float v : sorted) {
            if (out.isEmpty() || v - out.get(out.size() - 1) > 1.5f) {
                out.add(v);
            }
        }
        return out;
    }

    private static int index(List<Float> edges, float v) {
        for (int i = 0; i < edges.size(); i++) {
            if (Math.abs(edges.get(i) - v) <= 1.5f) {
                return i;
            }
        }
        return -1;
    }

    /** Collects the rectangles a page strokes or fills (cell borders), in page coordinates. */
    private static final class Rules extends PDFGraphicsStreamEngine {
        final List<Rectangle2D> rects = new ArrayList<>();
        final List<float[]> lines = new ArrayList<>();
        private final List<Rectangle2D> pending = new ArrayList<>();
        private final List<float[]> pendingLines = new ArrayList<>();
        private Point2D current = new Point2D.Float();

        Rules(PDPage page) {
            super(page);
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            Rectangle2D r = new Rectangle2D.Double(p0.getX(), p0.getY(), 0, 0);
            r.add(p1);
            r.add(p2);
            r.add(p3);
            pending.add(r);
        }

        @Override
        public void strokePath() {
            rects.addAll(pending);
            lines.addAll(pendingLines);
            pending.clear();
            pendingLines.clear();
        }

        @Override
        public void fillPath(int windingRule) {
            // Thin filled rectangles are how some programs draw borders.
            pending.stream().filter(r -> r.getWidth() < 1.5 || r.getHeight() < 1.5).forEach(rects::add);
            pending.clear();
            pendingLines.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        @Override
        public void endPath() {
            pending.clear();
            pendingLines.clear();
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            Point2D from = transformedPointOrCurrent();
            pendingLines.add(new float[] {(float) from.getX(), (float) from.getY(), x, y});
            current = new Point2D.Float(x, y);
        }

        private Point2D transformedPointOrCurrent() {
            return current == null ? new Point2D.Float() : current;
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
