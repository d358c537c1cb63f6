package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.vanban.TestPaths;

/**
 * Every input of the bad-input corpus through the CLI, in process: the exit code and the exact first
 * message from {@code bad-inputs/EXPECTED.tsv}, no Java exception or stack trace on either stream,
 * and the older output file of the same name left byte for byte as it was.
 */
class BadInputCorpusTest {
    static final Path CORPUS = TestPaths.root().resolve("engine/src/test/resources/bad-inputs");
    private static final byte[] OLD_OUTPUT = "bản in cũ, không được ghi đè".getBytes(StandardCharsets.UTF_8);

    /** One line of EXPECTED.tsv. */
    record Case(String input, String args, int exit, String firstMessage) {
        @Override
        public String toString() {
            return input + (args.equals("-") ? "" : " " + args);
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("EXPECTED.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            out.add(new Case(f[0], f[1], Integer.parseInt(f[2]), f[3]));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBadInputGivesItsMessageAndKeepsTheOldOutput(Case c, @TempDir Path out) throws IOException {
        String base = c.input().replaceFirst("\\.yaml$", "");
        Path old = out.resolve(base + ".docx");
        Files.write(old, OLD_OUTPUT);

        CliRun run = CliRun.run(args(c, out));
        String stderr = normalise(run.err(), out);

        assertEquals(c.exit(), run.exit(), stderr);
        assertEquals(c.firstMessage(), stderr.isEmpty() ? "" : stderr.lines().findFirst().orElse(""));
        assertNoJavaInternals(run.out() + run.err());
        if (c.exit() != 0) {
            assertArrayEquals(OLD_OUTPUT, Files.readAllBytes(old), "older output changed");
            try (Stream<Path> s = Files.list(out)) {
                assertEquals(List.of(old.getFileName().toString()),
                        s.map(p -> p.getFileName().toString()).toList(), "files left in the output directory");
            }
        }
    }

    @Test
    void everyCorpusFileIsListed() throws IOException {
        Set<String> listed = cases().stream().map(Case::input).collect(Collectors.toSet());
        Set<String> files = new TreeSet<>();
        try (Stream<Path> s = Files.list(CORPUS)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).forEach(files::add);
        }
        files.removeAll(listed);
        assertEquals(Set.of(), files, "corpus files missing from EXPECTED.tsv");
        assertTrue(cases().size() >= 60, "corpus size " + cases().size());
    }

    static List<String> args(Case c, Path out) {
        List<String> a = new ArrayList<>(List.of("render", CORPUS.resolve(c.input()).toString(), "-o", out.toString(),
                "--format", "docx"));
        if (!c.args().equals("-")) {
            for (String x : c.args().split(" ")) {
                a.add(x.replace("{corpus}", CORPUS.toString()).replace("{out}", out.toString()));
            }
        }
        return a;
    }

    /** Paths that differ from machine to machine, written as EXPECTED.tsv writes them. */
    static String normalise(String s, Path out) {
        return s.replace(CORPUS + "/", "").replace(out.toString(), "{out}").replace(TestPaths.root().toString(), "{du-an}");
    }

    static void assertNoJavaInternals(String printed) {
        for (String bad : List.of("Exception", "\tat ", "internal error", "lỗi nội bộ", ": null")) {
            assertFalse(printed.contains(bad), "printed '" + bad + "':\n" + printed);
        }
        assertFalse(printed.matches("(?s).*\\.java:\\d+\\).*"), "stack frame printed:\n" + printed);
    }
}
