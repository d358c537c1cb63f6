package vn.vanban.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF → source paragraphs, with PDFBox's text extraction and the glyphs' positions: lines are
 * cut into segments at wide gaps (the two columns of the header and signature blocks are read left
 * column first), lines are joined into paragraphs by first-line indent and spacing, page numbers are
 * dropped, small raised digits become footnote references and the small-print lines at the page foot
 * their texts, and runs of small-print lines with several segments become tables (best effort).
 */
final class PdfSource {
    /** A piece of a line between wide gaps. */
    private record Segment(String text, float x, float end, float size, boolean bold, boolean italic) {
    }

    /** A line of one page. */
    private record Line(List<Segment> segments, float y, float height, int page, float pageWidth, boolean column,
                        PdfTables.PageTable table) {
        Line(List<Segment> segments, float y, float height, int page, float pageWidth) {
            this(segments, y, height, page, pageWidth, false, null);
        }

        Line(List<Segment> segments, float y, float height, int page, float pageWidth, boolean column) {
            this(segments, y, height, page, pageWidth, column, null);
        }

        Line inColumn() {
            return new Line(segments, y, height, page, pageWidth, true, null);
        }

        float x() {
            return segments.get(0).x();
        }

        float end() {
            return segments.get(segments.size() - 1).end();
        }

        float size() {
            float s = 0;
            int n = 0;
            for (Segment g : segments) {
                s += g.size() * g.text().length();
                n += g.text().length();
            }
            return n == 0 ? 0 : s / n;
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            segments.forEach(g -> sb.append(sb.isEmpty() ? "" : "   ").append(g.text()));
            return sb.toString();
        }
    }

    private PdfSource() {
    }

