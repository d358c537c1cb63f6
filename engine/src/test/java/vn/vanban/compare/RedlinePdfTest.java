package vn.vanban.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.layout.PageSection;
import vn.vanban.profile.Nd30Profile;

/**
 * The marked PDF as a reader sees it (PDFBox): both the deleted and the inserted words are there, drawn
 * in their colours, with a bar in the left margin beside the changed lines and none beside the others;
 * the unchanged document gives as many pages as the normal PDF.
 */
class RedlinePdfTest {
    private static final float DPI = 72;

    @Test
    void changesAreColouredAndBarred(@TempDir Path tmp) throws Exception {
        var v = RedlineSamplesTest.Versions.of(tmp, "nghe-an-ke-hoach-2023.yaml",
                List.of(SampleEdits.WORD, SampleEdits.SECTION_FIRST));
        Comparison c = RedlineSamplesTest.compare(v);
        try (PDDocument pdf = Loader.loadPDF(c.pdf());
             PDDocument plain = Loader.loadPDF(RedlineSamplesTest.FORMATS.writer("pdf")
                     .write(RedlineSamplesTest.ENGINE.render(v.newer()).layout()))) {
            PDFTextStripper text = new PDFTextStripper();
            text.setEndPage(1);
            String first = text.getText(pdf).replaceAll("\\s+", " ");
            assertTrue(first.contains("MỤC THÊM VÀO ĐẦU") && first.contains("khẩn trương"), first);
            assertTrue(first.contains("I.II. MỤC ĐÍCH"), "old and new number side by side: " + first);
            assertEquals(plain.getNumberOfPages(), pdf.getNumberOfPages(), "pages: only a few words were added");

            BufferedImage page = new PDFRenderer(pdf).renderImage(0, DPI / 72);
            int blue = 0;
            int red = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    int rgb = page.getRGB(x, y);
                    int r = (rgb >> 16) & 0xff;
                    int g = (rgb >> 8) & 0xff;
                    int b = rgb & 0xff;
                    blue += b > 120 && r < 100 && g < 140 ? 1 : 0;
                    red += r > 150 && g < 80 && b < 80 ? 1 : 0;
                }
            }
            assertTrue(blue > 200, "inserted text in blue: " + blue + " pixels");
            assertTrue(red > 20, "deleted text in red: " + red + " pixels");

            // The bar: dark pixels in the margin column left of the text, only level with changed lines.
            Nd30Profile p = Nd30Profile.defaults();
            int barX = (int) Math.round(p.margins(PageSection.Orientation.PORTRAIT).left().points()
                    - p.changeBarGap().points());
            int dark = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                int rgb = page.getRGB(barX, y);
                dark += ((rgb >> 16) & 0xff) < 160 ? 1 : 0;
            }
            assertTrue(dark > 40 && dark < page.getHeight() / 3, "bar beside the changed lines only: " + dark);
        }
    }
}
