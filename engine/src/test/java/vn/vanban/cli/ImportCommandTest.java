package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.TestPaths;

/** {@code vanban nhap}: writes the content file, reports, never overwrites without --ghi-de, refuses bad input cleanly. */
class ImportCommandTest {
    @TempDir
    Path dir;

    private Path seed() {
        return TestPaths.seed("thua-thien-hue-ke-hoach-2023.txt");
    }

    @Test
    void importsReportsSlipsAndSummary() throws Exception {
        Path target = dir.resolve("content/thh.yaml");
        Files.createDirectories(target.getParent());
        CliRun r = CliRun.run(List.of("nhap", seed().toString(), "-o", target.toString()));
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(target));
        // The repeated d) and "12." after "13." in the seed, each with its line.
        assertTrue(r.out().contains("dòng 81: cảnh báo: điểm \"d)\" lặp lại"), r.out());
        assertTrue(r.out().contains("dòng 177: cảnh báo: số mục \"12.\" đứng sau \"13.\""), r.out());
        assertTrue(r.out().contains("nơi nhận 6"), r.out());
        CliRun check = CliRun.run(List.of("check", target.toString()));
        assertEquals(0, check.exit(), check.out());
    }

    @Test
    void warningsInEnglish() throws Exception {
        Path target = dir.resolve("thh-en.yaml");
        CliRun r = CliRun.run(List.of("nhap", seed().toString(), "-o", target.toString(), "--lang", "en"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("line 81: warning: point \"d)\" is repeated; the imported file letters it \"đ)\""), r.out());
        assertTrue(r.out().contains("recipients 6"), r.out());
    }

    @Test
    void neverOverwritesWithoutGhiDe() throws Exception {
        Path target = dir.resolve("old.yaml");
        Files.writeString(target, "loai: ke-hoach\n# the clerk's own work\n");
        byte[] before = Files.readAllBytes(target);
        CliRun r = CliRun.run(List.of("nhap", seed().toString(), "-o", target.toString()));
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("--ghi-de"), r.err());
        assertArrayEquals(before, Files.readAllBytes(target));
        Path source = dir.resolve("ke-hoach.txt");
        Files.copy(seed(), source);
        CliRun self = CliRun.run(List.of("nhap", source.toString(), "-o", source.toString(), "--ghi-de"));
        assertEquals(1, self.exit());
        assertArrayEquals(Files.readAllBytes(seed()), Files.readAllBytes(source));
        CliRun again = CliRun.run(List.of("nhap", seed().toString(), "-o", target.toString(), "--ghi-de"));
        assertEquals(0, again.exit(), again.err());
        assertTrue(Files.readString(target).contains("loai: ke-hoach"));
        assertFalse(Files.readString(target).contains("the clerk's own work"));
    }

    @Test
    void sameInputSameBytes() throws Exception {
        Path a = dir.resolve("a.yaml");
        Path b = dir.resolve("b.yaml");
        assertEquals(0, CliRun.run(List.of("nhap", seed().toString(), "-o", a.toString())).exit());
        assertEquals(0, CliRun.run(List.of("nhap", seed().toString(), "-o", b.toString(), "--lang", "en")).exit());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void badInputGetsAClearMessageAndNoFile() throws Exception {
        Path notDocx = dir.resolve("hong.docx");
        Files.writeString(notDocx, "không phải Word");
        Path target = dir.resolve("x.yaml");
        CliRun r = CliRun.run(List.of("nhap", notDocx.toString(), "-o", target.toString()));
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("không đọc được") && r.err().contains(".docx"), r.err());
        assertFalse(Files.exists(target));

        Path notPdf = dir.resolve("hong.pdf");
        Files.writeString(notPdf, "%PDF-1.4 cut short");
        r = CliRun.run(List.of("nhap", notPdf.toString(), "-o", target.toString()));
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("không đọc được"), r.err());
        assertFalse(Files.exists(target));

        Path latin1 = dir.resolve("cu.txt");
        Files.write(latin1, "K\u1EBE HO\u1EA0CH".getBytes(StandardCharsets.UTF_16LE));
        r = CliRun.run(List.of("nhap", latin1.toString(), "-o", target.toString()));
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("UTF-8"), r.err());

        r = CliRun.run(List.of("nhap", dir.resolve("khong-co.docx").toString()));
        assertEquals(1, r.exit());
        r = CliRun.run(List.of("nhap"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("vanban nhap"), r.err());
        r = CliRun.run(List.of("nhap", seed().toString(), "--la"));
        assertEquals(2, r.exit());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
