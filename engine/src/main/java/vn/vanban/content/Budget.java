package vn.vanban.content;

import java.util.List;

import vn.vanban.content.table.TableBudget;
import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Loc;

/**
 * What one document may expand to. The file-size cap bounds the text a document holds, but a few bytes
 * can ask for far more ({@code dong-trong: 500} a thousand times is half a million rows), so rows and
 * cells ({@link TableBudget}) and blocks are counted as the document is read, and the first one over its
 * limit is an error at the place that crossed it. {@code check} and {@code render} both read through here, so they
 * agree. Pages follow: rows and blocks give some 300 pages each at most, and text the rest, bounded by
 * the file-size cap.
 */
public final class Budget {
    /**
     * Paragraphs, headings, points, bullets and tables in one document: the longest sample plan has about
     * 600; 10,000 empty headings make some 330 pages.
     */
    public static final int BLOCKS = 10_000;

    private final Diagnostics diags;
    private final TableBudget tables;

    public Budget(Diagnostics diags) {
        this.diags = diags;
        this.tables = new TableBudget(diags);
    }

    /** The rows and cells part, which the table reader counts as it makes rows. */
    public TableBudget tables() {
        return tables;
    }

    /** Counts the blocks of a read document. */
    void blocks(Document doc) {
        Walk w = new Walk();
        w.blocks(doc.opening());
        w.blocks(doc.body());
        for (Appendix a : doc.appendices()) {
            w.blocks(a.body());
        }
    }

    private final class Walk {
        private int count;
        private boolean reported;

        void blocks(List<ContentBlock> blocks) {
            for (ContentBlock b : blocks) {
                if (reported) {
                    return;
                }
                if (++count > BLOCKS) {
                    reported = true;
                    diags.error(b.loc(), "budget.blocks", BLOCKS);
                    return;
                }
                switch (b) {
                    // Section depth is the reader's check (DocumentReader.MAX_LEVELS), said where it happens.
                    case ContentBlock.Numbered n -> blocks(n.body());
                    case ContentBlock.Points p -> items(p.items(), b.loc());
                    case ContentBlock.Bullets l -> items(l.items(), b.loc());
                    default -> {
                    }
                }
            }
        }

        private void items(List<ContentBlock.Item> items, Loc loc) {
            for (ContentBlock.Item i : items) {
                if (reported) {
                    return;
                }
                if (++count > BLOCKS) {
                    reported = true;
                    diags.error(loc, "budget.blocks", BLOCKS);
                    return;
                }
                blocks(i.body());
            }
        }
    }
}
