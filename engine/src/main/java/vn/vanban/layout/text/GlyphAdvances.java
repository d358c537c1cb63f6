package vn.vanban.layout.text;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.openpdf.text.pdf.BaseFont;

/**
 * Exact glyph advances read from the font's hmtx table. OpenPDF's own widths are whole thousandths of
 * an em, truncated per glyph, which makes a 14 pt body line up to half a point narrower than LibreOffice
 * measures it, enough to fit a word LibreOffice moves to the next line.
 *
 * <p>OpenPDF keeps its TrueType classes package-private, so the font file and the glyph lookup are
 * reached by reflection; if that ever fails, OpenPDF's rounded widths are used instead.
 */
final class GlyphAdvances {
    private static final int DIRECTORY_START = 12;
    private static final int DIRECTORY_ENTRY = 16;
    private static final int NUM_TABLES_AT = 4;
    private static final int UNITS_PER_EM_AT = 18;
    private static final int NUMBER_OF_HMETRICS_AT = 34;
    private static final int HMETRIC_SIZE = 4;

    /** Marks a font whose metrics cannot be read; never used for measuring. */
    private static final GlyphAdvances UNAVAILABLE = new GlyphAdvances(null, null, new int[0], 1);

    private final BaseFont font;
    private final Method metrics;
    private final int[] advances;
    private final double unitsPerEm;
    /**
     * Advance in font units plus one by code point of the Basic Multilingual Plane, 0 while not yet
     * looked up; filled as text is measured. An array, not a map: a map boxed every character measured.
     * Racy writes are harmless: every thread computes the same value, and an int is written whole.
     */
    private final int[] byCodePoint;
    /** Code points below this have their advance remembered in {@link #byCodePoint}. */
    private static final int CACHED = 0x10000;

    private GlyphAdvances(BaseFont font, Method metrics, int[] advances, double unitsPerEm) {
        this.font = font;
        this.metrics = metrics;
        this.advances = advances;
        this.unitsPerEm = unitsPerEm;
        this.byCodePoint = font == null ? new int[0] : new int[CACHED];
    }

    /**
     * The tables of one font set, read on first use and shared by all threads (fonts are immutable); a
     * style never measured reads nothing.
     */
    static final class Cache {
        private final Map<BaseFont, GlyphAdvances> byFont = new ConcurrentHashMap<>();
        /**
         * The same answers by style (numbered as {@code FontSet.font} numbers them): the map lookup per
         * measured piece cost 1 % of a render. Racy writes are harmless: the value is the map's, and its
         * fields are final.
         */
        private final GlyphAdvances[] byStyle = new GlyphAdvances[4];

        /**
         * The advances of {@code font}, the face of that style, or null if they cannot be read (then
         * OpenPDF's widths serve).
         */
        GlyphAdvances of(boolean bold, boolean italic, BaseFont font) {
            int style = (bold ? 1 : 0) + (italic ? 2 : 0);
            GlyphAdvances a = byStyle[style];
            if (a == null) {
                a = byFont.computeIfAbsent(font, GlyphAdvances::read);
                byStyle[style] = a;
            }
            return a == UNAVAILABLE ? null : a;
        }
    }

    /** Advance width of {@code text} in points at {@code size}. */
    double width(String text, double size) {
        long units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += advanceCached(cp);
            i += Character.charCount(cp);
        }
        return units * size / unitsPerEm;
    }

    private int advanceCached(int codePoint) {
        if (codePoint >= CACHED) {
            return advance(codePoint);
        }
        int known = byCodePoint[codePoint];
        if (known == 0) {
            known = advance(codePoint) + 1;
            byCodePoint[codePoint] = known;
        }
        return known - 1;
    }

    private int advance(int codePoint) {
        try {
            int[] m = (int[]) metrics.invoke(font, codePoint);
            // hmtx lists advances for the first numberOfHMetrics glyphs; the rest repeat the last one
            return m == null ? 0 : advances[Math.min(m[0], advances.length - 1)];
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read glyph metrics of " + font.getPostscriptFontName(), e);
        }
    }

    private static GlyphAdvances read(BaseFont font) {
        try {
            Method file = method(font.getClass(), "getFullFont");
            Method metrics = method(font.getClass(), "getMetricsTT", int.class);
            ByteBuffer ttf = ByteBuffer.wrap((byte[]) file.invoke(font));
            int head = -1;
            int hhea = -1;
            int hmtx = -1;
            int tables = ttf.getShort(NUM_TABLES_AT) & 0xFFFF;
            for (int t = 0; t < tables; t++) {
                int at = DIRECTORY_START + t * DIRECTORY_ENTRY;
                byte[] tag = new byte[4];
                ttf.get(at, tag);
                int offset = ttf.getInt(at + 8);
                switch (new String(tag, StandardCharsets.US_ASCII)) {
                    case "head" -> head = offset;
                    case "hhea" -> hhea = offset;
                    case "hmtx" -> hmtx = offset;
                    default -> { }
                }
            }
            if (head < 0 || hhea < 0 || hmtx < 0) {
                return UNAVAILABLE;
            }
            int count = ttf.getShort(hhea + NUMBER_OF_HMETRICS_AT) & 0xFFFF;
            int[] advances = new int[count];
            for (int g = 0; g < count; g++) {
                advances[g] = ttf.getShort(hmtx + g * HMETRIC_SIZE) & 0xFFFF;
            }
            return new GlyphAdvances(font, metrics, advances, ttf.getShort(head + UNITS_PER_EM_AT) & 0xFFFF);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return UNAVAILABLE;
        }
    }

    /** A method of the font's class or a superclass, made callable. */
    private static Method method(Class<?> type, String name, Class<?>... params) throws NoSuchMethodException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Method m = c.getDeclaredMethod(name, params);
                m.setAccessible(true);
                return m;
            } catch (NoSuchMethodException e) {
                // look further up
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name);
    }
}
