package vn.vanban.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.openpdf.text.pdf.BaseFont;

/**
 * The four styles of the body font, loaded once. The bundled set is Liberation Serif, metric-compatible
 * with Times New Roman, so text measured here wraps as it does in Word with Times New Roman.
 * Text is measured with it only through {@code layout.text.TextMetrics} (every decision and both
 * writers), so output never depends on the fonts installed on the machine.
 */
public final class FontSet {
    private static final String[] STYLE_SUFFIX = {"Regular", "Bold", "Italic", "BoldItalic"};
    private static volatile FontSet bundled;

    private final BaseFont[] fonts;
    private final String name;

    private FontSet(String name, BaseFont[] fonts) {
        this.name = name;
        this.fonts = fonts;
    }

    /** Liberation Serif 2.x from the jar (SIL OFL 1.1, see fonts/LICENSE-LiberationSerif.txt). */
    public static FontSet bundled() {
        FontSet f = bundled;
        if (f == null) {
            synchronized (FontSet.class) {
                f = bundled;
                if (f == null) {
                    BaseFont[] fs = new BaseFont[4];
                    for (int i = 0; i < 4; i++) {
                        String res = "/fonts/LiberationSerif-" + STYLE_SUFFIX[i] + ".ttf";
                        fs[i] = load(res, readResource(res));
                    }
                    f = bundled = new FontSet("Liberation Serif", fs);
                }
            }
        }
        return f;
    }

    /**
     * An office's own font files: {@code regular}, {@code bold}, {@code italic}, {@code bolditalic} TTF paths,
     * for instance the four Times New Roman files.
     */
    public static FontSet fromFiles(String name, Path regular, Path bold, Path italic, Path boldItalic) {
        Path[] paths = {regular, bold, italic, boldItalic};
        BaseFont[] fs = new BaseFont[4];
        for (int i = 0; i < 4; i++) {
            try {
                fs[i] = load(paths[i].toString(), Files.readAllBytes(paths[i]));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new FontSet(name, fs);
    }

    /**
     * The four styles found in a directory, by the usual file names: Windows' {@code times.ttf},
     * {@code timesbd.ttf}, {@code timesi.ttf}, {@code timesbi.ttf}, or {@code *-Regular.ttf},
     * {@code *-Bold.ttf}, {@code *-Italic.ttf}, {@code *-BoldItalic.ttf}.
     *
     * @throws IllegalArgumentException naming the styles it could not find
     */
    public static FontSet fromDirectory(Path dir) {
        String[][] names = {{"times.ttf", "-regular.ttf"}, {"timesbd.ttf", "-bold.ttf"}, {"timesi.ttf", "-italic.ttf"},
                {"timesbi.ttf", "-bolditalic.ttf"}};
        Path[] found = new Path[4];
        try (var files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                for (int i = 0; i < 4; i++) {
                    if (found[i] == null && (n.equals(names[i][0]) || n.endsWith(names[i][1]))) {
                        found[i] = p;
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(dir.toString());
        }
        List<String> missing = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            if (found[i] == null) {
                missing.add(names[i][0] + " / *" + names[i][1]);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", missing));
        }
        String family = found[0].getFileName().toString().toLowerCase(java.util.Locale.ROOT).startsWith("times")
                ? "Times New Roman" : found[0].getFileName().toString().replaceFirst("(?i)-regular\\.ttf$", "");
        return fromFiles(family, found[0], found[1], found[2], found[3]);
    }

    private static byte[] readResource(String res) {
        try (InputStream in = FontSet.class.getResourceAsStream(res)) {
            if (in == null) {
                throw new IllegalStateException("missing font resource " + res);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BaseFont load(String name, byte[] ttf) {
        try {
            // Identity-H with embedding: full Unicode (Vietnamese) and a subset in the PDF.
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, ttf, null);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load font " + name + ": " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public BaseFont font(boolean bold, boolean italic) {
        return fonts[(bold ? 1 : 0) + (italic ? 2 : 0)];
    }

    /**
     * How far the font's ink may reach below the baseline, as a share of the size: the descender of its
     * horizontal header (hhea, what LibreOffice uses), which covers descenders and the dot below (Ạ, Ệ, Ộ).
     */
    public double descent(boolean bold, boolean italic) {
        return Math.abs(font(bold, italic).getFontDescriptor(BaseFont.AWT_DESCENT, 1f));
    }

    /** Whether the regular style has a glyph for this code point. */
    public boolean canDraw(int codePoint, boolean bold, boolean italic) {
        int style = (bold ? 1 : 0) + (italic ? 2 : 0);
        if (codePoint < 0 || codePoint >= DRAWABLE_CACHED) {
            return fonts[style].charExists(codePoint);
        }
        // OpenPDF answers from a HashMap<Integer, int[]> (a boxed key per call): every character of every
        // document is asked about (glyph check, PDF measuring), so the answers are remembered. Racy writes
        // are harmless: every thread computes the same answer, and a byte is written whole.
        byte known = drawable[style][codePoint];
        if (known == 0) {
            known = fonts[style].charExists(codePoint) ? DRAWABLE : NOT_DRAWABLE;
            drawable[style][codePoint] = known;
        }
        return known == DRAWABLE;
    }

    /** Code points below this (the Basic Multilingual Plane) have their {@link #canDraw} answer remembered. */
    private static final int DRAWABLE_CACHED = 0x10000;
    private static final byte DRAWABLE = 1;
    private static final byte NOT_DRAWABLE = 2;
    /** Per style (as {@link #font}), per code point: 0 not asked yet, else {@link #DRAWABLE} or not. */
    private final byte[][] drawable = new byte[4][DRAWABLE_CACHED];
}
