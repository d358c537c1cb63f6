package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.TestPaths;
import vn.vanban.render.FileTrees;

/**
 * The summary in a clerk's words for a report edited between two drafts: a section moved, one
 * retitled, one removed, a recipient replaced, the signer changed, a target's plan and a figure of the period's data
 * file changed; each line at its place in the new version (the figure in its data file).
 */
class CompareSummaryTest {
    private static final String REPORT = "bao-linh-bao-cao-2024.yaml";

    private static Path copy(Path to) throws Exception {
        FileTrees.copy(TestPaths.root().resolve("content"), to);
        return to;
    }

    private static void replace(Path file, String from, String to) throws Exception {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(s.contains(from), from);
        Files.writeString(file, s.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void namesWhatChangedInAClerksWords(@TempDir Path tmp) throws Exception {
        Path older = copy(tmp.resolve("cu/content"));
        Path newer = copy(tmp.resolve("moi/content"));
        Path report = newer.resolve(REPORT);
        String s = Files.readString(report, StandardCharsets.UTF_8);
        // Move "Công tác giáo dục trẻ em" before "Công tác chăm sóc trẻ em".
        int care = s.indexOf("      - muc: Công tác chăm sóc trẻ em");
        int school = s.indexOf("      - muc: Công tác giáo dục trẻ em");
        int culture = s.indexOf("      - muc: Công tác văn hóa");
        s = s.substring(0, care) + s.substring(school, culture) + s.substring(care, school) + s.substring(culture);
        Files.writeString(report, s, StandardCharsets.UTF_8);
        String t = Files.readString(report, StandardCharsets.UTF_8);
        int fund = t.indexOf("      - muc: Hoạt động của Quỹ Bảo trợ trẻ em");
        Files.writeString(report, t.substring(0, fund) + t.substring(t.indexOf("      - muc: Tổng kinh phí")),
                StandardCharsets.UTF_8);
        replace(report, "muc: Thực hiện quyền tham gia của trẻ em", "muc: Thực hiện quyền tham gia của trẻ em trong cộng đồng");
        replace(report, "  - Lãnh đạo UBND xã", "  - Văn phòng HĐND và UBND xã");
        replace(report, "ho-ten: Hoàng Văn Đại", "ho-ten: Nguyễn Thị Mới");
        replace(report, "ke-hoach: 13.5", "ke-hoach: 12");
        replace(report, "UBND xã Bảo Linh báo cáo kết quả", "UBND xã Bảo Linh báo cáo đầy đủ kết quả");
        replace(report, "Trên đây là Báo cáo kết quả", "Trên đây là toàn bộ Báo cáo kết quả");
        Path figures = newer.resolve("so-lieu/bao-linh/2024-6T.yaml");
        replace(figures, "tre-em-tai-nan-thuong-tich: 4", "tre-em-tai-nan-thuong-tich: 6");

        CliRun r = CliRun.run(List.of("so-sanh", older.resolve(REPORT).toString(), report.toString(), "-o",
                tmp.resolve("o").toString(), "--tom-tat"));
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.contains("“Công tác giáo dục trẻ em” chuyển chỗ: 4. → 3.")
                || out.contains("“Công tác chăm sóc trẻ em” chuyển chỗ: 3. → 4."), out);
        assertTrue(out.contains("Mục 6. → 6. đổi tên: “Thực hiện quyền tham gia của trẻ em” → "
                + "“Thực hiện quyền tham gia của trẻ em trong cộng đồng”"), out);
        assertTrue(out.contains("Nơi nhận: bỏ “Lãnh đạo UBND xã”"), out);
        assertTrue(out.contains(report + ":134:5: Nơi nhận: thêm “Văn phòng HĐND và UBND xã”"), out);
        assertTrue(out.contains("Người ký: KT. CHỦ TỊCH, PHÓ CHỦ TỊCH, Hoàng Văn Đại → KT. CHỦ TỊCH, PHÓ CHỦ TỊCH, Nguyễn Thị Mới"),
                out);
        assertTrue(out.contains("Chỉ tiêu “Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi”: kế hoạch 13,5 → 12 %"), out);
        assertTrue(out.contains(figures + ":"), out);
        assertTrue(out.matches("(?s).*Số liệu “[^”]+”: 4 → 6 \\S+.*"), out);
        // A removed section points at where it was taken from in the new version: before the next one kept.
        assertTrue(out.contains(report + ":79:9: Mục 8. “Hoạt động của Quỹ Bảo trợ trẻ em” bị bỏ"), out);
        assertTrue(out.contains(report + ":26:1: Phần mở đầu: sửa nội dung"), out);
        assertTrue(out.contains(report + ":128:1: Phần kết thúc: sửa nội dung"), out);
        assertTrue(!out.contains("Đoạn văn ngoài các mục"), out);
        // Nothing reported that did not change.
        assertTrue(!out.contains("được thêm") && out.split("bị bỏ", -1).length == 2, out);
    }
}
