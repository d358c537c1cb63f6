package vn.vanban.write.pdf;

import java.util.List;

import vn.vanban.layout.PageSection.Orientation;

/** The vertical material of a section, in reading order, ready to be cut into pages. */
sealed interface Flow permits Flow.Strip, Flow.PageBreak {

    /**
     * An unbreakable horizontal slab: one line of a paragraph, a table row, a header block.
     * Marks have absolute x and y relative to the strip's top.
     *
     * @param before         space above, dropped at the top of a page reached by a natural break
     * @param after          space below, dropped at the bottom of a page
     * @param keepWithNext   must share a page with the next strip
     * @param notes          footnotes referenced in the strip, placed at the bottom of its page
     * @param repeatedHeader table header rows to repeat when a page breaks before this strip; empty if none
     * @param continuation   not the first strip of its paragraph or row (keep rules are decided at the first)
     * @param lines          text lines inside the strip, for a strip that may be cut when it is taller than a
     *                       page (a table row); empty for a strip that is never cut
     * @param edges          borders drawn only where a page breaks below or above the strip (a merged cell
     *                       running on over a page break is closed on one page and opened on the next)
     */
    record Strip(double height, double before, double after, boolean keepWithNext, List<Mark> marks,
                 List<Note> notes, List<Strip> repeatedHeader, boolean continuation, List<Band> lines,
                 Edges edges)
            implements Flow {
        public Strip {
            marks = List.copyOf(marks);
            notes = List.copyOf(notes);
            repeatedHeader = List.copyOf(repeatedHeader);
            lines = List.copyOf(lines);
        }

        Strip(double height, double before, double after, boolean keepWithNext, List<Mark> marks, List<Note> notes,
              List<Strip> repeatedHeader, boolean continuation, List<Band> lines) {
            this(height, before, after, keepWithNext, marks, notes, repeatedHeader, continuation, lines, Edges.NONE);
        }

        /** The first (or only) strip of a paragraph or block, never cut. */
        Strip(double height, double before, double after, boolean keepWithNext, List<Mark> marks, List<Note> notes,
              List<Strip> repeatedHeader) {
            this(height, before, after, keepWithNext, marks, notes, repeatedHeader, false, List.of());
        }

        Strip(double height, double before, double after, boolean keepWithNext, List<Mark> marks, List<Note> notes,
              List<Strip> repeatedHeader, boolean continuation) {
            this(height, before, after, keepWithNext, marks, notes, repeatedHeader, continuation, List.of());
        }

        Strip keepingWithNext() {
            return new Strip(height, before, after, true, marks, notes, repeatedHeader, continuation, lines, edges);
        }

        Strip withRepeatedHeader(List<Strip> header) {
            return new Strip(height, before, after, keepWithNext, marks, notes, header, continuation, lines, edges);
        }

        Strip continuing() {
            return new Strip(height, before, after, keepWithNext, marks, notes, repeatedHeader, true, lines, edges);
        }

        Strip withEdges(Edges e) {
            return new Strip(height, before, after, keepWithNext, marks, notes, repeatedHeader, continuation, lines, e);
        }

        Strip withLines(List<Band> bands) {
            return new Strip(height, before, after, keepWithNext, marks, notes, repeatedHeader, continuation, bands, edges);
        }
    }

    /**
     * Marks, relative to a strip's top, drawn only at a page break: {@code closing} when the page ends below
     * the strip, {@code opening} when a page starts with it.
     */
    record Edges(List<Mark> closing, List<Mark> opening) {
        static final Edges NONE = new Edges(List.of(), List.of());

        public Edges {
            closing = List.copyOf(closing);
            opening = List.copyOf(opening);
        }
    }

    /** A vertical range, relative to the strip's top, that a cut must not cross (a line of text). */
    record Band(double top, double bottom) {
    }

    /** A forced page break. */
    record PageBreak() implements Flow {
    }

    /** A laid-out footnote: marks with absolute x and y relative to the note's top. */
    record Note(int number, double height, List<Mark> marks) {
        public Note {
            marks = List.copyOf(marks);
        }
    }

    /** One page section's flow. */
    record Section(Orientation orientation, boolean restartNumbering, List<Flow> items) {
        public Section {
            items = List.copyOf(items);
        }
    }
}
