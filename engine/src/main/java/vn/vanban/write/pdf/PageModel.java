package vn.vanban.write.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.vanban.layout.PageSection.Orientation;

/**
 * The PDF's pages as a person reads them, from the very pagination {@link PdfWriter#write} draws: for each
 * page its number as printed (restarts counted), its orientation and its content in reading order — the
 * lines of each paragraph (and whether the first one continues a paragraph of the page before), the two
 * columns of a header or signature block, table rows cell by cell, the footnotes. It holds text and
 * structure only, no coordinates, so that a change moving text by a fraction of a point leaves it equal and
 * a change moving a page break shows as a few moved lines in {@link #dump()}.
 */
public record PageModel(List<Page> pages) {
    public PageModel {
        pages = List.copyOf(pages);
    }

    /**
     * One page.
     *
     * @param index       its place in the PDF, from 1
     * @param number      the page number as counted for printing (an appendix may restart at 1)
     * @param numberShown whether the number is printed (never on a page numbered 1)
     * @param blocks      what the body area holds, top to bottom
     * @param notes       the footnotes at its foot, each as printed (its number first)
     */
    public record Page(int index, int number, boolean numberShown, Orientation orientation, List<Block> blocks,
                       List<String> notes) {
        public Page {
            blocks = List.copyOf(blocks);
            notes = List.copyOf(notes);
        }

        /** The words of the page in reading order, footnotes last, the page number left out. */
        public List<String> words() {
            List<String> texts = new ArrayList<>();
            blocks.forEach(b -> texts.addAll(b.texts()));
            texts.addAll(notes);
            return PageModel.words(texts);
        }
    }

    /** Something in a page's body area. */
    public sealed interface Block permits Paragraph, Columns, Table {
        /** The block's text pieces in reading order. */
        List<String> texts();
    }

    /**
     * The lines of one paragraph (a body paragraph, a list item, a line of the title) that fall on this page.
     *
     * @param continued its first line here is not the paragraph's first: the paragraph began on the page before
     */
    public record Paragraph(List<String> lines, boolean continued) implements Block {
        public Paragraph {
            lines = List.copyOf(lines);
        }

        @Override
        public List<String> texts() {
            return lines;
        }
    }

    /** A block of two borderless columns side by side: the header block, or the Nơi nhận and signature. */
    public record Columns(List<String> left, List<String> right) implements Block {
        public Columns {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }

        @Override
        public List<String> texts() {
            List<String> all = new ArrayList<>(left);
            all.addAll(right);
            return all;
        }
    }

    /** The rows of one table that fall on this page. */
    public record Table(List<Row> rows) implements Block {
        public Table {
            rows = List.copyOf(rows);
        }

        @Override
        public List<String> texts() {
            return rows.stream().flatMap(r -> r.cells().stream()).filter(c -> !c.continuedFromAbove())
                    .map(Cell::text).toList();
        }
    }

    /**
     * One table row, its cells left to right (a cell spanning columns counts once).
     *
     * @param continued the rest of a row too tall for a page, cut at the foot of the page before
     */
    public record Row(Kind kind, boolean continued, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public enum Kind {
            HEADER, REPEATED_HEADER, BODY
        }
    }

    /**
     * A cell's lines of text on this page.
     *
     * @param continuedFromAbove a cell merged down from a row above that shows none of its text here
     */
    public record Cell(List<String> lines, boolean continuedFromAbove) {
        public Cell {
            lines = List.copyOf(lines);
        }

        /** The lines joined by spaces. */
        public String text() {
            return String.join(" ", lines);
        }
    }

    /**
     * The model as plain text, one line per text line, for golden files and for a person: a page starts
     * with {@code === trang 3 · số 3 · dọc ===} (its place, its printed number, "(không in)" when the number
     * is not printed, dọc/ngang); {@code ¶ } starts a paragraph and two spaces go on with it (so a page whose
     * first line starts with two spaces continues a paragraph); {@code [trái] }/{@code [phải] } are the
     * lines of a two-column block; {@code [bảng]} opens a table's rows on the page, header rows read
     * {@code ‖ a ‖ b ‖} ({@code ↻ } first when repeated after a page break), body rows {@code | a | b |}
     * ({@code ↓ } first for the rest of a row cut at the page before, {@code ⋮} for a cell merged from
     * above); {@code [chú thích] } a footnote.
     */
    public String dump() {
        StringBuilder sb = new StringBuilder();
        for (Page p : pages) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append("=== trang ").append(p.index()).append(" · số ").append(p.number())
                    .append(p.numberShown() ? "" : " (không in)").append(" · ")
                    .append(p.orientation() == Orientation.LANDSCAPE ? "ngang" : "dọc").append(" ===\n");
            for (Block b : p.blocks()) {
                switch (b) {
                    case Paragraph para -> {
                        for (int i = 0; i < para.lines().size(); i++) {
                            sb.append(i == 0 && !para.continued() ? "¶ " : "  ").append(para.lines().get(i)).append('\n');
                        }
                    }
                    case Columns c -> {
                        c.left().forEach(l -> sb.append("[trái] ").append(l).append('\n'));
                        c.right().forEach(l -> sb.append("[phải] ").append(l).append('\n'));
                    }
                    case Table t -> {
                        sb.append("[bảng]\n");
                        for (Row r : t.rows()) {
                            String bar = r.kind() == Row.Kind.BODY ? "|" : "‖";
                            sb.append(r.kind() == Row.Kind.REPEATED_HEADER ? "↻ " : "").append(r.continued() ? "↓ " : "")
                                    .append(bar);
                            for (Cell c : r.cells()) {
                                sb.append(' ').append(c.continuedFromAbove() ? "⋮" : c.text()).append(' ').append(bar);
                            }
                            sb.append('\n');
                        }
                    }
                }
            }
            p.notes().forEach(n -> sb.append("[chú thích] ").append(n).append('\n'));
        }
        return sb.toString();
    }

    /** Words of texts, split at any white space (a no-break space included). */
    static List<String> words(List<String> texts) {
        List<String> out = new ArrayList<>();
        for (String t : texts) {
            out.addAll(Arrays.stream(t.replace('\u00A0', ' ').strip().split("\\s+")).filter(w -> !w.isEmpty()).toList());
        }
        return out;
    }
}
