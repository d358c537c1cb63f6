package vn.vanban;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Where the project's own folders are when tests run (set by surefire; falls back to the module's parent). */
public final class TestPaths {
    private TestPaths() {
    }

    public static Path root() {
        String r = System.getProperty("vanban.root");
        Path p = r != null ? Path.of(r) : Path.of("..");
        return p.toAbsolutePath().normalize();
    }

    public static Path content(String name) {
        return root().resolve("content").resolve(name);
    }

    /**
     * A seed plan (text extraction of a real plan). The copies under test resources keep the suite
     * self-contained on a machine without the shared folder beside the repository.
     */
    public static Path seed(String name) {
        return root().resolve("engine/src/test/resources/seeds").resolve(name);
    }

    /** Copies a folder tree (a test's own copy of content/, say), replacing files already there. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
