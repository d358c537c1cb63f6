package vn.vanban.content.table;

/** Horizontal alignment of a table column or cell, named as the layout markup names it. */
public enum CellAlign {
    LEFT, CENTER, RIGHT;

    public String markup() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
