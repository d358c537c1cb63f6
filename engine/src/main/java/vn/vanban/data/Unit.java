package vn.vanban.data;

import java.util.List;
import java.util.Map;

import vn.vanban.diag.Loc;
import vn.vanban.load.YNode;

/**
 * One unit of a units file ({@code --don-vi}): its code (folder under {@code so-lieu/} and output
 * folder), the header values that replace the report's own, and optionally its figures.
 *
 * @param header  {@code co-quan-ban-hanh}, {@code co-quan-chu-quan}, {@code ten-co-quan}, {@code dia-danh} as typed
 * @param figures the row's {@code so-lieu:} mapping, or null to read {@code so-lieu/<ma>/<ky>.yaml}
 */
public record Unit(String code, Map<String, YNode.Entry> header, YNode figures, Loc loc) {
    /** Keys of a unit row that replace the report's header. */
    public static final List<String> HEADER_KEYS = List.of("co-quan-chu-quan", "co-quan-ban-hanh", "ten-co-quan",
            "dia-danh");

    public Unit {
        header = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(header));
    }

    /** A header value as one line of text, for {@code {{ten-co-quan}}} and {@code {{dia-danh}}}. */
    public String text(String key) {
        YNode.Entry e = header.get(key);
        return e != null && e.value() instanceof YNode.YScalar s && !s.isNull() ? s.value().trim() : null;
    }
}
