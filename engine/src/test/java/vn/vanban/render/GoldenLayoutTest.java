package vn.vanban.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.vanban.TestPaths;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.markup.MarkupReader;
import vn.vanban.layout.markup.MarkupWriter;
import vn.vanban.load.TemplateSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every content sample's layout model, after {@link MarkupReader} (orientation chosen, end mark
 * placed, white space collapsed), written back as markup by {@link MarkupWriter} and compared with a
 * reviewed golden file in {@code golden-layout/}. Regenerate after an intended change with
 * {@code -Dvanban.updateGolden=true} and review the diff.
 */
class GoldenLayoutTest {
    private static final Engine ENGINE = new Engine(TemplateSource.defaults());

    static Stream<String> samples() throws IOException {
        try (Stream<Path> s = Files.list(TestPaths.root().resolve("content"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void layoutMatchesGolden(String sample) throws IOException {
        LayoutDocument layout = ENGINE.render(TestPaths.content(sample)).layout();
        String actual = MarkupWriter.write(layout);
        Path golden = TestPaths.root().resolve("engine/src/test/resources/golden-layout")
                .resolve(sample.replace(".yaml", ".xml"));
        if (Boolean.getBoolean("vanban.updateGolden")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                "layout of " + sample + " changed; if intended, run with -Dvanban.updateGolden=true and review the diff");
        // The written markup is a faithful picture of the model: reading it back gives the same model.
        assertEquals(layout, new MarkupReader().read(actual), "MarkupWriter/MarkupReader round trip of " + sample);
    }
}
