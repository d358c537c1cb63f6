package vn.vanban.write;

import java.util.ArrayList;
import java.util.List;

import vn.vanban.layout.Block;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.PageSection;

/**
 * The adjustments Word and LibreOffice need, decided once for both writers: the DOCX writes them, the
 * PDF writer lays out the same steps so that it cuts pages where LibreOffice cuts our DOCX. Each rule is
 * here with its reason; the writers only turn {@link Arranged} steps into their own material.
 *
 * <ul>
 * <li>A thin paragraph ({@link Arranged.Thin}) before a table-like block (header, table, signature: the
 * blocks the DOCX writes as Word tables) that opens a section, follows another table-like block or
 * follows a page break; and after a table-like block that ends a section. WordprocessingML needs a
 * paragraph to carry a section break after a table, to keep two tables apart (Word would merge them)
 * and to carry a page break before a table; LibreOffice sets a table that opens a section a full line
 * lower, as if an empty paragraph stood before it. A thin one does all that without a visible blank line,
 * so a block that just fits its page does not push an empty line onto a page of its own.</li>
 * <li>Keep-with-next on the paragraph right before the signature block, so the signature moves to the
 * next page with the body's last paragraph instead of standing alone. Only a paragraph (a body
 * paragraph, list item, title line or spacer line) keeps: after a table, a page break or at a section's
 * start the signature's thin paragraph stands between, and the DOCX keeps nothing there, so LibreOffice
 * keeps nothing either: with a table before the signature it moves the signature alone to the next page
 * and leaves the thin paragraph behind (the PDF used to carry that thin line over with the signature,
 * setting it a rule width lower than LibreOffice does).</li>
 * <li>A spacer of n lines is n empty body-line paragraphs ({@link Arranged.SpacerLine}).</li>
 * <li>A page break at the end of a section is dropped: the section break already starts a new page.</li>
 * <li>Pages of the same orientation whose numbering runs on share one Word section, started by a page
 * break ({@link ArrangedSection#startsWordSection()}): fewer sections are simpler to edit, and
 * LibreOffice lays out the first page of a later section a little differently from the PDF writer (it
 * will not split a paragraph there). The thin paragraphs come out the same either way.</li>
 * </ul>
 * Blocks that write nothing (a spacer of no lines, an empty list or title) are left out and do not
 * count as the block before the next one.
 */
public final class CompatibilityPass {
    private CompatibilityPass() {
    }

    /** Every section of the document, with where its Word sections start and end. */
    public static List<ArrangedSection> arrange(LayoutDocument document) {
        List<PageSection> all = document.sections();
        List<ArrangedSection> out = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            PageSection s = all.get(i);
            boolean starts = i == 0 || !sameWordSection(all.get(i - 1), s);
            boolean ends = i == all.size() - 1 || !sameWordSection(s, all.get(i + 1));
            out.add(new ArrangedSection(s, starts, ends, arrange(s)));
        }
        return out;
    }

    /**
     * Pages of the same orientation whose numbering runs on need no Word section of their own: a page
     * break starts them.
     */
    static boolean sameWordSection(PageSection previous, PageSection next) {
        return previous.orientation() == next.orientation() && !next.restartNumbering();
    }

    /** What a section has written so far, as far as the rules care (page breaks apart). */
    private enum Written { NOTHING, TABLE, TEXT }

    /** One section's steps; the same whatever Word section it falls in. */
    public static List<Arranged> arrange(PageSection section) {
        List<Arranged> out = new ArrayList<>();
        Written written = Written.NOTHING;
        boolean broken = false; // a page break since the last block written
        for (Block block : section.blocks()) {
            if (writesNothing(block)) {
                continue;
            }
            if (block instanceof Block.PageBreak b) {
                out.add(new Arranged.PageBreak(b));
                broken = true;
                continue;
            }
            if (isTableLike(block)) {
                if (broken) {
                    out.add(new Arranged.Thin(Arranged.Why.AFTER_PAGE_BREAK));
                } else if (written == Written.NOTHING) {
                    out.add(new Arranged.Thin(Arranged.Why.OPENS_SECTION));
                } else if (written == Written.TABLE) {
                    out.add(new Arranged.Thin(Arranged.Why.BETWEEN_TABLES));
                } else if (block instanceof Block.SignatureBlock) {
                    keepLastWithNext(out);
                }
                out.add(new Arranged.Placed(block, false));
                written = Written.TABLE;
            } else if (block instanceof Block.Spacer s) {
                for (int n = 0; n < s.lines(); n++) {
                    out.add(new Arranged.SpacerLine(s, false));
                }
                written = Written.TEXT;
            } else {
                out.add(new Arranged.Placed(block, false));
                written = Written.TEXT;
            }
            broken = false;
        }
        while (!out.isEmpty() && out.get(out.size() - 1) instanceof Arranged.PageBreak) {
            out.remove(out.size() - 1);
        }
        if (written == Written.TABLE) {
            out.add(new Arranged.Thin(Arranged.Why.ENDS_SECTION));
        }
        return out;
    }

    private static void keepLastWithNext(List<Arranged> out) {
        int i = out.size() - 1;
        out.set(i, switch (out.get(i)) {
            case Arranged.Placed p -> new Arranged.Placed(p.block(), true);
            case Arranged.SpacerLine l -> new Arranged.SpacerLine(l.spacer(), true);
            default -> throw new IllegalStateException("no paragraph to keep: " + out.get(i));
        });
    }

    /** Blocks the DOCX writes as Word tables. */
    private static boolean isTableLike(Block b) {
        return b instanceof Block.HeaderBlock || b instanceof Block.TableBlock || b instanceof Block.SignatureBlock;
    }

    private static boolean writesNothing(Block b) {
        return switch (b) {
            case Block.Spacer s -> s.lines() <= 0;
            case Block.ListBlock l -> l.items().isEmpty();
            case Block.TitleBlock t -> t.lines().isEmpty();
            default -> false;
        };
    }
}
