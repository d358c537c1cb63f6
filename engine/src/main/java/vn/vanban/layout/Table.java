package vn.vanban.layout;

import java.util.List;

/**
 * A table with bordered cells. Header rows repeat on every page; a cell may span columns and rows.
 * Column widths are relative weights.
 */
public record Table(List<Column> columns, List<Row> headerRows, List<Row> bodyRows) {
    public Table {
        columns = List.copyOf(columns);
        headerRows = List.copyOf(headerRows);
        bodyRows = List.copyOf(bodyRows);
    }

    public record Column(double weight, Align align) {
    }

    public record Row(List<Cell> cells, boolean bold) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A cell; {@code colSpan}/{@code rowSpan} of 1 for a plain cell. Rows below a row-spanning cell omit it. */
    public record Cell(List<Inline> content, int colSpan, int rowSpan, Align align, boolean bold, boolean italic) {
        public Cell {
            content = List.copyOf(content);
        }

        public String text() {
            return Inline.plainText(content);
        }
    }

    public enum Align { LEFT, CENTER, RIGHT, JUSTIFY }
}
