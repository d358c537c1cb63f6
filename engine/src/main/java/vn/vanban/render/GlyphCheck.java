package vn.vanban.render;

import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Loc;
import vn.vanban.fonts.FontSet;
import vn.vanban.load.YNode;

/**
 * Every character a clerk typed must be drawable by the document font, or the PDF would show an
 * empty box. Checked on the YAML tree, so the message says exactly where the character is.
 */
final class GlyphCheck {
    private GlyphCheck() {
    }

    static void check(YNode node, FontSet fonts, Diagnostics diags) {
        switch (node) {
            case YNode.YMap m -> m.entries().values().forEach(e -> check(e.value(), fonts, diags));
            case YNode.YSeq s -> s.items().forEach(i -> check(i, fonts, diags));
            case YNode.YScalar s -> {
                if (!s.isNull()) {
                    scalar(s, fonts, diags);
                }
            }
        }
    }

    private static void scalar(YNode.YScalar s, FontSet fonts, Diagnostics diags) {
        String v = s.value();
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            // the remembered glyph answer first: isWhitespace is the slower test under C1
            if (!fonts.canDraw(cp, false, false) && !Character.isWhitespace(cp) && !Character.isISOControl(cp)
                    && cp != 0xA0) {
                diags.error(locate(s, i), "render.no-glyph", new String(Character.toChars(cp)),
                        String.format(java.util.Locale.ROOT, "U+%04X", cp));
                return;
            }
            i += Character.charCount(cp);
        }
    }

    /** A plain one-line scalar starts at its own column; elsewhere the scalar's start is the best we know. */
    private static Loc locate(YNode.YScalar s, int offset) {
        String before = s.value().substring(0, offset);
        if (s.plain() && before.indexOf('\n') < 0) {
            return new Loc(s.loc().file(), s.loc().line(), s.loc().col() + before.codePointCount(0, before.length()));
        }
        return s.loc();
    }
}
