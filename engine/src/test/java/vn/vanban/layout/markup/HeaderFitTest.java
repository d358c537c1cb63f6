package vn.vanban.layout.markup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.diag.Diagnostic;
import vn.vanban.layout.Block;
import vn.vanban.layout.Line;
import vn.vanban.layout.Role;
import vn.vanban.load.TemplateSource;
import vn.vanban.render.Engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An issuing-body line too long for the header's column is set at 12 pt, or reported where it was written. */
class HeaderFitTest {
    private static final Engine ENGINE = new Engine(TemplateSource.defaults());

    @TempDir
    Path dir;

    private Engine.Rendered render(String issuingBody) throws IOException {
        Path f = dir.resolve("kh.yaml");
        Files.writeString(f, """
                loai: ke-hoach
                co-quan-ban-hanh: %s
                so: 5
                ky-hieu: KH-UBND
                dia-danh: Huế
                ngay: 2024-04-17
                trich-yeu: Triển khai công tác trẻ em năm 2024
                noi-dung:
                  - Tăng cường sự lãnh đạo của các cấp.
                noi-nhan: ["Lưu: VT"]
                ky: {chuc-vu: CHỦ TỊCH, ho-ten: Hoàng Văn Đại}
                """.formatted(issuingBody), StandardCharsets.UTF_8);
        return ENGINE.render(f);
    }

    private static List<Line> issuingLines(Engine.Rendered r) {
        Block.HeaderBlock h = (Block.HeaderBlock) r.layout().sections().get(0).blocks().get(0);
        return h.left();
    }

    @Test
    void aLineThatFitsAt13KeepsItsSize() throws IOException {
        Engine.Rendered r = render("[ỦY BAN NHÂN DÂN, XÃ BẢO LINH]");
        assertEquals(List.of(Role.ISSUING_BODY, Role.ISSUING_BODY), issuingLines(r).stream().map(Line::role).toList());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void aLineTooLongAt13ButNotAt12IsSetAt12() throws IOException {
        Engine.Rendered r = render("[ỦY BAN NHÂN DÂN, THÀNH PHỐ HỒ CHÍ MINH]");
        assertEquals(List.of(Role.ISSUING_BODY, Role.ISSUING_BODY_FITTED),
                issuingLines(r).stream().map(Line::role).toList());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void aLineTooLongEvenAt12IsReportedWhereItWasWritten() throws IOException {
        Engine.Rendered r = render("[ỦY BAN NHÂN DÂN, SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI]");
        assertEquals(Role.ISSUING_BODY, issuingLines(r).get(1).role());
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        Diagnostic d = r.warnings().get(0);
        assertEquals("header.issuing-body.too-long", d.key());
        assertEquals(2, d.loc().line());
        assertEquals(37, d.loc().col());
    }
}
