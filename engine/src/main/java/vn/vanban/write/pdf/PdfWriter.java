package vn.vanban.write.pdf;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfName;

import vn.vanban.layout.text.TextMetrics;
import vn.vanban.fonts.FontSet;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.PageSection;
import vn.vanban.layout.Revisions;
import vn.vanban.layout.Role;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.write.DocumentWriter;

/**
 * Writes the layout model as PDF with its own line breaking and pagination (see {@link Paginator}), so
 * that pages match LibreOffice's rendering of the DOCX writer's output. OpenPDF only draws the result. The same
 * pagination, described as text and structure, is public as {@link #pages} ({@link PageModel}).
 *
 * <p>Thread-safe: it holds the profile, the fonts, a concurrent cache of their glyph advances and the
 * page numbers as set; each {@link #write} builds its own state.
 */
public final class PdfWriter implements DocumentWriter {
    private static final String PRODUCER = "vanban";
    /** Dates are the document's own, read as Vietnam time (UTC+7, no daylight saving). */
    private static final TimeZone VIETNAM = TimeZone.getTimeZone("GMT+07:00");
    /** Stands in for the date of an undated draft so its bytes stay reproducible. */
    private static final LocalDate UNDATED = LocalDate.of(2020, 1, 1);

    private final Nd30Profile profile;
    private final FontSet fonts;
    private final PageNumbers numbers;

    public PdfWriter(Nd30Profile profile, FontSet fonts) {
        this.profile = profile;
        this.fonts = fonts;
        this.numbers = new PageNumbers(profile, new ParagraphSetter(TextMetrics.of(fonts), Revisions.NONE));
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public byte[] write(LayoutDocument document) {
        return write(document, Revisions.NONE);
    }

    /** A redline: inserted text underlined in colour, deleted text struck through, a bar in the margin. */
    @Override
    public byte[] write(LayoutDocument document, Revisions revisions) {
        return draw(document, paginate(document, revisions), revisions);
    }

    /**
     * The pages {@link #write} draws, described as text and structure: what is on each page, for page-break
     * golden files and for comparing with LibreOffice's pages.
     */
    public PageModel pages(LayoutDocument document) {
        Paginated paginated = paginate(document, Revisions.NONE);
        return new PageReader(profile, paginated.measurer()).read(paginated.pages());
    }

    /** The PDF and its page model from one pagination. */
    public Written writeWithPages(LayoutDocument document) {
        Paginated paginated = paginate(document, Revisions.NONE);
        return new Written(draw(document, paginated, Revisions.NONE),
                new PageReader(profile, paginated.measurer()).read(paginated.pages()));
    }

    /** A PDF and the model of its pages. */
    public record Written(byte[] pdf, PageModel pages) {
    }

    /** The one pagination of a document, shared by the PDF and its page model. */
    private record Paginated(List<Paginator.Page> pages, TextMetrics measurer) {
    }

    private Paginated paginate(LayoutDocument document, Revisions revisions) {
        TextMetrics measurer = TextMetrics.of(fonts);
        ParagraphSetter setter = new ParagraphSetter(measurer, revisions);
        Footnotes notes = new Footnotes(setter, profile.style(Role.FOOTNOTE));
        BlockLayout blocks = new BlockLayout(profile, setter);
        List<Flow.Section> sections = new ArrayList<>();
        for (PageSection section : document.sections()) {
            sections.add(blocks.layout(section, notes));
        }
        return new Paginated(new Paginator(profile).paginate(sections), measurer);
    }

    private byte[] draw(LayoutDocument document, Paginated p, Revisions revisions) {
        return DeterministicPdf.fix(render(document, p.pages(), p.measurer(), revisions));
    }

    private byte[] render(LayoutDocument document, List<Paginator.Page> pages, TextMetrics measurer,
                          Revisions revisions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PagePainter painter = new PagePainter(measurer);
        Document pdf = new Document(pageSize(pages.isEmpty() ? PageSection.Orientation.PORTRAIT
                : pages.get(0).orientation()));
        org.openpdf.text.pdf.PdfWriter writer = org.openpdf.text.pdf.PdfWriter.getInstance(pdf, out);
        writer.setPdfVersion(org.openpdf.text.pdf.PdfWriter.VERSION_1_7);
        if (document.title() != null) {
            pdf.addTitle(document.title());
        }
        pdf.addProducer(PRODUCER);
        PdfDate date = pdfDate(document.date());
        pdf.addModificationDate(date);
        pdf.open();
        // Document.addCreationDate(PdfDate) stamps the clock instead, so set the entry directly.
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        boolean first = true;
        for (Paginator.Page page : pages) {
            Rectangle size = pageSize(page.orientation());
            if (!first) {
                pdf.setPageSize(size);
                pdf.newPage();
            }
            first = false;
            writer.setPageEmpty(false);
            painter.paint(writer.getDirectContent(), size.getHeight(), page.marks());
            if (!revisions.isEmpty()) {
                ChangeBars.paint(writer.getDirectContent(), size.getHeight(), page.marks(),
                        Units.pt(profile.margins(page.orientation()).left()) - Units.pt(profile.changeBarGap()),
                        Units.pt(profile.changeBarWidth()));
            }
            painter.paint(writer.getDirectContent(), size.getHeight(), numbers.marks(page.orientation(), page.number()));
        }
        if (pages.isEmpty()) {
            writer.setPageEmpty(false);
        }
        pdf.close();
        return out.toByteArray();
    }

    /** A real landscape MediaBox (width greater than height), not a rotated portrait page. */
    private Rectangle pageSize(PageSection.Orientation o) {
        return new Rectangle((float) Units.pt(profile.pageWidth(o)), (float) Units.pt(profile.pageHeight(o)));
    }

    private static PdfDate pdfDate(LocalDate date) {
        LocalDate d = date == null ? UNDATED : date;
        GregorianCalendar cal = new GregorianCalendar(VIETNAM);
        cal.clear();
        cal.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth());
        return new PdfDate(cal);
    }
}
