package vn.vanban.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
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
 * Sixty headings in a row: a keep-with-next chain taller than a page, which neither Word nor LibreOffice
 * can honour. Our PDF must break it as LibreOffice breaks our DOCX, not put one heading on each page (it
 * gave 43 pages against LibreOffice's 3). LibreOffice stops each page of the chain a few lines short of its
 * foot where we fill it, so the page count is compared (within one, as the issue asks; today it is equal),
 * and every page but the last must be well filled. Runs whenever soffice is on the machine; CI installs it.
 */
class KeepChainParityTest {
    private static final Path SAMPLE = TestPaths.root().resolve("engine/src/test/resources/pagination/sau-muoi-muc.yaml");

    @TempDir
    Path dir;

    @Test
    void sixtyHeadingsPaginateLikeLibreOffice() throws Exception {
        assumeTrue(LibreOffice.available(), "soffice not installed");
        LayoutDocument layout = new Engine(TemplateSource.defaults()).render(SAMPLE).layout();
        Nd30Profile profile = Nd30Profile.defaults();
        Path docx = dir.resolve("sau-muoi-muc.docx");
        Path pdf = dir.resolve("sau-muoi-muc.pdf");
        Files.write(docx, new DocxWriter(profile, FontSet.bundled()).write(layout));
        Files.write(pdf, new PdfWriter(profile, FontSet.bundled()).write(layout));
        Path lo = Files.createDirectories(dir.resolve("lo"));
        LibreOffice.toPdf(List.of(docx), lo);

        List<List<String>> ours = PdfPages.words(pdf);
        List<List<String>> theirs = PdfPages.words(lo.resolve("sau-muoi-muc.pdf"));
        assertTrue(Math.abs(ours.size() - theirs.size()) <= 1,
                "pages: ours " + ours.size() + ", LibreOffice " + theirs.size());
        assertEquals(theirs.size(), ours.size(), "page count");
        // The title block and the first headings share page 1, as in LibreOffice.
        assertTrue(ours.get(0).contains("HOẠCH") && ours.get(0).contains("MỤC"), String.join(" ", ours.get(0)));
        assertTrue(theirs.get(0).contains("HOẠCH") && theirs.get(0).contains("MỤC"), String.join(" ", theirs.get(0)));
        for (int i = 1; i < ours.size() - 1; i++) {
            long headings = ours.get(i).stream().filter("Mục"::equals).count();
            assertTrue(headings >= 20, "page " + (i + 1) + " holds only " + headings + " headings");
        }
    }
}
