package vn.vanban.write.pdf;

import java.util.ArrayList;
import java.util.List;

import vn.vanban.layout.PageSection.Orientation;
import vn.vanban.profile.Nd30Profile;

/**
 * Cuts the flow into pages the way Word and LibreOffice do with widow and orphan control off: a strip
 * goes on the page if its bottom fits above the body bottom (raised by the page's footnotes); a
 * keep-with-next paragraph that cannot end on the page with the first line of what follows moves whole to
 * the next page (LibreOffice's rule, checked at the paragraph's first line only), unless the chain of
 * paragraphs kept together is taller than a page and its first paragraph fits here: then moving cannot
 * help and the chain runs on from where it is, filling the pages after; space before a strip is
 * dropped at the top of a page reached by a natural break and kept after a forced break or section start;
 * space after the last strip of a page is dropped.
 */
final class Paginator {
    /**
     * A finished page: its orientation, its number (counting restarts) and what to draw; beside the marks,
     * the strips placed on it in order and its footnotes, from which {@link PageReader} describes the page
     * ({@link PageModel}) without paginating again.
     */
    record Page(Orientation orientation, int number, List<Mark> marks, List<Placed> strips, List<Flow.Note> notes) {
        Page {
            marks = List.copyOf(marks);
            strips = List.copyOf(strips);
            notes = List.copyOf(notes);
        }
    }

    /** A strip as placed on a page; {@code repeatedHeader}: a table's header rows repeated after a break. */
    record Placed(Flow.Strip strip, boolean repeatedHeader) {
    }

    /** Sums of lengths in doubles miss exact fits by rounding noise; this is far below a twip. */
    private static final double EPSILON = 1e-6;

    private final Nd30Profile profile;

    Paginator(Nd30Profile profile) {
        this.profile = profile;
    }

    List<Page> paginate(List<Flow.Section> sections) {
        List<Page> pages = new ArrayList<>();
        int number = 0;
        for (Flow.Section section : sections) {
            if (section.restartNumbering()) {
                number = 0;
            }
            List<Flow> items = section.items();
            SectionPages sp = new SectionPages(section.orientation(), pages, number, Chains.of(items));
            for (int i = 0; i < items.size(); i++) {
                switch (items.get(i)) {
                    case Flow.PageBreak b -> sp.forcedBreak();
                    case Flow.Strip s -> sp.place(items, i, s);
                }
            }
            number = sp.finish();
        }
        return pages;
    }

    /** Pagination state within one section. */
    private final class SectionPages {
        private final Orientation orientation;
        private final List<Page> pages;
        private final double top;
        private final double bottom;
        private final double left;
        private final double textWidth;
        private final double separatorSpace;
        private final double separatorLine;
        /** The footnote area above its notes: space, separator line, space. */
        private final double separatorHeight;
        private final Chains chains;
        private int number;
        private PageState page;

        SectionPages(Orientation orientation, List<Page> pages, int numberBefore, Chains chains) {
            this.chains = chains;
            this.orientation = orientation;
            this.pages = pages;
            Nd30Profile.Margins m = profile.margins(orientation);
            this.top = Units.pt(m.top());
            this.bottom = Units.pt(profile.pageHeight(orientation)) - Units.pt(m.bottom());
            this.left = Units.pt(m.left());
            this.textWidth = Units.textWidth(profile, orientation);
            this.separatorSpace = Units.pt(profile.footnoteSeparatorSpace());
            this.separatorLine = Units.pt(profile.tableRuleWidth());
            this.separatorHeight = 2 * separatorSpace + separatorLine;
            this.number = numberBefore + 1;
            this.page = new PageState(true);
        }

        void forcedBreak() {
            if (!page.empty) {
                newPage(true);
            } else {
                page.forced = true;
            }
        }

