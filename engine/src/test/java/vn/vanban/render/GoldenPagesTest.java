package vn.vanban.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.vanban.TestPaths;
import vn.vanban.fonts.FontSet;
import vn.vanban.load.TemplateSource;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.write.pdf.PageModel;
import vn.vanban.write.pdf.PdfWriter;

/**
 * Page breaks without LibreOffice: every content sample's PDF page model ({@link PdfWriter#pages}), dumped as
 * text, is compared with a reviewed golden file in {@code golden-pages/}. A change that moves a page break
 * fails here, naming the first page that differs; {@code parity.PageParityTest} ties the model to
 * LibreOffice's pages where soffice exists. Regenerate after an intended change with
 * {@code -Dvanban.updateGolden=true} and review the diff.
 */
class GoldenPagesTest {
    private static final Engine ENGINE = new Engine(TemplateSource.defaults());
    private static final PdfWriter PDF = new PdfWriter(Nd30Profile.defaults(), FontSet.bundled());
    private static final Path GOLDEN = TestPaths.root().resolve("engine/src/test/resources/golden-pages");

    static Stream<String> samples() throws IOException {
        return GoldenLayoutTest.samples();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void pagesMatchGolden(String sample) throws IOException {
        PageModel model = PDF.pages(ENGINE.render(TestPaths.content(sample)).layout());
        String actual = model.dump();
        Path golden = GOLDEN.resolve(sample.replace(".yaml", ".txt"));
        if (Boolean.getBoolean("vanban.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail("pages of " + sample + " changed; if intended, run with -Dvanban.updateGolden=true and review the"
                    + " diff\n" + firstDifference(expected, actual));
        }
    }

    /** Every sample has its golden file, and no golden file is left without its sample. */
    @Test
    void oneGoldenPerSample() throws IOException {
        List<String> samples = samples().map(s -> s.replace(".yaml", ".txt")).toList();
        try (Stream<Path> s = Files.list(GOLDEN)) {
            assertEquals(samples, s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /** A page break moved by one line: the message names the page and the line on both sides. */
    @Test
    void failureNamesTheFirstDifferingPageAndLine() {
        String golden = "=== trang 1 · số 1 (không in) · dọc ===\n¶ a\n  b\n\n=== trang 2 · số 2 · dọc ===\n  c\n";
        String now = "=== trang 1 · số 1 (không in) · dọc ===\n¶ a\n\n=== trang 2 · số 2 · dọc ===\n  b\n  c\n";
        String message = firstDifference(golden, now);
        assertEquals("page 1 of 2 (golden) / 2 (now) first differs at its line 3:\n  golden:   b\n  now:    (end of page)",
                message.lines().limit(3).collect(java.util.stream.Collectors.joining("\n")));
        assertEquals("(the pages are equal)", firstDifference(golden, golden));
    }

    /** The first page that differs, its first differing line, and both versions of that page. */
    static String firstDifference(String expected, String actual) {
        List<String> want = pages(expected);
        List<String> got = pages(actual);
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            String w = i < want.size() ? want.get(i) : "(no page)\n";
            String g = i < got.size() ? got.get(i) : "(no page)\n";
            if (!w.equals(g)) {
                String[] wl = w.split("\n");
                String[] gl = g.split("\n");
                int line = 0;
                while (line < Math.min(wl.length, gl.length) && wl[line].equals(gl[line])) {
                    line++;
                }
                return "page " + (i + 1) + " of " + want.size() + " (golden) / " + got.size() + " (now) first differs at"
                        + " its line " + (line + 1) + ":\n  golden: " + (line < wl.length ? wl[line] : "(end of page)")
                        + "\n  now:    " + (line < gl.length ? gl[line] : "(end of page)")
                        + "\n--- golden page " + (i + 1) + "\n" + w + "--- page " + (i + 1) + " now\n" + g;
            }
        }
        return "(the pages are equal)";
    }

    /** The dump cut at its page headers, without the blank line between pages. */
    private static List<String> pages(String dump) {
        List<String> out = new ArrayList<>();
        StringBuilder page = new StringBuilder();
        for (String line : dump.split("\n")) {
            if (line.startsWith("=== ") && !page.isEmpty()) {
                out.add(page.toString().stripTrailing() + "\n");
                page.setLength(0);
            }
            page.append(line).append('\n');
        }
        if (!page.isEmpty()) {
            out.add(page.toString().stripTrailing() + "\n");
        }
        return out;
    }
}
