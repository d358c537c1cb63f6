package vn.vanban.content;

import java.util.List;

import vn.vanban.content.table.DataTable;
import vn.vanban.data.StatTable;
import vn.vanban.data.Target;
import vn.vanban.data.Targets;
import vn.vanban.diag.Loc;

/**
 * An appendix: its label ({@code Phụ lục I}), title, optional subtitle lines, and body.
 * {@code outline} marks an attached report outline (đề cương) rather than a table appendix.
 * The typed data an appendix prints is read once, with its errors, by the content reader:
 *
 * @param asksStatistics the appendix has {@code so-lieu-phu-luc}
 * @param statistics     its table computed from the report's figures, or null (none asked, or no figures)
 * @param targets        {@code chi-tieu}: a plan's targets (and in a report what was reached), or null
 */
public record Appendix(String label, RichText title, List<String> subtitle, boolean outline,
                       List<ContentBlock> body, Furniture furniture, Loc loc, boolean asksStatistics,
                       StatTable statistics, List<Target> targets) {
    public Appendix {
        subtitle = List.copyOf(subtitle);
        body = List.copyOf(body);
        targets = targets == null ? null : List.copyOf(targets);
    }

    public boolean hasTargets() {
        return targets != null;
    }

    public boolean hasStatistics() {
        return asksStatistics;
    }

    /** The targets table's rows, values formatted (empty without {@code chi-tieu}). */
    public List<Targets.Row> targetRows() {
        return targets == null ? List.of() : Targets.rows(targets);
    }

    /**
     * What report forms print around the title.
     *
     * @param attachedTo   text replacing "(Kèm theo Kế hoạch số ...)" ({@code kem-theo}), or null
     * @param unitLine     print "TÊN ĐƠN VỊ ......" above the title ({@code don-vi-bao-cao})
     * @param measure      "Đơn vị tính: ..." right-aligned above the table ({@code don-vi-tinh}), or null
     * @param landscape    {@code huong: ngang|doc}, or null to let the tables' width decide
     * @param noNote       {@code kem-theo: false}: no "(Kèm theo ...)" line at all
     */
    public record Furniture(String attachedTo, boolean unitLine, String measure, Boolean landscape, boolean noNote) {
    }

    public RichText upperTitle() {
        return title.upper();
    }

    /** The orientation asked for: "landscape", "portrait", or "auto" (the widest table decides). */
    public String orientation() {
        Boolean l = furniture.landscape();
        if (l == null) {
            for (ContentBlock b : body) {
                if (b instanceof ContentBlock.TableBlock t && t.table().landscape() != null) {
                    l = t.table().landscape();
                }
            }
        }
        return l == null ? "auto" : l ? "landscape" : "portrait";
    }

    /** Tables of this appendix, for templates that place its furniture around the first. */
    public List<DataTable> tables() {
        return body.stream().filter(b -> b instanceof ContentBlock.TableBlock)
                .map(b -> ((ContentBlock.TableBlock) b).table()).toList();
    }
}
