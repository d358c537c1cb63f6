package vn.vanban.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.diag.Diagnostics;
import vn.vanban.fonts.FontSet;
import vn.vanban.layout.Block;
import vn.vanban.layout.Line;
import vn.vanban.layout.PageSection.Orientation;
import vn.vanban.layout.Role;
import vn.vanban.layout.markup.MarkupReader;
import vn.vanban.load.TemplateSource;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.profile.TextStyle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fonts given by {@code --phong-chu} decide everything measured before the writers, as they decide
 * the writers' lines: with Liberation Mono (every glyph 0.6 em: digits a fifth wider than Times New
 * Roman's, bold capitals narrower) a table that fits a portrait page in the bundled Liberation Serif turns
 * the section landscape, an issuing body line changes its fit, and a table's width warning appears. Each case is chosen with the fonts' advances as
 * AWT reads them, independently of the engine's measuring, clear of the limit by half a point.
 */
class FontSetDecisionsTest {
    private static final Nd30Profile PROFILE = Nd30Profile.defaults();
    private static final String WORD = "2021–2025"; // no break inside: the dash stands between digits
    private static final double MARGIN = 0.5;

    @TempDir
    static Path tmp;
    private static FontSet mono;
    private static Path monoDir;

    @BeforeAll
    static void monoFonts() throws IOException {
        // Installed with fonts-liberation2, which .ci/run installs for LibreOffice.
        Path system = Path.of("/usr/share/fonts/truetype/liberation2");
        monoDir = Files.createDirectories(tmp.resolve("mono"));
        for (String style : List.of("Regular", "Bold", "Italic", "BoldItalic")) {
            Files.copy(system.resolve("LiberationMono-" + style + ".ttf"), monoDir.resolve("LiberationMono-" + style + ".ttf"));
        }
        mono = FontSet.fromDirectory(monoDir);
    }

    /** Width in points by AWT: at 2048 units per em (both fonts' own) AWT advances are design units. */
    private static double width(InputStream ttf, String text, double size) throws Exception {
        try (ttf) {
            Font font = Font.createFont(Font.TRUETYPE_FONT, ttf).deriveFont(2048f);
            FontRenderContext frc = new FontRenderContext(null, false, true);
            double units = 0;
            for (int cp : text.codePoints().toArray()) {
                units += font.createGlyphVector(frc, Character.toChars(cp)).getGlyphMetrics(0).getAdvance();
            }
            return units * size / 2048;
        }
    }

    private static double serif(String text, boolean bold, double size) throws Exception {
        return width(FontSet.class.getResourceAsStream("/fonts/LiberationSerif-" + (bold ? "Bold" : "Regular") + ".ttf"),
                text, size);
    }

    private static double mono(String text, boolean bold, double size) throws Exception {
        return width(Files.newInputStream(monoDir.resolve("LiberationMono-" + (bold ? "Bold" : "Regular") + ".ttf")),
                text, size);
    }

    @Test
    void aTableThatFitsPortraitInSerifTurnsLandscapeInMono() throws Exception {
        double size = PROFILE.style(Role.TABLE_CELL).size().points();
        double pad = 2 * PROFILE.cellPadding().points();
        double portrait = PROFILE.textWidth(Orientation.PORTRAIT).points();
        double inSerif = serif(WORD, false, size) + pad;
        double inMono = mono(WORD, false, size) + pad;
        int columns = 0;
        for (int n = 2; n < 60 && columns == 0; n++) {
            if (inSerif + MARGIN < portrait / n && portrait / n < inMono - MARGIN) {
                columns = n;
            }
        }
        assertTrue(columns > 0, "some column count fits the word in Serif but not in Mono");
        StringBuilder markup = new StringBuilder("<document title=\"T\"><section orientation=\"auto\"><table>");
        markup.append("<col weight=\"1\"/>".repeat(columns)).append("<tbody><tr>");
        markup.append(("<td>" + WORD + "</td>").repeat(columns)).append("</tr></tbody></table></section></document>");
        assertEquals(Orientation.PORTRAIT,
                new MarkupReader(PROFILE, FontSet.bundled()).read(markup.toString()).sections().get(0).orientation());
        assertEquals(Orientation.LANDSCAPE,
                new MarkupReader(PROFILE, mono).read(markup.toString()).sections().get(0).orientation());
    }

