package vn.vanban.write.docx;

import java.util.ArrayList;
import java.util.List;

import vn.vanban.fonts.FontSet;
import vn.vanban.layout.Inline;
import vn.vanban.profile.TextStyle;

/**
 * Measures a line's text with the bundled fonts (metric twins of Times New Roman), so a rule under
 * it can be as long as the text Word will show. Text wider than its column wraps; the rule then
 * follows the longest wrapped line.
 */
final class TextMeasurer {
    private final FontSet fonts;

    TextMeasurer(FontSet fonts) {
        this.fonts = fonts;
    }

    /** The font's descent below the baseline, as a share of the size, in this style's face. */
    double descent(TextStyle style) {
        return fonts.descent(style.bold(), style.italic());
    }

    /** Width in points of the longest line the inlines make within {@code maxWidth} points. */
    double longestLine(List<Inline> content, TextStyle style, double maxWidth) {
        double longest = 0;
        double line = 0;
        double pendingSpace = 0;
        for (Word w : words(content, style)) {
            if (w.lineBreak()) {
                longest = Math.max(longest, line);
                line = 0;
                pendingSpace = 0;
                continue;
            }
            double width = width(w.text(), w.bold(), w.italic(), style);
            double space = width(" ", w.bold(), w.italic(), style);
            if (line > 0 && line + pendingSpace + width > maxWidth) {
                longest = Math.max(longest, line);
                line = width;
            } else {
                line += (line > 0 ? pendingSpace : 0) + width;
            }
            pendingSpace = space;
        }
        return Math.min(maxWidth, Math.max(longest, line));
    }

    /** How many lines the inlines take within {@code maxWidth} points (at least one). */
    int lineCount(List<Inline> content, TextStyle style, double maxWidth) {
        int lines = 1;
        double line = 0;
        double pendingSpace = 0;
        for (Word w : words(content, style)) {
            if (w.lineBreak()) {
                lines++;
                line = 0;
                continue;
            }
            double width = width(w.text(), w.bold(), w.italic(), style);
            if (line > 0 && line + pendingSpace + width > maxWidth) {
                lines++;
                line = width;
            } else {
                line += (line > 0 ? pendingSpace : 0) + width;
            }
            pendingSpace = width(" ", w.bold(), w.italic(), style);
        }
        return lines;
    }

    private double width(String text, boolean bold, boolean italic, TextStyle style) {
        return fonts.width(text, bold, italic, style.size().points());
    }

    private record Word(String text, boolean bold, boolean italic, boolean lineBreak) {
    }

    /** Splits spans at spaces; a span's own bold/italic adds to the style's. */
    private static List<Word> words(List<Inline> content, TextStyle style) {
        List<Word> words = new ArrayList<>();
        for (Inline i : content) {
            switch (i) {
                case Inline.Span s -> {
                    for (String part : s.text().split(" ")) {
                        if (!part.isEmpty()) {
                            words.add(new Word(part, style.bold() || s.bold(), style.italic() || s.italic(), false));
                        }
                    }
                }
                case Inline.LineBreak b -> words.add(new Word("", false, false, true));
                case Inline.FootnoteRef f -> { }
            }
        }
        return words;
    }
}
