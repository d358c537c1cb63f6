package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.TestPaths;

/**
 * The real launcher script ({@code ./vanban}) in a home of its own: a copy of the script and its
 * {@code bin/}, and a jar that starts the classes under test. Tests run before Maven packages the real jar,
 * so the jar here only names them (manifest Class-Path); the script does not know the difference.
 */
class LauncherTest {
    private static final Path VALID = BadInputCorpusTest.CORPUS.resolve("_hop-le.yaml");

    /** A launcher home; the jar is made only when {@code withJar}. */
    private static Path home(Path dir, boolean withJar) throws IOException {
        Path home = Files.createDirectories(dir.resolve("vanban"));
        Files.createDirectories(home.resolve("bin"));
        Files.copy(TestPaths.root().resolve("vanban"), home.resolve("vanban"));
        Files.copy(TestPaths.root().resolve("bin/java-home.sh"), home.resolve("bin/java-home.sh"));
        Files.setPosixFilePermissions(home.resolve("vanban"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(home.resolve("engine/target"));
        if (withJar) {
            writeJar(home.resolve("engine/target/vanban.jar"));
        }
        return home;
    }

    /** A jar with vanban's Main-Class and the test class path as its Class-Path. */
    static void writeJar(Path jar) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "vn.vanban.cli.Main");
        List<String> urls = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!e.isBlank()) {
                urls.add(Path.of(e).toAbsolutePath().toUri().toString());
            }
        }
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            j.flush();
        }
    }

    private static ProcessBuilder launcher(Path home, Path cwd, String... args) {
        List<String> cmd = new ArrayList<>(List.of(home.resolve("vanban").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("VANBAN_NO_CDS", "1");
        return pb;
    }

    /**
     * LANG=C (cron, systemd, containers, CI) and a Vietnamese file name: rendered, and named correctly in
     * the messages. It used to be an internal error (InvalidPathException).
     */
    @Test
    void aVietnameseFileNameWorksUnderTheCLocale(@TempDir Path dir) throws Exception {
        Path home = home(dir, true);
        Path work = Files.createDirectories(dir.resolve("lam-viec"));
        Files.copy(VALID, work.resolve("kế-hoạch-xã.yaml"));
        Files.copy(VALID, work.resolve("khac.yaml"));
        for (String locale : List.of("C", "POSIX")) {
            ProcessBuilder pb = launcher(home, work, "render", "kế-hoạch-xã.yaml", "-o", "ra-" + locale);
            pb.environment().put("LANG", locale);
            pb.environment().put("LC_ALL", locale);
            BatchRunTest.Proc p = BatchRunTest.Proc.run(pb, 180);
            assertEquals(0, p.exit(), p.err());
            assertTrue(Files.size(work.resolve("ra-" + locale + "/kế-hoạch-xã.docx")) > 0);
            assertTrue(Files.size(work.resolve("ra-" + locale + "/kế-hoạch-xã.pdf")) > 0);
            assertEquals("đã ghi ra-" + locale + "/kế-hoạch-xã.docx\nđã ghi ra-" + locale + "/kế-hoạch-xã.pdf\n", p.out());
        }
        // A folder holding it, and check.
        ProcessBuilder pb = launcher(home, work, "check", ".");
        pb.environment().put("LC_ALL", "C");
        BatchRunTest.Proc p = BatchRunTest.Proc.run(pb, 180);
        assertEquals(0, p.exit(), p.out() + p.err());
        assertTrue(p.out().contains("./kế-hoạch-xã.yaml: không thấy lỗi hay cảnh báo nào"), p.out());
    }

    /**
     * A stand-in for Maven in the launcher's home: a build that takes two seconds, fails when another build
     * of the same home is under way (as two real builds into one target/ do), and logs each build.
     */
    private static void fakeBuild(Path home, Path jar) throws IOException {
        String script = """
                #!/bin/sh
                # Stand-in for ./mvnw: fails like two real builds into one target/ would.
                if ! mkdir engine/target/building 2>/dev/null; then
                  echo "[ERROR] another build is writing engine/target" >&2; exit 1
                fi
                echo build >> engine/target/builds.log
                sleep 2
                cp "%s" engine/target/vanban.jar
                rmdir engine/target/building
                """.formatted(jar);
        Files.writeString(home.resolve("mvnw"), script, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(home.resolve("mvnw"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Two first runs at once: one builds, the other waits for it and then uses its jar; both render. */
    private static void twoFirstRunsAtOnce(Path dir, boolean flock) throws Exception {
        Path jar = dir.resolve("built.jar");
        writeJar(jar);
        Path home = home(dir, false);
        fakeBuild(home, jar);
        if (!flock) {
            // A lock left by a build that was killed (its process is gone) is taken over, not waited for.
            Path stale = Files.createDirectories(home.resolve("engine/target/.build.lock.d"));
            Files.writeString(stale.resolve("pid"), "2000000000\n");
        }
        Path work = Files.createDirectories(dir.resolve("lam-viec"));
        Files.copy(VALID, work.resolve("a.yaml"));
        Files.copy(VALID, work.resolve("b.yaml"));
        List<Process> ps = new ArrayList<>();
        List<Path> errs = new ArrayList<>();
        for (String f : List.of("a", "b")) {
            ProcessBuilder pb = launcher(home, work, "render", f + ".yaml", "-o", "ra", "--format", "docx");
            if (!flock) {
                pb.environment().put("VANBAN_NO_FLOCK", "1");
            }
            Path err = dir.resolve(f + ".err");
            errs.add(err);
            ps.add(pb.redirectError(err.toFile()).redirectOutput(dir.resolve(f + ".out").toFile()).start());
        }
        for (int i = 0; i < 2; i++) {
            assertTrue(ps.get(i).waitFor(180, java.util.concurrent.TimeUnit.SECONDS), "did not finish");
            assertEquals(0, ps.get(i).exitValue(), Files.readString(errs.get(i)));
        }
        assertEquals(List.of("build"), Files.readAllLines(home.resolve("engine/target/builds.log")), "built once");
        assertTrue(Files.exists(work.resolve("ra/a.docx")) && Files.exists(work.resolve("ra/b.docx")));
        String both = Files.readString(errs.get(0)) + Files.readString(errs.get(1));
        assertTrue(both.contains("vanban: đang chờ một lần dựng khác xong..."), both);
        assertTrue(!Files.exists(home.resolve("engine/target/.build.lock.d")), "mkdir lock released");
    }

    @Test
    void twoFirstRunsAtOnceWaitForOneBuildWithFlock(@TempDir Path dir) throws Exception {
        assumeTrue(new ProcessBuilder("sh", "-c", "command -v flock").start().waitFor() == 0, "no flock here");
        twoFirstRunsAtOnce(dir, true);
    }

    @Test
    void twoFirstRunsAtOnceWaitForOneBuildWithoutFlock(@TempDir Path dir) throws Exception {
        twoFirstRunsAtOnce(dir, false);
    }
}
