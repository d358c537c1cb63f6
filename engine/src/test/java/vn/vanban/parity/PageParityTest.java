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
import vn.vanban.write.pdf.PageModel;
import vn.vanban.write.pdf.PdfWriter;

/**
 * Our PDF is the same document as LibreOffice's rendering of our DOCX: the same number of pages, and
 * each page starts and ends with the same words (a line may wrap differently inside a page). The PDF's page
 * model, which the LibreOffice-free page-break goldens ({@code render.GoldenPagesTest}) hold, is compared
 * with LibreOffice's pages directly too, so those goldens cannot drift from what LibreOffice does.
 * Runs whenever soffice is on the machine; CI installs it.
 */
class PageParityTest {
    /** Words compared at each end of a page. */
    private static final int EDGE = 2;

    @TempDir
    static Path dir;
    private static final Map<String, Path[]> PAIRS = new LinkedHashMap<>();
    /** Each sample's page model, from the same pagination as our PDF: what the page-break goldens hold. */
    private static final Map<String, PageModel> MODELS = new LinkedHashMap<>();

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
                PdfWriter.Written written = pdf.writeWithPages(layout);
                Files.write(p, written.pdf());
                MODELS.put(base, written.pages());
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

    /**
     * The page model against LibreOffice's pages: the same page count; a page that starts (ends) with a
     * paragraph starts (ends) with the same words; one that starts or ends with a two-column block (header,
     * signature) has LibreOffice's edge words among the edge lines of its columns, which LibreOffice may
     * read side by side; on a page of a table, whose cells PDFBox reads line by line across the row, the
     * lines of the first and last body rows are on LibreOffice's page and the page holds the same text.
     */
    @TestFactory
    Stream<DynamicTest> pageModelMatchesLibreOffice() {
        return PAIRS.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            PageModel model = MODELS.get(e.getKey());
            List<List<String>> theirs = PdfPages.words(e.getValue()[1]);
            assertEquals(theirs.size(), model.pages().size(), "page count, page model vs LibreOffice:\n"
                    + summary(model.pages().stream().map(PageModel.Page::words).toList()));
            for (PageModel.Page page : model.pages()) {
                List<String> lo = theirs.get(page.index() - 1);
                String problem = modelPageProblem(page, lo);
                assertTrue(problem == null, e.getKey() + " page " + page.index() + ": " + problem
                        + "\nLibreOffice: " + edges(lo) + "\npage model:\n" + new PageModel(List.of(page)).dump());
            }
        }));
    }

    /** Why the model's page is not LibreOffice's page {@code lo}, or null. */
    private static String modelPageProblem(PageModel.Page page, List<String> lo) {
        List<String> words = page.words();
        List<PageModel.Block> blocks = page.blocks();
        if (blocks.isEmpty()) {
            return lo.isEmpty() ? null : "an empty page where LibreOffice has words";
        }
        boolean table = blocks.stream().anyMatch(PageModel.Table.class::isInstance);
        if (table && characterShare(words, lo) < TABLE_PAGE_SHARED_WORDS) {
            return "table page shares " + characterShare(words, lo) + " of its text";
        }
        String text = String.join("", lo);
        String start = edgeProblem(blocks.get(0), true, words.subList(0, Math.min(EDGE, words.size())),
                lo.subList(0, Math.min(EDGE, lo.size())), text);
        if (start != null) {
            return "start: " + start;
        }
        if (!page.notes().isEmpty()) {
            List<String> last = words.subList(Math.max(0, words.size() - EDGE), words.size());
            List<String> theirs = lo.subList(Math.max(0, lo.size() - EDGE), lo.size());
            return last.equals(theirs) ? null : "end (a footnote): " + last + " vs " + theirs;
        }
        String end = edgeProblem(blocks.get(blocks.size() - 1), false, words.subList(Math.max(0, words.size() - EDGE),
                words.size()), lo.subList(Math.max(0, lo.size() - EDGE), lo.size()), text);
        return end == null ? null : "end: " + end;
    }

    /** Whether the block at one edge of a page agrees with LibreOffice's edge words there, or why not. */
    private static String edgeProblem(PageModel.Block block, boolean start, List<String> ours, List<String> theirs,
                                      String loText) {
        switch (block) {
            case PageModel.Paragraph p -> {
                return ours.equals(theirs) ? null : ours + " vs " + theirs;
            }
            case PageModel.Columns c -> {
                List<String> lines = new ArrayList<>();
                for (List<String> column : List.of(c.left(), c.right())) {
                    if (!column.isEmpty()) {
                        lines.add(column.get(start ? 0 : column.size() - 1));
                    }
                }
                List<String> allowed = lines.stream().flatMap(l -> List.of(l.replace('\u00A0', ' ').strip().split("\\s+")).stream()).toList();
                return allowed.containsAll(theirs) ? null : theirs + " not in the edge lines " + lines;
            }
            case PageModel.Table t -> {
                List<PageModel.Row> body = t.rows().stream().filter(r -> r.kind() == PageModel.Row.Kind.BODY).toList();
                if (body.isEmpty()) {
                    return "a table with no body row";
                }
                PageModel.Row row = body.get(start ? 0 : body.size() - 1);
                for (PageModel.Cell cell : row.cells()) {
                    for (String line : cell.lines()) {
                        if (!loText.contains(line.replaceAll("\\s+", ""))) {
                            return "the line \"" + line + "\" of the " + (start ? "first" : "last") + " row is not on"
                                    + " LibreOffice's page";
                        }
                    }
                }
                return null;
            }
        }
    }

    /** Multiset overlap of the non-space characters of two word lists, as a share of the longer one. */
    private static double characterShare(List<String> a, List<String> b) {
        return shared(characters(a), characters(b));
    }

    private static List<String> characters(List<String> words) {
        return String.join("", words).codePoints().mapToObj(Character::toString).toList();
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
