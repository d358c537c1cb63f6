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
     */
    record Strip(double height, double before, double after, boolean keepWithNext, List<Mark> marks,
                 List<Note> notes, List<Strip> repeatedHeader, boolean continuation) implements Flow {
        public Strip {
            marks = List.copyOf(marks);
            notes = List.copyOf(notes);
            repeatedHeader = List.copyOf(repeatedHeader);
        }

        /** The first (or only) strip of a paragraph or block. */
        Strip(double height, double before, double after, boolean keepWithNext, List<Mark> marks, List<Note> notes,
              List<Strip> repeatedHeader) {
            this(height, before, after, keepWithNext, marks, notes, repeatedHeader, false);
        }

        Strip keepingWithNext() {
            return new Strip(height, before, after, true, marks, notes, repeatedHeader, continuation);
        }

        Strip withRepeatedHeader(List<Strip> header) {
            return new Strip(height, before, after, keepWithNext, marks, notes, header, continuation);
        }

        Strip continuing() {
            return new Strip(height, before, after, keepWithNext, marks, notes, repeatedHeader, true);
        }
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