        void place(List<Flow> items, int index, Flow.Strip s) {
            double room = bottom - top + EPSILON;
            if (!s.lines().isEmpty() && s.height() > room - headerHeight(s)) {
                placeCut(s);
                return;
            }
            if (!page.empty) {
                double gap = page.prevAfter + s.before();
                boolean move = page.y + gap + s.height() > room - page.notesHeight(s.notes());
                // Nor can it help when everything above on the page is kept with what follows: the page holds one
                // chain already taller than it (LibreOffice's SwFlowFrame::IsKeepFwdMoveAllowed).
                if (!move && s.keepWithNext() && !s.continuation() && !page.onlyKept) {
                    // LibreOffice's keep-with-next: a paragraph that cannot end on this page together with
                    // the start of what follows moves whole to the next page, even if it must split there.
                    Chain chain = chain(items, index, gap);
                    move = page.y + chain.height > room - page.notesHeight(chain.notes);
                    if (move && chain.height - gap > room - page.notesHeight(chain.notes)) {
                        // A chain taller than a whole page (sixty headings in a row, a table's header kept with
                        // a first row taller than a page) fits on no page: as in LibreOffice it starts here and
                        // runs on, unless its first paragraph would itself be split here, which moves whole.
                        move = page.y + gap + paragraph(items, index) > room - page.notesHeight(s.notes());
                    }
                }
                if (move) {
                    breakPage(s);
                }
            }
            put(s, gap(s), true);
        }

        /** A strip taller than any page: fill each page with as many of its lines as fit, from here on. */
        private void placeCut(Flow.Strip s) {
            Flow.Strip rest = s;
            double room = bottom - top + EPSILON;
            boolean freshPage = page.empty;
            while (rest.height() > room - page.y - gap(rest) - page.notesHeight(rest.notes())) {
                Flow.Strip[] parts = StripCutter.cut(rest, room - page.y - gap(rest) - page.notesHeight(rest.notes()),
                        Units.pt(profile.cellPadding()), Units.pt(profile.tableRuleWidth()));
                if (parts == null && freshPage) {
                    break; // not even one line fits on a new page: let it overflow
                }
                if (parts != null) {
                    put(parts[0], gap(parts[0]), true);
                    rest = parts[1];
                }
                breakPage(rest);
                freshPage = true;
            }
            put(rest, gap(rest), true);
        }

        private double gap(Flow.Strip s) {
            return page.empty ? (page.forced ? s.before() : 0) : page.prevAfter + s.before();
        }

        private double headerHeight(Flow.Strip s) {
            return s.repeatedHeader().stream().mapToDouble(Flow.Strip::height).sum();
        }

        /**
         * A natural page break before {@code s}, repeating its table's header rows; a merged cell running on
         * over the break is closed below the last strip of this page and opened above {@code s}.
         */
        private void breakPage(Flow.Strip s) {
            if (page.last != null) {
                for (Mark m : page.last.edges().closing()) {
                    page.marks.add(m.shifted(0, top + page.lastTop));
                }
            }
            newPage(false);
            for (Flow.Strip h : s.repeatedHeader()) {
                put(h, 0, false);
                page.strips.set(page.strips.size() - 1, new Placed(h, true));
            }
            page.reopen = true;
        }

        /**
         * Height from the current position to the bottom of the last strip kept with {@code index}. The walk
         * stops once the chain is taller than a page: the outcome is then known whatever follows, and a long
         * chain (thousands of headings) costs each of its strips a page's worth of steps, not its length.
         */
        private Chain chain(List<Flow> items, int index, double gap) {
            double room = bottom - top + EPSILON;
            Flow.Strip s = (Flow.Strip) items.get(index);
            double h = gap + s.height();
            List<Flow.Note> notes = new ArrayList<>(s.notes());
            int j = index;
            int end = chains.end(index);
            while (j < end && h - gap <= room) {
                Flow.Strip next = (Flow.Strip) items.get(j + 1);
                h += ((Flow.Strip) items.get(j)).after() + next.before() + next.height();
                notes.addAll(next.notes());
                j++;
            }
            return new Chain(h, notes);
        }

