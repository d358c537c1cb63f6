package vn.vanban.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.vanban.diag.Diagnostics;
import vn.vanban.load.TemplateSource;
import vn.vanban.load.YamlLoader;

/** Issue 14, item 6: headings upper-cased but for a trailing note in brackets. */
class FewerSurprisesTest {
    private final DocumentReader reader = new DocumentReader(DocTypes.load(TemplateSource.defaults()));

    private Document read(String body) {
        String yaml = """
                loai: ke-hoach
                co-quan-ban-hanh: ỦY BAN NHÂN DÂN TỈNH A
                ky-hieu: KH-UBND
                trich-yeu: Thử
                noi-nhan: ["Lưu: VT"]
                ky: {chuc-vu: CHỦ TỊCH, ho-ten: Nguyễn Văn A}
                noi-dung:
                """ + body.indent(2);
        Diagnostics d = new Diagnostics();
        Path f = Path.of("kh.yaml");
        Document doc = reader.read(f, new YamlLoader().parse(f, yaml.getBytes(StandardCharsets.UTF_8)), d);
        assertEquals(0, d.all().size(), d.all().toString());
        return doc;
    }

    @Test
    void topLevelHeadingKeepsTheCaseOfItsTrailingNote() {
        Document doc = read("""
                - muc: Tổ chức thực hiện (có phụ lục kèm theo)
                  noi-dung: [Đoạn.]
                - muc: Kinh phí (năm 2026) và *nguồn* vốn
                  noi-dung: [Đoạn.]
                """);
        assertEquals("TỔ CHỨC THỰC HIỆN (có phụ lục kèm theo)", ((ContentBlock.Numbered) doc.body().get(0)).title().plain());
        // A bracket in the middle is not a trailing note: all capitals.
        assertEquals("KINH PHÍ (NĂM 2026) VÀ NGUỒN VỐN", ((ContentBlock.Numbered) doc.body().get(1)).title().plain());
    }

    @Test
    void noteSplitInsideAStyledPartKeepsTheStyles() {
        RichText t = new InlineParser(Map.of()).parse("Mục **tiêu** (*ghi chú*)", x -> { }, x -> { });
        RichText u = t.upperExceptNote();
        assertEquals("MỤC TIÊU (ghi chú)", u.plain());
        assertEquals(t.parts().size(), u.parts().size());
    }
}
