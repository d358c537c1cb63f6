package vn.vanban.content.table;

import java.util.List;

import vn.vanban.diag.Loc;

/**
 * A table read from a spreadsheet or CSV file: the header row's texts and the data rows below it,
 * each cell with its place ({@code file:row:column}) for messages. {@code textIsBare}: a CSV field is
 * the number as written ({@code 1234.5}); a spreadsheet's text cell is text the clerk formatted.
 */
record SheetData(List<String> headers, List<List<Cell>> rows, boolean textIsBare) {
    SheetData {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** A cell: a number (spreadsheet numeric or formula result), text, or nothing. */
    record Cell(java.math.BigDecimal number, String text, Loc loc) {
        boolean isBlank() {
            return number == null && (text == null || text.isBlank());
        }
    }
}
