package vn.vanban.write.pdf;

import org.openpdf.text.pdf.BaseFont;

import vn.vanban.fonts.FontSet;

/**
 * Widths from the font set, with the check that every character has a glyph.
 */
final class TextMeasurer {
    private final FontSet fonts;
    private final GlyphAdvances.Cache advances;

    TextMeasurer(FontSet fonts, GlyphAdvances.Cache advances) {
        this.fonts = fonts;
        this.advances = advances;
    }

    double width(String text, RunStyle style) {
        GlyphAdvances exact = advances.of(font(style));
        return exact != null ? exact.width(text, style.size())
                : fonts.width(text, style.bold(), style.italic(), style.size());
    }

    /** Throws if a character of {@code text} cannot be drawn; {@code context} names where it appeared. */
    void requireDrawable(String text, RunStyle style, String context) {
        text.codePoints().forEach(cp -> {
            if (!Character.isWhitespace(cp) && !fonts.canDraw(cp, style.bold(), style.italic())) {
                throw new UnsupportedCharacterException(cp, fonts.name(), context);
            }
        });
    }

    /** The font's descent (hhea) as a share of the font size. */
    double descent(boolean bold, boolean italic) {
        return fonts.descent(bold, italic);
    }

    /** The font's ascent (hhea, as LibreOffice uses it) as a share of the font size. */
    double ascent(RunStyle style) {
        return font(style).getFontDescriptor(BaseFont.AWT_ASCENT, 1f);
    }

    BaseFont font(RunStyle style) {
        return fonts.font(style.bold(), style.italic());
    }
}
