package vn.vanban.content.table;

import java.util.ArrayList;
import java.util.List;

import vn.vanban.format.Numbering;
import vn.vanban.load.YNode;
import vn.vanban.load.YNode.YMap;

/**
 * Numbers body rows by depth in the styles the table asks ({@code danh-so: [la-ma, so, so-cap]}):
 * {@code I}, {@code 1}, {@code 1.1} (the parent's number, a dot, then this one), {@code a}, or none.
 * A style may carry a prefix ({@code {kieu: so, tien-to: "Chỉ tiêu "}}). Group rows count on their
 * own ({@code danh-so-nhom}), so "Mục tiêu 1, 2" run beside "Chỉ tiêu 1...34" without resetting them.
 */
final class RowNumbering {
    static final List<String> STYLES = List.of("la-ma", "so", "so-cap", "chu", "khong");

    private record Style(String kind, String prefix) {
        static final Style NONE = new Style("khong", "");

        String label(int n, String parent) {
            String core = switch (kind) {
                case "la-ma" -> Numbering.roman(n);
                case "so" -> String.valueOf(n);
                case "so-cap" -> parent == null || parent.isEmpty() ? String.valueOf(n) : parent + "." + n;
                case "chu" -> Numbering.letter(n);
                default -> null;
            };
            return core == null ? "" : prefix + core;
        }
    }

    private final Nodes nodes;

    RowNumbering(Nodes nodes) {
        this.nodes = nodes;
    }

    void number(YNode styleNode, YNode groupStyleNode, List<RowDraft> rows) {
        List<Style> styles = styleNode == null
                ? List.of(new Style("so", ""), new Style("so-cap", ""), new Style("so-cap", ""), new Style("so-cap", ""))
                : styles(styleNode);
        List<Style> group = groupStyleNode == null ? List.of(Style.NONE) : styles(groupStyleNode);
        number(rows, 0, null, styles, group.get(0));
    }

    private void number(List<RowDraft> rows, int depth, String parentLabel, List<Style> styles, Style groupStyle) {
        Style style = depth < styles.size() ? styles.get(depth) : Style.NONE;
        int count = 0;
        int groups = 0;
        for (RowDraft r : rows) {
            if (r.givenLabel != null) {
                r.label = r.givenLabel;
            } else if (r.kind == RowKind.DATA) {
                r.label = style.label(++count, parentLabel);
            } else if (r.kind == RowKind.GROUP) {
                r.label = groupStyle.label(++groups, parentLabel);
            } else {
                r.label = "";
            }
            number(r.children, depth + 1, r.label, styles, groupStyle);
        }
    }

    private List<Style> styles(YNode n) {
        List<YNode> items = n instanceof YNode.YSeq s ? s.items() : List.of(n);
        List<Style> out = new ArrayList<>();
        for (YNode i : items) {
            if (i instanceof YMap m) {
                vn.vanban.content.keys.MapReader r = new vn.vanban.content.keys.MapReader(m, nodes.diags(), "danh-so",
                        List.of("kieu", "tien-to"));
                String kind = r.get("kieu") == null ? "so" : nodes.oneOf(r.get("kieu"), "kieu", STYLES);
                String prefix = nodes.text(r.get("tien-to"), "tien-to");
                r.finish();
                // The YAML value is stripped; a prefix like "Chỉ tiêu" wants its space before the number.
                out.add(new Style(kind == null ? "so" : kind, prefix == null ? "" : prefix + " "));
            } else {
                String kind = nodes.oneOf(i, "danh-so", STYLES);
                out.add(kind == null ? Style.NONE : new Style(kind, ""));
            }
        }
        return out.isEmpty() ? List.of(Style.NONE) : out;
    }
}