    /** What HeaderFit should make of an issuing-body line, by the AWT widths of one family. */
    private static Role expectedFit(String line, boolean inMono) throws Exception {
        double column = PROFILE.textWidth(Orientation.PORTRAIT).points() * PROFILE.headerLeftShare();
        TextStyle at13 = PROFILE.style(Role.ISSUING_BODY);
        TextStyle at12 = PROFILE.style(Role.ISSUING_BODY_FITTED);
        double w13 = inMono ? mono(line, true, at13.size().points()) : serif(line, true, at13.size().points());
        double w12 = inMono ? mono(line, true, at12.size().points()) : serif(line, true, at12.size().points());
        if (Math.abs(w13 - column) < MARGIN || Math.abs(w12 - column) < MARGIN) {
            return null; // too close to call independently
        }
        return w13 <= column ? Role.ISSUING_BODY : w12 <= column ? Role.ISSUING_BODY_FITTED : Role.TABLE_CELL;
    }

    private Path plan(String name, String issuingBody, String table) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, """
                loai: ke-hoach
                co-quan-ban-hanh: [ỦY BAN NHÂN DÂN, "%s"]
                so: 5
                ky-hieu: KH-UBND
                dia-danh: Huế
                ngay: 2024-04-17
                trich-yeu: Triển khai công tác trẻ em năm 2024
                noi-dung:
                  - Tăng cường sự lãnh đạo của các cấp.
                %s
                noi-nhan: ["Lưu: VT"]
                ky: {chuc-vu: CHỦ TỊCH, ho-ten: Hoàng Văn Đại}
                """.formatted(issuingBody, table), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void anIssuingBodyLineIsFittedByTheFontsTheEngineWasGiven() throws Exception {
        // Bold capitals are about as wide in both families; digits are not: names of growing length.
        List<String> candidates = new ArrayList<>();
        for (int k = 1; k <= 16; k++) {
            candidates.add("TỔ CÔNG TÁC SỐ " + "1234567890123456".substring(0, k));
        }
        List<String> differing = new ArrayList<>();
        for (String line : candidates) {
            Role serifRole = expectedFit(line, false);
            Role monoRole = expectedFit(line, true);
            if (serifRole == null || monoRole == null || serifRole == monoRole) {
                continue;
            }
            differing.add(line);
            Path f = plan("kh-" + differing.size() + ".yaml", line, "");
            assertFit(new Engine(TemplateSource.defaults()), f, serifRole, line);
            assertFit(new Engine(TemplateSource.defaults(), () -> mono), f, monoRole, line);
        }
        assertFalse(differing.isEmpty(), "some issuing body fits differently in Serif and in Mono");
    }

    private static void assertFit(Engine engine, Path f, Role expected, String line) {
        Engine.Rendered r = engine.render(f);
        Block.HeaderBlock h = (Block.HeaderBlock) r.layout().sections().get(0).blocks().get(0);
        Line l = h.left().get(1);
        boolean warned = r.warnings().stream().anyMatch(d -> d.key().equals("header.issuing-body.too-long"));
        if (expected == Role.TABLE_CELL) { // too long even at 12 pt: keeps its size and is reported
            assertEquals(Role.ISSUING_BODY, l.role(), line);
            assertTrue(warned, line);
        } else {
            assertEquals(expected, l.role(), line);
            assertFalse(warned, line);
        }
    }

    @Test
    void theWideTableWarningMeasuresWithTheFontsTheEngineWasGiven() throws Exception {
        // Header cells are bold; each holds the word that cannot be broken.
        double size = PROFILE.style(Role.TABLE_HEADER).size().points();
        double pad = 2 * PROFILE.cellPadding().points();
        double landscape = PROFILE.textWidth(Orientation.LANDSCAPE).points();
        double inSerif = serif(WORD, true, size) + pad;
        double inMono = mono(WORD, true, size) + pad;
        int columns = 0;
        for (int n = 2; n < 60 && columns == 0; n++) {
            if (n * inSerif + MARGIN < landscape && landscape < n * inMono - MARGIN) {
                columns = n;
            }
        }
        assertTrue(columns > 0, "some column count fits the words in Serif but not in Mono");
        StringBuilder table = new StringBuilder("  - bang:\n      cot:\n");
        for (int c = 1; c <= columns; c++) {
            table.append("        - {ten: \"").append(WORD).append("\", ma: k").append(c).append("}\n");
        }
        table.append("      dong:\n        - {gia-tri: {k1: 1}}");
        Path f = plan("bang.yaml", "XÃ BẢO LINH", table.toString());
        assertEquals(List.of(), warnings(FontSet::bundled, f));
        assertEquals(List.of("bang.chu-bi-ngat"), warnings(() -> mono, f));
    }

    private static List<String> warnings(Supplier<FontSet> fonts, Path f) {
        Diagnostics diags = new Diagnostics();
        new Engine(TemplateSource.defaults(), fonts).load(f, diags);
        assertNotEquals(null, diags);
        return diags.all().stream().map(d -> d.key()).toList();
    }
}
