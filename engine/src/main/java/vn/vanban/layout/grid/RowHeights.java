package vn.vanban.layout.grid;

/**
 * Row heights (points) from the height each cell needs: a row is as tall as its tallest cell that
 * spans no other row; a cell spanning rows that would not fit in them makes the last row it spans
 * taller, cells ending higher first. That row is then "stretched": Word grows it by itself,
 * LibreOffice does not (it clips the text), so the DOCX states its height.
 */
public final class RowHeights {
    private final double[] heights;
    private final boolean[] stretched;

    RowHeights(double[] heights, boolean[] stretched) {
        this.heights = heights;
        this.stretched = stretched;
    }

    public int count() {
        return heights.length;
    }

    public double height(int row) {
        return heights[row];
    }

    /** Whether a merged cell ending in {@code row} made it taller than its own cells. */
    public boolean stretched(int row) {
        return stretched[row];
    }

    /** The heights, a copy. */
    public double[] heights() {
        return heights.clone();
    }
}
