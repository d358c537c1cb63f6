package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.TestPaths;
import vn.vanban.fonts.FontSet;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.render.Engine;
import vn.vanban.load.TemplateSource;
import vn.vanban.write.docx.DocxWriter;

/** {@code vanban check FILE.docx} through the CLI: one line a rule, exit 0 only when all are met. */
class DocxCheckCommandTest {
    private static byte[] plan() {
        return new DocxWriter(Nd30Profile.defaults(), FontSet.bundled())
                .write(new Engine(TemplateSource.defaults()).render(TestPaths.content("bao-linh-ke-hoach-2024.yaml")).layout());
    }

    @Test
    void ourDocxMeetsEveryRule(@TempDir Path dir) throws IOException {
        Path f = Files.write(dir.resolve("ke-hoach.docx"), plan());
        CliRun run = CliRun.run(List.of("check", f.toString()));
        assertEquals(0, run.exit(), run.out() + run.err());
        assertEquals("", run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.size() >= 12, run.out());
        lines.subList(0, lines.size() - 1).forEach(l -> assertTrue(l.startsWith(f + ": đạt: "), l));
        int rules = lines.size() - 1;
        assertEquals(f + ": đạt " + rules + "/" + rules + " quy tắc thể thức (Nghị định 30)", lines.get(rules));
        assertTrue(lines.contains(f + ": đạt: Quốc hiệu: chữ in hoa, đậm, cỡ 12–13 — phần 1, đoạn \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\""),
                run.out());
    }

    @Test
    void aWrongMarginIsReportedWithItsSection(@TempDir Path dir) throws IOException {
        XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(plan()));
        doc.getDocument().getBody().getSectPr().getPgMar().setRight(BigInteger.valueOf(567));
        Path f = dir.resolve("le-hep.docx");
        try (OutputStream out = Files.newOutputStream(f)) {
            doc.write(out);
        }
        CliRun vi = CliRun.run(List.of("check", f.toString()));
        assertEquals(1, vi.exit());
        assertTrue(vi.out().contains(f + ": không đạt: Khổ giấy A4 và lề trang — phần 1: lề phải 10 mm, cần 15–20 mm\n"), vi.out());
        CliRun en = CliRun.run(List.of("check", f.toString(), "--lang", "en"));
        assertTrue(en.out().contains(f + ": not met: A4 paper and page margins — section 1: right margin 10 mm, needs 15–20 mm\n"),
                en.out());
    }

    @Test
    void notADocxIsAMessageNotATrace(@TempDir Path dir) throws IOException {
        Path f = Files.write(dir.resolve("anh.docx"), Files.readAllBytes(BadInputCorpusTest.CORPUS.resolve("anh-png.yaml")));
        CliRun run = CliRun.run(List.of("check", f.toString()));
        assertEquals(1, run.exit());
        assertEquals(f + ":1:1: lỗi: không đọc được tệp này như một tệp DOCX (Word); hãy kiểm tra đúng tệp .docx, "
                + "hoặc mở bằng Word rồi lưu lại dạng .docx\n", run.err());
        BadInputCorpusTest.assertNoJavaInternals(run.out() + run.err());
    }

    @Test
    void otherFilesAndNoFileAreUsageErrors() {
        assertEquals(2, CliRun.run(List.of("check")).exit());
        // A content file goes to the content checker instead: missing here, so an error, not usage.
        assertEquals(1, CliRun.run(List.of("check", "van-ban.yaml")).exit());
    }
}
