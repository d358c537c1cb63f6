package vn.vanban.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Messages;
import vn.vanban.load.TemplateSource;
import vn.vanban.load.YamlLoader;

/**
 * Cross-references {@code [#id]} (issue 14, item 2): any numbered section, task, table row or appendix
 * with an id, anywhere in text, printing its current number; forward references; lists; unknown ids.
 */
class CrossReferenceTest {
    private static final String PLAN = """
            loai: ke-hoach
            co-quan-ban-hanh: ỦY BAN NHÂN DÂN TỈNH A
            ky-hieu: KH-UBND
            trich-yeu: Thử
            noi-dung:
              - muc: Mục tiêu
                noi-dung:
                  - "Thực hiện các chỉ tiêu tại [#pl-chi-tieu] (REF1)."
                  - bang:
                      danh-so: [{kieu: so, tien-to: Chỉ tiêu}]
                      cot: [{ten: TT, ma: so}, {ten: Chỉ tiêu, ma: ten}]
                      dong:
                        - {id: ct-a, ten: Một}
                        - {id: ct-b, ten: Hai}
                        - {id: ct-c, ten: Ba}
              - muc: Nhiệm vụ
                noi-dung:
                  - khoan: Khoản một
                  - nhiem-vu: "Nhiệm vụ hai, theo [#ct-a, ct-c] và *[#tc]* (REF2)"
                    id: nv2
                    noi-dung:
                      - nhiem-vu: Con
                        id: nv21
              - muc: Tổ chức thực hiện
                id: tc
                noi-dung:
                  - "Như [#nv21]; xem [#nv2, pl-chi-tieu] (REF3)."
            noi-nhan: ["Lưu: VT"]
            ky: {chuc-vu: CHỦ TỊCH, ho-ten: Nguyễn Văn A}
            phu-luc:
              - tieu-de: CHỈ TIÊU
                id: pl-chi-tieu
                noi-dung: [Đoạn.]
            """;
    private final DocumentReader reader = new DocumentReader(DocTypes.load(TemplateSource.defaults()));

    private record Read(Document doc, List<String> messages) {
    }

    private Read read(String yaml) {
        Path f = Path.of("kh.yaml");
        Diagnostics d = new Diagnostics();
        Document doc = reader.read(f, new YamlLoader().parse(f, yaml.getBytes(StandardCharsets.UTF_8)), d);
        return new Read(doc, d.all().stream().map(x -> x.format(Messages.forLanguage("vi"))).toList());
    }

    /** The plain text of every paragraph or titled block holding {@code marker}. */
    private static String find(List<ContentBlock> blocks, String marker) {
        for (ContentBlock b : blocks) {
            String t = switch (b) {
                case ContentBlock.Para p -> p.text().plain();
                case ContentBlock.Numbered n -> n.text().plain().contains(marker) ? n.text().plain() : find(n.body(), marker);
                default -> null;
            };
            if (t != null && t.contains(marker)) {
                return t;
            }
        }
        return null;
    }

    @Test
    void referencesPrintCurrentNumbersForwardAndBackward() {
        Read r = read(PLAN);
        assertEquals(List.of(), r.messages());
        assertEquals("Thực hiện các chỉ tiêu tại Phụ lục I (REF1).", find(r.doc().body(), "REF1"));
        assertEquals("Nhiệm vụ hai, theo các chỉ tiêu 1, 3 và mục III (REF2)", find(r.doc().body(), "REF2"));
        assertEquals("Như mục 2.1; xem mục 2, Phụ lục I (REF3).", find(r.doc().body(), "REF3"));
    }

    @Test
    void renumberingUpdatesTheReferences() {
        // A new paragraph and a new section before them: every number moves, every reference follows.
        Read r = read(PLAN.replace("      - khoan: Khoản một\n", "      - khoan: Khoản một\n      - khoan: Khoản mới\n")
                .replace("  - muc: Tổ chức thực hiện", "  - muc: Kinh phí\n    noi-dung: [Đoạn.]\n  - muc: Tổ chức thực hiện"));
        assertEquals(List.of(), r.messages());
        assertEquals("Như mục 3.1; xem mục 3, Phụ lục I (REF3).", find(r.doc().body(), "REF3"));
        assertEquals("Nhiệm vụ hai, theo các chỉ tiêu 1, 3 và mục IV (REF2)", find(r.doc().body(), "REF2"));
    }

    @Test
    void referenceKeepsTheStyleAroundIt() {
        Read r = read(PLAN);
        ContentBlock.Numbered task = (ContentBlock.Numbered) ((ContentBlock.Numbered) r.doc().body().get(1)).body().get(1);
        RichText.Ref tc = task.text().parts().stream().filter(p -> p instanceof RichText.Ref)
                .map(p -> (RichText.Ref) p).filter(x -> x.ids().equals(List.of("tc"))).findFirst().orElseThrow();
        assertTrue(tc.italic());
    }

    @Test
    void unknownIdIsALocatedErrorWithACloseSuggestion() {
        Read r = read(PLAN.replace("[#nv21]", "[#nv12]").replace("[#ct-a, ct-c]", "[#ct-a, chi-tieu-xyz]"));
        assertEquals(List.of(
                "kh.yaml:19:19: lỗi: không có mục, chỉ tiêu, dòng bảng hay phụ lục nào có mã (id) \"chi-tieu-xyz\"; hãy ghi đúng mã đã đặt ở \"id:\"",
                "kh.yaml:27:9: lỗi: không có mục, chỉ tiêu, dòng bảng hay phụ lục nào có mã (id) \"nv12\"; có phải ý là \"nv2\"?"),
                r.messages());
    }

    @Test
    void escapedOrPlainBracketsStayText() {
        Read r = read(PLAN.replace("[#nv21]", "\\\\[#nv21] [ghi chú]"));
        assertEquals(List.of(), r.messages());
        assertEquals("Như [#nv21] [ghi chú]; xem mục 2, Phụ lục I (REF3).", find(r.doc().body(), "REF3"));
    }
}
