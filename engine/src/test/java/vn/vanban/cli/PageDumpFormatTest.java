package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.TestPaths;

/** {@code vanban render FILE --format trang} writes the PDF's pages as text: the page-break golden's form. */
class PageDumpFormatTest {
    @Test
    void writesThePageGoldenBesideNothingElse(@TempDir Path out) throws IOException {
        String sample = "bao-linh-cong-van-2024";
        CliRun run = CliRun.run(List.of("render", TestPaths.content(sample + ".yaml").toString(), "-o", out.toString(),
                "--format", "trang"));
        assertEquals(0, run.exit(), run.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(sample + ".trang.txt"), files.map(p -> p.getFileName().toString()).toList());
        }
        Path golden = TestPaths.root().resolve("engine/src/test/resources/golden-pages/" + sample + ".txt");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8),
                Files.readString(out.resolve(sample + ".trang.txt"), StandardCharsets.UTF_8));
    }
}
