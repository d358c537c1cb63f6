package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.data.Rendered;

/**
 * A run of several files under unusual conditions (issue 16, part B): same-named inputs, empty folders,
 * one job failing among others, a locale without UTF-8, leftovers of a killed run, a pair that cannot be
 * replaced, messages as each file is written.
 */
class BatchRunTest {
    private static final Path VALID = BadInputCorpusTest.CORPUS.resolve("_hop-le.yaml");

    private static Path plan(Path dir, String name, String agency) throws IOException {
        Files.createDirectories(dir);
        String text = Files.readString(VALID, StandardCharsets.UTF_8).replace("XÃ BẢO LINH", agency);
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> filesUnder(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    /** One folder per commune, each with ke-hoach.yaml: each writes into its own folder, DOCX and PDF alike. */
    @Test
    void sameNamedInputsWriteIntoTheirOwnFolders(@TempDir Path dir) throws IOException {
        Path a = plan(dir.resolve("xa-bao-linh"), "ke-hoach.yaml", "XÃ BẢO LINH");
        Path b = plan(dir.resolve("xa-dinh-hoa"), "ke-hoach.yaml", "XÃ ĐỊNH HÓA");
        Path out = dir.resolve("out");
        CliRun run = CliRun.run(List.of("render", a.toString(), b.toString(), "-o", out.toString()));
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("xa-bao-linh/ke-hoach.docx", "xa-bao-linh/ke-hoach.pdf", "xa-dinh-hoa/ke-hoach.docx",
                "xa-dinh-hoa/ke-hoach.pdf"), filesUnder(out));
        for (String[] c : new String[][] {{"xa-bao-linh", "BẢO LINH", "ĐỊNH HÓA"}, {"xa-dinh-hoa", "ĐỊNH HÓA", "BẢO LINH"}}) {
            String docx = Rendered.docx(out.resolve(c[0]).resolve("ke-hoach.docx"));
            String pdf = Rendered.pdf(out.resolve(c[0]).resolve("ke-hoach.pdf"));
            assertTrue(docx.contains(c[1]) && !docx.contains(c[2]), docx);
            assertTrue(pdf.contains(c[1]) && !pdf.contains(c[2]), pdf);
        }
        assertTrue(run.out().contains("đã ghi " + out.resolve("xa-dinh-hoa/ke-hoach.pdf")), run.out());
    }

    /** The same folders named as folders, and a file named twice (itself and through its folder) counts once. */
    @Test
    void foldersOfSameNamedFilesAndAFileNamedTwice(@TempDir Path dir) throws IOException {
        plan(dir.resolve("a"), "ke-hoach.yaml", "XÃ A");
        Path b = plan(dir.resolve("b"), "ke-hoach.yaml", "XÃ B");
        Path out = dir.resolve("out");
        CliRun run = CliRun.run(List.of("render", dir.resolve("a").toString(), dir.resolve("b").toString(), b.toString(),
                "-o", out.toString(), "--format", "docx"));
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("a/ke-hoach.docx", "b/ke-hoach.docx"), filesUnder(out));
        assertEquals(2, run.out().lines().count(), run.out());
    }

