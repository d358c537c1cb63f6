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

    /** How many path-construction operators ("re" boxes and "l" lines) each page draws: tables draw many. */
    public static List<Integer> drawnShapes(Path pdf) throws IOException {
        List<Integer> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (var page : doc.getPages()) {
                var parser = new org.apache.pdfbox.pdfparser.PDFStreamParser(page);
                int n = 0;
                for (Object token : parser.parse()) {
                    if (token instanceof org.apache.pdfbox.contentstream.operator.Operator op
                            && (op.getName().equals("re") || op.getName().equals("l"))) {
                        n++;
                    }
                }
                out.add(n);
            }
        }
        return out;
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