        /** Height of the paragraph starting at {@code index}: its first strip and the lines continuing it. */
        private static double paragraph(List<Flow> items, int index) {
            Flow.Strip s = (Flow.Strip) items.get(index);
            double h = s.height();
            for (int j = index + 1; j < items.size() && items.get(j) instanceof Flow.Strip next && next.continuation(); j++) {
                h += ((Flow.Strip) items.get(j - 1)).after() + next.before() + next.height();
            }
            return h;
        }

        private void put(Flow.Strip s, double gap, boolean withNotes) {
            double y = top + page.y + gap;
            for (Mark m : s.marks()) {
                page.marks.add(m.shifted(0, y));
            }
            if (page.reopen && withNotes) {
                for (Mark m : s.edges().opening()) {
                    page.marks.add(m.shifted(0, y));
                }
                page.reopen = false;
            }
            page.strips.add(new Placed(s, false));
            page.last = s;
            page.lastTop = y - top;
            page.y += gap + s.height();
            page.prevAfter = s.after();
            page.empty = false;
            page.onlyKept &= s.keepWithNext();
            if (withNotes) {
                page.notes.addAll(s.notes());
            }
        }

        private void newPage(boolean forced) {
            close();
            number++;
            page = new PageState(forced);
        }

        /** Closes the last page; returns its number. */
        int finish() {
            close();
            return number;
        }

        /** Footnotes at the bottom of the body area under a short separator, then the page is done. */
        private void close() {
            if (!page.notes.isEmpty()) {
                double y = bottom - page.notesHeight(List.of());
                double mid = y + separatorSpace + separatorLine / 2;
                page.marks.add(new Mark.Rule(left, left + textWidth * profile.footnoteSeparatorShare(), mid,
                        separatorLine));
                y += separatorHeight;
                for (Flow.Note n : page.notes) {
                    for (Mark m : n.marks()) {
                        page.marks.add(m.shifted(0, y));
                    }
                    y += n.height();
                }
            }
            pages.add(new Page(orientation, number, page.marks, page.strips, page.notes));
        }

        private record Chain(double height, List<Flow.Note> notes) {
        }

        private final class PageState {
            final List<Mark> marks = new ArrayList<>();
            final List<Placed> strips = new ArrayList<>();
            final List<Flow.Note> notes = new ArrayList<>();
            boolean forced;
            boolean empty = true;
            /** Every strip on the page so far is kept with the next one. */
            boolean onlyKept = true;
            /** The strip placed last, and its top from the body's top: closed if a page breaks below it. */
            Flow.Strip last;
            double lastTop;
            /** A natural break just happened: the next strip placed (past repeated headers) opens its edges. */
            boolean reopen;
            double y;
            double prevAfter;

            PageState(boolean forced) {
                this.forced = forced;
            }

            /** Height of the footnote area with {@code more} notes added (separator included). */
            double notesHeight(List<Flow.Note> more) {
                if (notes.isEmpty() && more.isEmpty()) {
                    return 0;
                }
                double h = separatorHeight;
                for (Flow.Note n : notes) {
                    h += n.height();
                }
                for (Flow.Note n : more) {
                    h += n.height();
                }
                return h;
            }
        }
    }

    /**
     * For each strip of a section, the last strip of its keep-with-next chain (the first strip after it not
     * kept with the next): worked out once, backwards, so that no strip walks its whole chain.
     */
    private record Chains(int[] ends) {
        static Chains of(List<Flow> items) {
            int n = items.size();
            int[] ends = new int[n];
            for (int i = n - 1; i >= 0; i--) {
                boolean kept = items.get(i) instanceof Flow.Strip s && s.keepWithNext() && i + 1 < n
                        && items.get(i + 1) instanceof Flow.Strip;
                ends[i] = kept ? ends[i + 1] : i;
            }
            return new Chains(ends);
        }

        int end(int index) {
            return ends[index];
        }
    }
}
