package vn.vanban.write.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.vanban.TestPaths;
import vn.vanban.fonts.FontSet;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.PageSection.Orientation;
import vn.vanban.load.TemplateSource;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.render.Engine;

/**
 * The page model says what the PDF shows: checked against PDFBox's reading of the very PDF (every character
 * of every page, the page count, the orientation) and, on a document with every kind of block, for its
 * structure (paragraph lines continued over a break, header rows repeated, merged cells, footnotes, the
 * two-column blocks).
 */
class PageModelTest {
    private static final PdfWriter WRITER = new PdfWriter(Nd30Profile.defaults(), FontSet.bundled());

    static List<String> samples() throws IOException {
        try (var s = java.nio.file.Files.list(TestPaths.root().resolve("content"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
    }

    /** Each page of the model holds exactly the characters PDFBox reads on that page of the PDF. */
    @ParameterizedTest
    @MethodSource("samples")
    void modelHoldsWhatThePdfShows(String sample) throws IOException {
        LayoutDocument layout = new Engine(TemplateSource.defaults()).render(TestPaths.content(sample)).layout();
        PdfWriter.Written written = WRITER.writeWithPages(layout);
        assertArrayEquals(WRITER.write(layout), written.pdf(), "one pagination: write() draws what writeWithPages() draws");
        assertEquals(written.pages(), WRITER.pages(layout));
        PageModel model = written.pages();
        try (PdfReadBack pdf = new PdfReadBack(written.pdf())) {
            assertEquals(pdf.pages(), model.pages().size(), "page count");
            for (PageModel.Page page : model.pages()) {
                String context = sample + " page " + page.index();
                Map<Integer, Integer> shown = characters(pdf.text(page.index()));
                String words = String.join("", page.words());
                Map<Integer, Integer> described = characters(page.numberShown() ? words + page.number() : words);
                assertEquals(shown, described, context + ": characters PDFBox reads vs the model's");
                PDRectangle box = pdf.doc.getPage(page.index() - 1).getMediaBox();
                assertEquals(box.getWidth() > box.getHeight(), page.orientation() == Orientation.LANDSCAPE, context);
            }
        }
    }

    @Test
    void structureOfAPlanWithEveryBlock() throws IOException {
        LayoutDocument doc = SampleDocument.build();
        PageModel model = WRITER.pages(doc);
        List<PageModel.Page> pages = model.pages();
        try (PdfReadBack pdf = new PdfReadBack(WRITER.write(doc))) {
            assertEquals(pdf.pages(), pages.size());
        }

        // The header block: two columns, each top to bottom.
        PageModel.Columns header = (PageModel.Columns) pages.get(0).blocks().get(0);
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI", "Số: 05/KH-UBND"), header.left());
        assertEquals(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Hà Nội, ngày 05 tháng 01 năm 2024"), header.right());
        assertEquals(new PageModel.Paragraph(List.of("KẾ HOẠCH"), false), pages.get(0).blocks().get(1));
        assertEquals(1, pages.get(0).number());
        assertFalse(pages.get(0).numberShown());

        // The footnote sits on the page of its reference, numbered as printed.
        PageModel.Page noted = pages.stream().filter(p -> !p.notes().isEmpty()).findFirst().orElseThrow();
        assertEquals(List.of("1 " + SampleDocument.FOOTNOTE_TEXT), noted.notes());
        assertTrue(noted.blocks().stream().flatMap(b -> b.texts().stream()).anyMatch(t -> t.contains("30/2020/NĐ-CP1")));

        // A paragraph running over a page break goes on at the top of the next page: both parts make the
        // whole paragraph.
        int continued = 0;
        for (int i = 1; i < pages.size(); i++) {
            if (!pages.get(i).blocks().isEmpty() && pages.get(i).blocks().get(0) instanceof PageModel.Paragraph p
                    && p.continued()) {
                List<PageModel.Block> before = pages.get(i - 1).blocks();
                PageModel.Paragraph start = (PageModel.Paragraph) before.get(before.size() - 1);
                List<String> lines = new ArrayList<>(start.lines());
                lines.addAll(p.lines());
                String whole = String.join(" ", lines);
                assertTrue(IntStream.rangeClosed(2, 4).anyMatch(k -> SampleDocument.SENTENCE.repeat(k).strip().equals(whole)),
                        "page " + (i + 1) + " continues a paragraph: " + whole);
                continued++;
            }
        }
        assertTrue(continued > 0, model.dump());

        // The signature block closes the plan's section, Nơi nhận on the left.
        PageModel.Page lastPortrait = pages.stream().filter(p -> p.orientation() == Orientation.PORTRAIT)
                .reduce((a, b) -> b).orElseThrow();
        assertEquals(new PageModel.Columns(List.of("Nơi nhận:", "- Các sở, ban, ngành;", "- Lưu: VT, VP."),
                        List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An")),
                lastPortrait.blocks().get(lastPortrait.blocks().size() - 1));

        // The appendix table: its two header rows, repeated on every page it continues on, and a merged row.
        List<PageModel.Page> landscape = pages.stream().filter(p -> p.orientation() == Orientation.LANDSCAPE).toList();
        assertTrue(landscape.size() > 1, model.dump());
        List<PageModel.Row> rows = new ArrayList<>();
        for (PageModel.Page p : landscape) {
            PageModel.Table t = (PageModel.Table) p.blocks().get(p.blocks().size() - 1);
            PageModel.Row.Kind head = p == landscape.get(0) ? PageModel.Row.Kind.HEADER : PageModel.Row.Kind.REPEATED_HEADER;
            assertEquals(List.of("STT", SampleDocument.HEADER_CELL, "Phân công"), texts(t.rows().get(0)));
            assertEquals(List.of(SampleDocument.SECOND_HEADER_CELL, "Phối hợp"), texts(t.rows().get(1)));
            assertEquals(head, t.rows().get(0).kind());
            assertEquals(head, t.rows().get(1).kind());
            rows.addAll(t.rows().subList(2, t.rows().size()));
        }
        assertEquals(33, rows.size(), "thirty rows, three of them with a second row beside merged cells");
        int merged = IntStream.range(0, rows.size()).filter(i -> texts(rows.get(i)).equals(List.of("10", "Nhiệm vụ gộp 10",
                "Sở Nội vụ"))).findFirst().orElseThrow();
        PageModel.Row below = rows.get(merged + 1);
        assertEquals(List.of("", "", "Văn phòng", "Các sở"), texts(below));
        assertEquals(List.of(true, true, false, false),
                below.cells().stream().map(PageModel.Cell::continuedFromAbove).toList());
        assertTrue(rows.stream().allMatch(r -> r.kind() == PageModel.Row.Kind.BODY && !r.continued()));
    }

    @Test
    void dumpShowsPagesParagraphsTablesAndNotes() {
        String dump = WRITER.pages(SampleDocument.build()).dump();
        assertTrue(dump.startsWith("=== trang 1 · số 1 (không in) · dọc ===\n[trái] ỦY BAN NHÂN DÂN\n"), dump);
        assertTrue(dump.contains("\n¶ KẾ HOẠCH\n"), dump);
        assertTrue(dump.contains("\n=== trang 2 · số 2 · dọc ===\n"), dump);
        assertTrue(dump.contains("\n[phải] Nguyễn Văn An\n"), dump);
        assertTrue(dump.contains("\n[bảng]\n‖ STT ‖ " + SampleDocument.HEADER_CELL + " ‖ Phân công ‖\n"), dump);
        assertTrue(dump.contains("\n↻ ‖ " + SampleDocument.SECOND_HEADER_CELL + " ‖ Phối hợp ‖\n"), dump);
        assertTrue(dump.contains("\n| ⋮ | ⋮ | Văn phòng | Các sở |\n"), dump);
        assertTrue(dump.contains("\n[chú thích] 1 " + SampleDocument.FOOTNOTE_TEXT + "\n"), dump);
        assertTrue(dump.lines().anyMatch(l -> l.matches("=== trang \\d+ · số \\d+ · ngang ===")), dump);
        assertEquals(dump, WRITER.pages(SampleDocument.build()).dump(), "deterministic");
    }

    private static List<String> texts(PageModel.Row row) {
        return row.cells().stream().map(PageModel.Cell::text).toList();
    }

    /** Non-space characters and how often each occurs. */
    private static Map<Integer, Integer> characters(String text) {
        Map<Integer, Integer> out = new TreeMap<>();
        text.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u00A0').forEach(c -> out.merge(c, 1, Integer::sum));
        return out;
    }
}
