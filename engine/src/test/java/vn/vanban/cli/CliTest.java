package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.TestPaths;

/** The CLI contract: exit codes, output names, atomic writes, located messages, same bytes every run. */
class CliTest {
    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8))
                .run(args);
        return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    private Path plan(String extra) throws Exception {
        String yaml = Files.readString(TestPaths.root().resolve("engine/src/test/resources/golden/mau-ke-hoach.yaml"));
        Path f = tmp.resolve("ke-hoach.yaml");
        Files.writeString(f, yaml + extra);
        return f;
    }

    @Test
    void rendersBothFormatsIntoTheOutputDirectory() throws Exception {
        Run r = run("render", plan("").toString(), "-o", tmp.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.size(tmp.resolve("out/ke-hoach.docx")) > 0);
        assertTrue(Files.size(tmp.resolve("out/ke-hoach.pdf")) > 0);
    }

    @Test
    void wrongUsageExitsTwo() {
        assertEquals(2, run("render").code());
        assertEquals(2, run("render", "x.yaml", "--format", "odt").code());
        assertEquals(2, run("xuat", "x.yaml").code());
        assertEquals(2, run("render", "x.yaml", "--khong-co").code());
    }

    @Test
    void contentErrorExitsOneWithLocationAndKeepsTheOldOutput() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        byte[] old = "bản cũ".getBytes(StandardCharsets.UTF_8);
        Files.write(out.resolve("ke-hoach.docx"), old);
        Run r = run("render", plan("trich-yue: sai\n").toString(), "-o", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("ke-hoach.yaml:69:1: lỗi: khóa \"trich-yue\""), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertArrayEquals(old, Files.readAllBytes(out.resolve("ke-hoach.docx")));
        assertFalse(Files.exists(out.resolve("ke-hoach.pdf")));
        try (var s = Files.list(out)) {
            assertEquals(1, s.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aCharacterTheFontCannotDrawIsLocated() throws Exception {
        Path f = tmp.resolve("chu.yaml");
        Files.writeString(f, Files.readString(plan("")).replace("Nâng cao nhận thức", "Nâng cao nhận thức ☃"));
        Run bad = run("render", f.toString(), "-o", tmp.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("chu.yaml:26:36: lỗi: phông chữ của văn bản không có ký tự \"☃\" (U+2603)"),
                bad.err());
    }

    @Test
    void anOfficeCanUseItsOwnFontFiles() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("fonts"));
        for (String style : List.of("Regular", "Bold", "Italic", "BoldItalic")) {
            try (InputStream in = getClass().getResourceAsStream("/fonts/LiberationSerif-" + style + ".ttf")) {
                Files.copy(in, dir.resolve("Office-" + style + ".ttf"));
            }
        }
        Run r = run("render", plan("").toString(), "-o", tmp.resolve("o").toString(), "--phong-chu", dir.toString());
        assertEquals(0, r.code(), r.err());
        Files.delete(dir.resolve("Office-Bold.ttf"));
        Run missing = run("render", plan("").toString(), "-o", tmp.resolve("o").toString(), "--phong-chu", dir.toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("timesbd.ttf / *-bold.ttf"), missing.err());
    }

    /**
     * {@code check} measures with the fonts {@code --phong-chu} names, as {@code render} does: some column
     * count of unbreakable words fits a landscape page in the bundled Liberation Serif but not in Liberation
     * Mono (digits a fifth wider), and for it both commands give the same wide-table warning.
     */
    @Test
    void checkMeasuresWithTheOfficesFontsAsRenderDoes() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("mono"));
        for (String style : List.of("Regular", "Bold", "Italic", "BoldItalic")) {
            // fonts-liberation2, installed by .ci/run for LibreOffice
            Files.copy(Path.of("/usr/share/fonts/truetype/liberation2/LiberationMono-" + style + ".ttf"),
                    dir.resolve("LiberationMono-" + style + ".ttf"));
        }
        String found = null;
        for (int n = 2; n <= 40 && found == null; n++) {
            StringBuilder table = new StringBuilder("  - muc: Biểu mẫu\n    noi-dung:\n      - bang:\n          cot:\n");
            for (int c = 1; c <= n; c++) {
                table.append("            - {ten: \"2021–2025\", ma: k").append(c).append("}\n");
            }
            table.append("          dong:\n            - {gia-tri: {k1: 1}}\n");
            Path f = tmp.resolve("bang.yaml");
            Files.writeString(f, Files.readString(plan("")).replace("\nket-thuc:", "\n" + table + "ket-thuc:"));
            Run serif = run("check", f.toString());
            Run mono = run("check", f.toString(), "--phong-chu", dir.toString());
            assertEquals(0, serif.code(), serif.err() + serif.out());
            if (!(serif.err() + serif.out()).contains("bị ngắt giữa chừng")
                    && (mono.err() + mono.out()).contains("bị ngắt giữa chừng")) {
                found = mono.err() + mono.out();
                Run render = run("render", f.toString(), "-o", tmp.resolve("o").toString(), "--phong-chu", dir.toString());
                assertEquals(0, render.code(), render.err());
                String warning = found.lines().filter(l -> l.contains("bị ngắt giữa chừng")).findFirst().orElseThrow();
                assertTrue((render.err() + render.out()).contains(warning), render.err() + render.out());
            }
        }
        assertTrue(found != null, "some table warns in Liberation Mono and not in Liberation Serif");
    }

    /** Two separate JVMs render the same input: DOCX and PDF are byte-identical (no clock, no hash order). */
    @Test
    void sameInputGivesTheSameBytesAcrossRuns() throws Exception {
        Path in = plan("");
        List<byte[]> docx = new ArrayList<>();
        List<byte[]> pdf = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path out = tmp.resolve("run" + i);
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "render", in.toString(),
                    "-o", out.toString()).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(2, TimeUnit.MINUTES));
            assertEquals(0, p.exitValue(), log);
            docx.add(Files.readAllBytes(out.resolve("ke-hoach.docx")));
            pdf.add(Files.readAllBytes(out.resolve("ke-hoach.pdf")));
        }
        assertArrayEquals(docx.get(0), docx.get(1), "DOCX bytes differ between runs");
        assertArrayEquals(pdf.get(0), pdf.get(1), "PDF bytes differ between runs");
    }
}
