package vn.vanban;

import java.nio.file.Files;
import java.nio.file.Path;

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

    /** The seeds live beside the repository, in ../shared/seeds. */
    public static Path seed(String name) {
        Path p = root().resolveSibling("shared").resolve("seeds").resolve(name);
        if (!Files.exists(p)) {
            p = root().resolve("../shared/seeds").resolve(name).normalize();
        }
        return p;
    }
}
