package vn.vanban.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.diag.ContentException;
import vn.vanban.diag.Messages;
import vn.vanban.fonts.FontSet;
import vn.vanban.load.TemplateSource;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.write.docx.DocxReader;
import vn.vanban.write.docx.DocxWriter;

/**
 * Table cells read like paragraphs (issue 14, items 4 and 5): inline marks in every cell, words and
 * bounds beside numbers, two-digit small counts, group rows without a number, and the appendix note
 * left out or refused when empty. Read back from the DOCX with POI, as a reader sees it.
 */
class TableCellsTest {
    private static final Engine ENGINE = new Engine(TemplateSource.defaults());
    private static final String HEAD = """
            loai: ke-hoach
            co-quan-ban-hanh: ỦY BAN NHÂN DÂN XÃ A
            ky-hieu: KH-UBND
            trich-yeu: Thử
            noi-dung: [Đoạn một.]
            noi-nhan: ["Lưu: VT"]
            ky: {chuc-vu: CHỦ TỊCH, ho-ten: Nguyễn Văn A}
            """;
    private static final String TABLE = """
              - tieu-de: CHỈ TIÊU
                %s
                noi-dung:
                  - bang:
                      cot:
                        - {ten: TT, ma: so}
                        - {ten: Nội dung, ma: ten, rong: 4}
                        - {ten: Số lớp, ma: lop, hai-chu-so: true}
                        - {ten: Tỷ lệ, ma: tl, don-vi: "%%", thap-phan: 1}
                        - {ten: Ghi chú, ma: gc, kieu: chu}
                      dong:
                        - {ten: "*Nhóm trẻ* mầm non", loai: nhom, so: ""}
                        - {ten: "Lớp **bán trú**", gia-tri: {lop: 2, tl: 95.5, gc: "*theo Đề án 06*"}}
                        - {ten: Lớp ghép, gia-tri: {lop: 12, tl: "< 10", gc: Không}}
                        - {ten: Lớp chuyên biệt, gia-tri: {lop: Không, tl: ">= 95"}}
            """;

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Path f = dir.resolve("kh.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    private DocxReader render(String appendixOption) throws IOException {
        Engine.Rendered r = ENGINE.render(write(HEAD + "phu-luc:\n" + TABLE.formatted(appendixOption)));
        return DocxReader.read(new DocxWriter(Nd30Profile.defaults(), FontSet.bundled()).write(r.layout()));
    }

    private static XWPFTable table(DocxReader d) {
        return d.tables().stream().filter(t -> t.getText().contains("Nội dung")).findFirst().orElseThrow();
    }

    private static List<String> row(XWPFTable t, int i) {
        return t.getRow(i).getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    /** The runs of a cell's text that are italic (or bold), joined. */
    private static String styled(DocxReader d, XWPFTableCell c, boolean italic) {
        StringBuilder sb = new StringBuilder();
        for (XWPFParagraph p : c.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                if (italic ? d.italic(p, r) : d.bold(p, r)) {
                    sb.append(r.text());
                }
            }
        }
        return sb.toString();
    }

    @Test
    void italicAndBoldInCellsPrintStyledWithoutStars() throws IOException {
        DocxReader d = render("");
        XWPFTable t = table(d);
        assertFalse(t.getText().contains("*"), t.getText());
        XWPFTableCell bold = t.getRow(2).getCell(1);
        assertEquals("Lớp bán trú", bold.getText());
        assertEquals("bán trú", styled(d, bold, false));
        XWPFTableCell note = t.getRow(2).getCell(4);
        assertEquals("theo Đề án 06", note.getText());
        assertEquals("theo Đề án 06", styled(d, note, true));
        assertTrue(styled(d, t.getRow(1).getCell(1), true).startsWith("Nhóm trẻ"), "group row name italic part");
    }

    @Test
    void numberColumnsTakeWordsBoundsAndTwoDigitCounts() throws IOException {
        XWPFTable t = table(render(""));
        assertEquals(List.of("1", "Lớp bán trú", "02", "95,5", "theo Đề án 06"), row(t, 2));
        assertEquals(List.of("2", "Lớp ghép", "12", "< 10", "Không"), row(t, 3));
        assertEquals(List.of("3", "Lớp chuyên biệt", "Không", "≥ 95", ""), row(t, 4));
    }

    @Test
    void groupRowMayLeaveTheNumberCellEmpty() throws IOException {
        XWPFTable t = table(render(""));
        assertEquals("", t.getRow(1).getCell(0).getText());
        assertEquals("Nhóm trẻ mầm non", t.getRow(1).getCell(1).getText());
    }

    @Test
    void twoDigitsForTheWholeDocument() throws IOException {
        String yaml = HEAD + "hai-chu-so: true\nphu-luc:\n" + TABLE.formatted("")
                .replace(", hai-chu-so: true", "").replace("{lop: 12,", "{lop: 7,");
        Engine.Rendered r = ENGINE.render(write(yaml));
        XWPFTable t = table(DocxReader.read(new DocxWriter(Nd30Profile.defaults(), FontSet.bundled()).write(r.layout())));
        assertEquals("02", row(t, 2).get(2));
        assertEquals("07", row(t, 3).get(2));
    }

    @Test
    void kemTheoFalseLeavesTheNoteOut() throws IOException {
        DocxReader with = render("");
        assertTrue(with.allParagraphs().stream().anyMatch(p -> p.getText().startsWith("(Kèm theo Kế hoạch")));
        DocxReader without = render("kem-theo: false");
        assertTrue(without.allParagraphs().stream().noneMatch(p -> p.getText().contains("Kèm theo")));
        assertTrue(without.allParagraphs().stream().anyMatch(p -> p.getText().equals("CHỈ TIÊU")));
    }

    @Test
    void emptyKemTheoIsALocatedError() throws IOException {
        for (String empty : List.of("kem-theo: \"\"", "kem-theo:", "kem-theo: \"()\"")) {
            ContentException e = org.junit.jupiter.api.Assertions.assertThrows(ContentException.class,
                    () -> render(empty));
            String msg = e.diagnostics().get(0).format(Messages.forLanguage("vi"));
            assertTrue(msg.startsWith(dir.resolve("kh.yaml") + ":10:"), msg);
            assertTrue(msg.contains("\"kem-theo\" đang để trống"), msg);
        }
    }

    @Test
    void unclosedMarkInACellIsLocatedAtTheValue() throws IOException {
        String yaml = HEAD + "phu-luc:\n" + TABLE.formatted("").replace("\"*theo Đề án 06*\"", "\"**theo Đề án 06\"");
        ContentException e = org.junit.jupiter.api.Assertions.assertThrows(ContentException.class,
                () -> ENGINE.render(write(yaml)));
        String msg = e.diagnostics().get(0).format(Messages.forLanguage("vi"));
        assertTrue(msg.startsWith(dir.resolve("kh.yaml") + ":21:"), msg);
        assertTrue(msg.contains("**"), msg);
    }
}
