package vn.vanban.format;

import java.text.Normalizer;

/** Small text helpers for Vietnamese. */
public final class Text {
    private Text() {
    }

    /** "trích-yếu" → "trich-yeu", "Đ" → "D": how a clerk's misspelt key is matched to a known one. */
    public static String foldDiacritics(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.replace('đ', 'd').replace('Đ', 'D');
    }

    /** Levenshtein distance: how many letters to insert, delete or change to turn one word into the other. */
    /**
     * Whether a name {@code distance} edits away from {@code candidate} is close enough to suggest it
     * ("did you mean"): one edit for names of up to 3 letters, two up to 6, a third of the length beyond.
     * Farther names are other words, and suggesting them surprises more than it helps.
     */
    public static boolean closeEnough(int distance, String candidate) {
        int n = candidate.length();
        int limit = n <= 3 ? 1 : n <= 6 ? 2 : Math.max(2, n / 3);
        return distance <= limit;
    }

    public static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
