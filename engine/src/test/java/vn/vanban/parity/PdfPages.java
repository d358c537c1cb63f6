package vn.vanban.parity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The words of each page of a PDF as a reader sees them, page number lines left out. */
public final class PdfPages {
    private PdfPages() {
    }

    public static List<List<String>> words(Path pdf) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                List<String> words = new ArrayList<>();
                for (String line : s.getText(doc).split("\\R")) {
                    String t = line.strip();
                    if (t.matches("\\d+")) {
                        continue; // the page number in the top margin
                    }
                    words.addAll(Arrays.stream(t.replace('\u00A0', ' ').split("\\s+")).filter(w -> !w.isEmpty()).toList());
                }
                pages.add(words);
            }
        }
        return pages;
    }
}
