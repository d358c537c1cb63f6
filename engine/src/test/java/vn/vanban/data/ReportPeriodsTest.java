package vn.vanban.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.TestPaths;

/**
 * The Bảo Linh report rendered for both periods: the figures and comparison phrases come from
 * that period's data file and last year's, in DOCX and PDF alike.
 */
class ReportPeriodsTest {
    @TempDir
    Path tmp;

    private static final String REPORT = TestPaths.content("bao-linh-bao-cao-2024.yaml").toString();

    @Test
    void firstHalfOf2024ComparesWithFirstHalfOf2023() throws Exception {
        Rendered.Run r = Rendered.cli("render", REPORT, "--ky", "2024-6T", "-o", tmp.toString());
        assertEquals(0, r.code(), r.err());
        String docx = Rendered.docx(tmp.resolve("bao-linh-bao-cao-2024.docx"));
        // 2024-6T: 1.306 children under 16 of 4.903 (26,6%); 2023-6T: 1.288, so +18 = 1,4%.
        assertTrue(docx.contains("Kết quả thực hiện công tác trẻ em 6 tháng đầu năm 2024"), docx);
        assertTrue(docx.contains("phương hướng, nhiệm vụ 6 tháng cuối năm 2024"), docx);
        assertTrue(docx.contains("Toàn xã có 1.306 trẻ em dưới 16 tuổi, chiếm 26,6% dân số, "
                + "tăng 18 trẻ em (1,4%) so với 6 tháng đầu năm 2023"), docx);
        // Stunting: 53/331 = 16,0% → 46/322 = 14,3%.
        assertTrue(docx.contains("giảm từ 16,0% 6 tháng đầu năm 2023 xuống 14,3% 6 tháng đầu năm 2024 "
                + "(giảm 1,7 điểm phần trăm)"), docx);
        assertTrue(docx.contains("vận động được 38,6 triệu đồng, tăng 6,6 triệu đồng (20,6%)"), docx);
        assertTrue(docx.contains("Bảo Linh, ngày 18 tháng 5 năm 2024"), docx);
        assertTrue(docx.contains("Kính gửi: Phòng Lao động - Thương binh và Xã hội huyện Định Hóa"), docx);
        assertFalse(docx.contains("{{"), "every reference is replaced");

        String pdf = Rendered.pdf(tmp.resolve("bao-linh-bao-cao-2024.pdf"));
        assertTrue(pdf.contains("tăng 18 trẻ em (1,4%) so với 6 tháng đầu năm 2023"), pdf);
        assertTrue(pdf.contains("KẾ HOẠCH 6 THÁNG CUỐI NĂM 2024"), pdf);
    }

    @Test
    void yearOf2024ComparesWithYear2023() throws Exception {
        Rendered.Run r = Rendered.cli("render", REPORT, "--ky", "2024", "-o", tmp.toString());
        assertEquals(0, r.code(), r.err());
        String docx = Rendered.docx(tmp.resolve("bao-linh-bao-cao-2024.docx"));
        // 2024: 1.312, 2023: 1.295 → +17 (1,3%); stunting 51/328 = 15,5% → 43/318 = 13,5%.
        assertTrue(docx.contains("Kết quả thực hiện công tác trẻ em năm 2024"), docx);
        assertTrue(docx.contains("phương hướng, nhiệm vụ năm 2025"), docx);
        assertTrue(docx.contains("Toàn xã có 1.312 trẻ em dưới 16 tuổi, chiếm 26,7% dân số, "
                + "tăng 17 trẻ em (1,3%) so với năm 2023"), docx);
        assertTrue(docx.contains("giảm từ 15,5% năm 2023 xuống 13,5% năm 2024 (giảm 2,0 điểm phần trăm)"), docx);
        assertTrue(docx.contains("Bảo Linh, ngày 15 tháng 11 năm 2024"), docx);
        // The statistics appendix: last year, this year, the change.
        assertTrue(docx.contains("Năm 2023"), docx);
        assertTrue(docx.contains("Số trẻ em dưới 16 tuổi Người 1.295 1.312 +17"), docx);
        assertTrue(docx.contains("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi % 15,5 13,5 -2,0"), docx);
        // Targets filled from this year's figures, verdicts computed (thấp còi: lower is better).
        assertTrue(docx.contains("Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế % 100 99,7 Không đạt KH"), docx);
        assertTrue(docx.contains("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi % 13,5 13,5 Đạt KH"), docx);
    }

