package vn.vanban.content.table;

import vn.vanban.format.Verdict;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.vanban.format.VnNumber;
import vn.vanban.diag.Diagnostics;
import vn.vanban.load.YNode;

/**
 * Fills computed cells: parent rows from their sub-rows ({@code tinh: tong}), total rows from the
 * rows they add, then each row's computed columns (sums of columns, ratios, verdicts). A value the
 * clerk typed where one is computed is kept as a check: if it disagrees, that is an error naming
 * both numbers, at the typed value's place.
 */
final class TableCalculator {
    private static final MathContext MC = MathContext.DECIMAL64;

    private final Diagnostics diags;
    private final List<ColumnSpec> leaves;
    private final Map<String, ColumnSpec> byKey;

    TableCalculator(Diagnostics diags, List<ColumnSpec> leaves, Map<String, ColumnSpec> byKey) {
        this.diags = diags;
        this.leaves = leaves;
        this.byKey = byKey;
    }

    void compute(List<RowDraft> rows) {
        for (RowDraft r : rows) {
            sumChildren(r);
        }
        totals(rows, TableReader.byId(rows));
        List<RowDraft> all = new ArrayList<>();
        flatten(rows, all);
        for (RowDraft r : all) {
            if (r.kind != RowKind.BLANK) {
                for (ColumnSpec c : leaves) {
                    if (c.formula() != null) {
                        evaluate(r, c, new HashSet<>());
                    }
                }
            }
        }
    }

    private static void flatten(List<RowDraft> rows, List<RowDraft> out) {
        for (RowDraft r : rows) {
            out.add(r);
            flatten(r.children, out);
        }
    }

    private void sumChildren(RowDraft r) {
        for (RowDraft c : r.children) {
            sumChildren(c);
        }
        if (r.sumsChildren) {
            sumInto(r, r.children.stream().filter(c -> c.kind == RowKind.DATA).toList());
        }
    }

    private void totals(List<RowDraft> rows, Map<String, RowDraft> ids) {
        for (RowDraft r : rows) {
            totals(r.children, ids);
            if (r.kind != RowKind.TOTAL) {
                continue;
            }
            List<RowDraft> parts = new ArrayList<>();
            if (r.totalOf == null) {
                rows.stream().filter(x -> x.kind == RowKind.DATA).forEach(parts::add);
            } else {
                for (YNode n : r.totalOf) {
                    String id = n instanceof YNode.YScalar s && !s.isNull() ? s.value().strip() : null;
                    RowDraft part = id == null ? null : ids.get(id);
                    if (part == null) {
                        String near = vn.vanban.content.keys.MapReader.closest(String.valueOf(id), ids.keySet());
                        diags.error(n.loc(), near == null ? "bang.cong.khong-co" : "bang.cong.khong-co.goi-y", id,
                                near);
                    } else {
                        parts.add(part);
                    }
                }
            }
            sumInto(r, parts);
        }
    }

    private void sumInto(RowDraft r, List<RowDraft> parts) {
        for (ColumnSpec c : leaves) {
            if (!c.summed() || c.key() == null) {
                continue;
            }
            BigDecimal sum = null;
            for (RowDraft p : parts) {
                if (p.values.get(c.key()) instanceof CellValue.Number n) {
                    sum = sum == null ? n.value() : sum.add(n.value());
                }
            }
            settle(r, c, sum == null ? null : new CellValue.Number(sum, r.loc, false), sum != null);
        }
    }

