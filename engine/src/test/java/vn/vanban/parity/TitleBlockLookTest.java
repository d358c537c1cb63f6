package vn.vanban.parity;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.TestPaths;
import vn.vanban.fonts.FontSet;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.load.TemplateSource;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.render.Engine;
import vn.vanban.write.docx.DocxWriter;
import vn.vanban.write.pdf.PdfWriter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The title block as ND30 Phụ lục I draws it, looked at as a person would: page 1 of each sample
 * rasterised at 200 dpi, in our PDF and (where soffice exists) in LibreOffice's rendering of our DOCX.
 * Every short rule of the header and title block (issuing body, Tiêu ngữ, trích yếu) lies below its
 * text with at least 2 pt of clear paper between the lowest ink above it (descenders, the dot below
 * Ạ, Ệ, Ộ) and the rule, and the trích yếu's rule is followed by 6 to 12 pt of clear paper before the
 * first line of the body; so is the end of the body before Nơi nhận and the signature.
 */
class TitleBlockLookTest {
    private static final int DPI = 200;
    private static final double MIN_CLEARANCE_PT = 2.0;
    private static final double MIN_TITLE_SPACE_PT = 6.0;
    private static final double MAX_TITLE_SPACE_PT = 12.0;

    @TempDir
    static Path dir;
    /** Sample → our PDF and, when LibreOffice is installed, its PDF of our DOCX. */
    private static final Map<String, List<Path>> PDFS = new LinkedHashMap<>();

    @BeforeAll
    static void renderAll() throws Exception {
        Engine engine = new Engine(TemplateSource.defaults());
        Nd30Profile profile = Nd30Profile.defaults();
        DocxWriter docx = new DocxWriter(profile, FontSet.bundled());
        PdfWriter pdf = new PdfWriter(profile, FontSet.bundled());
        List<Path> docxFiles = new ArrayList<>();
        Path lo = Files.createDirectories(dir.resolve("lo"));
        boolean office = LibreOffice.available();
        try (Stream<Path> s = Files.list(TestPaths.root().resolve("content"))) {
            for (Path yaml : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                LayoutDocument layout = engine.render(yaml).layout();
                String base = yaml.getFileName().toString().replace(".yaml", "");
                Path p = dir.resolve(base + ".pdf");
                Files.write(p, pdf.write(layout));
                List<Path> both = new ArrayList<>(List.of(p));
                if (office) {
                    Path d = dir.resolve(base + ".docx");
                    Files.write(d, docx.write(layout));
                    docxFiles.add(d);
                    both.add(lo.resolve(base + ".pdf"));
                }
                PDFS.put(base, both);
            }
        }
        if (office) {
            LibreOffice.toPdf(docxFiles, lo);
        }
    }

    /**
     * Between the last body paragraph and the Nơi nhận/signature block, 6 to 12 pt of clear paper below
     * the lowest ink the body's last line can have (its font's descent: a line without descenders
     * shows a little more paper).
     */
    @TestFactory
    Stream<DynamicTest> spaceBeforeTheSignatureBlock() {
        return PDFS.entrySet().stream().flatMap(e -> e.getValue().stream().map(pdf -> DynamicTest.dynamicTest(
                e.getKey() + (pdf.getParent().getFileName().toString().equals("lo") ? " (LibreOffice)" : " (PDF)"),
                () -> {
                    Found n = find(pdf, "Nơi nhận:");
                    if (n == null) {
                        // A biên bản has no Nơi nhận: its block starts with the secretary's title, left.
                        n = find(pdf, "THƯ KÝ");
                    }
                    assertTrue(n != null, "no Nơi nhận: (nor THƯ KÝ) in " + pdf);
                    Page page = Page.of(pdf, n.page());
                    double descent = FontSet.bundled().descent(false, false);
                    double space = page.inkTopOfLine(n) - (n.previousBaseline() + descent * n.previousSize());
                    assertTrue(space >= MIN_TITLE_SPACE_PT && space <= MAX_TITLE_SPACE_PT,
                            String.format("%.1f pt of clear space between the body and Nơi nhận (page %d)", space,
                                    n.page() + 1));
                })));
    }

    /**
     * Where a line starting with {@code text} is: page (0-based), its first glyph's box in points from
     * the top, and the baseline and size of the line before it on the page.
     */
    private record Found(int page, double x, double baseline, double width, double height, double previousBaseline,
                         double previousSize) {
    }

