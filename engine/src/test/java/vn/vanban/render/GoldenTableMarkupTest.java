package vn.vanban.render;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

import vn.vanban.TestPaths;
import vn.vanban.load.TemplateSource;

/**
 * The layout markup of a small plan with two data tables (sums, verdicts, a three-row header, an
 * appendix with its form lines), compared with a reviewed golden file. Regenerate after an intended
 * change with {@code -Dvanban.updateGolden=true} and review the diff.
 */
class GoldenTableMarkupTest {
    @Test
    void tableMarkupMatchesGolden() throws Exception {
        Path dir = TestPaths.root().resolve("engine/src/test/resources/golden");
        String actual = new Engine(TemplateSource.defaults()).render(dir.resolve("bang-nho.yaml")).markup();
        Path golden = dir.resolve("bang-nho.xml");
        if (Boolean.getBoolean("vanban.updateGolden") || !Files.exists(golden)) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        Diff diff = DiffBuilder.compare(Input.fromPath(golden)).withTest(Input.fromString(actual))
                .ignoreWhitespace().normalizeWhitespace().checkForSimilar().build();
        assertFalse(diff.hasDifferences(), diff.toString());
    }
}
