package vn.vanban.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 14, item 6: "did you mean" only for names really close to what was typed. */
class CloseEnoughTest {
    private static boolean close(String typed, String candidate) {
        return Text.closeEnough(Text.editDistance(typed, candidate), candidate);
    }

    @Test
    void typosAreCloseOtherWordsAreNot() {
        assertTrue(close("mucc", "muc"));
        assertTrue(close("trich-yue", "trich-yeu"));
        assertTrue(close("tre-em-duoi-61", "tre-em-duoi-6"));
        assertFalse(close("ab", "so"), "two letters out of two is another word");
        assertFalse(close("ten", "so"));
        assertFalse(close("nguoi-soan", "ngay"));
        assertFalse(close("kinh-phi-xyz", "ky"));
    }
}
