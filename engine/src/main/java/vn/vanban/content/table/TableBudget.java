package vn.vanban.content.table;

import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Loc;

/**
 * The table part of a document's budget ({@code content.Budget}): rows and cells are counted as tables
 * are read, so a few bytes of {@code dong-trong} cannot ask for a million rows. Lives beside the table
 * reader so that {@code content.table} need not depend on {@code content}.
 */
public final class TableBudget {
    /**
     * Table rows in one document, blank rows and rows from spreadsheets included: every commune of the
     * country (some 3,300 since 2025, 10,600 before) one per row, some 300 pages. At this limit a document
     * renders to DOCX and PDF in about 4 s of CPU and 320 MB.
     */
    public static final int ROWS = 10_000;
    /** Table cells (rows times printed columns) in one document: 10,000 rows of 20 columns. */
    public static final int CELLS = 200_000;

    private final Diagnostics diags;
    private int rows;
    private long cells;
    private boolean over;

    public TableBudget(Diagnostics diags) {
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

}
