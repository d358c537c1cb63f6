package vn.vanban.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vanban.content.table.CellAlign;
import vn.vanban.content.table.ColumnSpec;
import vn.vanban.content.table.DataTable;
import vn.vanban.content.table.GridCell;
import vn.vanban.content.table.GridRow;
import vn.vanban.diag.Loc;
import vn.vanban.format.VnNumber;

/**
 * A plan's targets as data ({@code muc-tieu}): objectives, each with its targets (baseline, values per
 * milestone year, optionally a comparison level's values). Written once, printed twice: as
 * "Chỉ tiêu N: ..." paragraphs where the clerk lists them, and as the summary table of an appendix
 * ({@code tong-hop-chi-tieu: true}), the objective cells merged over their targets.
 */
public final class PlanTargets {
    private PlanTargets() {
    }

    /** A value as typed: a number, a bound ({@code < 10}, {@code >= 95}) or words ({@code duy trì}). */
    public record Value(BigDecimal number, String bound, String words) {
        private static final Pattern BOUND = Pattern.compile("(<=|>=|[<>≤≥])\\s*(-?\\d+(\\.\\d+)?)");

        /** Null when the text is a number written as text ("1.234"): the caller reports it. */
        static Value of(String typed, boolean bare) {
            String t = typed.strip();
            if (t.matches("-?\\d+(\\.\\d+)?") && bare) {
                return new Value(new BigDecimal(t), null, null);
            }
            Matcher m = BOUND.matcher(t);
            if (m.matches()) {
                String sign = switch (m.group(1)) {
                    case "<=" -> "≤";
                    case ">=" -> "≥";
                    default -> m.group(1);
                };
                return new Value(new BigDecimal(m.group(2)), sign, null);
            }
            if (t.codePoints().anyMatch(Character::isLetter)) {
                return new Value(null, null, t);
            }
            return null;
        }

        private String num() {
            return VnNumber.format(number, VnNumber.decimalsOf(number));
        }

        /** In the summary table: "95", "< 10", "≥ 95", "duy trì". */
        public String cell() {
            if (words != null) {
                return words;
            }
            return bound == null ? num() : bound + " " + num();
        }

        /** In a sentence, with the unit: "95%", "dưới 10%", "từ 95% trở lên", "duy trì". */
        String phrase(String unit) {
            if (words != null) {
                return words;
            }
            String n = num() + unitAfter(unit);
            if (bound == null) {
                return n;
            }
            return switch (bound) {
                case "<" -> "dưới " + n;
                case ">" -> "trên " + n;
                case "≤" -> "không quá " + n;
                default -> "từ " + n + " trở lên";
            };
        }
    }

    /** "%" and "‰" stick to the number; other units follow a space; none: nothing. */
    static String unitAfter(String unit) {
        if (unit == null || unit.isBlank()) {
            return "";
        }
        return unit.equals("%") || unit.equals("‰") ? unit : " " + unit;
    }