    /** ke-hoach.yaml beside ke-hoach.yml would still write one file: an error before anything is written. */
    @Test
    void inputsThatWouldStillMeetAreAnErrorBeforeWriting(@TempDir Path dir) throws IOException {
        Path a = plan(dir, "ke-hoach.yaml", "XÃ A");
        Path b = plan(dir, "ke-hoach.yml", "XÃ B");
        Path other = plan(dir, "khac.yaml", "XÃ C");
        Path out = dir.resolve("out");
        CliRun run = CliRun.run(List.of("render", a.toString(), b.toString(), other.toString(), "-o", out.toString()));
        assertEquals(1, run.exit());
        assertEquals(b + ":1:1: lỗi: tệp " + b + " và tệp " + a + " cùng tên nên sẽ ghi đè cùng một tệp kết quả "
                + out.resolve("ke-hoach") + "; hãy đổi tên một trong hai tệp, hoặc in từng tệp với -o khác nhau",
                run.err().lines().findFirst().orElse(""));
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void anEmptyFolderIsAnErrorForRenderAndCheck(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectories(dir.resolve("trong"));
        Files.writeString(empty.resolve("ghi-chu.txt"), "không phải văn bản");
        String expected = empty + ":1:1: lỗi: thư mục \"" + empty + "\" không có tệp nội dung .yaml nào nên không có gì"
                + " để làm; hãy chỉ đúng thư mục chứa tệp .yaml (tệp trong thư mục con không được tính), hoặc chỉ thẳng tên tệp";
        CliRun render = CliRun.run(List.of("render", empty.toString(), "-o", dir.resolve("out").toString()));
        assertEquals(1, render.exit());
        assertEquals(expected, render.err().strip());
        CliRun check = CliRun.run(List.of("check", empty.toString()));
        assertEquals(1, check.exit());
        assertEquals(expected, check.err().strip());
        BadInputCorpusTest.assertNoJavaInternals(render.err() + check.err());
        // With another folder that has documents, those are still rendered, and the run still ends with 1.
        Path full = dir.resolve("day");
        plan(full, "a.yaml", "XÃ A");
        CliRun both = CliRun.run(List.of("render", empty.toString(), full.toString(), "-o", dir.resolve("out").toString(),
                "--format", "docx"));
        assertEquals(1, both.exit());
        assertTrue(Files.exists(dir.resolve("out/a.docx")));
    }

    /**
     * java started by hand under LANG=C: the Vietnamese file name cannot be written in ASCII. That job is a
     * located message, the other files of the folder are rendered, the run ends with 1 (it used to stop the
     * whole batch with an internal error and no output).
     */
    @Test
    void oneJobFailingUnexpectedlyDoesNotStopTheOthers(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("vao");
        plan(in, "a.yaml", "XÃ A");
        plan(in, "kế-hoạch-xã.yaml", "XÃ KẾ");
        plan(in, "z.yaml", "XÃ Z");
        Path out = dir.resolve("out");
        ProcessBuilder pb = new ProcessBuilder(javaCommand("render", in.toString(), "-o", out.toString(), "--format",
                "docx"));
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("LANG", "C");
        Proc p = Proc.run(pb, 120);
        assertEquals(1, p.exit(), p.err());
        assertTrue(Files.exists(out.resolve("a.docx")) && Files.exists(out.resolve("z.docx")), p.out() + p.err());
        assertTrue(p.err().contains("-ho") && p.err().contains("tên tệp có chữ mà bảng mã ký tự của máy (ANSI_X3.4-1968"),
                p.err());
        BadInputCorpusTest.assertNoJavaInternals(p.err());
    }

    /** The JVM running this test, with its class path: the CLI in a process of its own. */
    static List<String> javaCommand(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "vn.vanban.cli.Main"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** A finished child process. */
    record Proc(int exit, String out, String err) {
        static Proc run(ProcessBuilder pb, int seconds) throws IOException, InterruptedException {
            Path o = Files.createTempFile("vanban-out", ".txt");
            Path e = Files.createTempFile("vanban-err", ".txt");
            try {
                Process p = pb.redirectOutput(o.toFile()).redirectError(e.toFile()).start();
                if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError("did not finish in " + seconds + " s: " + pb.command());
                }
                return new Proc(p.exitValue(), Files.readString(o), Files.readString(e));
            } finally {
                Files.deleteIfExists(o);
                Files.deleteIfExists(e);
            }
        }
    }

    /**
     * "đã ghi" is printed as each file is written, not at the end of the batch: when the first line comes,
     * the batch is still running (more jobs than threads), so a killed batch has reported what it wrote.
     */
    @Test
    void wroteLinesComeAsEachFileIsWritten(@TempDir Path dir) throws IOException {
        int jobs = Runtime.getRuntime().availableProcessors() + 3;
        for (int i = 0; i < jobs; i++) {
            plan(dir.resolve("vao"), "kh-" + i + ".yaml", "XÃ " + i);
        }
        Path outDir = dir.resolve("out");
        List<Integer> docxWhenFirstLine = new ArrayList<>();
        PrintStream watching = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8) {
            @Override
            public void println(String line) {
                if (docxWhenFirstLine.isEmpty()) {
                    try {
                        docxWhenFirstLine.add(filesUnder(outDir).size());
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    // The file the line names exists already.
                    assertTrue(Files.exists(Path.of(line.substring("đã ghi ".length()))), line);
                }
                super.println(line);
            }
        };
        PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        int code = new Cli(watching, err).run(new String[] {"render", dir.resolve("vao").toString(), "-o", outDir.toString(),
                "--format", "docx"});
        assertEquals(0, code);
        assertEquals(jobs, filesUnder(outDir).size());
        assertTrue(docxWhenFirstLine.get(0) < jobs, "first line after " + docxWhenFirstLine.get(0) + " of " + jobs);
    }

    /** Temporary files left by a killed run (its process gone) are removed; others' are left alone. */
    @Test
    void leftoversOfAKilledRunAreRemoved(@TempDir Path dir) throws IOException {
        Path in = plan(dir, "p.yaml", "XÃ P");
        Path out = Files.createDirectories(dir.resolve("out"));
        long gone = 2_000_000_000L; // above any pid_max: no such process
        List<Path> stale = List.of(out.resolve(".p.docx." + gone + "-3.tmp"), out.resolve(".p.pdf." + gone + "-4.tmp"),
                out.resolve(".p.docx." + gone + "-5.old"), out.resolve(".p.docx.8812739412.tmp"));
        long alive = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
        List<Path> kept = List.of(out.resolve(".p.docx." + alive + "-1.tmp"), out.resolve(".khac.docx." + gone + "-1.tmp"),
                out.resolve("ghi-chu.txt"));
        for (Path p : stale) {
            Files.write(p, new byte[] {1});
        }
        for (Path p : kept) {
            Files.write(p, new byte[] {2});
        }
        CliRun run = CliRun.run(List.of("render", in.toString(), "-o", out.toString()));
        assertEquals(0, run.exit(), run.err());
        for (Path p : stale) {
            assertFalse(Files.exists(p), p + " left");
        }
        for (Path p : kept) {
            assertTrue(Files.exists(p), p + " removed");
        }
    }

    /**
     * DOCX and PDF are replaced as a pair: when the PDF cannot be replaced (a folder has its name), the new
     * DOCX is not left beside the old PDF; the old DOCX is back, byte for byte, and no temporary file stays.
     */
    @Test
    void aPairIsReplacedWhollyOrNotAtAll(@TempDir Path dir) throws IOException {
        Path in = plan(dir, "p.yaml", "XÃ P");
        Path out = Files.createDirectories(dir.resolve("out"));
        Path oldDocx = Files.write(out.resolve("p.docx"), new byte[] {7, 7});
        Files.createDirectories(out.resolve("p.pdf"));
        CliRun run = CliRun.run(List.of("render", in.toString(), "-o", out.toString()));
        assertEquals(1, run.exit());
        assertEquals(out.resolve("p.pdf") + ":1:1: lỗi: không ghi được tệp kết quả: đã có một thư mục trùng tên với tệp"
                + " kết quả; hãy đổi tên hoặc chuyển thư mục đó đi", run.err().strip());
        assertArrayEquals(new byte[] {7, 7}, Files.readAllBytes(oldDocx));
        assertEquals(List.of("p.docx", "p.pdf"), Stream.of(out.toFile().list()).sorted().toList());
        assertEquals("", run.out(), "nothing reported as written");
    }

    /** A path too long gets the advice for that, not "check the permissions". */
    @Test
    void aPathTooLongIsSaidSo(@TempDir Path dir) throws IOException {
        Path in = plan(dir, "p.yaml", "XÃ P");
        Path out = dir.resolve("thư-mục-".repeat(30));
        CliRun run = CliRun.run(List.of("render", in.toString(), "-o", out.toString(), "--format", "docx"));
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(": lỗi: không ghi được tệp kết quả: đường dẫn hoặc tên tệp quá dài; hãy đặt tên"
                + " tệp nội dung ngắn hơn, hoặc chọn thư mục gần gốc ổ đĩa hơn với -o"), run.err());
        assertFalse(run.err().contains("quyền ghi"), run.err());
    }

