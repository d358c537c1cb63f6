package vn.vanban.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The word-sequence measure of the import tests: the share of a source's words that a rendering
 * says in the same order (longest common subsequence of words over the source's word count). Words
 * are compared as {@code SeedSentences} compares sentences: numbering labels (I., 1.1., a), -, +)
 * taken off each line, markdown marks removed, white space collapsed; and, per word, case and the
 * punctuation around it ignored (ND30 moves a ";" or prints a trích yếu in lower case).
 */
final class WordSequence {
    /** Same labels as {@code vn.vanban.SeedSentences}: I., 1., 1.1., 2.5.2, a), đ), -, +, *, markdown heading marks. */
    private static final Pattern LABEL = Pattern.compile(
            "^\\s*(#+\\s*)?(\\*\\*)?\\s*([IVX]+\\.|[A-H]\\.(?=\\s)|\\d+(\\.\\d+)*\\.?(?=\\s)|[a-zđ]\\)|[-+*•–])\\s*");
    private static final Pattern EDGE = Pattern.compile("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$");

    private WordSequence() {
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String line : Normalizer.normalize(text, Normalizer.Form.NFC).split("\n")) {
            String l = LABEL.matcher(line.replace('\u00A0', ' ').replaceFirst("^\\s*#+\\s*", "")).replaceFirst("")
                    .replace("*", "").replace("./.", " ");
            for (String w : l.split("[\\s\u00A0]+")) {
                String t = EDGE.matcher(w).replaceAll("").toLowerCase(Locale.forLanguageTag("vi"));
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** Share of {@code source}'s words found in order in {@code rendered}. */
    static double ratio(String source, String rendered) {
        List<String> a = words(source);
        List<String> b = words(rendered);
        return a.isEmpty() ? 1.0 : (double) lcs(a, b) / a.size();
    }

    /** Length of the longest common subsequence, by Myers' O((N+M)·D) greedy algorithm (D small when alike). */
    static int lcs(List<String> words, List<String> other) {
        java.util.Map<String, Integer> ids = new java.util.HashMap<>();
        int[] a = words.stream().mapToInt(w -> ids.computeIfAbsent(w, k -> ids.size())).toArray();
        int[] b = other.stream().mapToInt(w -> ids.computeIfAbsent(w, k -> ids.size())).toArray();
        int n = a.length;
        int m = b.length;
        int max = n + m;
        int[] v = new int[2 * max + 2];
        for (int d = 0; d <= max; d++) {
            for (int k = -d; k <= d; k += 2) {
                int x;
                if (k == -d || k != d && v[max + k - 1] < v[max + k + 1]) {
                    x = v[max + k + 1];
                } else {
                    x = v[max + k - 1] + 1;
                }
                int y = x - k;
                while (x < n && y < m && a[x] == b[y]) {
                    x++;
                    y++;
                }
                v[max + k] = x;
                if (x >= n && y >= m) {
                    return (n + m - d) / 2;
                }
            }
        }
        return 0;
    }
}
