package vn.vanban.layout;

import java.util.List;

/** A block of the layout model: what the writers turn into pages. */
public sealed interface Block
        permits Block.HeaderBlock, Block.TitleBlock, Block.Paragraph, Block.ListBlock, Block.TableBlock,
        Block.SignatureBlock, Block.PageBreak, Block.Spacer {

    /**
     * The page-1 header, a two-column block in two rows: issuing body (left) beside Quốc hiệu and
     * Tiêu ngữ (right); then Số (left) level with place and date (right).
     */
    record HeaderBlock(List<Line> left, List<Line> right, List<Line> leftBelow, List<Line> rightBelow)
            implements Block {
        public HeaderBlock {
            left = List.copyOf(left);
            right = List.copyOf(right);
            leftBelow = List.copyOf(leftBelow);
            rightBelow = List.copyOf(rightBelow);
        }

        public HeaderBlock(List<Line> left, List<Line> right) {
            this(left, right, List.of(), List.of());
        }
    }

    /** Document type name and trích yếu, centred. */
    record TitleBlock(List<Line> lines) implements Block {
        public TitleBlock {
            lines = List.copyOf(lines);
        }
    }

    /** A paragraph of the body (headings included; the role says which). */
    record Paragraph(Role role, List<Inline> content) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }

        public String text() {
            return Inline.plainText(content);
        }
    }

    /** Bullet items ("-", "+", "*"): each is a paragraph starting with its marker. */
    record ListBlock(List<ListItem> items) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    record ListItem(String marker, int level, List<Inline> content) {
        public ListItem {
            content = List.copyOf(content);
        }
    }

    record TableBlock(Table table) implements Block {
    }

    /** Nơi nhận on the left, the signer on the right; kept together with the end of the body. */
    record SignatureBlock(List<Line> left, List<Line> right) implements Block {
        public SignatureBlock {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }
    }

    record PageBreak() implements Block {
    }

    /** Vertical space of a number of body lines (space left for hand-filling). */
    record Spacer(int lines) implements Block {
    }
}
