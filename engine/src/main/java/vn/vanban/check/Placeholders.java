package vn.vanban.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Loc;
import vn.vanban.load.YNode;

/**
 * Finds text still holding a fill-in mark from a model document ({@code ...}, {@code xxx},
 * {@code [...]}, {@code TODO}, {@code <điền>}), on the YAML tree so each warning has its exact place
 * and names the key it is under.
 */
final class Placeholders {
    /** Marks that are never real text. */
    private static final Pattern MARK = Pattern.compile(
            "\\[\\s*(?:\\.{3,}|…+)\\s*]|(?<![\\p{L}\\p{N}])(?:TODO|[xX]{3,})(?![\\p{L}\\p{N}])|<\\s*điền[^>]*>",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Dots that stand for a blank: four or more, or "..." not attached to a word. "sự kiện..." and
     * ",...)" mean "and so on" in real plans and are left alone.
     */
    private static final Pattern DOTS = Pattern.compile("\\.{4,}|…{2,}|(?<![\\p{L}\\p{N},;)\\]\"”.…])(?:\\.{3}|…)");
    private static final Pattern FORMAT_KEY = Pattern.compile("[a-z0-9-]+");

    private Placeholders() {
    }

    static void find(YNode root, Diagnostics diags) {
        walk(root, "", false, diags);
    }

    /** {@code key}: the nearest format key above; {@code userKeys}: inside chu-thich, where keys are ids. */
    private static void walk(YNode n, String key, boolean userKeys, Diagnostics diags) {
        switch (n) {
            case YNode.YMap m -> {
                for (YNode.Entry e : m.entries().values()) {
                    // Footnote ids and "Lưu: VT" are not format keys: name the key they sit under.
                    boolean formatKey = !userKeys && FORMAT_KEY.matcher(e.key()).matches();
                    walk(e.value(), formatKey ? e.key() : key, e.key().equals("chu-thich") && !userKeys, diags);
                    if (!formatKey && !userKeys) {
                        check(e.key(), e.keyLoc(), key, diags);
                    }
                }
            }
            case YNode.YSeq s -> {
                for (YNode item : s.items()) {
                    walk(item, key, userKeys, diags);
                }
            }
            case YNode.YScalar s -> {
                if (!s.isNull()) {
                    check(s.value(), s.loc(), key, diags);
                }
            }
        }
    }

    private static void check(String text, Loc loc, String key, Diagnostics diags) {
        Matcher m = MARK.matcher(text);
        if (m.find()) {
            diags.warning(loc, "lint.placeholder", key, m.group());
            return;
        }
        Matcher d = DOTS.matcher(text);
        if (d.find()) {
            diags.warning(loc, "lint.placeholder.dots", key, d.group());
        }
    }
}
