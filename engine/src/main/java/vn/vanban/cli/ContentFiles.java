package vn.vanban.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The content files a command line names: a file stands for itself, a directory for the YAML files
 * directly in it, in name order (data files under {@code so-lieu/} are not documents).
 */
final class ContentFiles {
    private ContentFiles() {
    }

    /** The files, or null after telling {@code err} why a directory could not be listed. */
    static List<Path> expandOrReport(List<String> names, java.io.PrintStream err, vn.vanban.diag.Messages msg) {
        try {
            return expand(names);
        } catch (IOException e) {
            err.println(vn.vanban.diag.Diagnostic.error(vn.vanban.diag.Loc.of(Path.of(names.get(0))), "file.unreadable",
                    e.getMessage()).format(msg));
            return null;
        }
    }

    static List<Path> expand(List<String> names) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            Path p = Path.of(name);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(x -> x.toString().endsWith(".yaml") || x.toString().endsWith(".yml")).sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }
}
