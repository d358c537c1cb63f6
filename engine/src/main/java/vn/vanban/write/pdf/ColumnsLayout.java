package vn.vanban.write.pdf;

import java.util.ArrayList;
import java.util.List;

import vn.vanban.layout.Block;
import vn.vanban.layout.Line;
import vn.vanban.layout.Role;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.profile.TextStyle;

/**
 * The two borderless columns of the header and signature blocks: the left one takes headerLeftShare of
 * the text width, both start at the same top, and the block is one unbreakable strip.
 */
final class ColumnsLayout {
    private final Nd30Profile profile;
    private final ParagraphSetter setter;

    ColumnsLayout(Nd30Profile profile, ParagraphSetter setter) {
        this.profile = profile;
        this.setter = setter;
    }

    /**
     * Header block: names beside Quốc hiệu and Tiêu ngữ, then Số level with the place and date in a
     * second row that starts below the taller column of the first.
     */
    Flow.Strip header(Block.HeaderBlock h, double x, double width, ParagraphSetter.Notes notes) {
        Flow.Strip top = block(h.left(), h.right(), x, width, notes, false);
        if (h.leftBelow().isEmpty() && h.rightBelow().isEmpty()) {
            return top;
        }
        Flow.Strip below = block(h.leftBelow(), h.rightBelow(), x, width, notes, false);
        List<Mark> marks = new ArrayList<>(top.marks());
        for (Mark m : below.marks()) {
            marks.add(m.shifted(0, top.height()));
        }
        List<Flow.Note> notesOfBoth = new ArrayList<>(top.notes());
        notesOfBoth.addAll(below.notes());
        return new Flow.Strip(top.height() + below.height(), 0, 0, false, marks, notesOfBoth, List.of());
    }

    /** Signature block: the signer's name comes after the blank space for signature and seal. */
    Flow.Strip signature(List<Line> left, List<Line> right, double x, double width, ParagraphSetter.Notes notes) {
        return block(left, right, x, width, notes, true);
    }

    private Flow.Strip block(List<Line> left, List<Line> right, double x, double width, ParagraphSetter.Notes notes,
                             boolean signature) {
        double leftWidth = Units.snap(width * profile.headerLeftShare());
        List<Mark> marks = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        // A left column may hold a signer too (Biên bản: THƯ KÝ left, CHỦ TRÌ right), with the same space.
        double h1 = column(left, x, leftWidth, marks, numbers, notes, signature);
        double h2 = column(right, x + leftWidth, width - leftWidth, marks, numbers, notes, signature);
        return new Flow.Strip(Math.max(h1, h2), 0, 0, false, marks, notes.take(numbers), List.of());
    }

    /** Sets one column's lines top-down and returns its height. */
    private double column(List<Line> lines, double x, double width, List<Mark> marks, List<Integer> numbers,
                          ParagraphSetter.Notes notes, boolean signature) {
        double y = 0;
        double prevAfter = 0;
        boolean nameSpaceGiven = false;
        // A rule measures against the longest of the consecutive lines of its role (a two-line issuing
        // body's rule follows its longer line), as the DOCX writer measures it.
        double runWidest = 0;
        vn.vanban.layout.Role runRole = null;
        for (Line line : lines) {
            TextStyle style = profile.style(line.role());
            y += prevAfter + Units.pt(style.spaceBefore());
            if (signature && line.role() == Role.SIGNER_NAME && !nameSpaceGiven) {
                y += Units.pt(profile.signatureSpace());
                nameSpaceGiven = true;
            }
            LineLayout set = LineLayout.of(setter, line, style, width, notes);
            for (Mark m : set.marks()) {
                marks.add(m.shifted(x, y));
            }
            numbers.addAll(set.footnotes());
            y += set.height();
            runWidest = line.role() == runRole ? Math.max(runWidest, set.widestLine()) : set.widestLine();
            runRole = line.role();
            prevAfter = Units.pt(style.spaceAfter());
            if (line.rule() != Line.Rule.NONE) {
                LineLayout.Under u = set.under(line.rule(), runWidest, profile, style, setter.descent(style));
                y += prevAfter;
                marks.add(u.rule().shifted(x, y));
                y += u.height();
                prevAfter = 0;
            }
        }
        return y + prevAfter;
    }
}