    /** A mistake in a report template rendered per unit is printed once, not once per unit. */
    @Test
    void aMistakeSharedByEveryUnitIsPrintedOnce(@TempDir Path dir) throws IOException {
        Path root = vn.vanban.TestPaths.root();
        Path content = Files.createDirectories(dir.resolve("content"));
        Rendered.copyData(root.resolve("content/so-lieu"), content.resolve("so-lieu"));
        Path report = Files.writeString(content.resolve("mau.yaml"), Files.readString(root.resolve(
                "content/mau-bao-cao-xa.yaml"), StandardCharsets.UTF_8).replace("\ntrich-yeu:", "\ntrich-yeux:"));
        CliRun run = CliRun.run(List.of("render", report.toString(), "--ky", "2024", "--don-vi",
                content.resolve("so-lieu/dinh-hoa-xa.yaml").toString(), "-o", dir.resolve("out").toString()));
        assertEquals(1, run.exit());
        List<String> lines = run.err().lines().filter(l -> l.contains("trich-yeux")).toList();
        assertEquals(1, lines.size(), run.err());
    }

    /**
     * Running out of memory names the file, and the files after it are still rendered: a plan of 12,000
     * paragraphs on a 24 MB heap, one worker thread so the order is fixed (lon.yaml, then nho.yaml).
     */
    @Test
    void runningOutOfMemoryNamesTheFileAndTheOthersGoOn(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("vao"));
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 9_000; i++) {
            body.append("      - Đoạn văn số ").append(i).append(" về công tác chăm sóc, giáo dục và bảo vệ trẻ em.\n");
        }
        String valid = Files.readString(VALID, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("lon.yaml"), valid.replace("      - Tăng cường sự lãnh đạo của các cấp.\n",
                body.toString()), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("nho.yaml"), valid, StandardCharsets.UTF_8);
        List<String> cmd = new ArrayList<>(javaCommand("render", in.toString(), "-o", dir.resolve("out").toString(),
                "--format", "pdf"));
        cmd.addAll(1, List.of("-Xmx24m", "-XX:ActiveProcessorCount=1", "-XX:+UseSerialGC"));
        Proc p = Proc.run(new ProcessBuilder(cmd), 120);
        assertEquals(1, p.exit(), p.err());
        assertEquals(in.resolve("lon.yaml") + ":1:1: lỗi: vanban hết bộ nhớ khi in tệp " + in.resolve("lon.yaml")
                + "; các tệp khác vẫn được in. Hãy chia văn bản này thành nhiều tệp, hoặc in riêng tệp này", p.err().strip());
        assertTrue(Files.size(dir.resolve("out/nho.pdf")) > 0);
        assertFalse(Files.exists(dir.resolve("out/lon.pdf")));
    }

    /**
     * A Vietnamese file name near the 255-byte limit (two bytes a letter): its outputs are written, though
     * the temporary file's longer name had to be shortened, and its leftovers are still found and removed.
     */
    @Test
    void aNameNearTheLimitStillWrites(@TempDir Path dir) throws IOException {
        String name = "Đ".repeat(120);
        Path in = plan(dir, name + ".yaml", "XÃ Đ");
        Path out = Files.createDirectories(dir.resolve("out"));
        Path stale = out.resolve("." + "Đ".repeat(100) + "~.2000000000-1.tmp");
        Files.write(stale, new byte[] {1});
        CliRun run = CliRun.run(List.of("render", in.toString(), "-o", out.toString()));
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of(name + ".docx", name + ".pdf"), filesUnder(out));
    }

    /**
     * A run killed between the two renames of a pair left a new DOCX beside the old PDF, the old DOCX kept
     * as a backup and the PDF's temporary file. The next run of that file puts the old DOCX back, so the pair
     * is whole even when that run itself fails (here: a content error) and writes nothing.
     */
    @Test
    void aPairHalfReplacedByAKilledRunIsMadeWholeAgain(@TempDir Path dir) throws IOException {
        Path in = plan(dir, "p.yaml", "XÃ P");
        Files.writeString(in, Files.readString(in).replace("loai: ke-hoach", "loai: ke-hoach\nkhoa-la: 1"));
        Path out = Files.createDirectories(dir.resolve("out"));
        long gone = 2_000_000_000L;
        Files.writeString(out.resolve("p.docx"), "DOCX mới");
        Files.writeString(out.resolve("p.pdf"), "PDF cũ");
        Files.writeString(out.resolve(".p.docx." + gone + "-9-0.old"), "DOCX cũ");
        Files.createLink(out.resolve(".p.pdf." + gone + "-9-1.old"), out.resolve("p.pdf"));
        Files.writeString(out.resolve(".p.pdf." + gone + "-9-1.tmp"), "PDF mới");
        CliRun run = CliRun.run(List.of("render", in.toString(), "-o", out.toString()));
        assertEquals(1, run.exit());
        assertEquals("DOCX cũ", Files.readString(out.resolve("p.docx")));
        assertEquals("PDF cũ", Files.readString(out.resolve("p.pdf")));
        assertEquals(List.of("p.docx", "p.pdf"), filesUnder(out));
    }
}
