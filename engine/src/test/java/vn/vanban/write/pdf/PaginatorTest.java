package vn.vanban.write.pdf;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vanban.layout.PageSection.Orientation;
import vn.vanban.profile.Nd30Profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Page-breaking rules on synthetic strips; each strip draws a rule at its top so its place can be read. */
class PaginatorTest {
    private static final Nd30Profile PROFILE = Nd30Profile.defaults();
    private static final double TOP = Units.pt(PROFILE.portrait().top());
    private static final double BODY = Units.pt(PROFILE.pageHeight()) - TOP - Units.pt(PROFILE.portrait().bottom());
    private static final double LINE = 17;
    private static final double EPS = 1e-9;
    private final Paginator paginator = new Paginator(PROFILE);

    private static Flow.Strip strip(double h, double before, double after, boolean keep, double id) {
        return new Flow.Strip(h, before, after, keep, List.of(new Mark.Rule(0, id, 0, 1)), List.of(), List.of());
    }

    private static Flow.Strip noted(double h, double noteHeight, double id) {
        return new Flow.Strip(h, 0, 0, false, List.of(new Mark.Rule(0, id, 0, 1)),
                List.of(new Flow.Note(1, noteHeight, List.of())), List.of());
    }

    /** Lines filling a page exactly. */
    private static List<Flow> fullPage() {
        List<Flow> items = new ArrayList<>();
        int n = (int) Math.floor(BODY / LINE);
        for (int i = 0; i < n; i++) {
            items.add(strip(LINE, 0, 0, false, 1));
        }
        return items;
    }

    /** Page index and y of the strip whose rule is {@code id} long. */
    private static double[] find(List<Paginator.Page> pages, double id) {
        for (int p = 0; p < pages.size(); p++) {
            for (Mark m : pages.get(p).marks()) {
                if (m instanceof Mark.Rule r && Math.abs(r.x2() - id) < EPS) {
                    return new double[] {p, r.y()};
                }
            }
        }
        throw new AssertionError("strip " + id + " not placed");
    }

    private List<Paginator.Page> paginate(List<Flow> items) {
        return paginator.paginate(List.of(new Flow.Section(Orientation.PORTRAIT, false, items)));
    }

    @Test
    void spaceBeforeIsDroppedAfterANaturalBreakAndKeptAfterAForcedOne() {
        List<Flow> items = fullPage();
        items.add(strip(LINE, 6, 0, false, 7));
        items.add(new Flow.PageBreak());
        items.add(strip(LINE, 6, 0, false, 8));
        List<Paginator.Page> pages = paginate(items);
        assertEquals(3, pages.size());
        assertEquals(TOP, find(pages, 7)[1], EPS);
        assertEquals(TOP + 6, find(pages, 8)[1], EPS);
    }

    @Test
    void spacingBetweenStripsIsAfterPlusBefore() {
        List<Paginator.Page> pages = paginate(List.of(strip(LINE, 0, 6, false, 2), strip(LINE, 6, 0, false, 3)));
        assertEquals(TOP + LINE + 12, find(pages, 3)[1], EPS);
    }

    @Test
    void aHeadingMovesToTheNextPageWithTheFirstLineOfWhatFollows() {
        List<Flow> items = fullPage();
        items.remove(items.size() - 1);
        items.add(strip(LINE, 0, 0, true, 4));   // heading: fits alone on page 1
        items.add(strip(LINE, 0, 0, false, 5));  // following line: does not
        List<Paginator.Page> pages = paginate(items);
        assertEquals(1, find(pages, 4)[0]);
        assertEquals(1, find(pages, 5)[0]);
        assertEquals(TOP, find(pages, 4)[1], EPS);
    }

