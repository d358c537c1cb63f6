package vn.vanban.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.vanban.TestPaths;
import vn.vanban.diag.Diagnostics;
import vn.vanban.layout.LayoutDocument;

/**
 * Text copied out of a PDF (lines broken mid-sentence, page numbers among them, the two columns of
 * the header and signature blocks run together): our own PDF's text, as PDFBox extracts it, imports
 * to the same numbered sections and recipients, passes check and says the same words in order.
 */
class ImportPdfTextTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"bao-linh-ke-hoach-2024.yaml", "thua-thien-hue-ke-hoach-2023.yaml"})
    void textCopiedFromAPdf(String sample) throws Exception {
        LayoutDocument layout = Rendering.layout(TestPaths.content(sample));
        String text;
        try (PDDocument pdf = Loader.loadPDF(Rendering.pdf(layout))) {
            text = new PDFTextStripper().getText(pdf);
        }
        Importer.Result r = ImportSeedsTest.IMPORTER.importText(text, sample.replace(".yaml", ".txt"));
        Path file = dir.resolve("content").resolve(sample);
        Files.createDirectories(file.getParent());
        Files.writeString(file, r.yaml(), StandardCharsets.UTF_8);
        assertEquals(List.of(), Rendering.checkErrors(file), r.yaml());
        LayoutDocument imported = Rendering.layout(file);
        Shape before = Shape.of(Rendering.ENGINE.load(TestPaths.content(sample), new Diagnostics()).document(), layout);
        Shape after = Shape.of(Rendering.ENGINE.load(file, new Diagnostics()).document(), imported);
        double ratio = WordSequence.ratio(Rendering.docxText(Rendering.docx(layout)), Rendering.docxText(Rendering.docx(imported)));
        System.out.printf("import text of the PDF of %s: %.2f%% of the words in order; %s%n", sample, ratio * 100, r.summary());
        assertEquals(before.sections(), after.sections(), "numbered sections");
        assertEquals(before.recipients(), after.recipients(), "recipients");
        assertTrue(r.counts().signature, "signature");
        assertTrue(ratio >= 0.98, sample + ": only " + ratio);
    }
}
