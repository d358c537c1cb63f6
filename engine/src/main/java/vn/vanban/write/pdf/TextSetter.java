package vn.vanban.write.pdf;

import java.util.ArrayList;
import java.util.List;

import vn.vanban.layout.text.Token;
import vn.vanban.layout.text.TextMetrics;
import vn.vanban.layout.text.RunStyle;
import vn.vanban.layout.text.LineBreaker;
import vn.vanban.layout.Table.Align;

/**
 * Sets a paragraph's tokens into lines of exact height: breaks them, aligns or justifies each line, and
 * places every piece of text. Justification widens only the spaces between words, never the letters.
 */
final class TextSetter {
    /**
     * Where LibreOffice puts the baseline in a line of exact height: four fifths of the height below the
     * line's top, whatever the font (its fixed-spacing rule), so the PDF's text sits where the DOCX's does.
     */
    private static final double FIXED_LINE_ASCENT = 4.0 / 5.0;

    private final TextMetrics metrics;

    TextSetter(TextMetrics metrics) {
        this.metrics = metrics;
    }

    /**
     * Where and how a paragraph is set: its box width, indents (the first line's on top of the left one),
     * alignment, exact line height and base font.
     */
    record Frame(double width, double leftIndent, double firstIndent, Align align, double lineHeight,
                 RunStyle base) {
    }

    /**
     * One set line. Marks are relative to the frame's left edge and the line's top; {@code textWidth}
     * is the width of its text, {@code footnotes} the numbers of the notes referenced in it.
     */
    record SetLine(List<Mark> marks, double height, double textLeft, double textWidth, List<Integer> footnotes) {
        SetLine {
            marks = List.copyOf(marks);
            footnotes = List.copyOf(footnotes);
        }
    }

    List<SetLine> set(List<Token> tokens, Frame f) {
        double firstLeft = f.leftIndent() + f.firstIndent();
        List<LineBreaker.BrokenLine> broken = metrics.breakLines(tokens,
                i -> f.width() - (i == 0 ? firstLeft : f.leftIndent()));
        double baseline = f.lineHeight() * FIXED_LINE_ASCENT;
        List<SetLine> out = new ArrayList<>();
        for (int i = 0; i < broken.size(); i++) {
            LineBreaker.BrokenLine line = broken.get(i);
            double left = i == 0 ? firstLeft : f.leftIndent();
            double avail = f.width() - left;
            double natural = line.naturalWidth();
            double slack = Math.max(0, avail - natural);
            double x = left;
            double extraPerSpace = 0;
            int spaces = 0; // counted only when justifying, the only case that widens them
            switch (f.align()) {
                case CENTER -> x += slack / 2;
                case RIGHT -> x += slack;
                case JUSTIFY -> {
                    spaces = stretchableSpaces(line);
                    if (!line.last() && spaces > 0) {
                        extraPerSpace = slack / spaces;
                    }
                }
                case LEFT -> { }
            }
            out.add(place(line, x, baseline, extraPerSpace, f.lineHeight(), natural + extraPerSpace * spaces));
        }
        return out;
    }

    /** Spaces between words; spaces before the first word of a line are not widened. */
    private static int stretchableSpaces(LineBreaker.BrokenLine line) {
        int n = 0;
        boolean seenWord = false;
        List<Token> items = line.items();
        for (int i = 0; i < items.size(); i++) { // indexed: an iterator costs much under C1
            Token t = items.get(i);
            if (t instanceof Token.Word) {
                seenWord = true;
            } else if (t instanceof Token.Gap g && seenWord) {
                n += g.spaces();
            }
        }
        return n;
    }

    private SetLine place(LineBreaker.BrokenLine line, double x0, double baseline, double extraPerSpace,
                          double height, double width) {
        List<Mark> marks = new ArrayList<>();
        List<Integer> notes = new ArrayList<>();
        RunBuffer buf = new RunBuffer(marks, baseline);
        double x = x0;
        boolean seenWord = false;
        List<Token> items = line.items();
        // indexed loops and instanceof, not iterators and a pattern switch: both cost much under C1
        for (int i = 0; i < items.size(); i++) {
            Token t = items.get(i);
            if (t instanceof Token.Word w) {
                seenWord = true;
                List<Token.Piece> pieces = w.pieces();
                for (int k = 0; k < pieces.size(); k++) {
                    Token.Piece p = pieces.get(k);
                    buf.add(x, p.text(), p.style());
                    x += p.width();
                    if (p.footnote() > 0) {
                        notes.add(p.footnote());
                    }
                }
            } else if (t instanceof Token.Gap g) {
                double extra = seenWord ? extraPerSpace * g.spaces() : 0;
                if (extra == 0) {
                    // an unstretched space joins the run so the text extracts with its spaces
                    buf.add(x, g.text(), g.style());
                } else {
                    buf.flush();
                }
                x += g.width() + extra;
            }
        }
        buf.flush();
        return new SetLine(marks, height, x0, width, notes);
    }

    /** Joins consecutive text of one style into one mark. */
    private static final class RunBuffer {
        private final List<Mark> marks;
        private final double baseline;
        private final StringBuilder text = new StringBuilder();
        private RunStyle style;
        private double x;

        RunBuffer(List<Mark> marks, double baseline) {
            this.marks = marks;
            this.baseline = baseline;
        }

        void add(double atX, String t, RunStyle s) {
            if (t.isEmpty()) {
                return;
            }
            // identity first: a record's equals is slow under C1, and most text shares its span's style object
            if (style != null && style != s && !style.equals(s)) {
                flush();
            }
            if (style == null) {
                style = s;
                x = atX;
            }
            text.append(t);
        }

        void flush() {
            if (style != null) {
                String t = text.toString();
                if (!t.isBlank()) {
                    marks.add(new Mark.Text(x, baseline - style.rise(), t.stripTrailing(), style));
                }
                text.setLength(0);
                style = null;
            }
        }
    }
}
