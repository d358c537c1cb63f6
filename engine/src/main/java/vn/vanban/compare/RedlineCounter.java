package vn.vanban.compare;

import java.util.List;

import vn.vanban.layout.Block;
import vn.vanban.layout.Inline;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.Line;
import vn.vanban.layout.PageSection;
import vn.vanban.layout.Revisions;
import vn.vanban.layout.Table;

/**
 * Counts a redline's changes as a reviewer sees them in Word or LibreOffice: one insertion or deletion
 * per stretch of consecutive text of that kind, paragraph marks included (two whole paragraphs
 * inserted one after the other are one insertion). Text flows through the body's paragraphs; a table
 * cell, a footnote and a column of the header or signature block are each a flow of their own.
 */
final class RedlineCounter {
    private final Revisions revisions;
    private final Counts counts = new Counts();
    /** The kind of the previous piece of text in the current flow (null: unchanged). */
    private Revisions.Kind last;

    private RedlineCounter(Revisions revisions) {
        this.revisions = revisions;
    }

    static Counts count(LayoutDocument doc, Revisions revisions) {
        RedlineCounter c = new RedlineCounter(revisions);
        for (PageSection s : doc.sections()) {
            c.last = null;
            for (Block b : s.blocks()) {
                c.block(b);
            }
        }
        return c.counts;
    }

    private Revisions.Kind kind(Object o, Revisions.Kind inherited) {
        Revisions.Change c = revisions.of(o);
        return c != null ? c.kind() : inherited;
    }

    private void piece(Revisions.Kind k) {
        if (k != null && k != last) {
            counts.add(new Revisions.Change(k, false, false));
        }
        last = k;
    }

    private void block(Block b) {
        if (b instanceof Block.TableBlock || b instanceof Block.HeaderBlock || b instanceof Block.SignatureBlock) {
            last = null; // a table ends the flow of text before it and starts the one after it
        }
        blockText(b);
        if (b instanceof Block.TableBlock || b instanceof Block.HeaderBlock || b instanceof Block.SignatureBlock) {
            last = null;
        }
    }

    private void blockText(Block b) {
        switch (b) {
            case Block.Paragraph p -> paragraph(p.content(), kind(p, null));
            case Block.ListBlock l -> l.items().forEach(i -> {
                Revisions.Kind k = kind(i, null);
                piece(k); // the marker, written before the item's text
                paragraph(i.content(), k);
            });
            case Block.TitleBlock t -> lines(t.lines(), true);
            case Block.HeaderBlock h -> {
                flow(() -> lines(h.left(), false));
                flow(() -> lines(h.right(), false));
                flow(() -> lines(h.leftBelow(), false));
                flow(() -> lines(h.rightBelow(), false));
            }
            case Block.SignatureBlock s -> {
                flow(() -> lines(s.left(), false));
                flow(() -> lines(s.right(), false));
            }
            case Block.TableBlock t -> {
                for (List<Table.Row> rows : List.of(t.table().headerRows(), t.table().bodyRows())) {
                    for (Table.Row r : rows) {
                        Revisions.Kind k = kind(r, null);
                        for (Table.Cell cell : r.cells()) {
                            flow(() -> paragraph(cell.content(), k, false));
                        }
                    }
                }
            }
            case Block.Spacer s -> {
                Revisions.Kind k = kind(s, null);
                for (int n = 0; n < s.lines(); n++) {
                    piece(k);
                }
            }
            case Block.PageBreak p -> { }
        }
    }

    /** Lines in the body, or a column of a two-column block (whose last mark ends a cell). */
    private void lines(List<Line> lines, boolean body) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            paragraph(l.content(), kind(l, null), body || i < lines.size() - 1 || l.rule() != Line.Rule.NONE);
        }
    }

    private void paragraph(List<Inline> content, Revisions.Kind mark) {
        paragraph(content, mark, true);
    }

    /**
     * A paragraph's text then its mark. The mark of a cell's last paragraph is no character a reviewer
     * can change (Word and LibreOffice show no change there), so it does not count.
     */
    private void paragraph(List<Inline> content, Revisions.Kind mark, boolean markCounts) {
        for (Inline i : content) {
            Revisions.Kind k = kind(i, mark);
            if (k == Revisions.Kind.FORMATTED) {
                counts.add(revisions.of(i));
                last = null;
                continue;
            }
            if (i instanceof Inline.Span s && s.text().isEmpty()) {
                continue;
            }
            piece(k);
            if (i instanceof Inline.FootnoteRef f) {
                Revisions.Kind outer = k;
                flow(() -> paragraph(f.note(), outer == Revisions.Kind.FORMATTED ? null : outer));
            }
        }
        if (markCounts) {
            piece(mark == Revisions.Kind.FORMATTED ? null : mark);
        }
    }

    /** A flow of its own (a cell, a note): changes inside it do not join those around it. */
    private void flow(Runnable r) {
        Revisions.Kind outer = last;
        last = null;
        r.run();
        last = outer;
    }
}
