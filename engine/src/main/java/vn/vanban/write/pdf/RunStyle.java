package vn.vanban.write.pdf;

/**
 * How a piece of text is drawn: font style, size, and how far its baseline is raised (superscript).
 */
record RunStyle(boolean bold, boolean italic, double size, double rise) {
    /**
     * Superscript as office suites draw it by default: about two thirds of the size, raised by a third
     * of the surrounding size. Ratios of the font size, not measurements, so they live here.
     */
    private static final double SUPERSCRIPT_SCALE = 2.0 / 3.0;
    private static final double SUPERSCRIPT_RISE = 1.0 / 3.0;

    static RunStyle of(boolean bold, boolean italic, double size) {
        return new RunStyle(bold, italic, size, 0);
    }

    RunStyle superscript() {
        return new RunStyle(bold, italic, size * SUPERSCRIPT_SCALE, size * SUPERSCRIPT_RISE);
    }
}
