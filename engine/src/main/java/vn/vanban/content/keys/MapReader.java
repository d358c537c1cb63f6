package vn.vanban.content.keys;

import vn.vanban.format.Text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Loc;
import vn.vanban.load.YNode;

/**
 * Reads the keys of one YAML mapping, remembering which were used, so that every key the clerk
 * typed but the format does not know is reported with the closest known key.
 */
public final class MapReader {
    private final YNode.YMap map;
    private final Diagnostics diags;
    private final String context;
    private final Set<String> allowed;
    private final Set<String> used = new HashSet<>();

    public MapReader(YNode.YMap map, Diagnostics diags, String context, Collection<String> allowed) {
        this.map = map;
        this.diags = diags;
        this.context = context;
        this.allowed = Set.copyOf(allowed);
    }

    public Loc loc() {
        return map.loc();
    }

    public boolean has(String key) {
        return map.has(key);
    }

    /**
     * The value of a key; when absent but the clerk typed a close misspelling of it ("trich-yue"),
     * that value is read in its place, so the one slip gives one message (from {@link #finish()})
     * instead of a missing key and a cascade.
     */
    public YNode get(String key) {
        used.add(key);
        YNode n = map.get(key);
        if (n == null && allowed.contains(key)) {
            for (YNode.Entry e : map.entries().values()) {
                if (!allowed.contains(e.key()) && key.equals(closest(e.key(), allowed))) {
                    return e.value();
                }
            }
        }
        return n;
    }

    public Loc keyLoc(String key) {
        YNode.Entry e = map.entries().get(key);
        return e == null ? map.loc() : e.keyLoc();
    }

    /** A required value; reports "missing key in its parent" when absent or empty. */
    public YNode require(String key) {
        YNode n = get(key);
        if (n == null) {
            diags.error(map.loc(), "key.missing", key, context);
            return null;
        }
        if (n instanceof YNode.YScalar s && s.isNull()) {
            diags.error(n.loc(), "key.required-empty", key, EXAMPLES.getOrDefault(key, key + ": ..."));
            return null;
        }
        return n;
    }

    /** What a required key looks like filled in, for the message when it is left empty. */
    private static final java.util.Map<String, String> EXAMPLES = java.util.Map.of(
            "loai", "loai: ke-hoach",
            "co-quan-ban-hanh", "co-quan-ban-hanh: ỦY BAN NHÂN DÂN XÃ BẢO LINH",
            "ky-hieu", "ky-hieu: KH-UBND",
            "trich-yeu", "trich-yeu: Triển khai công tác trẻ em năm 2024",
            "noi-dung", "noi-dung: [Đoạn văn thứ nhất.]",
            "noi-nhan", "noi-nhan: [\"Lưu: VT, VP\"]",
            "ky", "ky: {chuc-vu: CHỦ TỊCH, ho-ten: Nguyễn Văn A}",
            "chuc-vu", "chuc-vu: CHỦ TỊCH",
            "tieu-de", "tieu-de: TỔNG HỢP KẾT QUẢ",
            "doan", "doan: Nội dung đoạn văn");

    /** Report every key not in the allowed set. */
    public void finish() {
        for (YNode.Entry e : map.entries().values()) {
            if (!allowed.contains(e.key())) {
                String near = closest(e.key(), allowed);
                if (near != null) {
                    diags.error(e.keyLoc(), "key.unknown.suggest", e.key(), context, near);
                } else {
                    diags.error(e.keyLoc(), "key.unknown", e.key(), context, String.join(", ", sorted(allowed)));
                }
            }
        }
    }

    private static List<String> sorted(Set<String> s) {
        List<String> l = new ArrayList<>(s);
        l.sort(null);
        return l;
    }

    /** The known key at the smallest edit distance, if it is close enough to be a typo. */
    public static String closest(String key, Collection<String> candidates) {
        String plain = Text.foldDiacritics(key).toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-');
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = plain.equals(c) ? 0 : Text.editDistance(plain, c);
            if (d < bestD || d == bestD && best != null && c.compareTo(best) < 0) {
                bestD = d;
                best = c;
            }
        }
        return best != null && Text.closeEnough(bestD, best) ? best : null;
    }

}
