package vn.vanban.data;

import vn.vanban.format.Period;

import vn.vanban.format.VnNumber;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.vanban.format.Numbering;
import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Loc;
import vn.vanban.load.YNode;

/**
 * {@code so-lieu-phu-luc}: groups of indicators named by figure, e.g.
 * <pre>
 * so-lieu-phu-luc:
 *   - nhom: Dân số trẻ em
 *     chi-tieu: [tre-em-duoi-16, ty-le-tre-em-duoi-16]
 * </pre>
 * becomes a table of last year's value, this period's, and the change. Names, units and which
 * rows are rates come from the catalogue.
 */
public final class StatTables {
    private StatTables() {
    }

    public record Spec(List<Group> groups) {
    }

    public record Group(String name, List<Item> items) {
    }

    public record Item(String key, Loc loc) {
    }

    public static Spec spec(YNode n, Diagnostics diags) {
        List<Group> groups = new ArrayList<>();
        if (!(n instanceof YNode.YSeq seq)) {
            diags.error(n.loc(), "data.table.not-list");
            return new Spec(groups);
        }
        for (YNode g : seq.items()) {
            if (!(g instanceof YNode.YMap m) || !(m.get("nhom") instanceof YNode.YScalar name)
                    || !(m.get("chi-tieu") instanceof YNode.YSeq items)) {
                diags.error(g.loc(), "data.table.group");
                continue;
            }
            for (String k : m.entries().keySet()) {
                if (!k.equals("nhom") && !k.equals("chi-tieu")) {
                    diags.error(m.entries().get(k).keyLoc(), "data.table.group");
                }
            }
            List<Item> its = new ArrayList<>();
            for (YNode i : items.items()) {
                if (i instanceof YNode.YScalar s && !s.isNull()) {
                    its.add(new Item(s.value().trim(), s.loc()));
                } else {
                    diags.error(i.loc(), "data.table.group");
                }
            }
            groups.add(new Group(name.value().trim(), its));
        }
        return new Spec(groups);
    }

    /** Every indicator must be described in the catalogue and present in this period's data. */
    public static void check(Spec spec, Loc where, ReportData data, Diagnostics diags) {
        for (Group g : spec.groups()) {
            for (Item i : g.items()) {
                if (!data.catalogue().knows(i.key())) {
                    diags.error(i.loc(), "data.table.unknown", i.key(),
                            data.catalogue().source() == null ? "so-lieu/" + Catalogue.FILE : data.catalogue().source(),
                            String.valueOf(Names.closest(i.key(), data.catalogue().defs().keySet())));
                } else if (data.value(i.key()) == null) {
                    String near = Names.closeOrNull(i.key(), data.current().figures().keySet());
                    if (near == null) {
                        diags.error(i.loc(), "data.ref.missing", i.key(), data.current().source());
                    } else {
                        diags.error(i.loc(), "data.ref.missing.suggest", i.key(), data.current().source(), near);
                    }
                }
            }
        }
        if (data.previous() == null && !spec.groups().isEmpty()) {
            diags.warning(where, "data.table.no-previous", data.period().previous().label(), data.previousFile());
        }
    }

    public static StatTable build(Spec spec, ReportData data) {
        Period now = data.period();
        List<String> headers = List.of(now.previous().columnLabel(), now.columnLabel(), "Tăng (+), giảm (-)");
        List<StatTable.Row> rows = new ArrayList<>();
        int gi = 0;
        for (Group g : spec.groups()) {
            rows.add(new StatTable.Row(Numbering.roman(++gi), g.name(), "", List.of("", "", ""), true));
            int n = 0;
            for (Item i : g.items()) {
                FigureDef d = data.def(i.key());
                BigDecimal cur = data.value(i.key());
                BigDecimal prev = data.previousValue(i.key());
                String diff = cur == null || prev == null ? ""
                        : d.isRate() ? VnNumber.signedFixed(Phrases.shown(d, cur).subtract(Phrases.shown(d, prev)), d.decimals())
                        : VnNumber.signed(Phrases.shown(d, cur).subtract(Phrases.shown(d, prev)), d.decimals());
                rows.add(new StatTable.Row(d.isRate() ? "" : String.valueOf(++n), d.name(), d.unit(),
                        List.of(fmt(d, prev), fmt(d, cur), diff), false));
            }
        }
        return new StatTable(headers, rows);
    }

    private static String fmt(FigureDef d, BigDecimal v) {
        return v == null ? "-" : Phrases.value(d, v, false);
    }
}
