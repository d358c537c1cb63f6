package vn.vanban.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vanban.diag.ContentException;
import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Messages;
import vn.vanban.load.YamlLoader;
import vn.vanban.load.TemplateSource;

class DocumentReaderTest {
    static final String MINIMAL = """
            loai: ke-hoach
            co-quan-ban-hanh: ỦY BAN NHÂN DÂN XÃ A
            ky-hieu: KH-UBND
            trich-yeu: Thử
            noi-dung:
              - muc: Mục đích
                noi-dung:
                  - Đoạn một.
            noi-nhan:
              - Lưu: VT
            ky:
              chuc-vu: CHỦ TỊCH
              ho-ten: Nguyễn Văn A
            """;

    private final DocumentReader reader = new DocumentReader(DocTypes.load(TemplateSource.defaults()));
    private final Messages vi = Messages.forLanguage("vi");

    private record Read(Document doc, List<Diagnostic> diags) {
        List<String> messages(Messages m) {
            return diags.stream().map(d -> d.format(m)).toList();
        }
    }

    private Read read(String yaml) {
        Path f = Path.of("test.yaml");
        Diagnostics d = new Diagnostics();
        Document doc = reader.read(f, new YamlLoader().parse(f, yaml.getBytes(StandardCharsets.UTF_8)), d);
        return new Read(doc, d.all());
    }

    @Test
    void minimalPlanReadsCleanly() {
        Read r = read(MINIMAL);
        assertNotNull(r.doc());
        assertEquals(List.of(), r.diags());
        ContentBlock.Numbered s = (ContentBlock.Numbered) r.doc().body().get(0);
        assertEquals("I.", s.label());
        assertEquals(List.of("Lưu: VT"), r.doc().recipients());
    }

    @Test
    void misspeltKeyGetsTheClosestKnownKeyAtItsPlace() {
        Read r = read(MINIMAL.replace("trich-yeu: Thử", "trich-yeu: Thử\ntrich-yue: x"));
        assertEquals(List.of("test.yaml:5:1: lỗi: khóa \"trich-yue\" không có trong văn bản; có phải ý là \"trich-yeu\"?"),
                r.messages(vi));
    }

    @Test
    void kyHieuMustMatchTheDocumentType() {
        Read r = read(MINIMAL.replace("KH-UBND", "BC-UBND"));
        assertEquals(1, r.diags().size());
        assertEquals("test.yaml:3:10", r.diags().get(0).loc().toString());
        assertTrue(r.messages(vi).get(0).contains("phải bắt đầu bằng \"KH\""), r.messages(vi).get(0));
    }

    @Test
    void impossibleDateSaysWhichPartIsWrong() {
        Read r = read(MINIMAL + "ngay: 2024-02-30\n");
        assertTrue(r.messages(vi).get(0).contains("tháng 2 không có ngày 30"), r.messages(vi).toString());
        Read en = read(MINIMAL + "ngay: 2024-13-01\n");
        assertTrue(en.messages(Messages.forLanguage("en")).get(0).contains("no month 13"));
    }

    @Test
    void allErrorsAreCollected() {
        String bad = MINIMAL.replace("co-quan-ban-hanh: ỦY BAN NHÂN DÂN XÃ A\n", "")
                .replace("- Lưu: VT", "- Sở Y tế").replace("muc: Mục đích", "mucc: Mục đích");
        Read r = read(bad);
        List<String> m = r.messages(vi);
        assertEquals(3, m.size(), m.toString());
        assertTrue(m.stream().anyMatch(s -> s.contains("thiếu khóa bắt buộc \"co-quan-ban-hanh\"")), m.toString());
        assertTrue(m.stream().anyMatch(s -> s.contains("có phải ý là \"muc\"")), m.toString());
        assertTrue(m.stream().anyMatch(s -> s.contains("Lưu: VT")), m.toString());
    }

