package vn.vanban.content;

import java.util.List;

import vn.vanban.diag.Loc;

/**
 * A block of a document's body, as the clerk wrote it, with numbers already assigned.
 * {@link #kind()} lets templates dispatch without Java type tests.
 */
public sealed interface ContentBlock permits ContentBlock.Para, ContentBlock.Numbered, ContentBlock.Points,
        ContentBlock.Bullets, ContentBlock.Duty, ContentBlock.PageBreak, ContentBlock.TableBlock {

    String kind();

    Loc loc();

    enum ParaStyle { NORMAL, NOTE, CENTER }

    /** A paragraph. */
    record Para(RichText text, ParaStyle style, Loc loc) implements ContentBlock {
        public String kind() {
            return "para";
        }

        public String styleName() {
            return style.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A numbered item: a titled section ({@code muc}), a numbered paragraph ({@code khoan}) or a task
     * ({@code nhiem-vu}). {@code label} is its number as printed ({@code II.}, {@code 2.3.1.}); depth 1 is the top.
     */
    record Numbered(String type, String id, String label, int depth, RichText text, List<ContentBlock> body,
                    Duty duty, Loc loc, boolean inOutline) implements ContentBlock {
        public Numbered {
            body = List.copyOf(body);
        }

        public String kind() {
            return type;
        }

        public boolean hasDuty() {
            return duty != null;
        }

        /** ND30 prints top-level section titles in capitals. */
        public RichText upperText() {
            return text.upper();
        }

        /**
         * The title as printed: a top-level section's in capitals (ND30) but for a trailing note in
         * brackets, except in an attached outline (đề cương), which keeps the case it was written in.
         */
        public RichText title() {
            return depth == 1 && !inOutline && "muc".equals(type) ? text.upperExceptNote() : text;
        }

        /** An empty heading of an attached outline leaves space to write in. */
        public boolean leavesSpace() {
            return inOutline && body.isEmpty();
        }
    }

    /** Lettered points a), b), ... */
    record Points(List<Item> items, Loc loc) implements ContentBlock {
        public Points {
            items = List.copyOf(items);
        }

        public String kind() {
            return "points";
        }
    }

    /** Bullets: {@code -} at the first level, {@code +} nested, or a marker the clerk chose. */
    record Bullets(String marker, int level, List<Item> items, Loc loc) implements ContentBlock {
        public Bullets {
            items = List.copyOf(items);
        }

        public String kind() {
            return "bullets";
        }
    }

    /** An item of points or bullets; {@code label} is {@code a)} or the bullet marker. */
    record Item(String label, RichText text, List<ContentBlock> body) {
        public Item {
            body = List.copyOf(body);
        }
    }

    /**
     * Who leads, who helps and when. {@code fromId}/{@code toId} name a range of tasks this statement
     * covers ("Từ mục 2.3.1 đến 2.3.4"), or are null.
     */
    record Duty(String fromId, String toId, List<RichText> lead, List<RichText> support, RichText time, Loc loc)
            implements ContentBlock {
        public Duty {
            lead = List.copyOf(lead);
            support = List.copyOf(support);
        }

        public String kind() {
            return "duty";
        }

        public boolean hasRange() {
            return fromId != null;
        }

        public RichText leadText() {
            return RichText.join(lead.stream().map(RichText::trimEnd).toList(), "; ");
        }

        public RichText supportText() {
            return RichText.join(support.stream().map(RichText::trimEnd).toList(), "; ");
        }

        public RichText timeText() {
            return time == null ? null : time.trimEnd();
        }
    }

    /**
     * A data table ({@code bang}): columns, computed rows and the grid to print. {@code cellTexts} holds
     * the cells whose text carries inline marks ({@code *nghiêng*}, {@code **đậm**}), read by the same
     * parser as paragraphs, keyed by the cell's plain text.
     */
    record TableBlock(vn.vanban.content.table.DataTable table, java.util.Map<String, RichText> cellTexts, Loc loc)
            implements ContentBlock {
        public TableBlock {
            cellTexts = java.util.Map.copyOf(cellTexts);
        }

        public String kind() {
            return "table";
        }

        /** What a cell prints: its marks read, or its text as it is. */
        public RichText text(vn.vanban.content.table.GridCell c) {
            RichText r = cellTexts.get(c.text());
            return r != null ? r : RichText.plain(c.text() == null ? "" : c.text());
        }
    }

    record PageBreak(Loc loc) implements ContentBlock {
        public String kind() {
            return "page-break";
        }
    }
}
