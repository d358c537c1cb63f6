package vn.vanban.content.table;

import vn.vanban.diag.Loc;

/**
 * What a table may still take of the document's size budget (rows, cells). The document's budget
 * ({@code content.Budget}) implements it, so this package needs nothing from {@code content}.
 */
public interface TableBudget {
    /** Rows still allowed in the document. */
    int rowsLeft();

    /** Reports, once, that the rows ran over at {@code loc}. */
    void tooManyRows(Loc loc);

    /** Takes a table of that size; false (reported) when it does not fit. */
    boolean table(int tableRows, int columns, Loc rowLoc, Loc tableLoc);
}
