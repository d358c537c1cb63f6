package vn.vanban.layout.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vanban.fonts.FontSet;
import vn.vanban.layout.Inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineBreakerTest {
    private static final TextMetrics MEASURER = TextMetrics.of(FontSet.bundled());
    private static final RunStyle BODY = RunStyle.of(false, false, 14);
    private static final FootnoteSink NO_NOTES = ref -> {
        throw new AssertionError();
    };

    private static List<String> lines(String text, double width) {
        List<Token> tokens = MEASURER.tokens(List.of(Inline.Span.plain(text)), BODY, NO_NOTES, vn.vanban.layout.Revisions.NONE);
        return MEASURER.breakLines(tokens, i -> width).stream()
                .map(l -> l.items().stream().map(t -> switch (t) {
                    case Token.Word w -> w.pieces().stream().map(Token.Piece::text).reduce("", String::concat);
                    case Token.Gap g -> g.text();
                    case Token.Break b -> "";
                }).reduce("", String::concat))
                .toList();
    }

    @Test
    void widthsAreTheFontsExactAdvancesNotRoundedThousandths() throws Exception {
        String text = "Ủy ban nhân dân Thành phố Hà Nội triển khai thực hiện nghiêm túc";
        java.awt.Font font;
        try (var in = FontSet.class.getResourceAsStream("/fonts/LiberationSerif-Regular.ttf")) {
            font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
        }
        // at the font's own units per em (2048) AWT advances are design units
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, false, true);
        double units = 0;
        for (int cp : text.codePoints().toArray()) {
            units += font.deriveFont(2048f).createGlyphVector(frc, Character.toChars(cp)).getGlyphMetrics(0).getAdvance();
        }
        assertEquals(units * 14 / 2048, MEASURER.width(text, BODY), 1e-6);
        assertTrue(Math.abs(MEASURER.width(text, BODY) - FontSet.bundled().font(false, false).getWidthPoint(text, 14f)) > 0.05,
                "OpenPDF's own widths are measurably narrower");
    }

    @Test
    void aLineTakesAsManyWholeWordsAsFit() {
        double twoWords = Math.max(MEASURER.width("văn bản", BODY), MEASURER.width("hành chính", BODY));
        assertEquals(List.of("văn bản", "hành chính"), lines("văn bản hành chính", twoWords));
        assertEquals(List.of("văn", "bản", "hành", "chính"), lines("văn bản hành chính", MEASURER.width("chính", BODY)));
    }

    @Test
    void aWordLongerThanTheLineIsCutBetweenCharacters() {
        String word = "Abcdefghijklmnopqrstuvwxyz";
        double width = MEASURER.width("Abcdefgh", BODY);
        List<String> lines = lines(word, width);
        assertTrue(lines.size() > 2, lines.toString());
        assertEquals(word, String.join("", lines));
        for (String l : lines) {
            assertTrue(MEASURER.width(l, BODY) <= width + 1e-6, l);
        }
    }

    @Test
    void aLineMayBreakAfterAHyphenBetweenLetters() {
        double width = MEASURER.width("Số 05/KH-", BODY);
        assertEquals(List.of("Số 05/KH-", "UBND"), lines("Số 05/KH-UBND", width));
    }
}
