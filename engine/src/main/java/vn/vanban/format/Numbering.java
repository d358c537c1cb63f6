package vn.vanban.format;

import java.util.List;

/** ND30 numbering: Roman numerals for the top level, Arabic paths below, Vietnamese letters for points. */
public final class Numbering {
    /** The Vietnamese alphabet as ND30 letters points: no f, j, w, z; đ after d. */
    private static final String[] LETTERS = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o",
            "p", "q", "r", "s", "t", "u", "v", "x", "y"};

    private Numbering() {
    }

    public static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                sb.append(symbols[i]);
                n -= values[i];
            }
        }
        return sb.toString();
    }

    /** Parts of an outline: 1 → "A.", 2 → "B.". */
    public static String partLabel(int n) {
        return letter(n).toUpperCase(java.util.Locale.forLanguageTag("vi")) + ".";
    }

    /** 1 → a, 5 → đ, 23 → y, 24 → aa. */
    public static String letter(int n) {
        int i = n - 1;
        String s = LETTERS[i % LETTERS.length];
        return i < LETTERS.length ? s : letter(i / LETTERS.length) + s;
    }

    /**
     * The printed number of a numbered item from the counters of its ancestors and itself:
     * [2] → "II.", [2, 3] → "3.", [2, 3, 1] → "3.1.".
     */
    public static String sectionLabel(List<Integer> path) {
        if (path.size() == 1) {
            return roman(path.get(0)) + ".";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < path.size(); i++) {
            sb.append(path.get(i)).append('.');
        }
        return sb.toString();
    }
}
