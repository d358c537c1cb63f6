package vn.vanban.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import vn.vanban.SeedSentences;
import vn.vanban.TestPaths;
import vn.vanban.fonts.FontSet;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.load.TemplateSource;
import vn.vanban.write.docx.DocxReader;
import vn.vanban.write.docx.DocxWriter;
import vn.vanban.write.pdf.PdfWriter;

/**
 * Every sentence of each seed plan's body, Nơi nhận and signature appears in what vanban renders,
 * apart from the slips the engine corrects (listed with their reason).
 */
class SeedCoverageTest {
    /** Seed text the engine deliberately prints differently. */
    private static final Set<String> CORRECTED = Set.of(
            "Nơi nhận", // printed as the Nơi nhận title, in bold italic
            "Lưu VT, KGVX (H, D)", // ND30 needs "Lưu:"; printed "- Lưu: VT, KGVX (H, D)."
            "KT.CHỦ TỊCH", // printed "KT. CHỦ TỊCH"
            "Bộ Lao động - TB & XH; (B/c)", // the seed's stray ";" before "(B/c)" is dropped
            "Chủ tịch UBND tỉnh; (B/c)",
            "PCT VX UBND tỉnh; (B/c)",
            // ND30 prints the trích yếu in lower case (bold), where the extraction has capitals.
            "THỰC HIỆN CÔNG TÁC TRẺ EM TRÊN ĐỊA BÀN TỈNH NGHỆ AN NĂM 2023"
    );

    private static final Engine ENGINE = new Engine(TemplateSource.defaults());
    private static final Nd30Profile PROFILE = Nd30Profile.defaults();

    /** The text a reader of each format sees, read back with an independent reader. */
    private static String readBack(String format, LayoutDocument layout) throws Exception {
        return switch (format) {
            case "docx" -> {
                DocxReader d = DocxReader.read(new DocxWriter(PROFILE, FontSet.bundled()).write(layout));
                StringBuilder sb = new StringBuilder();
                d.allParagraphs().forEach(p -> sb.append(p.getText()).append('\n'));
                d.doc.getFootnotes().forEach(f -> f.getParagraphs().forEach(p -> sb.append(p.getText()).append('\n')));
                yield sb.toString();
            }
            case "pdf" -> {
                try (PDDocument pdf = Loader.loadPDF(new PdfWriter(PROFILE, FontSet.bundled()).write(layout))) {
                    yield withoutPageFurniture(new PDFTextStripper().getText(pdf), layout);
                }
            }
            default -> LayoutText.of(layout);
        };
    }

    /**
     * A sentence may run on to the next page: page numbers and footnote areas in between are taken
     * out (and the footnote texts checked to be there), so the running text reads on.
     */
    private static String withoutPageFurniture(String pdfText, LayoutDocument layout) {
        String text = SeedSentences.normalize(pdfText.lines().filter(l -> !l.strip().matches("\\d+"))
                .reduce("", (a, b) -> a + "\n" + b));
        int n = 0;
        for (String note : footnotes(layout)) {
            String marked = ++n + " " + SeedSentences.normalize(note);
            if (!text.contains(marked)) {
                throw new AssertionError("footnote " + n + " not found on its page");
            }
            text = text.replace(marked, " ");
        }
        return text;
    }

    private static java.util.List<String> footnotes(LayoutDocument layout) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (var section : layout.sections()) {
            for (var block : section.blocks()) {
                if (block instanceof vn.vanban.layout.Block.Paragraph p) {
                    p.content().stream().filter(i -> i instanceof vn.vanban.layout.Inline.FootnoteRef)
                            .forEach(i -> out.add(vn.vanban.layout.Inline.plainText(
                                    ((vn.vanban.layout.Inline.FootnoteRef) i).note())));
                }
            }
        }
        return out;
    }

    /** A line may break after a hyphen ("LĐTBXH-" / "TTTT"); read back, that is "- " inside a word. */
    private static String joinBrokenHyphens(String s) {
        return s.replaceAll("(?<=[\\p{L}\\p{N}])- (?=[\\p{L}\\p{N}])", "-");
    }

    @ParameterizedTest(name = "{0} as {3}")
    @CsvSource({
            "nghe-an-ke-hoach-2023.yaml, nghe-an-ke-hoach-2023.txt, BÁO CÁO, docx",
            "thua-thien-hue-ke-hoach-2023.yaml, thua-thien-hue-ke-hoach-2023.txt, , docx",
            "bao-linh-ke-hoach-2024.yaml, bao-linh-ke-hoach-2024.txt, Phụ lục 01, docx",
            "nghe-an-ke-hoach-2023.yaml, nghe-an-ke-hoach-2023.txt, BÁO CÁO, pdf",
            "thua-thien-hue-ke-hoach-2023.yaml, thua-thien-hue-ke-hoach-2023.txt, , pdf",
            "bao-linh-ke-hoach-2024.yaml, bao-linh-ke-hoach-2024.txt, Phụ lục 01, pdf"})
    void everySeedSentenceIsRendered(String content, String seed, String stopAt, String format) throws Exception {
        Path seedFile = TestPaths.seed(seed);
        String text = joinBrokenHyphens(SeedSentences.normalize(
                readBack(format, ENGINE.render(TestPaths.content(content)).layout())));
        List<String> missing = SeedSentences.of(seedFile, stopAt).stream()
                .filter(s -> !CORRECTED.contains(s))
                .filter(s -> !text.contains(joinBrokenHyphens(s)))
                .toList();
        assertEquals(List.of(), missing);
    }
}
