package vn.vanban.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.vanban.TestPaths;
import vn.vanban.fonts.FontSet;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.load.TemplateSource;
import vn.vanban.write.docx.DocxWriter;
import vn.vanban.write.pdf.PdfWriter;

/**
 * The outputs do not depend on the machine's default locale: under Arabic, Persian and Thai defaults (whose
 * digits are not ASCII) and Turkish (whose i/I case mapping differs), the DOCX and the PDF are byte for byte
 * those of the root locale, and the PDF is sound (PDFBox reads it; {@code qpdf --check} passes where qpdf is
 * installed, as in CI).
 */
class LocaleProofTest {
    private static final Path SAMPLE = TestPaths.content("nghe-an-ke-hoach-2023.yaml");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"ar-EG", "fa-IR", "th-TH-u-nu-thai", "tr-TR"})
    void sameBytesUnderAnyDefaultLocale(String tag) throws Exception {
        byte[][] reference = render(Locale.ROOT);
        Locale locale = Locale.forLanguageTag(tag);
        if (!tag.startsWith("tr")) {
            // The case must really put foreign digits in default formatting, or it proves nothing.
            Locale saved = Locale.getDefault();
            try {
                Locale.setDefault(locale);
                assertNotEquals("0000000042", String.format("%010d", 42), tag + " formats digits in ASCII");
            } finally {
                Locale.setDefault(saved);
            }
        }
        byte[][] under = render(locale);
        assertArrayEquals(reference[0], under[0], "DOCX under " + tag);
        assertArrayEquals(reference[1], under[1], "PDF under " + tag);
        try (PDDocument pdf = Loader.loadPDF(under[1])) {
            assertEquals(39, pdf.getNumberOfPages());
        }
        qpdfCheck(under[1], tag);
    }

    /** Engine and writers made and run with {@code locale} as the JVM's default, restored after. */
    private static byte[][] render(Locale locale) {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(locale);
            Engine engine = new Engine(TemplateSource.defaults());
            LayoutDocument layout = engine.render(SAMPLE).layout();
            Nd30Profile profile = Nd30Profile.defaults();
            return new byte[][] {
                new DocxWriter(profile, FontSet.bundled()).write(layout),
                new PdfWriter(profile, FontSet.bundled()).write(layout),
            };
        } finally {
            Locale.setDefault(saved);
        }
    }

    private void qpdfCheck(byte[] pdf, String tag) throws IOException, InterruptedException {
        Path qpdf = null;
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            if (qpdf == null && Files.isExecutable(Path.of(d, "qpdf"))) {
                qpdf = Path.of(d, "qpdf");
            }
        }
        assumeTrue(qpdf != null, "qpdf not installed (CI installs it)");
        Path file = dir.resolve(tag + ".pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder(qpdf.toString(), "--check", file.toString()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), tag + ": " + new String(out, StandardCharsets.UTF_8));
    }
}
