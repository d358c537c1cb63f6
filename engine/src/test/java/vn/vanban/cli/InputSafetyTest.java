package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.write.docx.DocxReader;

/** What the corpus cannot hold in a small file: template text typed as content, huge inputs, read-only output. */
class InputSafetyTest {
    private static final Path CORPUS = BadInputCorpusTest.CORPUS;

    /** FreeMarker and markup typed by a clerk is text: printed as typed, never run (the last "&gt;" ends the body, so the end mark takes its ";"). */
    @Test
    void templateCodeInContentIsPrintedLiterally(@TempDir Path out) throws IOException {
        CliRun run = CliRun.run(List.of("render", CORPUS.resolve("chen-ma-mau.yaml").toString(), "-o", out.toString(),
                "--format", "docx"));
        assertEquals(0, run.exit(), run.err());
        DocxReader d = DocxReader.read(Files.readAllBytes(out.resolve("chen-ma-mau.docx")));
        String text = String.join("\n", d.allParagraphs().stream().map(p -> p.getText()).toList());
        for (String literal : List.of("Giá trị ${7*7}, <#assign x=1>${x},",
                "${\"freemarker.template.utility.Execute\"?new()(\"id\")} và ${doc?api}",
                "<@nd.headerBlock doc/> #{1+1} [#assign y=2] &lt;b&gt")) {
            assertTrue(text.contains(literal), "missing literal " + literal + " in:\n" + text);
        }
    }

