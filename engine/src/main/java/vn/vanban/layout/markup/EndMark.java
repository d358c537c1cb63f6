package vn.vanban.layout.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.vanban.layout.Block;
import vn.vanban.layout.Inline;

/**
 * ND30's end mark: the text ends with {@code ./.} right after its last sentence. The template says
 * where the text ends with {@code <end-mark/>}; this puts the mark on the paragraph before it.
 */
final class EndMark {
    static final String MARK = "./.";
    /** What the mark replaces at the end of the last line; compiled once, as every document ends with it. */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.;,:]+$");

    private EndMark() {
    }

    static void applyTo(List<Block> blocks, org.w3c.dom.Element where) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Block b = blocks.get(i);
            if (b instanceof Block.TableBlock) {
                // The text ends with the table: the mark goes on a line of its own under it.
                blocks.add(i + 1, new Block.Paragraph(vn.vanban.layout.Role.BODY, List.of(Inline.Span.plain(MARK))));
                return;
            }
            if (b instanceof Block.Paragraph p) {
                blocks.set(i, new Block.Paragraph(p.role(), mark(p.content())));
                return;
            }
            if (b instanceof Block.ListBlock l && !l.items().isEmpty()) {
                List<Block.ListItem> items = new ArrayList<>(l.items());
                Block.ListItem last = items.get(items.size() - 1);
                items.set(items.size() - 1, new Block.ListItem(last.marker(), last.level(), mark(last.content())));
                blocks.set(i, new Block.ListBlock(items));
                return;
            }
        }
        throw new MarkupReader.MarkupException("<end-mark/> with no paragraph before it", where);
    }

    private static List<Inline> mark(List<Inline> content) {
        List<Inline> out = new ArrayList<>(content);
        for (int k = out.size() - 1; k >= 0; k--) {
            if (out.get(k) instanceof Inline.Span s) {
                String t = s.text().stripTrailing();
                if (t.endsWith(MARK)) {
                    return out;
                }
                t = TRAILING_PUNCTUATION.matcher(t).replaceAll("") + MARK;
                out.set(k, new Inline.Span(t, s.bold(), s.italic(), s.superscript()));
                return out;
            }
        }
        out.add(Inline.Span.plain(MARK));
        return out;
    }
}
