package vn.vanban.content.table;

import java.util.List;

import vn.vanban.diag.Loc;

/**
 * A column of a data table as the clerk declared it; a column with children heads them and spans
 * them in the header. {@code key} names the column for values and formulas; {@code so} and
 * {@code ten} are the numbering and row-name columns.
 *
 * @param numeric  values are numbers (printed Vietnamese style with {@code decimals} places)
 * @param summed   total and parent rows add this column up
 * @param formula  how the column is computed, or null when values are typed or read from a file
 * @param twoDigits whole numbers below 10 print with a leading zero, the office style "02 lớp"
 *                  ({@code hai-chu-so}, per column or per document)
 * @param asTyped   typed numbers keep the decimals they were typed with (no {@code thap-phan}, no formula,
 *                  no spreadsheet source): "2.5" prints "2,5" in a column of whole numbers
 */
public record ColumnSpec(String key, String title, String unit, double weight, CellAlign align, boolean numeric,
                         int decimals, boolean summed, Formula formula, List<ColumnSpec> children, Loc loc,
                         boolean twoDigits, boolean asTyped) {
    public ColumnSpec(String key, String title, String unit, double weight, CellAlign align, boolean numeric,
                      int decimals, boolean summed, Formula formula, List<ColumnSpec> children, Loc loc,
                      boolean twoDigits) {
        this(key, title, unit, weight, align, numeric, decimals, summed, formula, children, loc, twoDigits, false);
    }

    public static final String NUMBER = "so";
    public static final String NAME = "ten";

    public ColumnSpec {
        children = List.copyOf(children);
    }

    /** A number as this column prints it: Vietnamese style, and "02" for small counts when asked. */
    public String format(java.math.BigDecimal v) {
        int places = asTyped ? Math.max(decimals, Math.min(6, Math.max(0, v.scale()))) : decimals;
        String s = vn.vanban.format.VnNumber.format(v, places);
        return twoDigits && s.length() == 1 && Character.isDigit(s.charAt(0)) ? "0" + s : s;
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** Header text: the title, and the unit in brackets when one is given. */
    public String headerText() {
        return unit == null || unit.isEmpty() ? title : title + " (" + unit + ")";
    }

    /** How messages name the column: its title, or its key when it is an untitled split. */
    public String displayName() {
        return title == null || title.isEmpty() ? String.valueOf(key) : headerText();
    }

    /** Children without titles only split this column's width; its header cell covers them. */
    public boolean hasTitledChildren() {
        return children.stream().anyMatch(c -> c.title() != null && !c.title().isEmpty());
    }
}
