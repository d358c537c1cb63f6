package vn.vanban.render;

import java.util.List;

import vn.vanban.layout.Block;
import vn.vanban.layout.Inline;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.Line;
import vn.vanban.layout.PageSection;

/** The visible text of a layout model, one paragraph or line per line, footnotes at the end. */
final class LayoutText {
    private LayoutText() {
    }

    static String of(LayoutDocument doc) {
        StringBuilder sb = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        for (PageSection s : doc.sections()) {
            for (Block b : s.blocks()) {
                switch (b) {
                    case Block.HeaderBlock h -> {
                        lines(sb, h.left());
                        lines(sb, h.right());
                        lines(sb, h.leftBelow());
                        lines(sb, h.rightBelow());
                    }
                    case Block.TitleBlock t -> lines(sb, t.lines());
                    case Block.Paragraph p -> inline(sb, notes, p.content());
                    case Block.ListBlock l -> l.items().forEach(i -> {
                        sb.append(i.marker()).append(' ');
                        inline(sb, notes, i.content());
                    });
                    case Block.SignatureBlock sig -> {
                        lines(sb, sig.left());
                        lines(sb, sig.right());
                    }
                    case Block.TableBlock t -> t.table().bodyRows().forEach(r -> r.cells()
                            .forEach(c -> sb.append(c.text()).append('\n')));
                    default -> { }
                }
            }
        }
        return sb.append(notes).toString();
    }

    private static void lines(StringBuilder sb, List<Line> lines) {
        lines.forEach(l -> sb.append(l.text()).append('\n'));
    }

    private static void inline(StringBuilder sb, StringBuilder notes, List<Inline> content) {
        for (Inline i : content) {
            if (i instanceof Inline.FootnoteRef f) {
                notes.append(Inline.plainText(f.note())).append('\n');
            }
        }
        sb.append(Inline.plainText(content)).append('\n');
    }
}
