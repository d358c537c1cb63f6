package vn.vanban.write.pdf;

import java.util.ArrayList;
import java.util.List;

import vn.vanban.layout.Line;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.profile.TextStyle;

/**
 * One {@link Line} of a header, title or signature block set in its role's style within a column
 * (it wraps if the column is too narrow). Marks are relative to the column's left and the line's top.
 */
record LineLayout(List<Mark> marks, double height, double width, List<Integer> footnotes,
                  List<TextSetter.SetLine> setLines) {

    static LineLayout of(ParagraphSetter setter, Line line, TextStyle style, double width,
                         ParagraphSetter.Notes notes) {
        TextSetter.Frame frame = new TextSetter.Frame(width, 0, Units.pt(style.firstLineIndent()), style.align(),
                Units.pt(style.lineHeight()), RunStyle.of(style.bold(), style.italic(), Units.pt(style.size())));
        List<TextSetter.SetLine> lines = setter.set(line.content(), frame, notes);
        List<Mark> marks = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        double y = 0;
        for (TextSetter.SetLine l : lines) {
            for (Mark m : l.marks()) {
                marks.add(m.shifted(0, y));
            }
            numbers.addAll(l.footnotes());
            y += l.height();
        }
        return new LineLayout(marks, y, width, numbers, lines);
    }

    /** Width of the widest set line: what a rule under this text measures against. */
    double widestLine() {
        return setLines.stream().mapToDouble(TextSetter.SetLine::textWidth).max().orElse(0);
    }

    /**
     * The rule drawn under text {@code textWidth} wide, centred in the column, its y at 0 (the caller
     * shifts it to the bottom of the line box).
     */
    Mark rule(Line.Rule kind, double textWidth, Nd30Profile profile) {
        double length = kind == Line.Rule.PART ? textWidth * profile.partRuleShare() : textWidth;
        double x = (width - length) / 2;
        return new Mark.Rule(x, x + length, 0, Units.pt(profile.ruleWidth()));
    }
}
