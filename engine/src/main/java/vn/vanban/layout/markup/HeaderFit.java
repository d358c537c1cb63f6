package vn.vanban.layout.markup;

import java.util.ArrayList;
import java.util.List;

import vn.vanban.fonts.FontSet;
import vn.vanban.layout.Block;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.Line;
import vn.vanban.layout.PageSection;
import vn.vanban.layout.Role;
import vn.vanban.layout.text.RunStyle;
import vn.vanban.layout.text.TextMetrics;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.profile.TextStyle;

/**
 * An issuing-body line (tên cơ quan ban hành) must stay one line in the header's left column, never
 * silently wrap onto an extra one. A line too wide at the issuing body's size that fits at the smaller
 * size ND30 allows is set at it ({@link Role#ISSUING_BODY_FITTED}); one too wide even so keeps its size,
 * wraps, and is reported by {@link #overflowing} so the caller can warn where the clerk wrote it.
 */
public final class HeaderFit {
    private final Nd30Profile profile;
    private final TextMetrics metrics;

    public HeaderFit(Nd30Profile profile, FontSet fonts) {
        this.profile = profile;
        this.metrics = TextMetrics.of(fonts);
    }

    /**
     * The header block with each issuing-body line that does not fit its column at 13 pt but does at 12
     * set at 12 pt; a line too long even at 12 keeps its size (and wraps: see {@link #overflowing}).
     */
    Block.HeaderBlock fit(Block.HeaderBlock h, PageSection.Orientation o) {
        double column = columnWidth(o);
        List<Line> left = new ArrayList<>(h.left().size());
        boolean changed = false;
        for (Line l : h.left()) {
            if (l.role() == Role.ISSUING_BODY && !fits(l, Role.ISSUING_BODY, column)
                    && fits(l, Role.ISSUING_BODY_FITTED, column)) {
                left.add(new Line(Role.ISSUING_BODY_FITTED, l.content(), l.rule()));
                changed = true;
            } else {
                left.add(l);
            }
        }
        return changed ? new Block.HeaderBlock(left, h.right(), h.leftBelow(), h.rightBelow()) : h;
    }

    /** The issuing-body lines of a laid-out document that still do not fit their column. */
    public List<String> overflowing(LayoutDocument doc) {
        List<String> out = new ArrayList<>();
        for (PageSection s : doc.sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof Block.HeaderBlock h) {
                    for (Line l : h.left()) {
                        if ((l.role() == Role.ISSUING_BODY || l.role() == Role.ISSUING_BODY_FITTED)
                                && !fits(l, l.role(), columnWidth(s.orientation()))) {
                            out.add(l.text());
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The header's left column, as both writers divide the text width. */
    private double columnWidth(PageSection.Orientation o) {
        return profile.textWidth(o).points() * profile.headerLeftShare();
    }

    /** Whether the line stays one line in {@code column} at {@code role}'s style, as the PDF breaks it. */
    private boolean fits(Line l, Role role, double column) {
        TextStyle st = profile.style(role);
        return metrics.lineCount(l.content(), RunStyle.of(st.bold(), st.italic(), st.size().points()), column, column) == 1;
    }
}
