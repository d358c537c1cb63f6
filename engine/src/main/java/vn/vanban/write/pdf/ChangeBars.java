package vn.vanban.write.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.openpdf.text.pdf.PdfContentByte;

import vn.vanban.layout.text.RunStyle;
import vn.vanban.layout.text.TextMetrics;
import vn.vanban.layout.Revisions;

/**
 * How a redline PDF shows changes, as a reviewer knows them from Word: inserted text in colour and
 * underlined, deleted text in another colour and struck through, and a bar in the left margin beside
 * every line that holds a change. Line positions are shares of the font size (like superscript), so
 * they follow the text whatever its size.
 */
final class ChangeBars {
    private static final Color INSERTED = new Color(0x1F, 0x4E, 0xA8);
    private static final Color DELETED = new Color(0xC0, 0x1C, 0x1C);
    private static final Color BAR = new Color(0x55, 0x55, 0x55);
    /** Underline below the baseline and strike-through above it, as shares of the font size. */
    private static final double UNDERLINE_DROP = 0.12;
    private static final double STRIKE_RISE = 0.28;
    private static final double LINE_THICKNESS = 0.055;
    /** A bar spans the text's height: from this share of the size above the baseline to below it. */
    private static final double BAR_ABOVE = 0.8;
    private static final double BAR_BELOW = 0.25;

    private ChangeBars() {
    }

    /** A changed run of text: coloured, then underlined or struck through. */
    static void text(PdfContentByte cb, double pageHeight, Mark.Text t, TextMetrics measurer) {
        RunStyle s = t.style();
        Color colour = s.change() == Revisions.Kind.DELETED ? DELETED : INSERTED;
        double y = pageHeight - t.baseline();
        double width = measurer.width(t.text(), s);
        cb.saveState();
        cb.setColorFill(colour);
        cb.setColorStroke(colour);
        cb.beginText();
        cb.setFontAndSize(measurer.font(s), (float) s.size());
        cb.setTextMatrix((float) t.x(), (float) y);
        cb.showText(t.text());
        cb.endText();
        double lineY = s.change() == Revisions.Kind.DELETED ? y + s.size() * STRIKE_RISE : y - s.size() * UNDERLINE_DROP;
        cb.setLineWidth((float) (s.size() * LINE_THICKNESS));
        cb.moveTo((float) t.x(), (float) lineY);
        cb.lineTo((float) (t.x() + width), (float) lineY);
        cb.stroke();
        cb.restoreState();
    }

    /** One bar per changed line, at {@code x} in the left margin. */
    static void paint(PdfContentByte cb, double pageHeight, List<Mark> marks, double x, double width) {
        List<double[]> spans = new ArrayList<>(); // top, bottom (layout coordinates)
        for (Mark m : marks) {
            if (m instanceof Mark.Text t && t.style().change() != null) {
                double size = t.style().size() + t.style().rise() * 2;
                spans.add(new double[] {t.baseline() - size * BAR_ABOVE, t.baseline() + size * BAR_BELOW});
            }
        }
        if (spans.isEmpty()) {
            return;
        }
        spans.sort((a, b) -> Double.compare(a[0], b[0]));
        List<double[]> merged = new ArrayList<>();
        for (double[] s : spans) {
            double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] <= last[1] + 0.5) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(s.clone());
            }
        }
        cb.saveState();
        cb.setColorStroke(BAR);
        cb.setLineWidth((float) width);
        for (double[] s : merged) {
            cb.moveTo((float) x, (float) (pageHeight - s[0]));
            cb.lineTo((float) x, (float) (pageHeight - s[1]));
            cb.stroke();
        }
        cb.restoreState();
    }
}