    /**
     * 100,000 paragraphs in one list (2.6 MB): within the file-size cap but over the document's budget of
     * blocks (content.Budget), so refused at the paragraph that crosses it, before any layout.
     */
    @Test
    void aHundredThousandLineListIsRefusedAtTheLimit(@TempDir Path dir) throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            body.append("      - Đoạn ").append(i).append(".\n");
        }
        Path f = dir.resolve("dai.yaml");
        Files.writeString(f, validWithBody(body.toString()), StandardCharsets.UTF_8);
        CliRun run = CliRun.run(List.of("render", f.toString(), "-o", dir.toString(), "--format", "docx"));
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.matches(".*dai\\.yaml:\\d+:\\d+: lỗi: .*tối đa 10000.*")), run.err());
        assertFalse(Files.exists(dir.resolve("dai.docx")));
    }

    /** A 10 MB file is refused before it is read, with the limit in the message; the old output stays. */
    @Test
    void tenMegabytesIsRefusedUpFront(@TempDir Path dir) throws IOException {
        StringBuilder body = new StringBuilder();
        String line = "      - Đoạn văn về công tác chăm sóc, giáo dục và bảo vệ trẻ em trên địa bàn xã năm 2024.\n";
        while (body.length() < 10 * 1024 * 1024) {
            body.append(line);
        }
        Path f = dir.resolve("muoi-mb.yaml");
        Files.writeString(f, validWithBody(body.toString()), StandardCharsets.UTF_8);
        Path old = dir.resolve("muoi-mb.docx");
        Files.write(old, new byte[] {1, 2, 3});
        long t0 = System.nanoTime();
        CliRun run = CliRun.run(List.of("render", f.toString(), "-o", dir.toString(), "--format", "docx"));
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "not fast");
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith(f + ":1:1: lỗi: tệp quá lớn ("), run.err());
        assertTrue(run.err().contains("tối đa 4 MB"), run.err());
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(old));
    }

    /**
     * A file a little over the limit shows its size with one decimal ("4,2 MB; tối đa 4 MB" for 4.23 MB),
     * never the limit itself; the English message uses a decimal point.
     */
    @Test
    void aFileJustOverTheLimitShowsItsSizeWithOneDecimal(@TempDir Path dir) throws IOException {
        long limit = vn.vanban.load.YamlLoader.Limits.defaults().maxBytes();
        String mb = String.valueOf(limit / (1024 * 1024));
        for (long[] c : new long[][] {{(long) (0.23 * 1024 * 1024), 2}, {(long) (0.01 * 1024 * 1024), 1}}) {
            Path f = dir.resolve("lon.yaml");
            byte[] bytes = new byte[(int) (limit + c[0])];
            java.util.Arrays.fill(bytes, (byte) 'a');
            Files.write(f, bytes);
            CliRun vi = CliRun.run(List.of("check", f.toString()));
            assertEquals(1, vi.exit());
            assertTrue(vi.out().startsWith(f + ":1:1: lỗi: tệp quá lớn (" + mb + "," + c[1] + " MB; tối đa " + mb + " MB)"),
                    vi.out());
            CliRun en = CliRun.run(List.of("check", f.toString(), "--lang", "en"));
            assertTrue(en.out().startsWith(f + ":1:1: error: file too large (" + mb + "." + c[1] + " MB; at most " + mb
                    + " MB)"), en.out());
        }
    }

    /** A read-only output directory is a message (root writes anyway, so the check needs a normal user). */
    @Test
    void readOnlyOutputDirectoryIsAMessage(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectory(dir.resolve("chi-doc"));
        Path old = Files.write(out.resolve("_hop-le.docx"), new byte[] {7});
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(out), "running as root: permissions are not enforced");
            CliRun run = CliRun.run(List.of("render", CORPUS.resolve("_hop-le.yaml").toString(), "-o", out.toString(),
                    "--format", "docx"));
            assertEquals(1, run.exit());
            assertEquals(out.resolve("_hop-le.docx") + ":1:1: lỗi: không ghi được tệp kết quả: không có quyền ghi vào thư"
                    + " mục này; hãy xin quyền ghi, hoặc chọn thư mục khác với -o", run.err().lines().findFirst().orElse(""));
            assertArrayEquals(new byte[] {7}, Files.readAllBytes(old));
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** With both formats (the default), a bad input leaves both older files as they were. */
    @Test
    void bothOlderOutputsSurviveABadInput(@TempDir Path out) throws IOException {
        Path docx = Files.write(out.resolve("so-co-chu.docx"), new byte[] {1});
        Path pdf = Files.write(out.resolve("so-co-chu.pdf"), new byte[] {2});
        CliRun run = CliRun.run(List.of("render", CORPUS.resolve("so-co-chu.yaml").toString(), "-o", out.toString()));
        assertEquals(1, run.exit());
        assertArrayEquals(new byte[] {1}, Files.readAllBytes(docx));
        assertArrayEquals(new byte[] {2}, Files.readAllBytes(pdf));
    }

    /** A link inside the project that leads outside it is outside: the real path is what counts. */
    @Test
    void aTemplateLinkLeadingOutsideTheProjectIsRefused(@TempDir Path out) throws IOException {
        Path link = Path.of("target", "mau-lien-ket-" + ProcessHandle.current().pid());
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, Path.of("/etc"));
        try {
            CliRun run = CliRun.run(List.of("render", CORPUS.resolve("_hop-le.yaml").toString(), "-o", out.toString(),
                    "--format", "docx", "--mau", link.toString()));
            assertEquals(1, run.exit(), run.err());
            assertTrue(run.err().startsWith(link + ":1:1: lỗi: thư mục mẫu \"" + link + "\" nằm ngoài thư mục dự án "),
                    run.err());
        } finally {
            Files.deleteIfExists(link);
        }
    }

    /** Inside an accepted office directory, a template file linked to a file elsewhere is not read. */
    @Test
    void aTemplateFileLinkedOutsideItsDirectoryIsNotRead(@TempDir Path outside) throws IOException {
        Path office = Files.createDirectories(Path.of("target", "mau-co-lien-ket-" + ProcessHandle.current().pid()));
        Path secret = Files.writeString(outside.resolve("ke-hoach.ftlx"), "<document>BÍ MẬT</document>");
        Path link = office.resolve("ke-hoach.ftlx");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, secret);
        try {
            Path out = outside.resolve("ra");
            CliRun run = CliRun.run(List.of("render", CORPUS.resolve("_hop-le.yaml").toString(), "-o", out.toString(),
                    "--format", "markup", "--mau", office.toString()));
            assertEquals(0, run.exit(), run.err());
            String markup = Files.readString(out.resolve("_hop-le.xml"));
            assertTrue(!markup.contains("BÍ MẬT") && markup.contains("CỘNG HÒA"), markup);
        } finally {
            Files.deleteIfExists(link);
            Files.deleteIfExists(office);
        }
    }

    private static String validWithBody(String body) throws IOException {
        String base = Files.readString(CORPUS.resolve("_hop-le.yaml"), StandardCharsets.UTF_8);
        return base.replace("      - Tăng cường sự lãnh đạo của các cấp.\n", body);
    }
}
