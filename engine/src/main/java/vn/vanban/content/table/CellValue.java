package vn.vanban.content.table;

import java.math.BigDecimal;

import vn.vanban.diag.Loc;

/** A value in a table cell: typed in YAML, read from a spreadsheet, or computed. */
public sealed interface CellValue {
    Loc loc();

    record Text(String text, Loc loc) implements CellValue {
    }

    /** A number; {@code fromFile} when it came from a spreadsheet (its decimals are not the clerk's). */
    record Number(BigDecimal value, Loc loc, boolean fromFile) implements CellValue {
    }

    /** The mark of a verdict column that holds no number. */
    record Mark(Loc loc) implements CellValue {
    }
}
