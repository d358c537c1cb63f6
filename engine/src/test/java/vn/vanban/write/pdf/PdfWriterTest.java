package vn.vanban.write.pdf;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.vanban.fonts.FontSet;
import vn.vanban.layout.Block;
import vn.vanban.layout.Inline;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.PageSection;
import vn.vanban.layout.Role;
import vn.vanban.profile.Nd30Profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfWriterTest {
    /** Half a point: below any layout step, above PDF coordinate rounding. */
    private static final double TOLERANCE = 0.5;
    private static final Nd30Profile PROFILE = Nd30Profile.defaults();
    private static final PdfWriter WRITER = new PdfWriter(PROFILE, FontSet.bundled());
    private static byte[] pdf;

    @BeforeAll
    static void write() {
        pdf = WRITER.write(SampleDocument.build());
    }

    @Test
    void extensionIsPdf() {
        assertEquals("pdf", WRITER.extension());
    }

    @Test
    void portraitPagesAreA4AndTheAppendixIsRealLandscape() throws IOException {
        try (PdfReadBack r = new PdfReadBack(pdf)) {
            PDRectangle first = r.doc.getPage(0).getMediaBox();
            assertEquals(595, Math.round(first.getWidth()));
            assertEquals(842, Math.round(first.getHeight()));
            PDPage last = r.doc.getPage(r.pages() - 1);
            assertEquals(842, Math.round(last.getMediaBox().getWidth()));
            assertEquals(595, Math.round(last.getMediaBox().getHeight()));
            assertEquals(0, last.getRotation());
            assertTrue(r.allText().contains("Phụ lục I"));
        }
    }

    @Test
    void textComesInDocumentOrder() throws IOException {
        try (PdfReadBack r = new PdfReadBack(pdf)) {
            String text = r.allText().replaceAll("\\s+", " ");
            int at = -1;
            for (String s : List.of("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI", "KẾ HOẠCH", "năm 2024", "I. MỤC ĐÍCH, YÊU CẦU",
                    "Thực hiện Nghị định số 30/2020/NĐ-CP", "1. Nhiệm vụ trọng tâm số 1", "- Rà soát hồ sơ",
                    "+ Số hóa tài liệu", "./.", "Nơi nhận:", "Nguyễn Văn An", "Phụ lục I", SampleDocument.HEADER_CELL)) {
                int next = text.indexOf(s, at + 1);
                assertTrue(next > at, () -> "\"" + s + "\" missing or out of order");
                at = next;
            }
        }
    }

    @Test
    void everyFontIsEmbeddedAsASubset() throws IOException {
        try (PdfReadBack r = new PdfReadBack(pdf)) {
            int fonts = 0;
            for (PDPage page : r.doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " not embedded");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+LiberationSerif.*"), font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
        }
    }

    @Test
    void textStaysInsideTheMarginsExceptThePageNumber() throws IOException {
        try (PdfReadBack r = new PdfReadBack(pdf)) {
            for (int p = 1; p <= r.pages(); p++) {
                PDRectangle box = r.doc.getPage(p - 1).getMediaBox();
                PageSection.Orientation o = box.getWidth() > box.getHeight()
                        ? PageSection.Orientation.LANDSCAPE : PageSection.Orientation.PORTRAIT;
                Nd30Profile.Margins m = PROFILE.margins(o);
                for (PdfReadBack.Glyph g : r.glyphs(p)) {
                    String where = "page " + p + " glyph '" + g.text() + "' at " + g.x() + "," + g.baseline();
                    assertTrue(g.x() >= m.left().points() - TOLERANCE, where);
                    assertTrue(g.x() + g.width() <= box.getWidth() - m.right().points() + TOLERANCE, where);
                    assertTrue(g.baseline() <= box.getHeight() - m.bottom().points() + TOLERANCE, where);
                    if (g.baseline() < m.top().points()) {
                        assertTrue(g.text().matches("\\d"), "only the page number sits in the top margin: " + where);
                    }
                }
            }
        }
    }

    @Test
    void pageNumbersAreAbsentOnPageOneAndCountOnLaterPages() throws IOException {
        try (PdfReadBack r = new PdfReadBack(pdf)) {
            assertTrue(r.pages() >= 6, "sample should span several pages, got " + r.pages());
            assertEquals("", topMarginText(r, 1));
            for (int p = 2; p <= r.pages(); p++) {
                assertEquals(Integer.toString(p), topMarginText(r, p), "page " + p);
                PDRectangle box = r.doc.getPage(p - 1).getMediaBox();
                PageSection.Orientation o = box.getWidth() > box.getHeight()
                        ? PageSection.Orientation.LANDSCAPE : PageSection.Orientation.PORTRAIT;
                List<PdfReadBack.Glyph> digits = r.glyphs(p).stream()
                        .filter(g -> g.baseline() < PROFILE.margins(o).top().points()).toList();
                double left = digits.get(0).x();
                double right = digits.get(digits.size() - 1).x() + digits.get(digits.size() - 1).width();
                double centre = PROFILE.margins(o).left().points() + PROFILE.textWidth(o).points() / 2;
                assertEquals(centre, (left + right) / 2, TOLERANCE, "page number centred on page " + p);
            }
        }
    }

    @Test
    void numberingRestartsWhereASectionAsks() throws IOException {
        LayoutDocument base = SampleDocument.build();
        PageSection appendix = base.sections().get(1);
        LayoutDocument restarted = new LayoutDocument(base.title(), base.date(), List.of(base.sections().get(0),
                new PageSection(appendix.orientation(), true, appendix.blocks())));
        try (PdfReadBack r = new PdfReadBack(WRITER.write(restarted)); PdfReadBack plain = new PdfReadBack(pdf)) {
            int firstAppendixPage = firstPageContaining(plain, "Phụ lục I");
            assertEquals(Integer.toString(firstAppendixPage), topMarginText(plain, firstAppendixPage));
            assertEquals("", topMarginText(r, firstAppendixPage), "restarted section's page 1 has no number");
            assertEquals("2", topMarginText(r, firstAppendixPage + 1));
        }
    }

    @Test
    void tableHeaderRowsRepeatOnEveryPageTheTableCrosses() throws IOException {
        try (PdfReadBack r = new PdfReadBack(pdf)) {
            int first = firstPageContaining(r, "Nhiệm vụ số 1:");
            int last = firstPageContaining(r, "Nhiệm vụ gộp 30");
            assertTrue(last > first, "the table should cross a page");
            for (int p = first; p <= last; p++) {
                String t = r.text(p);
                assertTrue(t.contains(SampleDocument.HEADER_CELL) && t.contains(SampleDocument.SECOND_HEADER_CELL),
                        "header rows on page " + p);
            }
        }
    }

    @Test
    void footnoteSitsAtTheBottomOfTheReferencingPage() throws IOException {
        try (PdfReadBack r = new PdfReadBack(pdf)) {
            int p = firstPageContaining(r, "Thực hiện Nghị định");
            String note = SampleDocument.FOOTNOTE_TEXT.substring(0, 20);
            assertTrue(r.text(p).contains("1 " + note) || r.text(p).contains("1" + note), r.text(p));
            List<PdfReadBack.Glyph> glyphs = r.glyphs(p);
            double noteY = glyphs.stream().filter(g -> g.text().equals("Q")).mapToDouble(PdfReadBack.Glyph::baseline)
                    .max().orElseThrow();
            double bodyBottom = glyphs.stream().filter(g -> g.baseline() < noteY - TOLERANCE)
                    .mapToDouble(PdfReadBack.Glyph::baseline).max().orElseThrow();
            assertTrue(noteY > bodyBottom, "note below the body");
            double pageBottom = r.doc.getPage(p - 1).getMediaBox().getHeight() - PROFILE.portrait().bottom().points();
            assertTrue(pageBottom - noteY < PROFILE.style(Role.FOOTNOTE).lineHeight().points(), "note at the bottom");
            assertFalse(r.allText().substring(r.allText().indexOf(note) + note.length()).contains(note),
                    "the note is printed once");
        }
    }

    @Test
    void signatureSharesItsPageWithTheEndOfTheBody() throws IOException {
        try (PdfReadBack r = new PdfReadBack(pdf)) {
            int end = firstPageContaining(r, "./.");
            assertEquals(end, firstPageContaining(r, "Nơi nhận:"));
            assertEquals(end, firstPageContaining(r, "Nguyễn Văn An"));
        }
    }

    @Test
    void justifiedLinesReachTheRightMargin() throws IOException {
        try (PdfReadBack r = new PdfReadBack(pdf)) {
            double right = 595.28 - PROFILE.portrait().right().points();
            long full = r.glyphs(2).stream()
                    .collect(Collectors.groupingBy(g -> Math.round(g.baseline())))
                    .values().stream()
                    .filter(line -> Math.abs(line.stream().mapToDouble(g -> g.x() + g.width()).max().orElse(0) - right) < TOLERANCE)
                    .count();
            assertTrue(full >= 20, "most lines of page 2 are justified flush right, got " + full);
        }
    }

    @Test
    void headingNeverEndsAPage() throws IOException {
        try (PdfReadBack r = new PdfReadBack(pdf)) {
            for (int p = 1; p <= r.pages(); p++) {
                String[] lines = r.text(p).strip().split("\\R");
                String lastBodyLine = lines[lines.length - 1];
                assertFalse(lastBodyLine.contains("Nhiệm vụ trọng tâm"), "page " + p + " ends with a heading");
            }
        }
    }

    @Test
    void metadataIsFixedByTheDocument() throws IOException {
        try (PdfReadBack r = new PdfReadBack(pdf)) {
            assertEquals("Kế hoạch chuyển đổi số", r.doc.getDocumentInformation().getTitle());
            assertEquals("vanban", r.doc.getDocumentInformation().getProducer());
            Calendar created = r.doc.getDocumentInformation().getCreationDate();
            assertEquals(2024, created.get(Calendar.YEAR));
            assertEquals(Calendar.JANUARY, created.get(Calendar.MONTH));
            assertEquals(5, created.get(Calendar.DAY_OF_MONTH));
            assertTrue(r.doc.getVersion() >= 1.4f);
        }
    }

    @Test
    void sameDocumentGivesSameBytesEvenFromManyThreads() throws Exception {
        assertArrayEquals(pdf, WRITER.write(SampleDocument.build()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> WRITER.write(SampleDocument.build())));
            }
            for (Future<byte[]> f : results) {
                assertArrayEquals(pdf, f.get());
            }
        } finally {
            pool.shutdown();
        }
        LayoutDocument base = SampleDocument.build();
        byte[] other = WRITER.write(new LayoutDocument(base.title(), LocalDate.of(2024, 2, 1), base.sections()));
        assertFalse(java.util.Arrays.equals(pdf, other), "the date is part of the file");
        byte[] undated = WRITER.write(new LayoutDocument(base.title(), null, base.sections()));
        assertArrayEquals(undated, WRITER.write(new LayoutDocument(base.title(), null, base.sections())));
    }

    @Test
    void characterTheFontCannotDrawIsRefusedByName() {
        for (String bad : List.of("\uD83D\uDE00", "\u4E2D")) {
            String text = "Báo cáo kết quả " + bad + " năm 2024";
            LayoutDocument doc = new LayoutDocument("x", null, List.of(new PageSection(
                    PageSection.Orientation.PORTRAIT, false,
                    List.of(new Block.Paragraph(Role.BODY, List.of(Inline.Span.plain(text)))))));
            UnsupportedCharacterException e = assertThrows(UnsupportedCharacterException.class, () -> WRITER.write(doc));
            String hex = String.format("U+%04X", bad.codePointAt(0));
            assertTrue(e.getMessage().contains(hex), e.getMessage());
            assertTrue(e.getMessage().contains(bad), e.getMessage());
            assertTrue(e.getMessage().contains(text), e.getMessage());
        }
    }

    @Test
    void aRowTallerThanAPageIsSplitBetweenLinesUnderRepeatedHeaders() throws IOException {
        vn.vanban.layout.Table base = SampleDocument.table();
        String tall = (SampleDocument.SENTENCE.repeat(30) + "KẾT THÚC").strip();
        vn.vanban.layout.Table table = new vn.vanban.layout.Table(base.columns(), base.headerRows(), List.of(
                new vn.vanban.layout.Table.Row(List.of(SampleDocument.cell("1", 1, 1), SampleDocument.cell(tall, 1, 1),
                        SampleDocument.cell("Sở Nội vụ", 1, 1), SampleDocument.cell("Các sở", 1, 1)), false)));
        LayoutDocument doc = new LayoutDocument("t", null, List.of(new PageSection(PageSection.Orientation.LANDSCAPE,
                false, List.of(new Block.TableBlock(table)))));
        try (PdfReadBack r = new PdfReadBack(WRITER.write(doc))) {
            assertTrue(r.pages() >= 2, "the row should need two pages");
            assertTrue(r.text(r.pages()).contains("KẾT THÚC"));
            Nd30Profile.Margins m = PROFILE.landscape();
            for (int p = 1; p <= r.pages(); p++) {
                assertTrue(r.text(p).contains(SampleDocument.HEADER_CELL), "header on page " + p);
                for (PdfReadBack.Glyph g : r.glyphs(p)) {
                    assertTrue(g.baseline() <= PROFILE.pageWidth().points() - m.bottom().points() + TOLERANCE,
                            "page " + p + " glyph below the margin");
                }
            }
        }
    }

    private static String topMarginText(PdfReadBack r, int page) {
        return r.glyphs(page).stream().filter(g -> g.baseline() < PROFILE.landscape().top().points())
                .map(PdfReadBack.Glyph::text).collect(Collectors.joining());
    }

    private static int firstPageContaining(PdfReadBack r, String s) {
        for (int p = 1; p <= r.pages(); p++) {
            if (r.text(p).contains(s)) {
                return p;
            }
        }
        throw new AssertionError("\"" + s + "\" not found");
    }
}
