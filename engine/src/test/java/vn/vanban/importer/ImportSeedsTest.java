package vn.vanban.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.vanban.TestPaths;
import vn.vanban.content.DocTypes;
import vn.vanban.load.TemplateSource;

/**
 * The plain-text seeds (real plans as text extractions) imported: the content file passes check,
 * and its rendering, read back from the DOCX with POI, says at least 98% of the seed's words in order.
 */
class ImportSeedsTest {
    static final Importer IMPORTER = new Importer(DocTypes.load(TemplateSource.defaults()));

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"bao-linh-ke-hoach-2024.txt", "thua-thien-hue-ke-hoach-2023.txt", "nghe-an-ke-hoach-2023.txt"})
    void seedImportsChecksAndRendersItsWords(String seed) throws Exception {
        String text = Files.readString(TestPaths.seed(seed), StandardCharsets.UTF_8);
        Importer.Result r = IMPORTER.importText(text, seed);
        Path file = dir.resolve("content").resolve(seed.replace(".txt", ".yaml"));
        Files.createDirectories(file.getParent());
        Files.writeString(file, r.yaml(), StandardCharsets.UTF_8);
        assertEquals(List.of(), Rendering.checkErrors(file));
        String rendered = Rendering.docxText(Rendering.docx(Rendering.layout(file)));
        double ratio = WordSequence.ratio(text, rendered);
        System.out.printf("import %s: %.2f%% of %d words in order; %s%n", seed, ratio * 100,
                WordSequence.words(text).size(), r.summary());
        assertTrue(ratio >= 0.98, seed + ": only " + ratio + " of the words in order");
        assertTrue(r.counts().signature, "signature recognised");
        assertTrue(r.counts().recipients > 0, "recipients recognised");
    }
}
