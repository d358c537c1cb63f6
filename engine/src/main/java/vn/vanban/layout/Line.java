package vn.vanban.layout;

import java.util.List;

/**
 * One line of a header, title or signature block, with an optional rule drawn under it.
 */
public record Line(Role role, List<Inline> content, Rule rule) {
    public Line {
        content = List.copyOf(content);
    }

    public String text() {
        return Inline.plainText(content);
    }

    /** The solid line ND30 draws under some lines. */
    public enum Rule {
        NONE,
        /** As long as the text above (Tiêu ngữ). */
        TEXT_WIDTH,
        /** A fraction of the text width, set in the profile (issuing body, trích yếu). */
        PART
    }
}
