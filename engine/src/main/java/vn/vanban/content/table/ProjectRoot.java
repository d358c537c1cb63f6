package vn.vanban.content.table;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The directory a content file may read data from: the project holding it. A file in
 * {@code content/} belongs to that folder's parent; otherwise the nearest folder upwards with a
 * {@code pom.xml} or {@code .git}; failing both, the file's own folder.
 */
public final class ProjectRoot {
    private ProjectRoot() {
    }

    public static Path of(Path contentFile) {
        Path dir = contentFile.toAbsolutePath().normalize().getParent();
        if (dir.getFileName() != null && dir.getFileName().toString().equals("content") && dir.getParent() != null) {
            return dir.getParent();
        }
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("pom.xml")) || Files.exists(p.resolve(".git"))) {
                return p;
            }
        }
        return dir;
    }

    /** The file {@code relative} names from the content file, or null when it leaves the project. */
    public static Path resolveInside(Path contentFile, String relative) {
        Path root = real(of(contentFile));
        Path dir = contentFile.toAbsolutePath().normalize().getParent();
        Path target = dir.resolve(relative).normalize();
        // Follow links where the file exists, so a link cannot lead outside either.
        Path checked = Files.exists(target) ? real(target) : target;
        return checked.startsWith(root) ? target : null;
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (java.io.IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