    public record Target(String id, int number, String text, String unit, String baseYear, Value base,
                         Map<String, Value> milestones, Map<String, Value> comparison, Loc loc) {
        public Target {
            milestones = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(milestones));
            comparison = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(comparison));
        }

        /**
         * "Tỷ lệ ... đạt 95% vào năm 2025 và 98% vào năm 2030": the target's text, then each milestone
         * in year order, "đạt" once before the first figure, words as typed.
         */
        public String sentence() {
            List<String> parts = new ArrayList<>();
            boolean said = false; // "đạt" once, before the first figure: "đạt 95% vào năm 2025 và 98% vào năm 2030"
            for (Map.Entry<String, Value> e : milestones.entrySet()) {
                Value v = e.getValue();
                String verb = v.words() == null && !said ? "đạt " : "";
                said |= v.words() == null;
                parts.add(verb + v.phrase(unit) + " vào năm " + e.getKey());
            }
            String s = text.strip().replaceAll("[.;]+$", "");
            if (parts.isEmpty()) {
                return s + ".";
            }
            String joined = parts.size() == 1 ? parts.get(0)
                    : String.join(", ", parts.subList(0, parts.size() - 1)) + " và " + parts.get(parts.size() - 1);
            return s + " " + joined + ".";
        }
    }

    public record Objective(String id, int number, String name, List<Target> targets, Loc loc) {
        public Objective {
            targets = List.copyOf(targets);
        }
    }

    /**
     * @param ownLevel   the plan's own level in the table when a comparison is given ({@code cap}, "Tỉnh")
     * @param comparison the comparison level's name ({@code so-sanh}, "Toàn quốc"), or null
     */
    public record Listing(List<Objective> objectives, String ownLevel, String comparison, Loc loc) {
        public Listing {
            objectives = List.copyOf(objectives);
        }
    }

    /** The summary table of every target of the plan, objective cells merged over their targets. */
    static DataTable summary(List<Listing> sets, Loc loc) {
        Set<String> years = new LinkedHashSet<>();
        boolean compare = false;
        String own = null;
        String other = null;
        for (Listing s : sets) {
            for (Objective o : s.objectives()) {
                for (Target t : o.targets()) {
                    years.addAll(t.milestones().keySet());
                    compare |= !t.comparison().isEmpty();
                }
            }
            if (s.comparison() != null && other == null) {
                other = s.comparison();
                own = s.ownLevel();
            }
        }
        compare &= other != null;
        List<String> ys = new ArrayList<>(years);
        ys.sort(String::compareTo);

        List<ColumnSpec> cols = new ArrayList<>();
        cols.add(col("muc-tieu", "Mục tiêu", 3, CellAlign.LEFT, loc));
        cols.add(col("so", "TT", 1, CellAlign.CENTER, loc));
        cols.add(col("ten", "Chỉ tiêu", 6, CellAlign.LEFT, loc));
        cols.add(col("dvt", "Đơn vị tính", 1.5, CellAlign.CENTER, loc));
        cols.add(col("nam-goc", "Năm cơ sở", 1.2, CellAlign.CENTER, loc));
        cols.add(col("goc", "Giá trị cơ sở", 1.5, CellAlign.CENTER, loc));
        for (String y : ys) {
            if (compare) {
                cols.add(new ColumnSpec(null, "Năm " + y, null, 1, CellAlign.CENTER, false, 0, false, null,
                        List.of(col("y" + y, own, 1.5, CellAlign.CENTER, loc), col("ss" + y, other, 1.5, CellAlign.CENTER, loc)),
                        loc, false));
            } else {
                cols.add(col("y" + y, "Năm " + y, 1.5, CellAlign.CENTER, loc));
            }
        }

        List<GridRow> header = new ArrayList<>();
        int headRows = compare ? 2 : 1;
        List<GridCell> top = new ArrayList<>();
        for (String t : List.of("Mục tiêu", "TT", "Chỉ tiêu", "Đơn vị tính", "Năm cơ sở", "Giá trị cơ sở")) {
            top.add(new GridCell(t, 1, headRows, CellAlign.CENTER, true, false));
        }
        List<GridCell> second = new ArrayList<>();
        for (String y : ys) {
            top.add(new GridCell("Năm " + y, compare ? 2 : 1, 1, CellAlign.CENTER, true, false));
            if (compare) {
                second.add(new GridCell(own, 1, 1, CellAlign.CENTER, true, false));
                second.add(new GridCell(other, 1, 1, CellAlign.CENTER, true, false));
            }
        }
        header.add(new GridRow(top, true));
        if (compare) {
            header.add(new GridRow(second, true));
        }

        List<GridRow> body = new ArrayList<>();
        for (Listing s : sets) {
            for (Objective o : s.objectives()) {
                boolean first = true;
                for (Target t : o.targets()) {
                    List<GridCell> cells = new ArrayList<>();
                    if (first) {
                        // The objective's cell reaches down over all its targets: counted, never typed.
                        cells.add(new GridCell("Mục tiêu " + o.number() + ": " + o.name(), 1, o.targets().size(),
                                CellAlign.LEFT, false, false));
                        first = false;
                    }
                    cells.add(cell(String.valueOf(t.number()), CellAlign.CENTER));
                    cells.add(cell(t.text().strip().replaceAll("[.;]+$", ""), CellAlign.LEFT));
                    cells.add(cell(t.unit() == null ? "" : t.unit(), CellAlign.CENTER));
                    cells.add(cell(t.baseYear() == null ? "" : t.baseYear(), CellAlign.CENTER));
                    cells.add(cell(t.base() == null ? "" : t.base().cell(), CellAlign.CENTER));
                    for (String y : ys) {
                        Value v = t.milestones().get(y);
                        cells.add(cell(v == null ? "" : v.cell(), CellAlign.CENTER));
                        if (compare) {
                            Value c = t.comparison().get(y);
                            cells.add(cell(c == null ? "" : c.cell(), CellAlign.CENTER));
                        }
                    }
                    body.add(new GridRow(cells, false));
                }
            }
        }
        return new DataTable(cols, List.of(), header, body, null, loc);
    }

    /** A plain generated table: one header row, text rows, the first column centred. */
    static DataTable grid(List<String> headers, double[] weights, List<List<String>> rows, Loc loc) {
        List<ColumnSpec> cols = new ArrayList<>();
        List<GridCell> head = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            CellAlign a = i == 0 ? CellAlign.CENTER : CellAlign.LEFT;
            cols.add(col("c" + i, headers.get(i), weights[i], a, loc));
            head.add(new GridCell(headers.get(i), 1, 1, CellAlign.CENTER, true, false));
        }
        List<GridRow> body = new ArrayList<>();
        for (List<String> r : rows) {
            List<GridCell> cells = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                cells.add(cell(r.get(i), i == 0 ? CellAlign.CENTER : CellAlign.LEFT));
            }
            body.add(new GridRow(cells, false));
        }
        return new DataTable(cols, List.of(), List.of(new GridRow(head, true)), body, null, loc);
    }

    private static GridCell cell(String text, CellAlign align) {
        return new GridCell(text, 1, 1, align, false, false);
    }

    private static ColumnSpec col(String key, String title, double weight, CellAlign align, Loc loc) {
        return new ColumnSpec(key, title, null, weight, align, false, 0, false, null, List.of(), loc, false);
    }
}
