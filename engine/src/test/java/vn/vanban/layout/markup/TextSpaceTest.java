package vn.vanban.layout.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The white-space loops give what the regular expressions they replaced gave, on any text. */
class TextSpaceTest {
    private static final String ALPHABET = "ab  \t\r\n\u000B\f\u0085\u2028\u2029ệ.";

    @Test
    void sameAsTheRegularExpressions() {
        Random random = new Random(7);
        for (int run = 0; run < 20_000; run++) {
            String s = randomText(random);
            assertEquals(s.replaceAll("[ \\t\\r\\n]+", " "), MarkupReader.collapse(s), s);
            assertEquals(s.replaceFirst("^ +", ""), MarkupReader.stripLeadingSpaces(s), s);
            assertEquals(s.replaceFirst(" +$", ""), MarkupReader.stripTrailingSpaces(s), s);
        }
    }

    static String randomText(Random random) {
        int n = random.nextInt(12);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