    static Importer.Source read(Path file) throws IOException, Importer.UnreadableException {
        List<Line> lines;
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            Collector c = new Collector();
            c.setSortByPosition(true);
            c.getText(pdf);
            lines = c.lines;
        } catch (InvalidPasswordException e) {
            throw new Importer.UnreadableException("tệp PDF có mật khẩu");
        } catch (IOException e) {
            if (e.getMessage() != null && (e.getMessage().contains("Header") || e.getMessage().contains("PDF"))) {
                throw new Importer.UnreadableException("không phải tệp PDF hợp lệ (" + e.getMessage() + ")");
            }
            throw e;
        }
        if (lines.stream().mapToInt(l -> l.text().strip().length()).sum() == 0) {
            throw new Importer.UnreadableException("PDF không có chữ (bản quét ảnh?); cần nhận dạng chữ (OCR) trước");
        }
        return new Builder(lines).build();
    }

    /** Collects lines of positioned glyphs from PDFBox's stripper. */
    private static final class Collector extends PDFTextStripper {
        final List<Line> lines = new ArrayList<>();
        private final List<TextPosition> current = new ArrayList<>();
        private float pageWidth;
        private float pageHeight;
        private int page;
        private List<PdfTables.PageTable> tables = List.of();

        Collector() throws IOException {
        }

        @Override
        protected void startPage(PDPage p) throws IOException {
            page++;
            pageWidth = p.getMediaBox().getWidth();
            pageHeight = p.getMediaBox().getHeight();
            tables = PdfTables.of(p);
            super.startPage(p);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition t : positions) {
                PdfTables.Cell cell = cellOf(t);
                if (cell != null) {
                    cell.glyphs.add(t);
                } else {
                    current.add(t);
                }
            }
        }

        /** The smallest table cell holding a glyph's centre, or null. */
        private PdfTables.Cell cellOf(TextPosition t) {
            float x = t.getXDirAdj() + t.getWidthDirAdj() / 2;
            float y = t.getYDirAdj() - t.getHeightDir() / 2;
            PdfTables.Cell best = null;
            for (PdfTables.PageTable table : tables) {
                for (PdfTables.Cell c : table.cells) {
                    if (c.contains(x, y) && (best == null || c.area() < best.area())) {
                        best = c;
                    }
                }
            }
            if (best == null) {
                // A merged cell cut by the page break may run its last lines below the table's frame.
                for (PdfTables.PageTable table : tables) {
                    float bottom = table.bottom();
                    if (bottom > pageHeight * 0.75f && y > bottom && y < bottom + 3 * t.getFontSizeInPt()) {
                        for (PdfTables.Cell c : table.cells) {
                            if (Math.abs(c.y1 - bottom) < 1.5f && x >= c.x0 && x <= c.x1) {
                                return c;
                            }
                        }
                    }
                }
            }
            return best;
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        @Override
        protected void endPage(PDPage p) throws IOException {
            flush();
            // Each table goes in among the page's lines at its top.
            for (PdfTables.PageTable table : tables) {
                PdfTables.PageTable t = table;
                int at = lines.size();
                while (at > 0 && lines.get(at - 1).page() == page && lines.get(at - 1).y() > t.top()) {
                    at--;
                }
                lines.add(at, new Line(List.of(), t.top(), 0, page, pageWidth, false, table));
            }
            super.endPage(p);
        }

        /** A cell's text: its glyphs line by line, words spaced by their gaps. */
        static String cellText(List<TextPosition> glyphs) {
            List<TextPosition> g = new ArrayList<>(glyphs);
            g.sort(java.util.Comparator.<TextPosition>comparingDouble(t -> Math.round(t.getYDirAdj() / 2f))
                    .thenComparingDouble(TextPosition::getXDirAdj));
            StringBuilder sb = new StringBuilder();
            float lastY = Float.NaN;
            float end = 0;
            for (TextPosition t : g) {
                float em = Math.max(t.getFontSizeInPt(), 1);
                boolean newLine = !Float.isNaN(lastY) && Math.abs(t.getYDirAdj() - lastY) > 2;
                if (newLine) {
                    boolean hyphen = sb.length() > 1 && sb.charAt(sb.length() - 1) == '-'
                            && !Character.isWhitespace(sb.charAt(sb.length() - 2));
                    if (!hyphen) {
                        sb.append(' ');
                    }
                } else if (!Float.isNaN(lastY) && t.getXDirAdj() - end > 0.15f * em) {
                    sb.append(' ');
                }
                if (t.getUnicode() != null) {
                    sb.append(t.getUnicode());
                }
                lastY = t.getYDirAdj();
                end = t.getXDirAdj() + t.getWidthDirAdj();
            }
            return Marks.escape(Normalizer.normalize(Marks.squash(sb.toString()), Normalizer.Form.NFC));
        }

        static boolean cellBold(List<TextPosition> glyphs) {
            long bold = glyphs.stream().filter(t -> t.getFont() != null && t.getFont().getName() != null
                    && t.getFont().getName().contains("Bold")).count();
            return !glyphs.isEmpty() && bold * 2 > glyphs.size();
        }

        private void flush() {
            if (current.isEmpty()) {
                return;
            }
            List<Segment> segments = new ArrayList<>();
            StringBuilder sb = new StringBuilder();
            float x = current.get(0).getXDirAdj();
            float end = x;
            float size = 0;
            int bold = 0;
            int italic = 0;
            int n = 0;
            float y = current.get(0).getYDirAdj();
            float h = 0;
            float bodySize = 0;
            for (TextPosition t : current) {
                bodySize = Math.max(bodySize, t.getFontSizeInPt());
            }
            for (TextPosition t : current) {
                float gap = t.getXDirAdj() - end;
                float em = Math.max(t.getFontSizeInPt(), 1);
                if (n > 0 && gap > 2.2f * em) {
                    segments.add(new Segment(sb.toString().strip(), x, end, size / n, bold * 2 > n, italic * 2 > n));
                    sb.setLength(0);
                    x = t.getXDirAdj();
                    size = 0;
                    bold = 0;
                    italic = 0;
                    n = 0;
                } else if (n > 0 && gap > 0.15f * em && !sb.isEmpty() && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
                String u = t.getUnicode();
                // A small raised digit after text is a footnote reference: kept as a mark for the builder.
                if (u != null && u.matches("\\d+") && t.getFontSizeInPt() < bodySize * 0.8f
                        && t.getYDirAdj() < y - 0.5f && n > 0) {
                    sb.append('\u0001').append(u).append('\u0002');
                } else if (u != null) {
                    sb.append(u);
                }
                String font = t.getFont() == null || t.getFont().getName() == null ? "" : t.getFont().getName();
                bold += font.contains("Bold") ? 1 : 0;
                italic += font.contains("Italic") || font.contains("Oblique") ? 1 : 0;
                size += t.getFontSizeInPt();
                n++;
                end = t.getXDirAdj() + t.getWidthDirAdj();
                y = Math.max(y, t.getYDirAdj());
                h = Math.max(h, t.getHeightDir());
            }
            segments.add(new Segment(sb.toString().strip(), x, end, n == 0 ? 0 : size / n, bold * 2 > n, italic * 2 > n));
            segments.removeIf(s -> s.text().isEmpty());
            if (!segments.isEmpty()) {
                lines.add(new Line(segments, y, h, page, pageWidth));
            }
            current.clear();
        }
    }

    /** Lines → paragraphs, footnotes and tables. */
    private static final class Builder {
        private final List<Line> lines;
        private final List<Src> out = new ArrayList<>();
        private final Map<String, String> notes = new LinkedHashMap<>();
        private final Map<String, StringBuilder> noteText = new LinkedHashMap<>();
        private final float body;
        private final float left;
        private final Map<Integer, Float> pageLeft = new HashMap<>();
        private final Map<Integer, Float> pageRight = new HashMap<>();
        private int nextNote = 1;

        Builder(List<Line> lines) {
            this.lines = lines;
            Map<Integer, Integer> sizes = new HashMap<>();
            Map<Integer, Integer> lefts = new HashMap<>();
            for (Line l : lines) {
                if (l.table() != null) {
                    continue;
                }
                for (Segment s : l.segments()) {
                    sizes.merge(Math.round(s.size()), s.text().length(), Integer::sum);
                }
                lefts.merge(Math.round(l.x()), l.text().length(), Integer::sum);
            }
            body = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(13);
            left = lefts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(70);
            // Each page's text block: from its leftmost to its rightmost line or table edge.
            for (Line l : lines) {
                float x0 = l.table() != null ? l.table().left() : l.x();
                float x1 = l.table() != null ? l.table().right() : l.end();
                pageLeft.merge(l.page(), x0, Math::min);
                pageRight.merge(l.page(), x1, Math::max);
            }
        }

        Importer.Source build() {
            List<Line> body = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (l.table() != null) {
                    body.add(l);
                    continue;
                }
                if (isPageNumber(l)) {
                    continue;
                }
                if (isNoteLine(l, i)) {
                    continue;
                }
                body.add(l);
            }
            paragraphs(reorderColumns(body));
            closeTable();
            noteText.forEach((k, v) -> notes.put(k, Marks.escape(Marks.squash(v.toString()))));
            return new Importer.Source(out, notes);
        }

        private boolean isPageNumber(Line l) {
            return l.segments().size() == 1 && l.text().strip().matches("\\d{1,3}")
                    && Math.abs((l.x() + l.end()) / 2 - l.pageWidth() / 2) < 40;
        }

        /** Footnote texts: small print starting with the number of a reference already seen, and what follows it. */
        private String openNote;
        private int openNotePage;

        private boolean isNoteLine(Line l, int i) {
            boolean small = l.size() < body - 1.5f;
            String t = l.text().replace("\u0001", "").replace("\u0002", "").strip();
            String expected = String.valueOf(nextNote);
            boolean seen = lines.subList(0, i).stream().anyMatch(x -> x.text().contains("\u0001" + expected + "\u0002"));
            if (small && seen && (t.startsWith(expected + " ") || t.startsWith(expected) && t.length() > expected.length()
                    && Character.isLetter(t.charAt(expected.length())))) {
                openNote = "cn" + expected;
                openNotePage = l.page();
                noteText.put(openNote, new StringBuilder(t.substring(expected.length()).strip()));
                nextNote++;
                return true;
            }
            if (openNote != null && small && l.page() == openNotePage && l.segments().size() == 1 && l.x() <= left + 2) {
                noteText.get(openNote).append(' ').append(t);
                return true;
            }
            if (!small || l.page() != openNotePage) {
                openNote = null;
            }
            return false;
        }

        /**
         * Where the page is set in two columns (header block; Nơi nhận beside the signature), reads the
         * left column to its end before the right one, as the DOCX's layout tables are read: a run of
         * lines none of which crosses the middle or is centred on the page, with lines on both sides.
         */
        private List<Line> reorderColumns(List<Line> in) {
            List<Line> out = new ArrayList<>();
            int i = 0;
            while (i < in.size()) {
                int j = i;
                boolean hasLeft = false;
                boolean hasRight = false;
                while (j < in.size() && in.get(j).page() == in.get(i).page() && side(in.get(j)) != 0) {
                    int s = side(in.get(j));
                    hasLeft |= s == 1 || s == 3;
                    hasRight |= s == 2 || s == 3;
                    j++;
                }
                if (j - i >= 2 && hasLeft && hasRight) {
                    // Left-only lines before the first two-column line end the text above (a paragraph's
                    // short last line): they stay as they are.
                    while (side(in.get(i)) == 1) {
                        out.add(in.get(i));
                        i++;
                    }
                    List<Line> leftCol = new ArrayList<>();
                    List<Line> rightCol = new ArrayList<>();
                    for (Line x : in.subList(i, j)) {
                        int s = side(x);
                        if (s == 3) {
                            leftCol.add(new Line(List.of(x.segments().get(0)), x.y(), x.height(), x.page(), x.pageWidth(), true));
                            rightCol.add(new Line(x.segments().subList(1, x.segments().size()), x.y(), x.height(), x.page(),
                                    x.pageWidth(), true));
                        } else {
                            (s == 1 ? leftCol : rightCol).add(x.inColumn());
                        }
                    }
                    out.addAll(leftCol);
                    out.addAll(rightCol);
                    i = j;
                } else {
                    out.add(in.get(i));
                    i++;
                }
            }
            return out;
        }

        /** 1: in the left half; 2: in the right half; 3: one piece in each; 0: across the middle or centred. */
        private int side(Line l) {
            if (l.table() != null) {
                return 0;
            }
            float mid = l.pageWidth() / 2;
            if (l.segments().size() >= 2 && l.segments().get(0).end() < mid + 20 && l.segments().get(1).x() > mid - 80) {
                return 3;
            }
            if (l.segments().size() != 1 || centered(l) && Math.abs((l.x() + l.end()) / 2 - mid) < 12) {
                return 0;
            }
            if (l.end() < mid + 20) {
                return 1;
            }
            return l.x() > mid - 80 ? 2 : 0;
        }

        private void paragraphs(List<Line> in) {
            List<Line> para = new ArrayList<>();
            Line prev = null;
            for (int i = 0; i < in.size(); i++) {
                Line l = in.get(i);
                if (l.table() != null) {
                    flush(para);
                    para = new ArrayList<>();
                    prev = null;
                    table(l);
                    continue;
                }
                if (isTableLine(l)) {
                    flush(para);
                    para = new ArrayList<>();
                    closeTable();
                    i = table(in, i) - 1;
                    prev = null;
                    continue;
                }
                if (prev != null && !continues(prev, l, para.size() > 1)) {
                    flush(para);
                    para = new ArrayList<>();
                }
                para.add(l);
                prev = l;
            }
            flush(para);
        }

        /** Whether line {@code l} goes on with the paragraph whose last line is {@code prev}. */
        private boolean continues(Line prev, Line l, boolean prevContinued) {
            String t = l.text();
            if (l.column() || prev.column()) {
                // In a column (Nơi nhận, header block) each line is its own item unless it goes on in lower case.
                return l.column() && prev.column() && Character.isLowerCase(plainText(t).strip().codePointAt(0))
                        && Math.abs(l.x() - prev.x()) < 60;
            }
            if (TextSource.LABEL.matcher(plainText(t)).matches() && l.x() > left + 2) {
                return false;
            }
            if (centeredInText(l) && (centeredInText(prev) || (bold(l) || italic(l)) && symmetric(prev))) {
                // A centred title or "(Kèm theo ...)" wrapped over lines: same style, the line before it long.
                return l.page() == prev.page() && Math.abs(l.size() - prev.size()) <= 1.0f
                        && l.y() - prev.y() < 1.9f * Math.max(prev.height(), body)
                        && bold(l) == bold(prev) && italic(l) == italic(prev)
                        && prev.end() - prev.x() > 0.6f * (pageRight.getOrDefault(l.page(), l.pageWidth() - 60)
                        - pageLeft.getOrDefault(l.page(), left));
            }
            if (Math.abs(l.size() - prev.size()) > 1.0f || centeredInText(l) || centeredInText(prev)) {
                return false;
            }
            boolean prevFull = prev.end() > l.pageWidth() - left - 3 * body;
            // A wrapped line starts at the margin, or left of the paragraph's first (indented) line, or
            // where the line before it, itself wrapped, started (a list set with a hanging indent).
            boolean wrapped = l.x() <= left + 2 || l.x() < prev.x() - 2 || prevContinued && Math.abs(l.x() - prev.x()) <= 2;
            if (l.page() != prev.page()) {
                return wrapped && prevFull;
            }
            float gap = l.y() - prev.y();
            if (gap > 1.9f * Math.max(prev.height(), body)) {
                return false;
            }
            return wrapped && prevFull;
        }

        private static boolean bold(Line l) {
            return l.segments().stream().allMatch(Segment::bold);
        }

        private static boolean italic(Line l) {
            return l.segments().stream().allMatch(Segment::italic);
        }

        /** Centred in the page's text block (ND30 margins differ left and right). */
        private boolean centeredInText(Line l) {
            float lm = l.x() - pageLeft.getOrDefault(l.page(), left);
            float rm = pageRight.getOrDefault(l.page(), l.pageWidth() - 60) - l.end();
            return l.segments().size() == 1 && lm > 6 && Math.abs(lm - rm) < 14;
        }

        /** Equally far from both sides of the text block, however wide (a centred title's first, full line). */
        private boolean symmetric(Line l) {
            float lm = l.x() - pageLeft.getOrDefault(l.page(), left);
            float rm = pageRight.getOrDefault(l.page(), l.pageWidth() - 60) - l.end();
            return l.segments().size() == 1 && lm > -2 && Math.abs(lm - rm) < 14;
        }

        private boolean centered(Line l) {
            float lm = l.x();
            float rm = l.pageWidth() - l.end();
            return l.segments().size() == 1 && lm > left + 25 && Math.abs(lm - rm) < 24;
        }

        /** The table being read (it may go on over the next pages), its first page's number, and its last page. */
        private PdfTables.PageTable openTable;
        private int openTableFirst;
        private int tablePage = -1;

        /**
         * A drawn table; one that goes on from the foot of the previous page (nothing between) is joined
         * to it, without the heading rows the PDF repeats on each page.
         */
        private void table(Line l) {
            if (openTable != null && tablePage == l.page() - 1) {
                openTable = PdfTables.append(openTable, l.table(), Collector::cellText);
            } else {
                closeTable();
                openTable = l.table();
                openTableFirst = l.page();
            }
            tablePage = l.page();
        }

        private void closeTable() {
            if (openTable != null) {
                out.add(PdfTables.toSource(openTable, "bảng ở trang " + openTableFirst, Collector::cellText,
                        Collector::cellBold));
                openTable = null;
            }
        }

        private void flush(List<Line> para) {
            if (para.isEmpty()) {
                return;
            }
            closeTable();
            tablePage = -1;
            StringBuilder sb = new StringBuilder();
            boolean bold = true;
            boolean italic = true;
            for (Line l : para) {
                String t = l.text();
                if (!sb.isEmpty()) {
                    // A word broken after its own hyphen ("LĐTBXH-" / "TTTT") is joined back.
                    String s = sb.toString();
                    boolean hyphen = s.endsWith("-") && s.length() > 1 && !Character.isWhitespace(s.charAt(s.length() - 2));
                    sb.append(hyphen ? "" : " ");
                }
                sb.append(t);
                for (Segment g : l.segments()) {
                    bold &= g.bold();
                    italic &= g.italic();
                }
            }
            String raw = Normalizer.normalize(Marks.squash(sb.toString()), Normalizer.Form.NFC);
            String markup = markup(raw);
            Line first = para.get(0);
            Src.Role role = centeredInText(first) ? Src.Role.CENTERED : Src.Role.NONE;
            out.add(new Src.Para(markup, Marks.plain(markup), role, bold, italic, centeredInText(first), null, false,
                    "trang " + first.page()));
        }

        /** Escapes the text and turns footnote marks into references. */
        private static String markup(String raw) {
            StringBuilder sb = new StringBuilder();
            int i = 0;
            while (i < raw.length()) {
                int a = raw.indexOf('\u0001', i);
                if (a < 0) {
                    sb.append(Marks.escape(raw.substring(i)));
                    break;
                }
                int b = raw.indexOf('\u0002', a);
                sb.append(Marks.escape(raw.substring(i, a)));
                sb.append("[^cn").append(raw, a + 1, b).append(']');
                i = b + 1;
            }
            return sb.toString();
        }

        private static String plainText(String t) {
            return t.replaceAll("\u0001\\d+\u0002", "");
        }

        // ------------------------------------------------------------ tables (best effort)

        private boolean isTableLine(Line l) {
            return l.size() < body - 1.5f && l.segments().size() >= 2;
        }

        /** A run of small-print lines with several segments: columns by where segments start, rows by the first column. */
        private int table(List<Line> in, int start) {
            int end = start;
            while (end < in.size() && in.get(end).size() < body - 1.5f && in.get(end).page() == in.get(start).page()) {
                end++;
            }
            List<Float> cols = new ArrayList<>();
            for (int i = start; i < end; i++) {
                for (Segment s : in.get(i).segments()) {
                    if (cols.stream().noneMatch(c -> Math.abs(c - s.x()) < 4)) {
                        cols.add(s.x());
                    }
                }
            }
            cols.sort(Float::compare);
            List<List<StringBuilder>> rows = new ArrayList<>();
            List<StringBuilder> row = null;
            float lastY = -1;
            for (int i = start; i < end; i++) {
                Line l = in.get(i);
                boolean newRow = row == null || l.y() - lastY > 2.2f * Math.max(l.height(), 8)
                        || l.segments().size() >= 2 && column(cols, l.x()) == 0;
                if (newRow) {
                    row = new ArrayList<>();
                    for (int k = 0; k < cols.size(); k++) {
                        row.add(new StringBuilder());
                    }
                    rows.add(row);
                }
                for (Segment s : l.segments()) {
                    StringBuilder cell = row.get(column(cols, s.x()));
                    cell.append(cell.isEmpty() ? "" : " ").append(plainText(s.text()));
                }
                lastY = l.y();
            }
            List<List<Src.Cell>> cells = new ArrayList<>();
            for (List<StringBuilder> r : rows) {
                cells.add(r.stream().map(b -> new Src.Cell(Marks.escape(Normalizer.normalize(b.toString(),
                        Normalizer.Form.NFC)), 1, 1, false)).toList());
            }
            out.add(new Src.Table(cells, 1, "bảng ở trang " + in.get(start).page()));
            return end;
        }

        private static int column(List<Float> cols, float x) {
            int best = 0;
            for (int k = 0; k < cols.size(); k++) {
                if (cols.get(k) <= x + 3) {
                    best = k;
                }
            }
            return best;
        }
    }
}
