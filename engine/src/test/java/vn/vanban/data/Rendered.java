package vn.vanban.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import vn.vanban.cli.Cli;
import vn.vanban.render.FileTrees;

/** Runs the CLI as a clerk would and reads what it wrote back with POI (DOCX) and PDFBox (PDF). */
public final class Rendered {
    public record Run(int code, String out, String err) {
    }

    private Rendered() {
    }

    public static Run cli(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    /** DOCX text, paragraphs and table cells, white space collapsed. */
    public static String docx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument d = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return collapse(x.getText());
        }
    }

    /** PDF text, white space collapsed (lines are joined, so phrases broken over lines still match). */
    public static String pdf(Path file) throws IOException {
        try (PDDocument d = Loader.loadPDF(file.toFile())) {
            return collapse(new PDFTextStripper().getText(d));
        }
    }

    public static String collapse(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }

    /** A copy of content/so-lieu (catalogue and data files) beside a test's own documents. */
    public static void copyData(Path from, Path to) throws IOException {
        FileTrees.copy(from, to);
    }
}
