package vn.vanban.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.vanban.TestPaths;
import vn.vanban.diag.Diagnostics;
import vn.vanban.layout.LayoutDocument;

/**
 * For every content sample: render it, import our own DOCX and our own PDF, and get back a content
 * file that passes check, has the same structure (numbered sections with their numbers, tasks,
 * tables, recipients, signature, appendices) and renders at least 99% of the same words in order.
 */
class ImportOwnOutputsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource({
            "bao-linh-ke-hoach-2024.yaml, docx", "bao-linh-ke-hoach-2024.yaml, pdf",
            "thua-thien-hue-ke-hoach-2023.yaml, docx", "thua-thien-hue-ke-hoach-2023.yaml, pdf",
            "nghe-an-ke-hoach-2023.yaml, docx", "nghe-an-ke-hoach-2023.yaml, pdf",
            "nghe-an-phu-luc-4-2023.yaml, docx", "nghe-an-phu-luc-4-2023.yaml, pdf",
            "bao-linh-bao-cao-2024.yaml, docx", "bao-linh-bao-cao-2024.yaml, pdf",
            "dinh-hoa-bao-cao-2024.yaml, docx", "dinh-hoa-bao-cao-2024.yaml, pdf",
            "mau-bao-cao-xa.yaml, docx", "mau-bao-cao-xa.yaml, pdf"})
    void ownOutputComesBack(String sample, String format) throws Exception {
        Path content = TestPaths.content(sample);
        LayoutDocument layout = Rendering.layout(content);
        byte[] bytes = format.equals("docx") ? Rendering.docx(layout) : Rendering.pdf(layout);
        Path source = dir.resolve(sample.replace(".yaml", "." + format));
        Files.write(source, bytes);
        Importer.Result r = ImportSeedsTest.IMPORTER.importFile(source);
        Path file = dir.resolve("content").resolve(sample);
        Files.createDirectories(file.getParent());
        Files.writeString(file, r.yaml(), StandardCharsets.UTF_8);
        assertEquals(List.of(), Rendering.checkErrors(file), r.yaml());

        LayoutDocument imported = Rendering.layout(file);
        Shape before = Shape.of(Rendering.ENGINE.load(content, new Diagnostics()).document(), layout);
        Shape after = Shape.of(Rendering.ENGINE.load(file, new Diagnostics()).document(), imported);
        String original = Rendering.docxText(Rendering.docx(layout));
        String again = Rendering.docxText(Rendering.docx(imported));
        double ratio = WordSequence.ratio(original, again);
        if (System.getProperty("import.dump") != null) {
            Path d = Path.of(System.getProperty("import.dump"));
            Files.createDirectories(d);
            Files.writeString(d.resolve(sample + "." + format + ".before.txt"), String.join("\n", WordSequence.words(original)));
            Files.writeString(d.resolve(sample + "." + format + ".after.txt"), String.join("\n", WordSequence.words(again)));
            Files.writeString(d.resolve(sample + "." + format + ".yaml"), r.yaml());
        }
        System.out.printf("import own %s %s: %.2f%% of %d words in order; %s%n", sample, format, ratio * 100,
                WordSequence.words(original).size(), r.summary());
        r.unplaced().forEach(u -> System.out.println("  unplaced: " + u));
        assertEquals(before.sections(), after.sections(), "numbered sections");
        assertEquals(before.duties(), after.duties(), "tasks");
        assertEquals(before.tables(), after.tables(), "tables");
        assertEquals(before.recipients(), after.recipients(), "recipients");
        assertEquals(before.signature(), after.signature(), "signature");
        assertEquals(before.appendices(), after.appendices(), "appendices");
        assertEquals(before.closing(), after.closing(), "closing sentence");
        assertTrue(ratio >= 0.99, sample + " from " + format + ": only " + ratio + " of the words in order");
    }
}
