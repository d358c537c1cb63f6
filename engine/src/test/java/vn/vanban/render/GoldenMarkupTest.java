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
 * The layout markup the Kế hoạch template prints for a small plan that uses every block kind,
 * compared with a reviewed golden file. Regenerate after an intended change with
 * {@code -Dvanban.updateGolden=true} and review the diff.
 */
class GoldenMarkupTest {
    @Test
    void keHoachMarkupMatchesGolden() throws Exception {
        Path dir = TestPaths.root().resolve("engine/src/test/resources/golden");
        String actual = new Engine(TemplateSource.defaults()).render(dir.resolve("mau-ke-hoach.yaml")).markup();
        Path golden = dir.resolve("mau-ke-hoach.xml");
        if (Boolean.getBoolean("vanban.updateGolden")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        Diff diff = DiffBuilder.compare(Input.fromPath(golden)).withTest(Input.fromString(actual))
                .ignoreWhitespace().normalizeWhitespace().checkForSimilar().build();
        assertFalse(diff.hasDifferences(), diff.toString());
    }

    /** The Báo cáo template: Kính gửi, figures in text, statistics and targets tables. */
    @Test
    void baoCaoMarkupMatchesGolden() throws Exception {
        Path dir = TestPaths.root().resolve("engine/src/test/resources/golden-bao-cao");
        String actual = new Engine(TemplateSource.defaults()).render(dir.resolve("mau-bao-cao.yaml")).markup();
        Path golden = dir.resolve("mau-bao-cao.xml");
        if (Boolean.getBoolean("vanban.updateGolden")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        Diff diff = DiffBuilder.compare(Input.fromPath(golden)).withTest(Input.fromString(actual))
                .ignoreWhitespace().normalizeWhitespace().checkForSimilar().build();
        assertFalse(diff.hasDifferences(), diff.toString());
    }
}
