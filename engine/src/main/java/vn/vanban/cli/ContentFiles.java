package vn.vanban.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Loc;
import vn.vanban.diag.Messages;

/**
 * The content files a command line names: a file stands for itself, a directory for the YAML files
 * directly in it, in name order (data files under {@code so-lieu/} are not documents). A file named twice
 * (itself and through its directory) counts once. A directory without a YAML file is a mistake worth
 * saying: the clerk named it expecting documents.
 */
final class ContentFiles {
    private ContentFiles() {
    }

    /**
     * The files, after telling {@code err} about every directory with no content file; null when there is
     * nothing at all to do or a directory could not be listed.
     *
     * @param failed set to true when a problem was reported, so the command ends with exit 1
     */
    static List<Path> expandOrReport(List<String> names, PrintStream err, Messages msg, boolean[] failed) {
        List<Path> files;
        List<Diagnostic> problems = new ArrayList<>();
        try {
            files = expand(names, problems);
        } catch (IOException e) {
            err.println(Diagnostic.error(Loc.of(Path.of(names.get(0))), "file.unreadable", e.getMessage()).format(msg));
            return null;
        }
        problems.forEach(d -> err.println(d.format(msg)));
        if (!problems.isEmpty()) {
            failed[0] = true;
        }
        return files.isEmpty() && !problems.isEmpty() ? null : files;
    }

    static List<Path> expand(List<String> names) throws IOException {
        return expand(names, new ArrayList<>());
    }

    private static List<Path> expand(List<String> names, List<Diagnostic> problems) throws IOException {
        Map<Path, Path> files = new LinkedHashMap<>();
        for (String name : names) {
            Path p;
            try {
                p = Path.of(name);
            } catch (java.nio.file.InvalidPathException e) {
                // Under LANG=C the JVM decodes a Vietnamese name into "\uFFFD"s it then cannot encode again.
                problems.add(Diagnostic.error(Loc.of(Path.of(name.replaceAll("[^\\x20-\\x7E]", "?"))),
                        "file.name-encoding", System.getProperty("sun.jnu.encoding")));
                continue;
            }
            if (Files.isDirectory(p)) {
                List<Path> found;
                try (Stream<Path> s = Files.list(p)) {
                    found = s.filter(x -> x.toString().endsWith(".yaml") || x.toString().endsWith(".yml"))
                            .filter(x -> !Files.isDirectory(x)).sorted().toList();
                }
                if (found.isEmpty()) {
                    problems.add(Diagnostic.error(Loc.of(p), "files.none-in-directory", p));
                }
                found.forEach(f -> files.putIfAbsent(key(f), f));
            } else {
                files.putIfAbsent(key(p), p);
            }
        }
        return new ArrayList<>(files.values());
    }

    /** The same file however it was named ({@code a.yaml}, {@code ./a.yaml}, through its directory). */
    private static Path key(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
