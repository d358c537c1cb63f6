package vn.vanban.write.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a written PDF back with PDFBox: page texts and every glyph's position. */
final class PdfReadBack implements AutoCloseable {
    /** A glyph: x of its left edge, baseline y from the page top, advance width, the character. */
    record Glyph(int page, double x, double baseline, double width, String text) {
    }

    final PDDocument doc;

    PdfReadBack(byte[] pdf) {
        try {
            this.doc = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int pages() {
        return doc.getNumberOfPages();
    }

    /** Text of page {@code n} (1-based), in reading order. */
    String text(int n) {
        try {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            s.setStartPage(n);
            s.setEndPage(n);
            return s.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String allText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= pages(); i++) {
            sb.append(text(i));
        }
        return sb.toString();
    }

    List<Glyph> glyphs(int n) {
        List<Glyph> out = new ArrayList<>();
        try {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        out.add(new Glyph(n, p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), p.getUnicode()));
                    }
                }
            };
            s.setStartPage(n);
            s.setEndPage(n);
            s.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
