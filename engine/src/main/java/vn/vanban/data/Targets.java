package vn.vanban.data;

import vn.vanban.format.VnNumber;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.vanban.diag.Diagnostics;
import vn.vanban.load.YNode;

/**
 * {@code chi-tieu:} in an appendix: a plan's targets, and in a report the values reached with
 * their verdict. Read once by the content reader into {@code content.Appendix}.
 * <pre>
 * chi-tieu:
 *   - noi-dung: Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi
 *     dvt: "%"
 *     ke-hoach: 13
 *     chieu: giam                       # lower is better
 *     thuc-hien: "{{ty-le-suy-dinh-duong-thap-coi}}"   # report only; a number or a figure
 * </pre>
 */
public final class Targets {
    private Targets() {
    }

    static final List<String> KEYS = List.of("noi-dung", "dvt", "ke-hoach", "chieu", "thuc-hien");

    /** The targets as written; problems go to {@code diags}. */
    public static List<Target> read(YNode n, Diagnostics diags) {
        List<Target> out = new ArrayList<>();
        if (!(n instanceof YNode.YSeq seq)) {
            diags.error(n.loc(), "target.not-list");
            return out;
        }
        for (YNode i : seq.items()) {
            if (!(i instanceof YNode.YMap m)) {
                diags.error(i.loc(), "target.not-list");
                continue;
            }
            for (YNode.Entry e : m.entries().values()) {
                if (!KEYS.contains(e.key())) {
                    diags.error(e.keyLoc(), "target.unknown-key", e.key(), String.join(", ", KEYS));
                }
            }
            String name = text(m, "noi-dung");
            BigDecimal planned = number(m.get("ke-hoach"), "ke-hoach", diags);
            if (name == null || planned == null) {
                if (name == null || m.get("ke-hoach") == null) {
                    diags.error(m.loc(), "target.incomplete");
                }
                continue;
            }
            String dir = text(m, "chieu");
            if (dir != null && !dir.equals("giam") && !dir.equals("tang")) {
                diags.error(m.get("chieu").loc(), "target.direction", dir);
            }
            YNode th = m.get("thuc-hien");
            BigDecimal achieved = th == null || th instanceof YNode.YScalar s && s.isNull() ? null
                    : number(th, "thuc-hien", diags);
            String unit = text(m, "dvt");
            out.add(new Target(name, unit == null ? "" : unit, planned, achieved, "giam".equals(dir)));
        }
        return out;
    }

    /** The rows of a targets table, values formatted. */
    public static List<Row> rows(List<Target> targets) {
        List<Row> rows = new ArrayList<>();
        int i = 0;
        for (Target t : targets) {
            rows.add(new Row(String.valueOf(++i), t.name(), t.unit(), VnNumber.formatTrimmed(t.planned(), 2),
                    t.achieved() == null ? "" : VnNumber.formatTrimmed(t.achieved(), 2), t.verdict()));
        }
        return rows;
    }

    public record Row(String number, String name, String unit, String planned, String achieved, String verdict) {
    }

    private static String text(YNode.YMap m, String key) {
        return m.get(key) instanceof YNode.YScalar s && !s.isNull() ? s.value().trim() : null;
    }

    /**
     * A number as typed (1250, 13.6, 13,6) or as a figure reference prints it (1.306, 14,3%): a
     * report may fill {@code thuc-hien} from data.
     */
    static BigDecimal number(YNode n, String key, Diagnostics diags) {
        if (!(n instanceof YNode.YScalar s) || s.isNull()) {
            return null;
        }
        String t = s.value().trim().replace("%", "").replace('\u00A0', ' ').trim();
        BigDecimal v = t.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?")
                ? new BigDecimal(t.replace(".", "").replace(',', '.')) : VnNumber.parse(t);
        if (v == null) {
            diags.error(s.loc(), "target.not-number", key, s.value());
        }
        return v;
    }
}
