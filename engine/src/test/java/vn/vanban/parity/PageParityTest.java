package vn.vanban.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.TestPaths;
import vn.vanban.fonts.FontSet;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.render.Engine;
import vn.vanban.load.TemplateSource;
import vn.vanban.write.docx.DocxWriter;
import vn.vanban.write.pdf.PdfWriter;

/**
 * Our PDF is the same document as LibreOffice's rendering of our DOCX: the same number of pages, and
 * each page starts and ends with the same words (a line may wrap differently inside a page).
 * Runs whenever soffice is on the machine; CI installs it.
 */
class PageParityTest {
    /** Words compared at each end of a page. */
    private static final int EDGE = 2;

    @TempDir
    static Path dir;
    private static final Map<String, Path[]> PAIRS = new LinkedHashMap<>();

    @BeforeAll
    static void renderAll() throws Exception {
        assumeTrue(LibreOffice.available(), "soffice not installed");
        Engine engine = new Engine(TemplateSource.defaults());
        Nd30Profile profile = Nd30Profile.defaults();
        DocxWriter docx = new DocxWriter(profile, FontSet.bundled());
        PdfWriter pdf = new PdfWriter(profile, FontSet.bundled());
        List<Path> docxFiles = new ArrayList<>();
        Path lo = Files.createDirectories(dir.resolve("lo"));
        try (Stream<Path> s = Files.list(TestPaths.root().resolve("content"))) {
            for (Path yaml : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                LayoutDocument layout = engine.render(yaml).layout();
                String base = yaml.getFileName().toString().replace(".yaml", "");
                Path d = dir.resolve(base + ".docx");
                Path p = dir.resolve(base + ".pdf");
                Files.write(d, docx.write(layout));
                Files.write(p, pdf.write(layout));
                docxFiles.add(d);
                PAIRS.put(base, new Path[] {p, lo.resolve(base + ".pdf")});
            }
        }
        LibreOffice.toPdf(docxFiles, lo);
    }

    @TestFactory
    Stream<DynamicTest> samePagesAsLibreOffice() {
        return PAIRS.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            List<List<String>> ours = PdfPages.words(e.getValue()[0]);
            List<List<String>> theirs = PdfPages.words(e.getValue()[1]);
            List<Integer> shapes = PdfPages.drawnShapes(e.getValue()[0]);
            assertEquals(theirs.size(), ours.size(), "page count, ours vs LibreOffice:\n" + summary(ours));
            for (int i = 0; i < ours.size(); i++) {
                if (edges(ours.get(i)).equals(edges(theirs.get(i)))) {
                    continue;
                }
                // On a page of a bordered table, where the two place the lines of a merged cell that runs
                // over a page break, and the reading order of header cells, may differ: the page must
                // still hold the same words.
                boolean tablePage = shapes.get(i) >= TABLE_SHAPES;
                double shared = shared(ours.get(i), theirs.get(i));
                assertTrue(tablePage && shared >= TABLE_PAGE_SHARED_WORDS, "page " + (i + 1) + " differs (ours | LibreOffice): "
                        + edges(ours.get(i)) + " | " + edges(theirs.get(i)) + ", shared words " + shared);
            }
        }));
    }

    /** Drawn boxes and lines from which a page counts as a table page. */
    private static final int TABLE_SHAPES = 40;
    /** Share of words a table page must have in common with LibreOffice's. */
    private static final double TABLE_PAGE_SHARED_WORDS = 0.97;

    private static String edges(List<String> w) {
        return String.join(" ", w.subList(0, Math.min(EDGE, w.size()))) + " … "
                + String.join(" ", w.subList(Math.max(0, w.size() - EDGE), w.size()));
    }

    /** Multiset overlap of two word lists, as a share of the longer one. */
    private static double shared(List<String> a, List<String> b) {
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        a.forEach(w -> count.merge(w, 1, Integer::sum));
        int common = 0;
        for (String w : b) {
            Integer n = count.get(w);
            if (n != null && n > 0) {
                count.put(w, n - 1);
                common++;
            }
        }
        return (double) common / Math.max(1, Math.max(a.size(), b.size()));
    }

    /** One line per page: its first and last words. */
    private static String summary(List<List<String>> pages) {
        StringBuilder sb = new StringBuilder(pages.size() + " pages\n");
        for (int i = 0; i < pages.size(); i++) {
            List<String> w = pages.get(i);
            sb.append(i + 1).append(": ")
                    .append(String.join(" ", w.subList(0, Math.min(EDGE, w.size()))))
                    .append(" … ")
                    .append(String.join(" ", w.subList(Math.max(0, w.size() - EDGE), w.size())))
                    .append('\n');
        }
        return sb.toString();
    }
}
