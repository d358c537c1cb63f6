package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.TestPaths;
import vn.vanban.compare.CompareTestAccess;
import vn.vanban.fonts.FontSet;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.render.Engine;
import vn.vanban.load.TemplateSource;
import vn.vanban.render.FileTrees;
import vn.vanban.write.docx.DocxWriter;

/**
 * {@code vanban so-sanh} on a real Git repository made with JGit: the issue's scenario (a word, a task's
 * lead, a new first section since HEAD), revisions against revisions with the commit's author and date,
 * two files outside Git, and a located message for each way it can fail.
 */
class CompareCommandTest {
    private static final String PLAN = "nghe-an-ke-hoach-2023.yaml";
    private static final Instant FIRST = Instant.parse("2024-03-01T02:00:00Z");
    private static final Instant SECOND = Instant.parse("2024-03-05T09:15:00Z");

    /** A project with the samples' content, committed once by "Lê Thị Soạn". */
    private static Git repo(Path dir) throws Exception {
        copy(TestPaths.root().resolve("content"), dir.resolve("content"));
        Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        StoredConfig config = git.getRepository().getConfig();
        config.setString("user", null, "name", "Trần Văn Sửa");
        config.save();
        commit(git, "dự thảo lần 1", "Lê Thị Soạn", FIRST);
        return git;
    }

