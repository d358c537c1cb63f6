package vn.vanban.write.pdf;

import vn.vanban.layout.text.TextMetrics;

import org.openpdf.text.pdf.PdfContentByte;

/**
 * Draws marks on a PDF page, turning the layout's top-down coordinates into PDF's bottom-up ones.
 */
final class PagePainter {
    private final TextMetrics measurer;

    PagePainter(TextMetrics measurer) {
        this.measurer = measurer;
    }

    void paint(PdfContentByte cb, double pageHeight, Iterable<Mark> marks) {
        for (Mark mark : marks) {
            switch (mark) {
                case Mark.Text t -> {
                    if (t.style().change() != null) {
                        ChangeBars.text(cb, pageHeight, t, measurer);
                        continue;
                    }
                    cb.beginText();
                    cb.setFontAndSize(measurer.font(t.style()), (float) t.style().size());
                    cb.setTextMatrix((float) t.x(), (float) (pageHeight - t.baseline()));
                    cb.showText(t.text());
                    cb.endText();
                }
                case Mark.Rule r -> {
                    cb.setLineWidth((float) r.thickness());
                    cb.moveTo((float) r.x1(), (float) (pageHeight - r.y()));
                    cb.lineTo((float) r.x2(), (float) (pageHeight - r.y()));
                    cb.stroke();
                }
                case Mark.Box b -> {
                    cb.setLineWidth((float) b.thickness());
                    cb.rectangle((float) b.x(), (float) (pageHeight - b.y() - b.height()),
                            (float) b.width(), (float) b.height());
                    cb.stroke();
                }
            }
        }
    }
}
