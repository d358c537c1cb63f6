package vn.vanban.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.vanban.SeedSentences;
import vn.vanban.TestPaths;
import vn.vanban.template.TemplateSource;

/**
 * Every sentence of each seed plan's body, Nơi nhận and signature appears in what vanban renders,
 * apart from the slips the engine corrects (listed with their reason).
 */
class SeedCoverageTest {
    /** Seed text the engine deliberately prints differently. */
    private static final Set<String> CORRECTED = Set.of(
            "Nơi nhận", // printed as the Nơi nhận title, in bold italic
            "Lưu VT, KGVX (H, D)", // ND30 needs "Lưu:"; printed "- Lưu: VT, KGVX (H, D)."
            "KT.CHỦ TỊCH", // printed "KT. CHỦ TỊCH"
            "Bộ Lao động - TB & XH; (B/c)", // the seed's stray ";" before "(B/c)" is dropped
            "Chủ tịch UBND tỉnh; (B/c)",
            "PCT VX UBND tỉnh; (B/c)",
            // ND30 prints the trích yếu in lower case (bold), where the extraction has capitals.
            "THỰC HIỆN CÔNG TÁC TRẺ EM TRÊN ĐỊA BÀN TỈNH NGHỆ AN NĂM 2023"
    );

    private static final Engine ENGINE = new Engine(TemplateSource.defaults());

    @ParameterizedTest
    @CsvSource({
            "nghe-an-ke-hoach-2023.yaml, nghe-an-ke-hoach-2023.txt, BÁO CÁO",
            "thua-thien-hue-ke-hoach-2023.yaml, thua-thien-hue-ke-hoach-2023.txt, ",
            "bao-linh-ke-hoach-2024.yaml, bao-linh-ke-hoach-2024.txt, Phụ lục 01"})
    void everySeedSentenceIsRendered(String content, String seed, String stopAt) throws Exception {
        Path seedFile = TestPaths.seed(seed);
        String text = SeedSentences.normalize(LayoutText.of(ENGINE.render(TestPaths.content(content)).layout()));
        List<String> missing = SeedSentences.of(seedFile, stopAt).stream()
                .filter(s -> !CORRECTED.contains(s))
                .filter(s -> !text.contains(s))
                .toList();
        assertEquals(List.of(), missing);
    }
}
