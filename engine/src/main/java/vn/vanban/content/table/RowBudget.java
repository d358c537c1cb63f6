package vn.vanban.content.table;

import vn.vanban.diag.Loc;

/**
 * The part of the document's budget ({@code content.Budget}) a table reader spends: rows and cells.
 * An interface here so that {@code content.table} does not depend on {@code content}, which holds the
 * whole budget (blocks, depth) and uses the tables.
 */
public interface RowBudget {
    /** Rows a table may still add before the document goes over; 0 once an error was reported. */
    int rowsLeft();

    /** Reports the row limit crossed at {@code loc} (a {@code dong-trong} asking for too many). */
    void tooManyRows(Loc loc);

    /**
     * Counts a finished table; false (and one error) when the document goes over: at {@code rowLoc}, the
     * row that crossed the limit, or at {@code tableLoc} for too many cells.
     */
    boolean table(int tableRows, int columns, Loc rowLoc, Loc tableLoc);
}
