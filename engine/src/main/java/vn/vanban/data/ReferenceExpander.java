package vn.vanban.data;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Loc;
import vn.vanban.load.YNode;

/**
 * Replaces the data references in every text of a content file by their values, before the
 * content reader sees it, so headers, titles and body text alike can name figures. Only
 * {@link Reference}s are evaluated; the inserted values are escaped so they stay plain text.
 */
public final class ReferenceExpander {
    private final ReportData data;
    private final Diagnostics diags;
    private final SourceText source;

    /** @param data null when the document names no data ({@code so-lieu}): any reference is then an error */
    public ReferenceExpander(Path file, ReportData data, Diagnostics diags) {
        this.data = data;
        this.diags = diags;
        this.source = new SourceText(file);
    }

    public YNode expand(YNode n) {
        return expand(n, false);
    }

    /**
     * @param tableValues {@code n} is a value of a table row ({@code gia-tri}): a lone figure
     *                    reference there becomes the bare number, so a number column can compute with it
     *                    and print it in its own format
     */
    private YNode expand(YNode n, boolean tableValues) {
        return switch (n) {
            case YNode.YScalar s -> s.isNull() || !Reference.mentions(s.value()) ? s
                    : tableValues && bareFigure(s) != null ? bareFigure(s)
                    : new YNode.YScalar(s.loc(), expandText(s), s.plain(), false);
            case YNode.YSeq q -> new YNode.YSeq(q.loc(), q.items().stream().map(i -> expand(i, false)).toList());
            case YNode.YMap m -> {
                Map<String, YNode.Entry> es = new LinkedHashMap<>();
                for (YNode.Entry e : m.entries().values()) {
                    es.put(e.key(), new YNode.Entry(e.key(), e.keyLoc(), expand(e.value(), "gia-tri".equals(e.key())
                            || tableValues && e.value() instanceof YNode.YScalar)));
                }
                yield new YNode.YMap(m.loc(), es);
            }
        };
    }

    /** "{{ten-so-lieu}}" alone, with a value in the data: that value as a bare YAML number; else null. */
    private YNode.YScalar bareFigure(YNode.YScalar s) {
        List<Reference.Piece> pieces = Reference.split(s.value().strip());
        if (data == null || pieces.size() != 1 || !(pieces.get(0) instanceof Reference.Ref r)
                || r.ref().op() != null || r.ref().format() != null || Reference.WORDS.contains(r.ref().name())) {
            return null;
        }
        java.math.BigDecimal v = data.value(r.ref().name());
        return v == null ? null : new YNode.YScalar(s.loc(), v.stripTrailingZeros().toPlainString(), true, false);
    }

    private String expandText(YNode.YScalar s) {
        StringBuilder out = new StringBuilder();
        Map<String, Integer> seen = new HashMap<>();
        for (Reference.Piece p : Reference.split(s.value())) {
            switch (p) {
                case Reference.Literal l -> out.append(l.text());
                case Reference.Malformed m -> {
                    diags.warning(locate(s, m.source(), seen), "data.ref.malformed", m.source(),
                            "{{ten-so-lieu}}, {{ten-so-lieu|%}}, {{so-sanh ten-so-lieu}}", "\\{{");
                    out.append(m.source());
                }
                case Reference.Ref r -> {
                    Loc loc = locate(s, r.ref().source(), seen);
                    String v = evaluate(r.ref(), loc);
                    escape(out, v == null ? r.ref().source() : v);
                }
            }
        }
        return out.toString();
    }

    private Loc locate(YNode.YScalar s, String src, Map<String, Integer> seen) {
        int nth = seen.merge(src, 1, Integer::sum) - 1;
        return source.locate(s, src, nth);
    }

    /** The text a reference stands for, or null after reporting why there is none. */
    private String evaluate(Reference r, Loc loc) {
        if (data == null) {
            diags.error(loc, "data.ref.no-data", r.source(), "\\{{", "{{");
            return null;
        }
        if (r.op() == null) {
            switch (r.name()) {
                case "ky" -> {
                    return data.period().label();
                }
                case "ky-truoc" -> {
                    return data.period().previous().label();
                }
                case "ky-sau" -> {
                    return data.period().nextLabel();
                }
                case "ngay" -> {
                    if (data.current().date() == null || !data.current().date().value().trim().matches("\\d{4}(-\\d{1,2}){0,2}")) {
                        diags.error(loc, "data.ref.no-date", r.source(), data.current().source());
                        return null;
                    }
                    return new vn.vanban.format.VnFormat().ngay(data.current().date().value());
                }
                case "nam" -> {
                    return String.valueOf(data.period().year());
                }
                case "ten-co-quan", "dia-danh" -> {
                    String v = data.unitText().get(r.name());
                    if (v == null) {
                        diags.error(loc, "data.ref.no-unit-text", r.source(), r.name());
                    }
                    return v;
                }
                default -> {
                }
            }
        } else if (!Reference.OPS.contains(r.op())) {
            diags.error(loc, "data.ref.unknown-op", r.op(), String.join(", ", Reference.OPS));
            return null;
        }
        BigDecimal cur = data.value(r.name());
        if (cur == null) {
            missing(r, loc, data.current());
            return null;
        }
        FigureDef d = data.def(r.name());
        if (r.op() == null) {
            return Phrases.value(d, cur, r.format() != null);
        }
        BigDecimal prev = data.previousValue(r.name());
        if (prev == null) {
            if (data.previous() == null) {
                diags.error(loc, "data.ref.no-previous", r.source(), data.period().previous().label(),
                        data.previousFile());
            } else {
                missing(r, loc, data.previous());
            }
            return null;
        }
        return switch (r.op()) {
            case "so-sanh" -> Phrases.compare(d, cur, prev, data.period(), data.period().previous());
            case "chenh-lech" -> Phrases.change(d, cur, prev);
            default -> Phrases.value(d, prev, r.format() != null);
        };
    }

    private void missing(Reference r, Loc loc, FigureSet set) {
        List<String> known = new ArrayList<>(set.figures().keySet());
        String near = Names.closeOrNull(r.name(), known);
        if (near == null) {
            diags.error(loc, "data.ref.missing", r.name(), set.source());
        } else {
            diags.error(loc, "data.ref.missing.suggest", r.name(), set.source(), near);
        }
    }

    /** Values are plain text: a "*" in a unit's name must not start italics. */
    private static void escape(StringBuilder out, String v) {
        for (char c : v.toCharArray()) {
            if ("*^[\\".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
    }
}
