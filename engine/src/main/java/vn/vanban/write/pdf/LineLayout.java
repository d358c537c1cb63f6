package vn.vanban.write.pdf;

import java.util.ArrayList;
import java.util.List;

import vn.vanban.layout.text.RunStyle;
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
     * The rule under text {@code textWidth} wide, centred in the column, as the DOCX draws it: an empty
     * paragraph {@code drop} high whose bottom border is the rule, so the rule's top lies {@code drop}
     * below the line's box ({@link Nd30Profile#ruleDrop}); y is relative to the bottom of that box.
     * {@code height} is what it adds below the line, as the DOCX's rule paragraph does.
     */
    Under under(Line.Rule kind, double textWidth, Nd30Profile profile, TextStyle style, double descent) {
        double length = kind == Line.Rule.PART ? textWidth * profile.partRuleShare() : textWidth;
        double x = (width - length) / 2;
        double drop = Units.pt(profile.ruleDrop(style, descent));
        double thickness = Units.pt(profile.ruleWidth());
        return new Under(new Mark.Rule(x, x + length, drop + thickness / 2, thickness), drop + thickness);
    }

    /** A rule and the height it adds below its line. */
    record Under(Mark rule, double height) {
    }
}
