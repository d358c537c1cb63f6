package vn.vanban.content.table;

/** A cell as printed: text already formatted, spans already resolved (covered cells are omitted). */
public record GridCell(String text, int colSpan, int rowSpan, CellAlign align, boolean bold, boolean italic) {
    public String alignName() {
        return align == null ? "" : align.markup();
    }
}
