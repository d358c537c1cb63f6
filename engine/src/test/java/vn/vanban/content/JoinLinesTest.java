package vn.vanban.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link DocumentReader#joinLines} gives what {@code replaceAll("\\s*\n\\s*", " ")} gave, on any text. */
class JoinLinesTest {
    private static final String ALPHABET = "ab  \t\r\n\n\u000B\f\u00A0\u2028ệ";

    @Test
    void sameAsTheRegularExpression() {
        Random random = new Random(11);
        for (int run = 0; run < 20_000; run++) {
            int n = random.nextInt(14);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = sb.toString();
            assertEquals(s.replaceAll("\\s*\n\\s*", " "), DocumentReader.joinLines(s), s);
        }
    }
}
