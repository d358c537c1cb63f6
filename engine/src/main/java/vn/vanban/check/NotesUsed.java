package vn.vanban.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.vanban.content.Appendix;
import vn.vanban.content.ContentBlock;
import vn.vanban.content.Document;
import vn.vanban.content.RichText;

/** The footnote ids a document's text refers to ({@code [^id]}), wherever the text is. */
final class NotesUsed {
    private final Set<String> ids = new HashSet<>();

    private NotesUsed() {
    }

    static Set<String> in(Document doc) {
        NotesUsed n = new NotesUsed();
        doc.bases().forEach(n::text);
        n.blocks(doc.opening());
        n.blocks(doc.body());
        n.text(doc.closing());
        for (Appendix a : doc.appendices()) {
            n.text(a.title());
            n.blocks(a.body());
        }
        return n.ids;
    }

    private void blocks(List<ContentBlock> blocks) {
        for (ContentBlock b : blocks) {
            switch (b) {
                case ContentBlock.Para p -> text(p.text());
                case ContentBlock.Numbered n -> {
                    text(n.text());
                    blocks(n.body());
                    if (n.duty() != null) {
                        blocks(List.of(n.duty()));
                    }
                }
                case ContentBlock.Points p -> items(p.items());
                case ContentBlock.Bullets bl -> items(bl.items());
                case ContentBlock.Duty d -> {
                    d.lead().forEach(this::text);
                    d.support().forEach(this::text);
                    text(d.time());
                }
                case ContentBlock.PageBreak pb -> {
                }
                case ContentBlock.TableBlock t -> {
                    // Table cells are numbers and short labels; footnotes are not read in them.
                }
            }
        }
    }

    private void items(List<ContentBlock.Item> items) {
        for (ContentBlock.Item i : items) {
            text(i.text());
            blocks(i.body());
        }
    }

    private void text(RichText t) {
        if (t == null) {
            return;
        }
        for (RichText.Part p : t.parts()) {
            if (p instanceof RichText.Note note) {
                ids.add(note.id());
            }
        }
    }
}
