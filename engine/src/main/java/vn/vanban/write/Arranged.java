package vn.vanban.write;

import vn.vanban.layout.Block;

/**
 * One step of a section as both writers walk it, after {@link CompatibilityPass}: a block of the layout
 * model as it is (the same object, so {@code layout.Revisions} marks still find it), or one of the
 * adjustments Word and LibreOffice need that the layout model does not spell out.
 */
public sealed interface Arranged {

    /**
     * A block written as itself: a paragraph, list, title, header, table or signature block (never a page
     * break or spacer, which the pass turns into {@link PageBreak} and {@link SpacerLine}).
     *
     * @param keepWithNext the block's last paragraph (its last line, item or title line) keeps with what
     *                     follows: the signature must not stand alone on a page
     */
    record Placed(Block block, boolean keepWithNext) implements Arranged {
        public Placed {
            if (block instanceof Block.PageBreak || block instanceof Block.Spacer) {
                throw new IllegalArgumentException("arranged apart: " + block);
            }
        }
    }

    /**
     * An empty paragraph as thin as the profile's rule width, with no spacing: the DOCX needs a paragraph
     * there and this one takes no visible room; the PDF flow carries the same thin line so both cut pages
     * alike.
     */
    record Thin(Why why) implements Arranged {
    }

    /** Why a thin paragraph stands where it does (the rules are in {@link CompatibilityPass}). */
    enum Why {
        /** Before a table-like block that opens its section. */
        OPENS_SECTION,
        /** Between two table-like blocks. */
        BETWEEN_TABLES,
        /** Before a table-like block that follows a page break (the DOCX puts the break on it). */
        AFTER_PAGE_BREAK,
        /** After a table-like block that ends its section. */
        ENDS_SECTION
    }

    /**
     * A page break: the DOCX carries it as page-break-before on the next paragraph, the PDF forces a new
     * page. Never the last step of a section (the section break does that job).
     */
    record PageBreak(Block.PageBreak block) implements Arranged {
    }

    /**
     * One empty line of a {@link Block.Spacer}: an empty paragraph of the body's line height, none of its
     * spacing (the DOCX writes one per line, so keep-with-next before a spacer needs only its first line
     * on the page, and the PDF sets one strip per line to match).
     *
     * @param keepWithNext this line keeps with what follows (the last line before a signature)
     */
    record SpacerLine(Block.Spacer spacer, boolean keepWithNext) implements Arranged {
    }
}
