package vn.vanban.layout.markup;

import java.util.List;
import java.util.Locale;

import vn.vanban.layout.Block;
import vn.vanban.layout.Inline;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.Line;
import vn.vanban.layout.PageSection;
import vn.vanban.layout.Table;

/**
 * The layout model written back as layout markup, one element per line, every decision of the
 * layout stage spelled out (the orientation it chose, the end mark it placed, the white space it
 * collapsed). {@link MarkupReader} reads it back to an equal model. Golden tests compare this text,
 * so they see what the writers see, not what the template printed. No-break spaces are written as
 * {@code &#160;} so that a reviewer sees them.
 */
public final class MarkupWriter {
    private final StringBuilder out = new StringBuilder(32 * 1024);

    private MarkupWriter() {
    }

    public static String write(LayoutDocument doc) {
        MarkupWriter w = new MarkupWriter();
        w.document(doc);
        return w.out.toString();
    }

    private void document(LayoutDocument doc) {
        out.append("<document title=\"").append(escape(doc.title())).append('"');
        if (doc.date() != null) {
            out.append(" date=\"").append(doc.date()).append('"');
        }
        out.append(">\n");
        for (PageSection s : doc.sections()) {
            indent(1).append("<section orientation=\"").append(lower(s.orientation().name())).append('"');
            if (s.restartNumbering()) {
                out.append(" restart=\"true\"");
            }
            out.append(">\n");
            for (Block b : s.blocks()) {
                block(b, 2);
            }
            indent(1).append("</section>\n");
        }
        out.append("</document>\n");
    }

    private void block(Block b, int depth) {
        switch (b) {
            case Block.HeaderBlock h -> {
                indent(depth).append("<header-block>\n");
                lines("left", h.left(), depth + 1);
                lines("right", h.right(), depth + 1);
                lines("left-below", h.leftBelow(), depth + 1);
                lines("right-below", h.rightBelow(), depth + 1);
                indent(depth).append("</header-block>\n");
            }
            case Block.TitleBlock t -> {
                indent(depth).append("<title-block>\n");
                for (Line l : t.lines()) {
                    line(l, depth + 1);
                }
                indent(depth).append("</title-block>\n");
            }
            case Block.Paragraph p -> {
                indent(depth).append("<p role=\"").append(p.role().markupName()).append("\">");
                inlines(p.content());
                out.append("</p>\n");
            }
            case Block.ListBlock l -> {
                indent(depth).append("<list>\n");
                for (Block.ListItem it : l.items()) {
                    indent(depth + 1).append("<item marker=\"").append(escape(it.marker())).append("\" level=\"")
                            .append(it.level()).append("\">");
                    inlines(it.content());
                    out.append("</item>\n");
                }
                indent(depth).append("</list>\n");
            }
            case Block.TableBlock t -> table(t.table(), depth);
            case Block.SignatureBlock s -> {
                indent(depth).append("<signature-block>\n");
                lines("left", s.left(), depth + 1);
                lines("right", s.right(), depth + 1);
                indent(depth).append("</signature-block>\n");
            }
            case Block.PageBreak p -> indent(depth).append("<page-break/>\n");
            case Block.Spacer s -> indent(depth).append("<spacer lines=\"").append(s.lines()).append("\"/>\n");
        }
    }

    private void lines(String name, List<Line> lines, int depth) {
        if (lines.isEmpty()) {
            return;
        }
        indent(depth).append('<').append(name).append(">\n");
        for (Line l : lines) {
            line(l, depth + 1);
        }
        indent(depth).append("</").append(name).append(">\n");
    }

    private void line(Line l, int depth) {
        indent(depth).append("<line role=\"").append(l.role().markupName()).append('"');
        switch (l.rule()) {
            case NONE -> { }
            case TEXT_WIDTH -> out.append(" rule=\"text\"");
            case PART -> out.append(" rule=\"part\"");
        }
        out.append('>');
        inlines(l.content());
        out.append("</line>\n");
    }

    private void table(Table t, int depth) {
        indent(depth).append("<table>\n");
        for (Table.Column c : t.columns()) {
            indent(depth + 1).append("<col weight=\"").append(c.weight()).append("\" align=\"")
                    .append(lower(c.align().name())).append("\"/>\n");
        }
        rows("thead", t.headerRows(), depth + 1);
        rows("tbody", t.bodyRows(), depth + 1);
        indent(depth).append("</table>\n");
    }

    private void rows(String part, List<Table.Row> rows, int depth) {
        if (rows.isEmpty()) {
            return;
        }
        indent(depth).append('<').append(part).append(">\n");
        for (Table.Row r : rows) {
            indent(depth + 1).append(r.bold() ? "<tr bold=\"true\">\n" : "<tr>\n");
            for (Table.Cell c : r.cells()) {
                indent(depth + 2).append("<td");
                if (c.colSpan() != 1) {
                    out.append(" colspan=\"").append(c.colSpan()).append('"');
                }
                if (c.rowSpan() != 1) {
                    out.append(" rowspan=\"").append(c.rowSpan()).append('"');
                }
                if (c.align() != null) {
                    out.append(" align=\"").append(lower(c.align().name())).append('"');
                }
                if (c.bold()) {
                    out.append(" bold=\"true\"");
                }
                if (c.italic()) {
                    out.append(" italic=\"true\"");
                }
                out.append('>');
                inlines(c.content());
                out.append("</td>\n");
            }
            indent(depth + 1).append("</tr>\n");
        }
        indent(depth).append("</").append(part).append(">\n");
    }

    private void inlines(List<Inline> content) {
        for (Inline i : content) {
            switch (i) {
                case Inline.Span s -> {
                    out.append(s.bold() ? "<b>" : "").append(s.italic() ? "<i>" : "")
                            .append(s.superscript() ? "<sup>" : "");
                    out.append(escape(s.text()));
                    out.append(s.superscript() ? "</sup>" : "").append(s.italic() ? "</i>" : "")
                            .append(s.bold() ? "</b>" : "");
                }
                case Inline.LineBreak b -> out.append("<br/>");
                case Inline.FootnoteRef f -> {
                    out.append("<fn>");
                    inlines(f.note());
                    out.append("</fn>");
                }
            }
        }
    }

    private StringBuilder indent(int depth) {
        return out.append("  ".repeat(depth));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\u00A0' -> sb.append("&#160;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
