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
