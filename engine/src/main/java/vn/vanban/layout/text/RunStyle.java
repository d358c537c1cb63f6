package vn.vanban.layout.text;

import vn.vanban.layout.Revisions;

/**
 * How a piece of text is drawn: font style, size, how far its baseline is raised (superscript), and in
 * a redline whether it was inserted or deleted ({@code change}, null outside a redline).
 */
public record RunStyle(boolean bold, boolean italic, double size, double rise, Revisions.Kind change) {
    public RunStyle(boolean bold, boolean italic, double size, double rise) {
        this(bold, italic, size, rise, null);
    }

    /**
     * Superscript as LibreOffice draws a DOCX superscript run: 58 % of the size (the width matters: it
     * decides where a line with a footnote number breaks), raised so its top meets the top of the
     * surrounding text. A ratio of the font size, not a measurement, so it lives here.
     */
    private static final double SUPERSCRIPT_SCALE = 0.58;

    public static RunStyle of(boolean bold, boolean italic, double size) {
        return new RunStyle(bold, italic, size, 0);
    }

    /** This style as superscript; {@code ascent} is the font's ascent as a share of its size. */
    public RunStyle superscript(double ascent) {
        double small = size * SUPERSCRIPT_SCALE;
        return new RunStyle(bold, italic, small, rise + (size - small) * ascent, change);
    }

    /** This style marked as a redline's change (or unmarked for null). */
    public RunStyle withChange(Revisions.Kind kind) {
        return kind == change ? this : new RunStyle(bold, italic, size, rise, kind);
    }
}
