package vn.vanban;

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

    /**
     * A seed plan (text extraction of a real plan). The copies under test resources keep the suite
     * self-contained on a machine without the shared folder beside the repository.
     */
    public static Path seed(String name) {
        return root().resolve("engine/src/test/resources/seeds").resolve(name);
    }
}
