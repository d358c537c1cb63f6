package vn.vanban.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.TestPaths;
import vn.vanban.cli.Main;

/**
 * The plain commands do not pay for the workbench: rendering and checking a document in a fresh JVM
 * loads no class of the server, of the JDK's HTTP server, or of JGit.
 */
class ColdPathTest {
    @TempDir
    Path tmp;

    @Test
    void renderAndCheckLoadNoServerClass() throws Exception {
        Path doc = TestPaths.content("bao-linh-ke-hoach-2024.yaml");
        for (List<String> args : List.of(List.of("render", doc.toString(), "-o", tmp.toString()), List.of("check", doc.toString()))) {
            List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            cmd.addAll(args);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(2, TimeUnit.MINUTES));
            assertEquals(0, p.exitValue(), log.lines().filter(l -> !l.startsWith("[")).toList().toString());
            assertTrue(log.contains("vn.vanban.cli.Main "), "class loading was logged");
            for (String pkg : List.of("vn.vanban.serve.", "com.sun.net.httpserver.", "sun.net.httpserver.", "org.eclipse.jgit.")) {
                assertTrue(log.lines().noneMatch(l -> l.contains(" " + pkg)), args.get(0) + " loaded " + pkg + ": "
                        + log.lines().filter(l -> l.contains(" " + pkg)).findFirst().orElse(""));
            }
        }
        assertTrue(Files.list(tmp).findAny().isPresent());
    }
}
