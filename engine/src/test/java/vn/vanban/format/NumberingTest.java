package vn.vanban.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class NumberingTest {
    @Test
    void lettersFollowTheVietnameseAlphabet() {
        // ND30: a b c d đ e g h i k ... — no f, j, w, z, so "d" is never followed by another "d".
        assertEquals("a", Numbering.letter(1));
        assertEquals("d", Numbering.letter(4));
        assertEquals("đ", Numbering.letter(5));
        assertEquals("e", Numbering.letter(6));
        assertEquals("g", Numbering.letter(7));
        assertEquals("y", Numbering.letter(23));
        assertEquals("aa", Numbering.letter(24));
    }

    @Test
    void romanNumerals() {
        assertEquals("I", Numbering.roman(1));
        assertEquals("IV", Numbering.roman(4));
        assertEquals("IX", Numbering.roman(9));
        assertEquals("XIV", Numbering.roman(14));
    }

    @Test
    void sectionLabelsByDepth() {
        assertEquals("II.", Numbering.sectionLabel(List.of(2)));
        assertEquals("3.", Numbering.sectionLabel(List.of(2, 3)));
        assertEquals("3.1.", Numbering.sectionLabel(List.of(2, 3, 1)));
        assertEquals("2.3.4.", Numbering.sectionLabel(List.of(1, 2, 3, 4)));
    }
}