    private static Found find(Path pdf, String text) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            Found[] found = new Found[1];
            TextPosition[] previous = new TextPosition[1];
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String str, List<TextPosition> positions) {
                    TextPosition first = positions.get(0);
                    if (found[0] == null && str.strip().startsWith(text) && previous[0] != null) {
                        found[0] = new Found(getCurrentPageNo() - 1, first.getXDirAdj(), first.getYDirAdj(),
                                first.getWidthDirAdj(), first.getFontSizeInPt(), previous[0].getYDirAdj(),
                                previous[0].getFontSizeInPt());
                    }
                    previous[0] = first;
                }

                @Override
                protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
                    previous[0] = null;
                    super.startPage(page);
                }
            };
            s.setSortByPosition(true);
            s.getText(d);
            return found[0];
        }
    }

    @TestFactory
    Stream<DynamicTest> rulesClearOfTheTextAndSpaceAfterTheTitle() {
        return PDFS.entrySet().stream().flatMap(e -> e.getValue().stream().map(pdf -> DynamicTest.dynamicTest(
                e.getKey() + (pdf.getParent().getFileName().toString().equals("lo") ? " (LibreOffice)" : " (PDF)"),
                () -> check(pdf))));
    }

    private static void check(Path pdf) throws IOException {
        Page page = Page.of(pdf);
        List<Rule> rules = page.shortRules();
        assertFalse(rules.isEmpty(), "no rule found on page 1 of " + pdf);
        for (Rule r : rules) {
            double clear = page.clearAbove(r);
            assertTrue(clear >= MIN_CLEARANCE_PT, String.format(
                    "rule at %.1f pt from the top (%.0f pt long) has %.1f pt of clear space above it", r.top() * pt(),
                    (r.x2() - r.x1()) * pt(), clear));
        }
        // The trích yếu's rule: the lowest short rule of the title area.
        Rule subject = rules.get(rules.size() - 1);
        double space = page.clearBelow(subject);
        assertTrue(space >= MIN_TITLE_SPACE_PT && space <= MAX_TITLE_SPACE_PT,
                String.format("%.1f pt of clear space between the trích yếu's rule and the body", space));
    }

    private static double pt() {
        return 72.0 / DPI;
    }

    /** A horizontal rule found on the page: its rows and its extent, in pixels. */
    private record Rule(int top, int bottom, int x1, int x2) {
    }

    /** Page 1 as grey pixels, ink being anything darker than mid-grey. */
    private record Page(BufferedImage image) {
        static Page of(Path pdf) throws IOException {
            return of(pdf, 0);
        }

        static Page of(Path pdf, int index) throws IOException {
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                return new Page(new PDFRenderer(d).renderImageWithDPI(index, DPI, ImageType.GRAY));
            }
        }

        /**
         * The top of the ink of a word's line, in points from the top of the page: going up from the word's
         * baseline over the left half of the page, the last ink row before a run of blank rows at least
         * 2 pt high (blank rows inside a line, between a letter and its accent, are thinner than that).
         */
        double inkTopOfLine(Found f) {
            double s = DPI / 72.0;
            int x1 = Math.max(0, (int) (f.x() * s) - 10);
            int y = (int) ((f.baseline() - f.height() * 0.3) * s);
            int blank = 0;
            for (; y > 0; y--) {
                if (inkInRow(y, x1, image.getWidth() / 2)) {
                    blank = 0;
                } else if (++blank * pt() >= 2.0) {
                    return (y + blank) * pt();
                }
            }
            return 0;
        }

        boolean ink(int x, int y) {
            return (image.getRaster().getSample(x, y, 0)) < 128;
        }

        /**
         * Rules of the header and title (solid runs of ink at least 80 px long, at most 4 px thick, shorter
         * than 60% of the page, so not a table border) in the top 45% of the page, top to bottom.
         */
        List<Rule> shortRules() {
            int w = image.getWidth();
            int h = (int) (image.getHeight() * 0.45);
            List<Rule> out = new ArrayList<>();
            Rule open = null;
            for (int y = 0; y < h; y++) {
                int best = 0;
                int bestStart = 0;
                int run = 0;
                for (int x = 0; x < w; x++) {
                    if (ink(x, y)) {
                        run++;
                        if (run > best) {
                            best = run;
                            bestStart = x - run + 1;
                        }
                    } else {
                        run = 0;
                    }
                }
                boolean isRule = best >= 80 && best < w * 0.6 * 0.75;
                if (isRule && open != null && open.bottom() == y - 1 && Math.abs(open.x1() - bestStart) < 5) {
                    open = new Rule(open.top(), y, Math.max(open.x1(), bestStart), Math.min(open.x2(), bestStart + best));
                } else if (isRule) {
                    if (open != null) {
                        out.add(open);
                    }
                    open = new Rule(y, y, bestStart, bestStart + best);
                }
            }
            if (open != null) {
                out.add(open);
            }
            out.removeIf(r -> r.bottom() - r.top() > 3);
            return out;
        }

        /** Clear space in points between the rule and the lowest ink above it over the rule's width. */
        double clearAbove(Rule r) {
            int y = r.top() - 1;
            while (y > 0 && !inkInRow(y, r.x1(), r.x2())) {
                y--;
            }
            return (r.top() - 1 - y) * pt();
        }

        /** Clear space in points between the rule and the next ink below it, across the page. */
        double clearBelow(Rule r) {
            int y = r.bottom() + 1;
            while (y < image.getHeight() && !inkInRow(y, 0, image.getWidth())) {
                y++;
            }
            return (y - r.bottom() - 1) * pt();
        }

        private boolean inkInRow(int y, int x1, int x2) {
            for (int x = Math.max(0, x1); x < Math.min(image.getWidth(), x2); x++) {
                if (ink(x, y)) {
                    return true;
                }
            }
            return false;
        }
    }
}
