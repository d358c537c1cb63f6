package vn.vanban.write.pdf;

/**
 * How a piece of text is drawn: font style, size, and how far its baseline is raised (superscript).
 */
record RunStyle(boolean bold, boolean italic, double size, double rise) {
    /**
     * Superscript as LibreOffice draws a DOCX superscript run: 58 % of the size (the width matters: it
     * decides where a line with a footnote number breaks), raised so its top meets the top of the
     * surrounding text. A ratio of the font size, not a measurement, so it lives here.
     */
    private static final double SUPERSCRIPT_SCALE = 0.58;

    static RunStyle of(boolean bold, boolean italic, double size) {
        return new RunStyle(bold, italic, size, 0);
    }

    /** This style as superscript; {@code ascent} is the font's ascent as a share of its size. */
    RunStyle superscript(double ascent) {
        double small = size * SUPERSCRIPT_SCALE;
        return new RunStyle(bold, italic, small, rise + (size - small) * ascent);
    }
}
