package vn.vanban.write.pdf;

import java.util.Locale;

/**
 * The document holds a character the font has no glyph for. Drawing it would print an empty box in an
 * official document, so the writer refuses and says which character and where.
 */
public final class UnsupportedCharacterException extends IllegalArgumentException {
    private final int codePoint;

    UnsupportedCharacterException(int codePoint, String fontName, String context) {
        super(String.format(Locale.ROOT, "font %s cannot draw U+%04X '%s' in text: \"%s\"",
                fontName, codePoint, new String(Character.toChars(codePoint)), context));
        this.codePoint = codePoint;
    }

    public int codePoint() {
        return codePoint;
    }
}
