package vn.vanban.write.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a strip that is taller than a page (a table row) in two between its text lines, as LibreOffice
 * splits a row that cannot fit on any page: text above the cut stays, text below moves, and each cell's
 * border is cut into two boxes. Like LibreOffice, each part gets the cell padding at the cut, and the
 * second part a top border of its own.
 */
final class StripCutter {
    private StripCutter() {
    }

    /**
     * The two parts, or null when not even the first line fits in {@code room}.
     *
     * @param padding cell padding added at the cut to both parts
     * @param rule    border width opening the second part
     */
    static Flow.Strip[] cut(Flow.Strip strip, double room, double padding, double rule) {
        double cut = cutPoint(strip.lines(), room - padding);
        if (cut <= 0 || strip.lines().stream().noneMatch(b -> b.bottom() <= cut)) {
            return null;
        }
        // the second part starts with a border and padding, then the first line below the cut
        double shift = cut - rule - padding;
        List<Mark> above = new ArrayList<>();
        List<Mark> below = new ArrayList<>();
        for (Mark m : strip.marks()) {
            switch (m) {
                case Mark.Text t -> {
                    if (t.baseline() < cut) {
                        above.add(t);
                    } else {
                        below.add(t.shifted(0, -shift));
                    }
                }
                case Mark.Rule r -> {
                    if (r.y() <= cut) {
                        above.add(r);
                    } else {
                        below.add(r.shifted(0, -shift));
                    }
                }
                case Mark.Box b -> {
                    double end = b.y() + b.height();
                    if (end <= cut) {
                        above.add(b);
                    } else if (b.y() >= cut) {
                        below.add(b.shifted(0, -shift));
                    } else {
                        above.add(new Mark.Box(b.x(), b.y(), b.width(), cut + padding - b.y(), b.thickness()));
                        below.add(new Mark.Box(b.x(), rule / 2, b.width(), end - shift - rule / 2, b.thickness()));
                    }
                }
            }
        }
        List<Flow.Band> rest = strip.lines().stream().filter(b -> b.top() >= cut)
                .map(b -> new Flow.Band(b.top() - shift, b.bottom() - shift)).toList();
        // A merged cell running through the row opens above the first part and closes below the second.
        Flow.Strip first = new Flow.Strip(cut + padding, strip.before(), 0, false, above, strip.notes(),
                strip.repeatedHeader(), strip.continuation(), List.of(),
                new Flow.Edges(List.of(), strip.edges().opening()));
        Flow.Strip second = new Flow.Strip(strip.height() - shift, 0, strip.after(), strip.keepWithNext(), below,
                List.of(), strip.repeatedHeader(), true, rest,
                new Flow.Edges(strip.edges().closing().stream().map(m -> m.shifted(0, -shift)).toList(), List.of()));
        return new Flow.Strip[] {first, second};
    }

    /** The lowest y at or above {@code room} that crosses no line. */
    private static double cutPoint(List<Flow.Band> lines, double room) {
        double cut = room;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Flow.Band b : lines) {
                if (b.top() < cut && cut < b.bottom()) {
                    cut = b.top();
                    moved = true;
                }
            }
        }
        return cut;
    }
}
