package vn.vanban.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Messages;
import vn.vanban.load.YamlLoader;

/** The capitalisation slips of ND30 Phụ lục II, each warned where it stands, and silenced on request. */
class CapitalsTest {
    @TempDir
    Path dir;

    private List<Diagnostic> lint(String yaml) throws IOException {
        Path f = dir.resolve("vb.yaml");
        Files.writeString(f, yaml, StandardCharsets.UTF_8);
        Diagnostics d = new Diagnostics();
        new ContentLinter(LocalDate.of(2024, 6, 1)).lint(null, new YamlLoader().load(f), d);
        return d.all();
    }

    private static String where(Diagnostic d) {
        return d.key() + "@" + d.loc().line() + ":" + d.loc().col();
    }

    @Test
    void eachSlipIsWarnedAtItsColumn() throws IOException {
        List<Diagnostic> d = lint("""
                noi-dung:
                  - Nước Cộng hòa xã hội chủ nghĩa Việt nam.
                  - Thực hiện chỉ đạo của ủy ban nhân dân tỉnh Nghệ An.
                  - Thực hiện kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2024.
                  - Vì cuộc sống của nhân dân.
                  - Tăng cường CÔNG TÁC bảo vệ trẻ em.
                """);
        assertEquals(List.of("lint.caps.viet-nam@2:36", "lint.caps.agency@3:27", "lint.caps.type-number@4:15",
                "lint.caps.people@5:22", "lint.caps.whole-word@6:16"), d.stream().map(CapitalsTest::where).toList());
        String message = d.get(2).format(Messages.forLanguage("vi"));
        assertEquals(true, message.contains("Phụ lục II Nghị định 30") && message.contains("Kế hoạch số"), message);
    }

    @Test
    void rightCapitalsAbbreviationsAndBodiesAreLeftAlone() throws IOException {
        assertEquals(List.of(), lint("""
                co-quan-ban-hanh: [ỦY BAN NHÂN DÂN, TỈNH NGHỆ AN]
                trich-yeu: KẾ HOẠCH THỰC HIỆN CÔNG TÁC TRẺ EM
                noi-dung:
                  - muc: MỤC ĐÍCH, YÊU CẦU
                    noi-dung:
                      - Ủy ban nhân dân tỉnh và Hội đồng nhân dân các cấp phục vụ Nhân dân.
                      - Thực hiện Kế hoạch số 12/KH-UBND và Chỉ thị số 28-CT/TW của HĐND, UBND tỉnh.
                      - Viện kiểm sát nhân dân và Tòa án nhân dân tỉnh; Việt Nam.
                      - "Chủ đề: “VÌ TRẺ EM” năm 2024."
                """));
    }

    @Test
    void aCommentSilencesTheWarningOfItsLine() throws IOException {
        assertEquals(List.of("lint.caps.people@3:22"), lint("""
                noi-dung:
                  - Vì cuộc sống của nhân dân.   # viet-hoa: dung
                  - Vì cuộc sống của nhân dân.
                """).stream().map(CapitalsTest::where).toList());
    }

    /** A typed weekday is checked against its date: 15 May 2024 was a Wednesday. */
    @Test
    void aTypedWeekdayMustBeItsDates() throws IOException {
        List<Diagnostic> d = lint("""
                noi-dung:
                  - Hội nghị vào lúc 08 giờ 00 phút, thứ Năm, ngày 15 tháng 5 năm 2024.
                  - Hội nghị vào thứ Tư, ngày 15/5/2024; Chủ nhật, ngày 19 tháng 5 năm 2024.
                """);
        assertEquals(List.of("lint.weekday@2:5"), d.stream().map(CapitalsTest::where).toList());
        assertEquals(List.of("thứ Năm", "15/5/2024", "thứ Tư"), d.get(0).args());
    }
}
