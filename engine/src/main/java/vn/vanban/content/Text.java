package vn.vanban.content;

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
}
