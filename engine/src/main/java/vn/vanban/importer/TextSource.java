package vn.vanban.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text (copied out of a PDF or a web page, or a converter's output) → source paragraphs.
 * Lines broken mid-sentence are joined back into paragraphs by their numbering, punctuation and
 * indentation; lines of cells (tab-separated, or with "|" separators, or one cell per tab-led
 * line with rows between blank lines) become tables.
 */
public final class TextSource {
    /** A numbering label or bullet at the start of a line: a new paragraph starts there. */
    static final Pattern LABEL = Pattern.compile(
            "^(?:[IVXLC]+\\.|[A-Z]\\.|\\d+(?:\\.\\d+)*\\.?(?=\\s)|[a-zđ]\\)|[-+•–*](?=\\s))\\s*\\S.*");
    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s*");
    private static final Pattern TERMINAL = Pattern.compile(".*[.:;!?]$|.*\\./\\.$");

    private final String unit;

    /** {@code unit}: how a line is named in locations ("dòng" for a text file, "trang 3, dòng" for a PDF page). */
    public TextSource(String unit) {
        this.unit = unit;
    }

    public TextSource() {
        this("dòng");
    }

    /** One line as read, with its number (1-based) and its indentation in characters. */
    public record Line(String text, int number, int indent, String where) {
    }

    public List<Src> read(String text) {
        String t = Normalizer.normalize(text.startsWith("\uFEFF") ? text.substring(1) : text, Normalizer.Form.NFC);
        String[] raw = t.split("\r\n|\r|\n", -1);
        List<Line> lines = new ArrayList<>();
        java.util.Set<Integer> pageNumbers = pageNumbers(raw);
        for (int i = 0; i < raw.length; i++) {
            if (pageNumbers.contains(i)) {
                continue;
            }
            for (String piece : unglue(raw[i])) {
                lines.add(new Line(piece, i + 1, indentOf(piece), unit + " " + (i + 1)));
            }
        }
        return read(lines);
    }

    public List<Src> read(List<Line> lines) {
        int wrapAt = wrapWidth(lines);
        List<Src> out = new ArrayList<>();
        StringBuilder para = null;
        Line first = null;
        Line prev = null;
        boolean blankSince = false;
        boolean headingPara = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String raw = line.text();
            if (isCellLine(raw) || isPipeRow(raw) || isTabRow(raw)) {
                flush(out, para, first, headingPara);
                para = null;
                i = table(lines, i, out) - 1;
                prev = null;
                continue;
            }
            String s = Marks.squash(raw);
            if (s.isEmpty()) {
                blankSince = para != null;
                continue;
            }
            String bare = MD_HEADING.matcher(s).replaceFirst("");
            boolean labelled = LABEL.matcher(stripWrap(bare)).matches();
            boolean heading = !bare.equals(s);
            boolean join = para != null && !heading && !labelled
                    && joins(Marks.plain(para.toString()), prev, line, s, blankSince, wrapAt);
            if (join) {
                String sofar = para.toString();
                // "LĐTBXH-" / "TTTT": a word broken after its own hyphen.
                if (sofar.endsWith("-") && sofar.length() > 1 && !Character.isWhitespace(sofar.charAt(sofar.length() - 2))) {
                    para.append(s);
                } else {
                    para.append(' ').append(s);
                }
            } else {
                flush(out, para, first, headingPara);
                para = new StringBuilder(bare);
                first = line;
                headingPara = heading;
            }
            prev = line;
            blankSince = false;
        }
        flush(out, para, first, headingPara);
        return out;
    }

    /** Whether a line continues the paragraph before it. */
    private static boolean joins(String sofar, Line prev, Line line, String s, boolean blankSince, int wrapAt) {
        boolean ended = TERMINAL.matcher(sofar).matches();
        boolean lower = Character.isLowerCase(s.codePointAt(0));
        if (lower && !ended) {
            // "chương" / "trình": a sentence the page break cut, even across a blank line.
            return true;
        }
        if (blankSince || wrapAt == 0 || prev == null) {
            return false;
        }
        // Wrapped text: a full line that does not end a sentence goes on; an indented line starts anew.
        if (line.indent() > prev.indent() + 1) {
            return false;
        }
        boolean full = Marks.squash(prev.text()).length() + prev.indent() >= wrapAt * 0.7;
        return full && (!ended || lower);
    }

    /**
     * The width text was wrapped at, or 0 when lines are whole paragraphs: wrapped text has many lines
     * near one common length.
     */
    private static int wrapWidth(List<Line> lines) {
        int[] lengths = lines.stream().mapToInt(l -> l.text().stripTrailing().length()).filter(n -> n > 0).sorted().toArray();
        if (lengths.length < 10) {
            return 0;
        }
        int p90 = lengths[(int) (lengths.length * 0.9)];
        if (p90 > 130 || p90 < 30) {
            return 0;
        }
        long near = Arrays.stream(lengths).filter(n -> n >= p90 * 0.75).count();
        return near >= lengths.length * 0.4 ? p90 : 0;
    }

    private static void flush(List<Src> out, StringBuilder para, Line first, boolean heading) {
        if (para == null) {
            return;
        }
        String s = para.toString().strip();
        boolean bold = false;
        boolean italic = false;
        // A whole line in **...** or *...* (markdown headings, "*Nơi nhận:*") is a bold or italic paragraph.
        if (s.startsWith("**") && s.endsWith("**") && s.length() > 4 && !s.substring(2, s.length() - 2).contains("**")) {
            s = s.substring(2, s.length() - 2).strip();
            bold = true;
        } else if (s.startsWith("*") && s.endsWith("*") && s.length() > 2 && !s.startsWith("**")
                && !s.substring(1, s.length() - 1).contains("*")) {
            s = s.substring(1, s.length() - 1).strip();
            italic = true;
        }
        String markup = Marks.fromMarkdown(s);
        out.add(new Src.Para(markup, Marks.plain(markup), heading ? Src.Role.HEADING : Src.Role.NONE, bold, italic, false,
                null, false, first.where()));
    }

    /**
     * Converters glue bold paragraphs into one line ("Phụ lục 01**ĐỀ CƯƠNG****Kết quả ...**"), and a
     * bold run may span two lines ("**KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH**"): split at "****" and at a
     * lone "**" inside a line, and drop a "**" left open at either end.
     */
    static List<String> unglue(String line) {
        if (!line.contains("**") || line.startsWith("\t")) {
            return List.of(line);
        }
        List<String> out = new ArrayList<>();
        for (String piece : line.split("\\*{4}")) {
            int count = (piece.length() - piece.replace("**", "").length()) / 2;
            if (count % 2 == 0) {
                out.add(piece);
            } else if (piece.strip().startsWith("**")) {
                out.add(piece.replaceFirst("\\*\\*", ""));
            } else if (piece.strip().endsWith("**")) {
                out.add(piece.substring(0, piece.lastIndexOf("**")));
            } else {
                int at = piece.indexOf("**");
                out.add(piece.substring(0, at));
                out.add(piece.substring(at + 2));
            }
        }
        out.removeIf(String::isBlank);
        return out.isEmpty() ? List.of("") : out;
    }

    private static String stripWrap(String s) {
        return s.startsWith("**") ? s.substring(2) : s.startsWith("*") ? s.substring(1) : s;
    }

    private static int indentOf(String s) {
        int n = 0;
        while (n < s.length() && (s.charAt(n) == ' ' || s.charAt(n) == '\u00A0')) {
            n++;
        }
        return n;
    }

    /** One cell per line, led by a tab (what copying a Word table out of a browser gives). */
    private static boolean isCellLine(String raw) {
        return raw.startsWith("\t");
    }

    private static boolean isPipeRow(String raw) {
        String s = raw.strip();
        return s.startsWith("|") && s.endsWith("|") && s.length() > 2 && s.chars().filter(c -> c == '|').count() >= 3;
    }

    private static boolean isTabRow(String raw) {
        String s = raw.strip();
        return !s.isEmpty() && s.chars().filter(c -> c == '\t').count() >= 2;
    }

    /**
     * Page numbers left in text extracted from a PDF: lines of one to three digits alone that count
     * up page by page (2, 3, 4... at least a few lines apart), or that open a page ("\f5"). A lone
     * number that is not part of that count (a table cell, say) is kept.
     */
    static java.util.Set<Integer> pageNumbers(String[] raw) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        int expected = -1;
        int lastAt = -100;
        for (int i = 0; i < raw.length; i++) {
            String t = raw[i].replace("\f", "").strip();
            if (!t.matches("\\d{1,3}") || raw[i].startsWith("\t")) {
                continue; // a tab-led line is a table cell
            }
            int n = Integer.parseInt(t);
            if (raw[i].startsWith("\f") || n == expected && i - lastAt >= 8 || expected < 0 && n <= 2) {
                out.add(i);
                expected = n + 1;
                lastAt = i;
            }
        }
        // A single "1" or "2" with no page after it is content, not a count.
        if (out.size() == 1 && !raw[out.iterator().next()].startsWith("\f")) {
            out.clear();
        }
        return out;
    }

    /** Reads the table starting at line {@code start}; returns the index of the first line after it. */
    private static int table(List<Line> lines, int start, List<Src> out) {
        List<List<String>> rows = new ArrayList<>();
        int i = start;
        if (isCellLine(lines.get(start).text()) && !isTabRow(lines.get(start).text())) {
            List<String> row = new ArrayList<>();
            for (; i < lines.size(); i++) {
                String raw = lines.get(i).text();
                if (isCellLine(raw)) {
                    row.add(Marks.squash(raw));
                } else if (raw.isBlank() && !raw.contains("\t")) {
                    if (!row.isEmpty()) {
                        rows.add(row);
                        row = new ArrayList<>();
                    }
                    // Two blank lines, or a blank line before a line that is not a cell, end the table.
                    if (i + 1 >= lines.size() || !isCellLine(lines.get(i + 1).text())) {
                        i++;
                        break;
                    }
                } else {
                    break;
                }
            }
            if (!row.isEmpty()) {
                rows.add(row);
            }
        } else {
            boolean pipes = isPipeRow(lines.get(start).text());
            for (; i < lines.size(); i++) {
                String raw = lines.get(i).text();
                if (pipes && isPipeRow(raw)) {
                    String s = raw.strip();
                    List<String> cells = Arrays.stream(s.substring(1, s.length() - 1).split("\\|", -1))
                            .map(Marks::squash).toList();
                    if (cells.stream().allMatch(c -> c.matches(":?-{2,}:?"))) {
                        continue; // markdown's |---|---| rule under the heading
                    }
                    rows.add(cells);
                } else if (!pipes && isTabRow(raw)) {
                    rows.add(Arrays.stream(raw.strip().split("\t", -1)).map(Marks::squash).toList());
                } else {
                    break;
                }
            }
        }
        List<List<Src.Cell>> cells = new ArrayList<>();
        for (List<String> r : rows) {
            cells.add(r.stream().map(c -> new Src.Cell(Marks.escape(c), 1, 1, false)).toList());
        }
        if (cells.size() == 1 && cells.get(0).size() == 1) {
            // A lone tab-led line is an indented paragraph ("\tTM. ỦY BAN NHÂN DÂN"), not a table.
            String only = rows.get(0).get(0);
            if (!only.isEmpty()) {
                String markup = Marks.fromMarkdown(only);
                out.add(new Src.Para(markup, Marks.plain(markup), Src.Role.NONE, false, false, false, null, false,
                        lines.get(start).where()));
            }
        } else if (!cells.isEmpty()) {
            out.add(new Src.Table(cells, 1, lines.get(start).where()));
        }
        return Math.max(i, start + 1);
    }
}
