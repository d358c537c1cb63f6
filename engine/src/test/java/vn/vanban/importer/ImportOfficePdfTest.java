package vn.vanban.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.TestPaths;
import vn.vanban.diag.Diagnostics;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.parity.LibreOffice;

/**
 * Files made by another program: our DOCX printed to PDF by LibreOffice (other fonts, other line
 * breaks, borders drawn its own way) imports to the same structure and words; the plain-text seeds
 * opened in LibreOffice and saved as Word files (no styles, one paragraph per line, sentences cut by
 * the old page breaks) import, pass check and render at least 98% of the seed's words in order.
 */
class ImportOfficePdfTest {
    @TempDir
    Path dir;

    @Test
    void plainWordFilesImport() throws Exception {
        assumeTrue(LibreOffice.available(), "soffice not installed");
        List<String> seeds = List.of("bao-linh-ke-hoach-2024.txt", "nghe-an-ke-hoach-2023.txt");
        Path profile = Files.createTempDirectory("vanban-lo-profile");
        List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--infilter=Text (encoded):UTF8,LF,,,", "--convert-to", "docx", "--outdir", dir.toString()));
        for (String s : seeds) {
            Files.copy(TestPaths.seed(s), dir.resolve(s));
            cmd.add(dir.resolve(s).toString());
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES), "soffice finished");
        for (String s : seeds) {
            Importer.Result r = ImportSeedsTest.IMPORTER.importFile(dir.resolve(s.replace(".txt", ".docx")));
            Path file = dir.resolve("content").resolve(s.replace(".txt", ".yaml"));
            Files.createDirectories(file.getParent());
            Files.writeString(file, r.yaml(), StandardCharsets.UTF_8);
            assertEquals(List.of(), Rendering.checkErrors(file), s);
            double ratio = WordSequence.ratio(Files.readString(TestPaths.seed(s)),
                    Rendering.docxText(Rendering.docx(Rendering.layout(file))));
            System.out.printf("import plain Word file of %s: %.2f%% of the words in order; %s%n", s, ratio * 100, r.summary());
            assertTrue(ratio >= 0.98, s + ": only " + ratio);
            assertTrue(r.counts().signature && r.counts().recipients > 0, s + ": " + r.summary());
            // Tables pasted cell by cell (tab-led paragraphs) and tasks come out as from the text itself.
            Importer.Result fromText = ImportSeedsTest.IMPORTER.importText(Files.readString(TestPaths.seed(s)), s);
            assertEquals(fromText.counts().tables, r.counts().tables, s + ": tables");
            assertEquals(fromText.counts().tasks, r.counts().tasks, s + ": tasks");
            assertEquals(fromText.counts().recipients, r.counts().recipients, s + ": recipients");
        }
    }

    @Test
    void libreOfficePdfsImport() throws Exception {
        assumeTrue(LibreOffice.available(), "soffice not installed");
        List<String> samples = List.of("bao-linh-bao-cao-2024.yaml", "nghe-an-phu-luc-4-2023.yaml",
                "thua-thien-hue-ke-hoach-2023.yaml");
        List<Path> docx = new ArrayList<>();
        for (String s : samples) {
            Path d = dir.resolve(s.replace(".yaml", ".docx"));
            Files.write(d, Rendering.docx(Rendering.layout(TestPaths.content(s))));
            docx.add(d);
        }
        LibreOffice.toPdf(docx, dir);
        for (String s : samples) {
            Path content = TestPaths.content(s);
            LayoutDocument layout = Rendering.layout(content);
            Importer.Result r = ImportSeedsTest.IMPORTER.importFile(dir.resolve(s.replace(".yaml", ".pdf")));
            Path file = dir.resolve("content").resolve(s);
            Files.createDirectories(file.getParent());
            Files.writeString(file, r.yaml(), StandardCharsets.UTF_8);
            assertEquals(List.of(), Rendering.checkErrors(file), s);
            LayoutDocument imported = Rendering.layout(file);
            Shape before = Shape.of(Rendering.ENGINE.load(content, new Diagnostics()).document(), layout);
            Shape after = Shape.of(Rendering.ENGINE.load(file, new Diagnostics()).document(), imported);
            double ratio = WordSequence.ratio(Rendering.docxText(Rendering.docx(layout)),
                    Rendering.docxText(Rendering.docx(imported)));
            System.out.printf("import LibreOffice PDF of %s: %.2f%% of the words in order; %s%n", s, ratio * 100, r.summary());
            assertEquals(before.sections(), after.sections(), s + ": numbered sections");
            assertEquals(before.tables(), after.tables(), s + ": tables");
            assertEquals(before.recipients(), after.recipients(), s + ": recipients");
            assertEquals(before.signature(), after.signature(), s + ": signature");
            assertTrue(ratio >= 0.99, s + ": only " + ratio);
        }
    }
}
