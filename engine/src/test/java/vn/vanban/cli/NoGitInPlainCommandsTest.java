package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.TestPaths;

/**
 * JGit and the comparison code stay out of the JVM of {@code render} and {@code check}: a child JVM
 * renders and checks a sample with class loading logged, and no class of {@code org.eclipse.jgit} or
 * {@code vn.vanban.compare} is loaded (start-up time counts for a clerk).
 */
class NoGitInPlainCommandsTest {
    @Test
    void renderAndCheckLoadNoGit(@TempDir Path tmp) throws Exception {
        Path sample = TestPaths.content("bao-linh-ke-hoach-2024.yaml");
        for (List<String> command : List.of(List.of("render", sample.toString(), "-o", tmp.toString()),
                List.of("check", sample.toString()))) {
            Path log = tmp.resolve(command.get(0) + ".log");
            List<String> cmd = new java.util.ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                    "vn.vanban.cli.Main"));
            cmd.addAll(command);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile())
                    .start();
            assertTrue(p.waitFor(3, TimeUnit.MINUTES), "child JVM finished");
            assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("out.txt")));
            String loaded = Files.readString(log);
            assertTrue(loaded.contains("vn.vanban.cli.Cli "), "the log lists our classes");
            assertFalse(loaded.contains("org.eclipse.jgit"), command.get(0) + " loaded JGit");
            assertFalse(loaded.contains("vn.vanban.compare"), command.get(0) + " loaded the comparison code");
        }
    }
}