    private static void commit(Git git, String message, String who, Instant when) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent id = new PersonIdent(who, "vanthu@example.vn", when, java.time.ZoneOffset.ofHours(7));
        git.commit().setMessage(message).setAuthor(id).setCommitter(id).setSign(false).call();
    }

    private static void copy(Path from, Path to) throws Exception {
        FileTrees.copy(from, to);
    }

    /** The issue's three edits: a word, a task's lead agency, a new first section. */
    private static void edit(Path plan) throws Exception {
        String s = Files.readString(plan, StandardCharsets.UTF_8);
        s = s.replaceFirst("Triển khai kịp thời, đầy đủ", "Triển khai khẩn trương, đầy đủ");
        s = s.replaceFirst("chu-tri: Sở Lao động, Thương binh và Xã hội", "chu-tri: Sở Y tế");
        s = s.replaceFirst("noi-dung:\n  - muc: MỤC ĐÍCH, YÊU CẦU", """
                noi-dung:
                  - muc: CĂN CỨ XÂY DỰNG KẾ HOẠCH
                    noi-dung:
                      - Kế hoạch căn cứ kết quả thực hiện năm 2022.
                  - muc: MỤC ĐÍCH, YÊU CẦU""");
        Files.writeString(plan, s, StandardCharsets.UTF_8);
    }

    private static byte[] plain(Path file) {
        return new DocxWriter(Nd30Profile.defaults(), FontSet.bundled())
                .write(new Engine(TemplateSource.defaults()).render(file).layout());
    }

    @Test
    void workingCopyAgainstHeadAsTheIssueAsks(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("du-an");
        try (Git git = repo(dir)) {
            Path plan = dir.resolve("content").resolve(PLAN);
            Path before = tmp.resolve("truoc.yaml");
            Files.copy(plan, before);
            edit(plan);
            Path out = tmp.resolve("ket-qua");
            Path json = tmp.resolve("tom-tat.json");
            CliRun r = CliRun.run(List.of("so-sanh", plan.toString(), "--tu", "HEAD", "-o", out.toString(), "--tom-tat",
                    "--json", json.toString()));
            assertEquals(0, r.exit(), r.err());
            Path docx = out.resolve("nghe-an-ke-hoach-2023.so-sanh.docx");
            assertTrue(Files.isRegularFile(out.resolve("nghe-an-ke-hoach-2023.so-sanh.pdf")));
            byte[] redline = Files.readAllBytes(docx);
            CompareTestAccess.assertAcceptAndReject(redline, plain(plan), plain(before));

            // The summary names the three changes, each at its line in the new file.
            String lines = r.out();
            assertTrue(lines.contains(plan + ":22:5: Mục I. “CĂN CỨ XÂY DỰNG KẾ HOẠCH” được thêm"), lines);
            assertTrue(lines.contains("“Mục đích”: sửa nội dung"), lines);
            assertTrue(lines.contains("đơn vị chủ trì “Sở Lao động, Thương binh và Xã hội” → “Sở Y tế”"), lines);
            assertTrue(lines.contains("chỗ thêm"), lines);
            String j = Files.readString(json, StandardCharsets.UTF_8);
            assertTrue(j.contains("\"loai\": \"added\"") && j.contains("\"loai\": \"lead\"") && j.contains("\"dong\": 22"), j);

            // The working copy's changes are by Git's user.name, dated when the file was saved.
            String xml = CompareTestAccess.documentXml(redline);
            assertTrue(xml.contains("w:author=\"Trần Văn Sửa\""), "author of the working copy");

            // English.
            CliRun en = CliRun.run(List.of("so-sanh", plan.toString(), "-o", out.toString(), "--tom-tat", "--lang", "en"));
            assertEquals(0, en.exit(), en.err());
            assertTrue(en.out().contains("Section I. “CĂN CỨ XÂY DỰNG KẾ HOẠCH” added"), en.out());
            assertTrue(en.out().contains("lead “Sở Lao động, Thương binh và Xã hội” → “Sở Y tế”"), en.out());

            // Same inputs, same bytes.
            CliRun again = CliRun.run(List.of("so-sanh", plan.toString(), "-o", tmp.resolve("lan-2").toString()));
            assertEquals(0, again.exit(), again.err());
            assertArrayEquals(redline, Files.readAllBytes(tmp.resolve("lan-2").resolve(docx.getFileName())));
        }
    }

    @Test
    void twoRevisionsWithTheirAuthorAndDate(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("du-an");
        try (Git git = repo(dir)) {
            Path plan = dir.resolve("content").resolve(PLAN);
            edit(plan);
            commit(git, "dự thảo lần 2", "Phạm Góp Ý", SECOND);
            Files.writeString(plan, "loai: ke-hoach\n", StandardCharsets.UTF_8); // the working copy is not compared
            Path out = tmp.resolve("ket-qua");
            CliRun r = CliRun.run(List.of("so-sanh", plan.toString(), "--tu", "HEAD~1", "--den", "main", "-o",
                    out.toString(), "--tom-tat"));
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("main:content/" + PLAN + ":22:5: Mục I."), r.out());
            String xml = CompareTestAccess.documentXml(Files.readAllBytes(out.resolve("nghe-an-ke-hoach-2023.so-sanh.docx")));
            assertTrue(xml.contains("w:author=\"Phạm Góp Ý\""), "author of the later commit");
            assertTrue(xml.contains("w:date=\"2024-03-05T09:15:00Z\""), "date of the later commit");
            assertFalse(xml.contains("Lê Thị Soạn"));
        }
    }

    @Test
    void dataFilesAreReadAtTheRevision(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("du-an");
        try (Git git = repo(dir)) {
            Path figures = dir.resolve("content/so-lieu/bao-linh/2024.yaml");
            Files.writeString(figures, Files.readString(figures).replace("qua-tang-tre-em: 512", "qua-tang-tre-em: 530"));
            Path report = dir.resolve("content/mau-bao-cao-xa.yaml");
            CliRun r = CliRun.run(List.of("so-sanh", report.toString(), "-o", tmp.resolve("o").toString(), "--tom-tat"));
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains(figures + ":"), r.out());
            assertTrue(r.out().contains(": 512 → 530 "), r.out());
            // Only the figure changed: the text that prints it is the only change.
            assertTrue(r.out().contains("(1 chỗ thêm, 1 chỗ xóa)"), r.out());
        }
    }

    @Test
    void twoFilesOutsideGit(@TempDir Path tmp) throws Exception {
        Path older = tmp.resolve("cu/content");
        Path newer = tmp.resolve("moi/content");
        copy(TestPaths.root().resolve("content"), older);
        copy(TestPaths.root().resolve("content"), newer);
        edit(newer.resolve(PLAN));
        Path out = tmp.resolve("o");
        CliRun r = CliRun.run(List.of("so-sanh", older.resolve(PLAN).toString(), newer.resolve(PLAN).toString(), "-o",
                out.toString()));
        assertEquals(0, r.exit(), r.err());
        CompareTestAccess.assertAcceptAndReject(Files.readAllBytes(out.resolve("nghe-an-ke-hoach-2023.so-sanh.docx")),
                plain(newer.resolve(PLAN)), plain(older.resolve(PLAN)));
    }

    @Test
    void locatedMessages(@TempDir Path tmp) throws Exception {
        // Not in a repository.
        Path lone = tmp.resolve("le/content");
        copy(TestPaths.root().resolve("content"), lone);
        CliRun r = CliRun.run(List.of("so-sanh", lone.resolve(PLAN).toString(), "-o", tmp.resolve("o").toString()));
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith(lone.resolve(PLAN) + ":1:1: lỗi: tệp \"" + lone.resolve(PLAN)
                + "\" không nằm trong một kho Git"), r.err());

        Path dir = tmp.resolve("du-an");
        try (Git git = repo(dir)) {
            Path plan = dir.resolve("content").resolve(PLAN);
            // Unknown revision.
            r = CliRun.run(List.of("so-sanh", plan.toString(), "--tu", "khong-co", "-o", tmp.resolve("o").toString()));
            assertEquals(1, r.exit());
            assertTrue(r.err().contains(plan + ":1:1: lỗi: Git không biết phiên bản \"khong-co\""), r.err());
            // A file the revision does not have.
            Path added = dir.resolve("content/moi.yaml");
            Files.copy(plan, added);
            commit(git, "thêm", "Lê Thị Soạn", SECOND);
            r = CliRun.run(List.of("so-sanh", added.toString(), "--tu", "HEAD~1", "-o", tmp.resolve("o").toString()));
            assertEquals(1, r.exit());
            assertTrue(r.err().contains("ở phiên bản \"HEAD~1\" chưa có tệp \"content/moi.yaml\""), r.err());
            // The new version does not read: its own errors, located.
            Files.writeString(plan, Files.readString(plan).replace("ky-hieu: KH-UBND", "ky-hieu KH-UBND"));
            r = CliRun.run(List.of("so-sanh", plan.toString(), "-o", tmp.resolve("o").toString()));
            assertEquals(1, r.exit());
            assertTrue(r.err().startsWith("bản " + plan + " không đọc được:\n" + plan + ":"), r.err());
            // The old version does not read: located as REV:path.
            commit(git, "hỏng", "Lê Thị Soạn", SECOND.plusSeconds(60));
            Files.copy(TestPaths.content(PLAN), plan, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            r = CliRun.run(List.of("so-sanh", plan.toString(), "-o", tmp.resolve("o").toString(), "--lang", "en"));
            assertEquals(1, r.exit());
            assertTrue(r.err().startsWith("version HEAD:content/" + PLAN + " cannot be read:\nHEAD:content/" + PLAN + ":"),
                    r.err());
            assertFalse(Files.exists(tmp.resolve("o").resolve("nghe-an-ke-hoach-2023.so-sanh.docx")));
        }
        // Usage.
        r = CliRun.run(List.of("so-sanh"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("vanban so-sanh TỆP.yaml"), r.err());
    }
}
