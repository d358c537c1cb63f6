package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.vanban.TestPaths;
import vn.vanban.diag.Messages;

/** {@code vanban check}: one small file per rule, asserting the exact line the clerk reads. */
class CheckCommandTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
    private static final String PLAN = """
            loai: ke-hoach
            co-quan-ban-hanh: ỦY BAN NHÂN DÂN XÃ A
            ky-hieu: KH-UBND
            ngay: 2024-04-17
            trich-yeu: Thử
            noi-dung:
              - muc: Mục đích
                noi-dung:
                  - Đoạn một.
            noi-nhan:
              - Phòng Văn hóa
              - Lưu: VT
            ky:
              thay-mat: ỦY BAN NHÂN DÂN
              chuc-vu: CHỦ TỊCH
              ho-ten: Nguyễn Văn A
            """;

    @TempDir
    Path dir;

    private record Run(int exit, List<String> lines, String err) {
    }

    private Run check(String lang, Path... files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> names = java.util.Arrays.stream(files).map(Path::toString).toList();
        int exit = new CheckCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Messages.forLanguage(lang), TODAY)
                .run(new Cli.Options(names, null, "all", lang, null, null, false));
        return new Run(exit, out.toString(StandardCharsets.UTF_8).lines().toList(),
                err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String yaml) throws IOException {
        Path f = dir.resolve("kh.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    /** Checks {@code yaml} and returns what was printed, the summary line last. */
    private Run check(String yaml) throws IOException {
        return check("vi", write(yaml));
    }

    private String at(String place) {
        return dir.resolve("kh.yaml") + ":" + place + ": ";
    }

    @Test
    void cleanPlanSaysSoAndExitsZero() throws IOException {
        Run r = check(PLAN);
        assertEquals(List.of(dir.resolve("kh.yaml") + ": không thấy lỗi hay cảnh báo nào"), r.lines());
        assertEquals(0, r.exit());
    }

    @Test
    void duplicateIdIsAnError() throws IOException {
        Run r = check(PLAN.replace("""
                  - muc: Mục đích
                    noi-dung:
                      - Đoạn một.
                """, """
                  - nhiem-vu: Việc một.
                    id: mot
                  - nhiem-vu: Việc hai.
                    id: mot
                """));
        assertEquals(List.of(at("10:9") + "lỗi: mã (id) \"mot\" đã dùng ở dòng 8; mỗi mã chỉ dùng một lần",
                dir.resolve("kh.yaml") + ": 1 lỗi, 0 cảnh báo"), r.lines());
        assertEquals(1, r.exit());
    }

    @Test
    void dateFarInTheFutureIsAWarning() throws IOException {
        Run r = check(PLAN.replace("2024-04-17", "2026-04-17"));
        assertEquals(at("4:7") + "cảnh báo: ngày \"2026-04-17\" muộn hơn hôm nay (2024-06-01) quá một năm, "
                + "có lẽ gõ nhầm năm; kiểm tra lại khóa \"ngay\"", r.lines().get(0));
        assertEquals(0, r.exit());
    }

    @Test
    void dateWithinAYearOrPartialIsFine() throws IOException {
        assertEquals(1, check(PLAN.replace("2024-04-17", "2025-06-01")).lines().size());
        assertEquals(1, check(PLAN.replace("2024-04-17", "\"2025\"")).lines().size());
    }

    @Test
    void dateBefore2000IsAWarning() throws IOException {
        Run r = check(PLAN.replace("2024-04-17", "1999-04"));
        assertEquals(at("4:7") + "cảnh báo: ngày \"1999-04\" trước năm 2000, có lẽ gõ nhầm năm; "
                + "kiểm tra lại khóa \"ngay\"", r.lines().get(0));
    }

    @Test
    void kyHieuOfAnotherTypeIsAnError() throws IOException {
        Run r = check(PLAN.replace("KH-UBND", "BC-UBND"));
        assertEquals(at("3:10") + "lỗi: ký hiệu \"BC-UBND\" bắt đầu bằng \"BC\" nhưng văn bản là Kế hoạch, "
                + "phải bắt đầu bằng \"KH\" (Phụ lục III Nghị định 30)", r.lines().get(0));
        assertEquals(1, r.exit());
    }

    @Test
    void recipientsMustEndWithLuu() throws IOException {
        Run r = check(PLAN.replace("  - Lưu: VT\n", ""));
        assertEquals(at("11:5") + "lỗi: dòng cuối của nơi nhận phải là nơi lưu văn bản (Nghị định 30); "
                + "hãy thêm dòng cuối: - \"Lưu: VT, ...\"",
                r.lines().get(0));
        assertEquals(1, r.exit());
    }

    @Test
    void signingForTheHeadNeedsADeputy() throws IOException {
        Run r = check(PLAN.replace("  chuc-vu:", "  ky-thay: CHỦ TỊCH\n  chuc-vu:"));
        assertEquals(List.of(at("16:12") + "cảnh báo: có \"ky-thay\" (ký thay, KT.) thì người ký là cấp phó: "
                        + "\"chuc-vu\" nên bắt đầu bằng \"PHÓ\" (ví dụ \"PHÓ CHỦ TỊCH\"), nhưng đang là \"CHỦ TỊCH\"; "
                        + "nếu người đứng đầu tự ký thì bỏ dòng \"ky-thay\"",
                dir.resolve("kh.yaml") + ": 0 lỗi, 1 cảnh báo"), r.lines());
        assertEquals(0, r.exit());
    }

    @Test
    void onBehalfWithoutKyThayIsSignedByTheHead() throws IOException {
        Run r = check(PLAN.replace("chuc-vu: CHỦ TỊCH", "chuc-vu: Phó Chủ tịch"));
        assertEquals(at("15:12") + "cảnh báo: ký thay mặt (TM.) mà không có \"ky-thay\" thì người ký là người đứng "
                + "đầu (ví dụ \"CHỦ TỊCH\", \"GIÁM ĐỐC\"), nhưng \"chuc-vu\" là \"Phó Chủ tịch\"; nếu cấp phó ký "
                + "thì thêm dòng \"ky-thay: CHỦ TỊCH\"", r.lines().get(0));
        assertEquals(1 + 1, r.lines().size());
    }

    @Test
    void deputyWithKyThayIsFine() throws IOException {
        Run r = check(PLAN.replace("  chuc-vu: CHỦ TỊCH", "  ky-thay: CHỦ TỊCH\n  chuc-vu: PHÓ CHỦ TỊCH"));
        assertEquals(1, r.lines().size(), r.lines().toString());
    }

    @Test
    void emptySectionIsAWarning() throws IOException {
        Run r = check(PLAN.replace("""
                    noi-dung:
                      - Đoạn một.
                """, ""));
        assertEquals(at("7:5") + "cảnh báo: mục \"Mục đích\" chưa có nội dung", r.lines().get(0));
        assertEquals(0, r.exit());
    }

    @Test
    void emptySectionsOfAnOutlineAreIntended() throws IOException {
        Run r = check(PLAN + """
                phu-luc:
                  - tieu-de: ĐỀ CƯƠNG BÁO CÁO
                    de-cuong: true
                    noi-dung:
                      - muc: Kết quả thực hiện
                """);
        assertEquals(1, r.lines().size(), r.lines().toString());
    }

    @Test
    void emptyAppendixIsAWarning() throws IOException {
        Run r = check(PLAN + """
                phu-luc:
                  - tieu-de: BẢNG SỐ LIỆU
                """);
        assertEquals(at("18:5") + "cảnh báo: phụ lục \"BẢNG SỐ LIỆU\" chưa có nội dung; thêm \"noi-dung\", hoặc "
                + "ghi \"de-cuong: true\" nếu đây là đề cương để điền", r.lines().get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[...]", "xxx", "XXX", "TODO", "<điền>", "<điền tên đơn vị>"})
    void fillInMarkIsAWarningNamingTheKey(String mark) throws IOException {
        Run r = check(PLAN.replace("Đoạn một.", "Giao cho " + mark + " thực hiện."));
        assertEquals(at("9:9") + "cảnh báo: khóa \"noi-dung\" còn chỗ chưa điền \"" + mark
                + "\"; hãy thay bằng nội dung thật", r.lines().get(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Số: .../KH-UBND|...", "ngày … tháng 4|…", "Đơn vị: ..........|..........",
            "...|..."})
    void dotsStandingForABlankAreAWarning(String text, String mark) throws IOException {
        Run r = check(PLAN.replace("trich-yeu: Thử", "trich-yeu: \"" + text + "\""));
        assertEquals(at("5:12") + "cảnh báo: khóa \"trich-yeu\" còn chỗ chưa điền \"" + mark + "\"; hãy thay bằng "
                + "nội dung thật (nếu \"...\" nghĩa là \"vân vân\" thì viết liền sau chữ, ví dụ \"các sự kiện...\")",
                r.lines().get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tổ chức các sự kiện... nhằm", "(quản lý, phối hợp,...)", "Hội thi TOTO xx"})
    void dotsMeaningAndSoOnAreFine(String text) throws IOException {
        Run r = check(PLAN.replace("Đoạn một.", "\"" + text + "\""));
        assertEquals(1, r.lines().size(), r.lines().toString());
    }

    @Test
    void unusedFootnoteIsAWarning() throws IOException {
        Run r = check(PLAN + """
                chu-thich:
                  luat: Luật Trẻ em năm 2016.
                  nd: Nghị định 56/2017/NĐ-CP.
                """.replace("Đoạn một.", "Đoạn một[^luat]."));
        Run used = check(PLAN.replace("Đoạn một.", "Đoạn một[^luat].") + """
                chu-thich:
                  luat: Luật Trẻ em năm 2016.
                  nd: Nghị định 56/2017/NĐ-CP.
                """);
        assertEquals(List.of(at("18:3") + "cảnh báo: chú thích \"luat\" chưa được dùng ở đâu; gõ \"[^luat]\" vào "
                        + "chỗ cần số chú thích, hoặc xóa chú thích này",
                at("19:3") + "cảnh báo: chú thích \"nd\" chưa được dùng ở đâu; gõ \"[^nd]\" vào chỗ cần số chú thích, "
                        + "hoặc xóa chú thích này"), r.lines().subList(0, 2));
        assertEquals(List.of(at("19:3") + "cảnh báo: chú thích \"nd\" chưa được dùng ở đâu; gõ \"[^nd]\" vào chỗ "
                + "cần số chú thích, hoặc xóa chú thích này", dir.resolve("kh.yaml") + ": 0 lỗi, 1 cảnh báo"),
                used.lines());
    }

    @Test
    void lintRunsAlongsideReaderErrors() throws IOException {
        Run r = check(PLAN.replace("KH-UBND", "BC-UBND").replace("Đoạn một.", "TODO"));
        assertEquals(3, r.lines().size(), r.lines().toString());
        assertTrue(r.lines().get(0).contains(": lỗi: "));
        assertTrue(r.lines().get(1).contains(": cảnh báo: "));
        assertEquals(dir.resolve("kh.yaml") + ": 1 lỗi, 1 cảnh báo", r.lines().get(2));
    }

    @Test
    void fillInMarksAreFoundEvenWhenTheTypeIsUnknown() throws IOException {
        Run r = check(PLAN.replace("loai: ke-hoach", "loai: ke-hoach-x").replace("Đoạn một.", "TODO"));
        assertTrue(r.lines().get(0).startsWith(at("1:7") + "lỗi: loại văn bản \"ke-hoach-x\" chưa có"),
                r.lines().toString());
        assertEquals(at("9:9") + "cảnh báo: khóa \"noi-dung\" còn chỗ chưa điền \"TODO\"; hãy thay bằng nội dung thật",
                r.lines().get(1));
        assertEquals(1, r.exit());
    }

    @Test
    void yamlSyntaxErrorIsReportedNotThrown() throws IOException {
        Run r = check(PLAN.replace("trich-yeu: Thử", "trich-yeu: \"Thử"));
        assertEquals(at("17:1") + "lỗi: tệp kết thúc khi dấu ngoặc kép hoặc ngoặc vuông chưa đóng; tệp có thể bị "
                + "cắt cụt", r.lines().get(0));
        assertEquals(1, r.exit());
    }

    @Test
    void missingFileIsAnError() {
        Path f = dir.resolve("khong-co.yaml");
        Run r = check("vi", f);
        assertEquals(f + ":1:1: lỗi: không tìm thấy tệp \"" + f + "\"; hãy kiểm tra tên tệp (cả phần đuôi như .yaml, "
                + ".docx) và thư mục đang đứng", r.lines().get(0));
        assertEquals(1, r.exit());
    }

    @Test
    void englishOnRequest() throws IOException {
        Run r = check("en", write(PLAN.replace("chuc-vu: CHỦ TỊCH", "chuc-vu: PHÓ CHỦ TỊCH")));
        assertTrue(r.lines().get(0).startsWith(at("15:12") + "warning: signing on behalf (TM.)"), r.lines().toString());
        assertEquals(dir.resolve("kh.yaml") + ": 0 errors, 1 warnings", r.lines().get(1));
    }

    @Test
    void samplePlansHaveNoErrors() {
        Run r = check("vi", TestPaths.root().resolve("content"), TestPaths.root().resolve(
                "engine/src/test/resources/golden"));
        assertEquals(0, r.exit(), String.join("\n", r.lines()));
        assertTrue(r.lines().stream().noneMatch(l -> l.contains(": lỗi: ")), String.join("\n", r.lines()));
        // One summary line per file checked.
        long files = java.util.stream.Stream.of("content", "engine/src/test/resources/golden")
                .mapToLong(d -> {
                    try (var s = java.nio.file.Files.list(TestPaths.root().resolve(d))) {
                        return s.filter(f -> f.toString().endsWith(".yaml")).count();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).sum();
        assertEquals(files, r.lines().stream().filter(l -> l.endsWith(" cảnh báo") || l.endsWith("nào")).count());
    }
}
