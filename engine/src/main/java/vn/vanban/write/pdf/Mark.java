package vn.vanban.write.pdf;

import vn.vanban.layout.text.RunStyle;

/**
 * One thing drawn on a page. Coordinates are in points from the page's top-left corner, y growing
 * downwards (the layout's natural direction); only the painter converts to PDF's bottom-up space.
 */
sealed interface Mark permits Mark.Text, Mark.Rule, Mark.Box {

    /** The same mark moved by {@code dx}, {@code dy}. */
    Mark shifted(double dx, double dy);

    /** A run of text in one font, {@code baseline} being the y of its baseline. */
    record Text(double x, double baseline, String text, RunStyle style) implements Mark {
        @Override
        public Mark shifted(double dx, double dy) {
            return new Text(x + dx, baseline + dy, text, style);
        }
    }

    /** A horizontal solid line centred on {@code y}. */
    record Rule(double x1, double x2, double y, double thickness) implements Mark {
        @Override
        public Mark shifted(double dx, double dy) {
            return new Rule(x1 + dx, x2 + dx, y + dy, thickness);
        }
    }

    /** A stroked rectangle (a table cell's border), {@code y} being its top edge. */
    record Box(double x, double y, double width, double height, double thickness) implements Mark {
        @Override
        public Mark shifted(double dx, double dy) {
            return new Box(x + dx, y + dy, width, height, thickness);
        }
    }
}