    /** A formula column's value in a row, computing the columns it uses first. */
    private CellValue evaluate(RowDraft r, ColumnSpec c, Set<String> visiting) {
        if (c.formula() == null) {
            return r.values.get(c.key());
        }
        if (!visiting.add(c.key())) {
            diags.error(c.loc(), "bang.tinh.vong", c.key());
            return null;
        }
        CellValue computed = switch (c.formula()) {
            case Formula.Sum s -> {
                BigDecimal sum = null;
                for (String k : s.keys()) {
                    BigDecimal v = number(r, k, visiting);
                    if (v != null) {
                        sum = sum == null ? v : sum.add(v);
                    }
                }
                yield sum == null ? null : new CellValue.Number(sum, r.loc, false);
            }
            case Formula.Ratio q -> {
                BigDecimal num = number(r, q.numerator(), visiting);
                BigDecimal den = number(r, q.denominator(), visiting);
                yield num == null || den == null || den.signum() == 0 ? null
                        : new CellValue.Number(num.multiply(q.factor()).divide(den, MC), r.loc, false);
            }
            case Formula.Grade v -> verdict(r, v, visiting);
        };
        visiting.remove(c.key());
        // A verdict with both numbers known is known even when it leaves this column empty.
        boolean known = computed != null || c.formula() instanceof Formula.Grade v
                && number(r, v.result(), visiting) != null && number(r, v.plan(), visiting) != null;
        settle(r, c, computed, known);
        return r.values.get(c.key());
    }

    private CellValue verdict(RowDraft r, Formula.Grade v, Set<String> visiting) {
        BigDecimal result = number(r, v.result(), visiting);
        BigDecimal plan = number(r, v.plan(), visiting);
        if (result == null || plan == null) {
            return null;
        }
        Verdict earned = Verdict.of(rounded(result, v.result()), rounded(plan, v.plan()), r.decreasing);
        if (earned == Verdict.EXCEEDED && !hasVerdictColumn(Verdict.EXCEEDED, v)) {
            earned = Verdict.MET; // no "Vượt KH" column: exceeding the plan meets it
        }
        if (earned != v.verdict()) {
            return null;
        }
        if (v.showPercent()) {
            return plan.signum() == 0 ? null
                    : new CellValue.Number(result.multiply(BigDecimal.valueOf(100)).divide(plan, MC), r.loc, false);
        }
        return new CellValue.Mark(r.loc);
    }

    private boolean hasVerdictColumn(Verdict kind, Formula.Grade like) {
        return leaves.stream().anyMatch(c -> c.formula() instanceof Formula.Grade o && o.verdict() == kind
                && o.result().equals(like.result()) && o.plan().equals(like.plan()));
    }

    private BigDecimal number(RowDraft r, String key, Set<String> visiting) {
        ColumnSpec c = byKey.get(key);
        if (c == null) {
            return null;
        }
        return evaluate(r, c, visiting) instanceof CellValue.Number n ? n.value() : null;
    }

    private BigDecimal rounded(BigDecimal v, String key) {
        ColumnSpec c = byKey.get(key);
        return v.setScale(c == null ? 0 : c.decimals(), RoundingMode.HALF_UP);
    }

    /**
     * Stores a computed value; a typed value in its place must agree with it. When the inputs are
     * unknown ({@code known} false) a typed value stands: there is nothing to check it against.
     */
    private void settle(RowDraft r, ColumnSpec c, CellValue computed, boolean known) {
        CellValue typed = r.values.get(c.key());
        if (!known) {
            return;
        }
        if (typed != null && !agree(typed, computed, c)) {
            diags.error(typed.loc(), "bang.tinh.lech", c.headerText(), rowName(r), show(typed, c), show(computed, c));
        }
        if (computed != null) {
            r.values.put(c.key(), computed);
        } else if (typed != null) {
            r.values.remove(c.key()); // a wrong mark must not print as if computed
        }
    }

    private boolean agree(CellValue typed, CellValue computed, ColumnSpec c) {
        if (typed instanceof CellValue.Number t) {
            return computed instanceof CellValue.Number n
                    && t.value().setScale(c.decimals(), RoundingMode.HALF_UP)
                    .compareTo(n.value().setScale(c.decimals(), RoundingMode.HALF_UP)) == 0;
        }
        if (typed instanceof CellValue.Mark) {
            return computed instanceof CellValue.Mark;
        }
        return false;
    }

    private static String show(CellValue v, ColumnSpec c) {
        return switch (v) {
            case null -> "(trống)";
            case CellValue.Number n -> VnNumber.format(n.value(), c.decimals());
            case CellValue.Mark m -> "x";
            case CellValue.Text t -> t.text();
        };
    }

    private static String rowName(RowDraft r) {
        String label = r.label == null || r.label.isEmpty() ? "" : r.label + " ";
        return label + (r.name == null ? "" : r.name);
    }
}
