package vn.vanban.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Loc;

/**
 * The project directory: the nearest directory, from the current one up, that holds {@code content/};
 * without one, the current directory. Files vanban reads besides the content (an office's templates,
 * later table data) must lie inside it, so a shared YAML or a mistyped option cannot make vanban
 * read {@code /etc} or another user's files. Symbolic links are followed before comparing. A data
 * file named in content (a table's data, when that comes) must pass {@link #contains(Path)} too.
 */
public record ProjectDir(Path root) {
    public static ProjectDir fromWorkingDirectory() {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        for (Path p = cwd; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("content"))) {
                return new ProjectDir(p);
            }
        }
        return new ProjectDir(cwd);
    }

    /** The problem with using {@code dir} as the office template directory, or null when it is fine. */
    public Diagnostic checkTemplateDir(Path dir) {
        // Outside first: "../../etc" is refused as such, whether or not that directory exists.
        if (!contains(dir)) {
            return Diagnostic.error(Loc.of(dir), "templates.outside-project", dir, root);
        }
        if (!Files.isDirectory(dir)) {
            return Diagnostic.error(Loc.of(dir), "templates.not-a-directory", dir);
        }
        return null;
    }

    /** Whether {@code p} lies inside the project, links followed where the path exists. */
    public boolean contains(Path p) {
        try {
            Path real = Files.exists(p) ? p.toRealPath() : p.toAbsolutePath().normalize();
            return real.startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
