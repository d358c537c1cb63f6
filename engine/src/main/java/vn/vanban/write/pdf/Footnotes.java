package vn.vanban.write.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.vanban.layout.text.RunStyle;
import vn.vanban.layout.Inline;
import vn.vanban.profile.TextStyle;

/**
 * Numbers footnotes in document order and sets each note in the FOOTNOTE style across the text width of
 * the section it appears in. One instance per written document: it is what makes writing stateful.
 */
final class Footnotes implements ParagraphSetter.Notes {
    private final ParagraphSetter setter;
    private final TextStyle style;
    private final Map<Integer, Flow.Note> notes = new HashMap<>();
    private int count;
    private double left;
    private double width;

    Footnotes(ParagraphSetter setter, TextStyle style) {
        this.setter = setter;
        this.style = style;
    }

    /** Notes set from now on span this text column. */
    void column(double left, double width) {
        this.left = left;
        this.width = width;
    }

    @Override
    public int add(Inline.FootnoteRef ref) {
        int n = ++count;
        List<Inline> content = new ArrayList<>();
        content.add(new Inline.Span(Integer.toString(n), false, false, true));
        content.add(Inline.Span.plain(" "));
        content.addAll(ref.note());
        TextSetter.Frame frame = new TextSetter.Frame(width, 0, Units.pt(style.firstLineIndent()), style.align(),
                Units.pt(style.lineHeight()), RunStyle.of(style.bold(), style.italic(), Units.pt(style.size())));
        List<TextSetter.SetLine> lines = setter.set(content, frame, nested -> {
            throw new IllegalArgumentException("a footnote inside footnote " + n + " is not supported");
        });
        List<Mark> marks = new ArrayList<>();
        double y = Units.pt(style.spaceBefore());
        for (TextSetter.SetLine line : lines) {
            for (Mark m : line.marks()) {
                marks.add(m.shifted(left, y));
            }
            y += line.height();
        }
        notes.put(n, new Flow.Note(n, y + Units.pt(style.spaceAfter()), marks));
        return n;
    }

    @Override
    public List<Flow.Note> take(List<Integer> numbers) {
        return numbers.stream().map(notes::get).toList();
    }
}