    @Test
    void numbersFollowDepthAndPointsTheAlphabet() {
        Read r = read(MINIMAL.replace("""
                  - muc: Mục đích
                    noi-dung:
                      - Đoạn một.
                """, """
                  - muc: A
                    noi-dung:
                      - muc: B
                        noi-dung:
                          - nhiem-vu: C
                            id: c
                          - nhiem-vu: D
                            id: d
                            chu-tri: [Sở Y tế, Sở Tư pháp]
                          - diem: [a, b, c, d, e]
                  - muc: E
                    noi-dung: [x]
                """));
        assertEquals(List.of(), r.diags());
        ContentBlock.Numbered a = (ContentBlock.Numbered) r.doc().body().get(0);
        ContentBlock.Numbered b = (ContentBlock.Numbered) a.body().get(0);
        ContentBlock.Numbered d = (ContentBlock.Numbered) b.body().get(1);
        ContentBlock.Points p = (ContentBlock.Points) b.body().get(2);
        assertEquals("1.", b.label());
        assertEquals("1.2.", d.label());
        assertEquals("Sở Y tế; Sở Tư pháp", d.duty().leadText().plain());
        assertEquals(List.of("a)", "b)", "c)", "d)", "đ)"), p.items().stream().map(ContentBlock.Item::label).toList());
        assertEquals("II.", ((ContentBlock.Numbered) r.doc().body().get(1)).label());
        assertEquals("1.1", r.doc().ref("c"));
    }

    @Test
    void unknownRangeReferenceIsLocated() {
        Read r = read(MINIMAL.replace("      - Đoạn một.\n", """
                      - nhiem-vu: X
                        id: x
                      - trach-nhiem: {tu: x, den: y, chu-tri: Sở Y tế}
                """));
        assertEquals(1, r.diags().size(), r.messages(vi).toString());
        assertEquals("test.yaml:10:35", r.diags().get(0).loc().toString());
        assertTrue(r.messages(vi).get(0).contains("không có mục nào có mã (id) \"y\""), r.messages(vi).toString());
    }

    @Test
    void unquotedColonInTextIsExplained() {
        Read r = read(MINIMAL.replace("- Đoạn một.", "- gach: [Thời gian thực hiện: Quý 2]"));
        assertTrue(r.messages(vi).get(0).contains("hãy đặt cả dòng trong dấu ngoặc kép"), r.messages(vi).toString());
        ContentException e = assertThrows(ContentException.class,
                () -> read(MINIMAL.replace("- Đoạn một.", "- ghi-chu: Thời gian thực hiện: Quý 2")));
        assertEquals("test.yaml:8:37: lỗi: dấu hai chấm \": \" ở giữa giá trị làm YAML hiểu nhầm là khóa; "
                + "hãy đặt cả giá trị trong dấu ngoặc kép: ghi-chu: \"Thời gian thực hiện: Quý 2\"",
                e.diagnostics().get(0).format(vi));
    }

    @Test
    void outlinePartsAreLetteredAndRestartNumberingInside() {
        Read r = read(MINIMAL.replace("""
                  - muc: Mục đích
                    noi-dung:
                      - Đoạn một.
                """, """
                  - phan: Kết quả
                    noi-dung:
                      - muc: Tổ chức thực hiện
                        noi-dung: [x]
                      - muc: Đánh giá
                        noi-dung: [x]
                  - phan: Kế hoạch
                    cap-con: 2
                    noi-dung:
                      - muc: Mục tiêu chung
                        noi-dung: [x]
                """));
        assertEquals(List.of(), r.diags());
        ContentBlock.Numbered a = (ContentBlock.Numbered) r.doc().body().get(0);
        ContentBlock.Numbered b = (ContentBlock.Numbered) r.doc().body().get(1);
        assertEquals("A.", a.label());
        assertEquals("B.", b.label());
        assertEquals("II.", ((ContentBlock.Numbered) a.body().get(1)).label());
        assertEquals("1.", ((ContentBlock.Numbered) b.body().get(0)).label());
        assertEquals(2, ((ContentBlock.Numbered) b.body().get(0)).depth());
    }
}