    @Test
    void withoutKyTheReportUsesItsDefaultPeriod() throws Exception {
        Rendered.Run r = Rendered.cli("render", REPORT, "-o", tmp.toString(), "--format", "docx");
        assertEquals(0, r.code(), r.err());
        assertTrue(Rendered.docx(tmp.resolve("bao-linh-bao-cao-2024.docx")).contains("6 tháng đầu năm 2024"));
    }

    @Test
    void aFigureTheDataLacksIsALocatedErrorNamingTheFileAndTheClosestName() throws Exception {
        Rendered.copyData(TestPaths.content("so-lieu"), tmp.resolve("so-lieu"));
        Path f = tmp.resolve("bc.yaml");
        Files.writeString(f, report("  - Toàn xã có {{tre-em-duoi-61}} trẻ em dưới 6 tuổi.\n"), StandardCharsets.UTF_8);
        Rendered.Run r = Rendered.cli("render", f.toString(), "--ky", "2024", "-o", tmp.resolve("out").toString());
        assertEquals(1, r.code());
        // Line 12 of the file, column 16 where "{{" starts.
        assertTrue(r.err().contains("bc.yaml:12:16: lỗi: số liệu \"tre-em-duoi-61\" không có trong "
                + tmp.resolve("so-lieu/bao-linh/2024.yaml")), r.err());
        assertTrue(r.err().contains("có phải \"tre-em-duoi-6\"?"), r.err());
        assertFalse(Files.exists(tmp.resolve("out/bc.docx")));
    }

    @Test
    void templateSyntaxTypedByAClerkIsPrintedLiterally() throws Exception {
        Rendered.copyData(TestPaths.content("so-lieu"), tmp.resolve("so-lieu"));
        Path f = tmp.resolve("bc.yaml");
        Files.writeString(f, report("  - Giữ nguyên ${tre-em-duoi-16}, <#if x>có</#if>, \\{{ky}} và {{ky}}.\n"),
                StandardCharsets.UTF_8);
        Rendered.Run r = Rendered.cli("render", f.toString(), "--ky", "2024", "-o", tmp.toString(), "--format", "docx");
        assertEquals(0, r.code(), r.err());
        assertTrue(Rendered.docx(tmp.resolve("bc.docx"))
                .contains("Giữ nguyên ${tre-em-duoi-16}, <#if x>có</#if>, {{ky}} và năm 2024."));
    }

    @Test
    void aPeriodThatIsNotOneIsAUsageErrorAndEnglishOnRequest() throws Exception {
        assertEquals(2, Rendered.cli("render", REPORT, "--ky", "2024-7T").code());
        Rendered.copyData(TestPaths.content("so-lieu"), tmp.resolve("so-lieu"));
        Path f = tmp.resolve("bc.yaml");
        Files.writeString(f, report("  - Có {{tre-em}} trẻ em.\n"), StandardCharsets.UTF_8);
        Rendered.Run r = Rendered.cli("render", f.toString(), "--ky", "2025", "--lang", "en", "-o", tmp.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bc.yaml:6:10: error: no figures for năm 2025 of unit \"bao-linh\": "
                + tmp.resolve("so-lieu/bao-linh/2025.yaml") + " does not exist"), r.err());
    }

    /** A small report of Bảo Linh whose body is the given lines (the body starts on line 12). */
    static String report(String body) {
        return """
                loai: bao-cao
                co-quan-ban-hanh: ỦY BAN NHÂN DÂN XÃ BẢO LINH
                ten-co-quan: Ủy ban nhân dân xã Bảo Linh
                ky-hieu: BC-UBND
                dia-danh: Bảo Linh
                so-lieu: bao-linh
                trich-yeu: Kết quả công tác trẻ em {{ky}}
                noi-nhan:
                  - "Lưu: VT"
                ky: {chuc-vu: CHỦ TỊCH, ho-ten: Nguyễn Văn A}
                noi-dung:
                """ + body;
    }
}
