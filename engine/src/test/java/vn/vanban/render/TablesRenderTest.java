package vn.vanban.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import vn.vanban.TestPaths;
import vn.vanban.fonts.FontSet;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.load.TemplateSource;
import vn.vanban.write.docx.DocxReader;
import vn.vanban.write.docx.DocxWriter;
import vn.vanban.write.pdf.PdfWriter;

/**
 * Tables as readers of the outputs see them: spans, repeated header rows and Vietnamese numbers in
 * the DOCX (Apache POI), landscape pages, repeated headers and continuing page numbers in the PDF
 * (PDFBox).
 */
class TablesRenderTest {
    private static final Engine ENGINE = new Engine(TemplateSource.defaults());
    private static final Nd30Profile PROFILE = Nd30Profile.defaults();
    private static byte[] fixtureDocx;
    private static byte[] ngheAnDocx;
    private static byte[] ngheAnPdf;

    @BeforeAll
    static void render() {
        LayoutDocument fixture = ENGINE.render(TestPaths.root().resolve("engine/src/test/resources/golden/bang-nho.yaml")).layout();
        fixtureDocx = new DocxWriter(PROFILE, FontSet.bundled()).write(fixture);
        LayoutDocument ngheAn = ENGINE.render(TestPaths.content("nghe-an-ke-hoach-2023.yaml")).layout();
        ngheAnDocx = new DocxWriter(PROFILE, FontSet.bundled()).write(ngheAn);
        ngheAnPdf = new PdfWriter(PROFILE, FontSet.bundled()).write(ngheAn);
    }

    @Test
    void docxCellsSpanAsTheColumnTreeAndMergesSay() {
        DocxReader d = DocxReader.read(fixtureDocx);
        XWPFTable t = d.tables().stream().filter(x -> x.getText().contains("332.600")).findFirst().orElseThrow();
        XWPFTableRow head = t.getRow(0);
        assertTrue(head.isRepeatHeader(), "first header row repeats on each page");
        assertTrue(t.getRow(1).isRepeatHeader(), "second header row repeats too");
        assertFalse(t.getRow(2).isRepeatHeader());
        // TT reaches down both header rows; "Đánh giá" spans its three verdict columns.
        assertEquals(STMerge.RESTART, pr(head.getCell(0)).getVMerge().getVal());
        assertNotNull(pr(t.getRow(1).getCell(0)).getVMerge());
        XWPFTableCell verdicts = head.getTableCells().stream()
                .filter(c -> c.getText().startsWith("Đánh giá")).findFirst().orElseThrow();
        assertEquals(3, pr(verdicts).getGridSpan().getVal().intValue());
        // Body: sums printed Vietnamese style; the total's label spans the number and name columns.
        XWPFTableRow first = t.getRow(2);
        assertEquals("332.600", first.getCell(2).getText());
        assertEquals("333.200", first.getCell(3).getText());
        XWPFTableRow total = t.getRow(t.getNumberOfRows() - 1);
        assertEquals("Tổng cộng", total.getCell(0).getText());
        assertEquals(2, pr(total.getCell(0)).getGridSpan().getVal().intValue());
        assertEquals("382.600", total.getCell(1).getText());
    }

    @Test
    void docxWideAppendicesAreLandscapeSectionsThatContinueThePageNumbers() throws Exception {
        String xml = part(ngheAnDocx, "word/document.xml");
        // Each appendix label lies in the Word section whose properties follow it; PHỤ LỤC 4 and 5 are
        // adjacent landscape appendices and share one section.
        for (String label : List.of("PHỤ LỤC 2", "PHỤ LỤC 4", "PHỤ LỤC 5", "PHỤ LỤC 7")) {
            assertTrue(sectionAfter(xml, label).contains("w:orient=\"landscape\""), label + " is landscape");
        }
        for (String label : List.of("PHỤ LỤC 1", "PHỤ LỤC 3", "PHỤ LỤC 6")) {
            assertFalse(sectionAfter(xml, label).contains("w:orient=\"landscape\""), label + " is portrait");
        }
        assertFalse(xml.contains("w:start="), "no section restarts the page count");
    }

    /** The section properties that govern the text at {@code label}: the next sectPr after it. */
    private static String sectionAfter(String xml, String label) {
        int at = xml.indexOf(">" + label + "<");
        assertTrue(at >= 0, "no " + label);
        int start = xml.indexOf("<w:sectPr", at);
        return xml.substring(start, xml.indexOf("</w:sectPr>", start));
    }

    @Test
    void ngheAnFormsHaveTheSeedsMergedCells() {
        DocxReader d = DocxReader.read(ngheAnDocx);
        List<XWPFTable> forms = d.tables().stream().filter(t -> t.getNumberOfRows() > 3).toList();
        assertEquals(7, forms.size());
        XWPFTable pl7 = forms.get(6);
        assertEquals(15, pl7.getCTTbl().getTblGrid().sizeOfGridColArray());
        assertEquals("Các mục tiêu, chỉ tiêu", pl7.getRow(0).getCell(0).getText());
        assertEquals(2, pr(pl7.getRow(0).getCell(0)).getGridSpan().getVal().intValue());
        XWPFTableRow goal = pl7.getRow(2);
        assertEquals("Mục tiêu 1", goal.getCell(0).getText());
        assertEquals(14, pr(goal.getCell(1)).getGridSpan().getVal().intValue());
        assertEquals("Chỉ tiêu 1", pl7.getRow(3).getCell(0).getText());
        assertEquals(STMerge.RESTART, pr(pl7.getRow(3).getCell(0)).getVMerge().getVal());
        XWPFTable pl5 = forms.get(4);
        assertEquals(3, (int) pl5.getRows().stream().filter(XWPFTableRow::isRepeatHeader).count());
    }

    @Test
    void pdfWideAppendicesAreLandscapeAndPageNumbersRunOn() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(ngheAnPdf)) {
            int landscape = 0;
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                PDRectangle box = pdf.getPage(i).getMediaBox();
                boolean wide = box.getWidth() > box.getHeight();
                if (wide) {
                    landscape++;
                    assertEquals(842, Math.round(box.getWidth()));
                    assertEquals(595, Math.round(box.getHeight()));
                }
                if (i > 0) {
                    List<String> lines = List.of(text(pdf, i + 1).split("\\R")).stream().map(String::strip).toList();
                    assertTrue(lines.contains(String.valueOf(i + 1)), "page number on page " + (i + 1));
                }
            }
            assertTrue(landscape >= 4, "landscape pages: " + landscape);
        }
    }

    @Test
    void pdfTableHeadersRepeatOnEveryPageTheTableContinuesOn() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(ngheAnPdf)) {
            List<Integer> pl7 = new ArrayList<>();
            boolean in = false;
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                String text = text(pdf, p);
                in = in || text.contains("PHỤ LỤC 7");
                if (in) {
                    pl7.add(p);
                    for (String word : List.of("Các mục tiêu, chỉ tiêu", "ĐVT", "Không", "Vượt")) {
                        assertTrue(text.contains(word), "PHỤ LỤC 7 header word " + word + " on page " + p);
                    }
                }
            }
            assertTrue(pl7.size() >= 2, "PHỤ LỤC 7 runs over pages " + pl7);
        }
    }

    private static CTTcPr pr(XWPFTableCell c) {
        return c.getCTTc().getTcPr();
    }

    private static String text(PDDocument pdf, int page) throws Exception {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(pdf);
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static String part(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }
}