    @Test
    void aKeptParagraphTooLongToEndWithItsSuccessorStillMovesWholeThenSplits() {
        List<Flow> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(strip(LINE, 0, 0, false, 1));
        }
        int lines = (int) Math.floor(BODY / LINE) + 3;
        for (int i = 0; i < lines; i++) {
            Flow.Strip s = strip(LINE, 0, 0, true, i == 0 ? 9 : i == lines - 1 ? 10 : 1);
            items.add(i == 0 ? s : s.continuing());
        }
        items.add(strip(LINE, 0, 0, false, 11));
        List<Paginator.Page> pages = paginate(items);
        assertEquals(1, find(pages, 9)[0], "the kept paragraph leaves page 1");
        assertEquals(TOP, find(pages, 9)[1], EPS);
        assertEquals(2, find(pages, 10)[0], "and splits normally from there");
        assertEquals(2, find(pages, 11)[0]);
    }

    @Test
    void aKeepChainTallerThanAPageFillsPagesInsteadOfOneStripEach() {
        List<Flow> items = new ArrayList<>();
        items.add(strip(LINE, 0, 0, false, 1));
        int n = (int) Math.floor(BODY / LINE) * 2 + 5;
        for (int i = 0; i < n; i++) {
            items.add(strip(LINE, 0, 0, true, 20 + i));
        }
        items.add(strip(LINE, 0, 0, false, 2));
        List<Paginator.Page> pages = paginate(items);
        assertEquals(0, find(pages, 20)[0], "the chain starts on the page it reaches");
        assertEquals(3, pages.size(), "and fills the pages after it");
        assertEquals(2, find(pages, 2)[0]);
    }

    @Test
    void aMergedCellRunningOverAPageBreakIsClosedAndReopened() {
        List<Flow> items = fullPage();
        Mark close = new Mark.Box(10, LINE, 100, 0, 0.5);
        Mark open = new Mark.Box(10, 0, 100, 0, 0.5);
        items.set(items.size() - 1, strip(LINE, 0, 0, false, 5).withEdges(new Flow.Edges(List.of(close), List.of())));
        items.add(strip(LINE, 0, 0, false, 6).withEdges(new Flow.Edges(List.of(close), List.of(open))));
        items.add(strip(LINE, 0, 0, false, 7).withEdges(new Flow.Edges(List.of(), List.of(open))));
        List<Paginator.Page> pages = paginate(items);
        assertEquals(2, pages.size());
        double lastTop = find(pages, 5)[1];
        List<Mark.Box> first = pages.get(0).marks().stream().filter(Mark.Box.class::isInstance).map(Mark.Box.class::cast).toList();
        List<Mark.Box> second = pages.get(1).marks().stream().filter(Mark.Box.class::isInstance).map(Mark.Box.class::cast).toList();
        assertEquals(List.of(new Mark.Box(10, lastTop + LINE, 100, 0, 0.5)), first, "closed at the foot of page 1 only");
        assertEquals(List.of(new Mark.Box(10, TOP, 100, 0, 0.5)), second, "opened atop page 2 only, not between rows");
    }

    @Test
    void aFootnoteShrinksTheBodyOfItsPage() {
        List<Flow> items = fullPage();
        items.subList(items.size() - 3, items.size()).clear();
        items.add(noted(LINE, 3 * LINE, 6)); // fits by itself, not with its note and separator
        List<Paginator.Page> pages = paginate(items);
        assertEquals(1, find(pages, 6)[0]);
    }

    @Test
    void numberingContinuesAcrossSectionsUnlessRestarted() {
        List<Paginator.Page> pages = paginator.paginate(List.of(
                new Flow.Section(Orientation.PORTRAIT, false, List.of(strip(LINE, 0, 0, false, 1))),
                new Flow.Section(Orientation.LANDSCAPE, false, List.of(strip(LINE, 0, 0, false, 1))),
                new Flow.Section(Orientation.PORTRAIT, true, List.of(strip(LINE, 0, 0, false, 1)))));
        assertEquals(List.of(1, 2, 1), pages.stream().map(Paginator.Page::number).toList());
        assertEquals(Orientation.LANDSCAPE, pages.get(1).orientation());
    }
}
