package vn.vanban.content;

import java.util.List;

import vn.vanban.diag.Loc;

/**
 * An appendix: its label ({@code Phụ lục I}), title, optional subtitle lines, and body.
 * {@code outline} marks an attached report outline (đề cương) rather than a table appendix.
 */
public record Appendix(String label, RichText title, List<String> subtitle, boolean outline,
                       List<ContentBlock> body, Loc loc) {
    public Appendix {
        subtitle = List.copyOf(subtitle);
        body = List.copyOf(body);
    }

    public RichText upperTitle() {
        return title.upper();
    }
}
