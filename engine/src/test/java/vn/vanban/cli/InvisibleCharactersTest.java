package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.data.Rendered;

/**
 * Invisible characters never make DOCX and PDF disagree: removable ones are gone from both (with a located
 * warning), bidi overrides and control characters stop the render at their place in the content file.
 */
class InvisibleCharactersTest {
    private static final Path VALID = BadInputCorpusTest.CORPUS.resolve("_hop-le.yaml");

    private static Path plan(Path dir, String from, String to) throws IOException {
        String text = Files.readString(VALID, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        return Files.writeString(dir.resolve("kh.yaml"), text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static final String INVISIBLE = "\u00AD\u200B\u200C\u200D\u200E\u2060\uFEFF\u202A\u202C\u2066\u2069";

    @Test
    void removableCharactersAreGoneFromBothFormats(@TempDir Path dir) throws IOException {
        // A soft hyphen inside a word, zero-width characters, a left-to-right embedding around a number.
        Path f = plan(dir, "Triển khai công tác trẻ em năm 2024",
                "Triển khai công\u00ADtác trẻ\u200B em\u200D năm \u202A2024\u202C\u2060");
        CliRun run = CliRun.run(List.of("render", f.toString(), "-o", dir.resolve("out").toString()));
        assertEquals(0, run.exit(), run.err());
        String docx = Rendered.docx(dir.resolve("out/kh.docx"));
        String pdf = Rendered.pdf(dir.resolve("out/kh.pdf"));
        for (String text : List.of(docx, pdf)) {
            assertTrue(text.contains("Triển khai côngtác trẻ em năm 2024"), text);
            assertTrue(text.chars().noneMatch(c -> INVISIBLE.indexOf(c) >= 0), text);
            assertFalse(text.contains("công-tác"), "soft hyphen printed as a hyphen: " + text);
        }
        List<String> warnings = run.err().lines().toList();
        assertEquals(6, warnings.size(), run.err());
        assertEquals(f + ":7:27: cảnh báo: có gạch nối mềm U+00AD (không nhìn thấy) ở đây, cả tệp có 1 chỗ; DOCX và PDF"
                + " không ngắt dòng theo nó giống nhau (PDF in thành dấu \"-\") nên vanban đã bỏ đi. Nên xóa khỏi tệp"
                + " (thường do chép từ Word hoặc trang web)", warnings.get(0));
        assertTrue(warnings.get(1).startsWith(f + ":7:35: cảnh báo: có ký tự không độ rộng U+200B"), warnings.get(1));
        assertTrue(warnings.get(3).startsWith(f + ":7:45: cảnh báo: có dấu điều khiển chiều chữ U+202A"), warnings.get(3));
    }

    @Test
    void aRightToLeftOverrideIsAnErrorAtItsPlace(@TempDir Path dir) throws IOException {
        Path f = plan(dir, "so: 5", "so: \"1\u202E000\"");
        Path out = dir.resolve("out");
        CliRun run = CliRun.run(List.of("render", f.toString(), "-o", out.toString()));
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith(f + ":3:7: lỗi: có dấu điều khiển chiều chữ U+202E (không nhìn thấy)"), run.err());
        assertFalse(Files.exists(out));
        CliRun check = CliRun.run(List.of("check", f.toString()));
        assertEquals(1, check.exit());
        assertTrue(check.out().startsWith(f + ":3:7: lỗi: có dấu điều khiển chiều chữ U+202E"), check.out());
    }

    /** Every bidi control that reverses text is refused, written as the character or as an escape. */
    @Test
    void everyRightToLeftControlIsRefused(@TempDir Path dir) throws IOException {
        for (String c : List.of("\u200F", "\u061C", "\u202B", "\u202E", "\u2067", "\\u202E", "\\u200F")) {
            Path f = plan(dir, "ho-ten: Hoàng Văn Đại", "ho-ten: \"Hoàng " + c + "Văn Đại\"");
            CliRun run = CliRun.run(List.of("check", f.toString()));
            assertEquals(1, run.exit(), c);
            assertTrue(run.out().startsWith(f + ":17:18: lỗi: có dấu điều khiển chiều chữ U+"), run.out());
        }
    }

    /** An escaped control character, as YAML libraries write Excel data, is the content's, not the template's. */
    @Test
    void anEscapedControlCharacterIsLocatedInTheContent(@TempDir Path dir) throws IOException {
        for (String esc : List.of("\\x0B", "\\v", "\\x01", "\\u0085", "\\x7F", "\\L")) {
            Path f = plan(dir, "ky-hieu: KH-UBND", "ky-hieu: \"KH-" + esc + "UBND\"");
            CliRun run = CliRun.run(List.of("render", f.toString(), "-o", dir.resolve("out").toString()));
            assertEquals(1, run.exit(), esc);
            assertTrue(run.err().startsWith(f + ":4:14: lỗi: có ký tự điều khiển U+"), esc + ": " + run.err());
            assertFalse(run.err().contains("mẫu"), "blamed on the template: " + run.err());
        }
    }

    /**
     * A control character arriving with a table's data file (a CSV cell) is not blamed on the template
     * either: it is said against the content file that reads it.
     */
    @Test
    void aControlCharacterFromADataFileIsTheContentsNotTheTemplates(@TempDir Path dir) throws IOException {
        Path content = Files.createDirectories(dir.resolve("du-an/content/so-lieu"));
        Files.writeString(content.resolve("b.csv"), "Tên,Ghi chú\nXã A,Theo\u000Bbáo cáo\n", StandardCharsets.UTF_8);
        String table = """
                  - muc: SỐ LIỆU
                    noi-dung:
                      - bang:
                          cot: [{ten: TT, ma: so}, {ten: Tên, ma: ten}, {ten: Ghi chú, ma: ghi-chu, kieu: chu}]
                          nguon:
                            tep: so-lieu/b.csv
                            cot: {ten: Tên, ghi-chu: Ghi chú}
                """;
        Path f = Files.writeString(content.getParent().resolve("kh.yaml"), Files.readString(VALID, StandardCharsets.UTF_8)
                .replace("noi-nhan:", table + "noi-nhan:"), StandardCharsets.UTF_8);
        CliRun run = CliRun.run(List.of("render", f.toString(), "-o", dir.resolve("out").toString()));
        assertEquals(1, run.exit(), run.err());
        assertEquals(f + ":1:1: lỗi: nội dung có ký tự điều khiển U+000B không in được (có thể từ tệp số liệu .xlsx hoặc"
                + " .csv); hãy xóa ký tự này trong tệp chứa nó", run.err().strip());
    }
}
