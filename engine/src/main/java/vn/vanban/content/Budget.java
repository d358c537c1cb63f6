package vn.vanban.content;

import java.util.List;

import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Loc;

/**
 * What one document may expand to. The file-size cap bounds the text a document holds, but a few bytes
 * can ask for far more ({@code dong-trong: 9999} a hundred times is a million rows), so rows, cells,
 * blocks and section depth are counted as the document is read, and the first one over its limit is an
 * error at the place that crossed it. {@code check} and {@code render} both read through here, so they
 * agree. Pages follow: rows and blocks give some 300 pages each at most, and text the rest, bounded by
 * the file-size cap.
 */
public final class Budget implements vn.vanban.content.table.RowBudget {
    /**
     * Table rows in one document, blank rows and rows from spreadsheets included: every commune of the
     * country (some 3,300 since 2025, 10,600 before) one per row, some 300 pages. At this limit a document
     * renders to DOCX and PDF in about 4 s of CPU and 320 MB.
     */
    public static final int ROWS = 10_000;
    /** Table cells (rows times printed columns) in one document: 10,000 rows of 20 columns. */
    public static final int CELLS = 200_000;
    /**
     * Paragraphs, headings, points, bullets and tables in one document: the longest sample plan has about
     * 600; 10,000 empty headings make some 330 pages.
     */
    public static final int BLOCKS = 10_000;
    /** Section levels under the Roman numerals: I., 1., 1.1., 1.1.1. (docs/noi-dung.md). */
    public static final int DEPTH = 4;

    private final Diagnostics diags;
    private int rows;
    private long cells;
    private boolean over;

    public Budget(Diagnostics diags) {
        this.diags = diags;
    }

    /** Rows a table may still add before the document goes over; 0 once an error was reported. */
    public int rowsLeft() {
        return over ? 0 : Math.max(0, ROWS - rows);
    }

    /** Reports the row limit crossed at {@code loc} (a {@code dong-trong} asking for too many). */
    public void tooManyRows(Loc loc) {
        if (!over) {
            over = true;
            diags.error(loc, "budget.rows", ROWS);
        }
    }

    /**
     * Counts a finished table; false (and one error) when the document goes over: at {@code rowLoc}, the
     * row that crossed the limit, or at {@code tableLoc} for too many cells.
     */
    public boolean table(int tableRows, int columns, Loc rowLoc, Loc tableLoc) {
        if (over) {
            return false;
        }
        rows += tableRows;
        cells += (long) tableRows * Math.max(1, columns);
        if (rows > ROWS) {
            tooManyRows(rowLoc == null ? tableLoc : rowLoc);
        } else if (cells > CELLS) {
            over = true;
            diags.error(tableLoc, "budget.cells", CELLS, columns);
        }
        return !over;
    }

    /** Counts the blocks of a read document and checks its section depth. */
    void blocks(Document doc) {
        Walk w = new Walk();
        w.blocks(doc.opening());
        w.blocks(doc.body());
        for (Appendix a : doc.appendices()) {
            w.blocks(a.body());
        }
    }

    private final class Walk {
        private int count;
        private boolean reported;

        void blocks(List<ContentBlock> blocks) {
            for (ContentBlock b : blocks) {
                if (reported) {
                    return;
                }
                if (++count > BLOCKS) {
                    reported = true;
                    diags.error(b.loc(), "budget.blocks", BLOCKS);
                    return;
                }
                switch (b) {
                    case ContentBlock.Numbered n -> {
                        if (n.depth() > DEPTH && !"phan".equals(n.type())) {
                            diags.error(n.loc(), "budget.depth", DEPTH, n.label());
                            continue; // one message per branch: its children are deeper still
                        }
                        blocks(n.body());
                    }
                    case ContentBlock.Points p -> items(p.items(), b.loc());
                    case ContentBlock.Bullets l -> items(l.items(), b.loc());
                    default -> {
                    }
                }
            }
        }

        private void items(List<ContentBlock.Item> items, Loc loc) {
            for (ContentBlock.Item i : items) {
                if (reported) {
                    return;
                }
                if (++count > BLOCKS) {
                    reported = true;
                    diags.error(loc, "budget.blocks", BLOCKS);
                    return;
                }
                blocks(i.body());
            }
        }
    }
}
