package vn.vanban.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Rewrites bad-inputs/EXPECTED.tsv from what the CLI prints now, keeping its comments, rows and
 * arguments, and adding a row for each new corpus file. For after a deliberate message change or a new
 * input: run it from engine/ (the test classpath), then read the diff line by line before committing.
 */
public final class RegenerateExpected {
    private RegenerateExpected() {
    }

    public static void main(String[] args) throws IOException {
        Path tsv = BadInputCorpusTest.CORPUS.resolve("EXPECTED.tsv");
        List<String> out = new ArrayList<>();
        Set<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                out.add(line);
                continue;
            }
            String[] f = line.split("\t", -1);
            listed.add(f[0]);
            out.add(row(f[0], f[1]));
        }
        try (Stream<Path> s = Files.list(BadInputCorpusTest.CORPUS)) {
            for (String n : s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList()) {
                if (!listed.contains(n)) {
                    out.add(row(n, "-"));
                }
            }
        }
        Files.write(tsv, out, StandardCharsets.UTF_8);
    }

    private static String row(String input, String extra) throws IOException {
        Path dir = Files.createTempDirectory("vanban-expected");
        BadInputCorpusTest.Case c = new BadInputCorpusTest.Case(input, extra, 0, "");
        Files.write(dir.resolve(input.replaceFirst("\\.yaml$", "") + ".docx"), new byte[] {0});
        CliRun run = CliRun.run(BadInputCorpusTest.args(c, dir));
        String err = BadInputCorpusTest.normalise(run.err(), dir);
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        return String.join("\t", input, extra, String.valueOf(run.exit()), err.lines().findFirst().orElse(""));
    }
}
