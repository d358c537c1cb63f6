package vn.vanban.write.docx;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.vanban.fonts.FontSet;
import vn.vanban.profile.Nd30Profile;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Leaves the sample as target/docx-sample/sample.docx for a look in Word or LibreOffice, e.g.
 * {@code soffice --headless --convert-to pdf --outdir /tmp/x sample.docx && pdftoppm -png -r 60 ...}.
 */
class SampleFileTest {
    @Test
    void writesSampleFileForVisualCheck() throws Exception {
        byte[] docx = new DocxWriter(Nd30Profile.defaults(), FontSet.bundled()).write(SampleDocument.create());
        Path dir = Path.of("target", "docx-sample");
        Files.createDirectories(dir);
        Path file = dir.resolve("sample.docx");
        Files.write(file, docx);
        assertTrue(Files.size(file) > 0);
    }
}
