package vn.vanban.content;

import java.util.List;

import vn.vanban.diag.Loc;

/**
 * An appendix: its label ({@code Phụ lục I}), title, optional subtitle lines, and body.
 * {@code outline} marks an attached report outline (đề cương) rather than a table appendix.
 * {@code statistics} is the {@code so-lieu-phu-luc} spec as written (read by {@code vn.vanban.data},
 * which knows figures), or null; {@code targets} likewise for {@code chi-tieu}.
 */
public record Appendix(String label, RichText title, List<String> subtitle, boolean outline,
                       List<ContentBlock> body, Loc loc, vn.vanban.load.YNode statistics,
                       vn.vanban.load.YNode targets) {
    public Appendix {
        subtitle = List.copyOf(subtitle);
        body = List.copyOf(body);
    }

    public Appendix(String label, RichText title, List<String> subtitle, boolean outline,
                    List<ContentBlock> body, Loc loc) {
        this(label, title, subtitle, outline, body, loc, null, null);
    }

    /** {@code chi-tieu}: a plan's targets (and in a report what was reached), read by {@code vn.vanban.data.Targets}. */
    public boolean hasTargets() {
        return targets != null;
    }

    public boolean hasStatistics() {
        return statistics != null;
    }

    public RichText upperTitle() {
        return title.upper();
    }
}
