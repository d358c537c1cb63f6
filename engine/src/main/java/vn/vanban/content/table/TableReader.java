package vn.vanban.content.table;

import vn.vanban.format.Verdict;

import vn.vanban.content.keys.ContentKeys;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.vanban.content.keys.MapReader;
import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Loc;
import vn.vanban.load.YNode;
import vn.vanban.load.YNode.YMap;
import vn.vanban.load.YNode.YScalar;
import vn.vanban.load.YNode.YSeq;

/**
 * Reads a {@code bang:} block: the column tree, the rows (typed, or from a spreadsheet named by
 * {@code nguon}), numbers the rows, computes totals, ratios and verdicts, and lays out the grid.
 * Every problem is reported with its place; the table is still returned so later problems show too.
 */
public final class TableReader {
    // Compiled once: asked of every column and row of every table.
    private static final Pattern COLUMN_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern KEY_LIKE = Pattern.compile("[a-z0-9-]+");

    /**
     * Caps on table keys, stated in their messages, the schema and docs/noi-dung.md (mục 6): blank rows for
     * hand filling per {@code dong-trong} (some twenty pages), decimals a column prints, and a column's
     * relative width.
     */
    public static final int MAX_BLANK_ROWS = 500;
    public static final int MAX_DECIMALS = 6;
    public static final int MAX_WIDTH = 100;

    static final List<String> TABLE_KEYS = ContentKeys.TABLE_KEYS;
    static final List<String> COLUMN_KEYS = ContentKeys.TABLE_COLUMN_KEYS;
    static final List<String> ROW_KEYS = ContentKeys.TABLE_ROW_KEYS;
    static final List<String> ALIGNS = ContentKeys.TABLE_ALIGNS;
    static final List<String> ROW_KINDS = ContentKeys.TABLE_ROW_KINDS;

    private final Path source;
    private final Diagnostics diags;
    private final Nodes nodes;
    private final NumberReader numbers;
    private final TableBudget budget;
    /** Blank rows made so far for this table, counted against the document's budget as they are made. */
    private int blankRows;
    /** The table being read takes values from a spreadsheet ({@code nguon}): their decimals are not typed. */
    private boolean fromSource;
    /** The document's {@code hai-chu-so}: number columns print "02" unless a column says otherwise. */
    private boolean twoDigitsDefault;

    /**
     * @param source the content file, against which {@code nguon} paths are resolved
     * @param budget the document's budget, shared by all its tables
     */
    public TableReader(Path source, Diagnostics diags, TableBudget budget) {
        this.source = source;
        this.diags = diags;
        this.nodes = new Nodes(diags);
        this.numbers = new NumberReader(diags);
        this.budget = budget;
    }

    /** Small counts print with two digits ("02 lớp") in every number column that does not say otherwise. */
    public TableReader twoDigits(boolean on) {
        this.twoDigitsDefault = on;
        return this;
    }

    public DataTable read(YNode n) {
        if (!(n instanceof YMap m)) {
            diags.error(n.loc(), "value.map", "bang", n.kindKey(), "bang: {cot: [...], dong: [...]}");
            return null;
        }
        MapReader r = new MapReader(m, diags, "bang", TABLE_KEYS);
        fromSource = m.get("nguon") != null;
        List<ColumnSpec> columns = columns(r.require("cot"), 1);
        List<ColumnSpec> leaves = new ArrayList<>();
        DataTable.collectLeaves(columns, leaves);
        Map<String, ColumnSpec> byKey = new LinkedHashMap<>();
        for (ColumnSpec c : leaves) {
            if (c.key() != null && byKey.putIfAbsent(c.key(), c) != null) {
                diags.error(c.loc(), "bang.ma.trung", c.key());
            }
        }
        checkFormulaKeys(leaves, byKey);
        Boolean landscape = null;
        if (r.get("huong") != null) {
            String h = nodes.oneOf(r.get("huong"), "huong", List.of("ngang", "doc"));
            landscape = h == null ? null : h.equals("ngang");
        }
        List<RowDraft> rows = rows(r.get("dong"), byKey);
        if (r.get("nguon") != null) {
            new SourceReader(source, diags, numbers).fill(r.get("nguon"), byKey, rows);
        }
        r.finish();
        // Before numbering, sums and the grid: their work grows with the rows.
        int flat = count(rows);
        Loc crossing = flat > budget.rowsLeft() ? nth(rows, budget.rowsLeft()) : m.loc();
        if (!budget.table(flat, leaves.size(), crossing, m.loc())) {
            return null;
        }
        new RowNumbering(nodes).number(r.get("danh-so"), r.get("danh-so-nhom"), rows);
        new TableCalculator(diags, leaves, byKey).compute(rows);
        List<TableRow> frozen = rows.stream().map(RowDraft::freeze).toList();
        List<GridRow> header = HeaderGrid.rows(columns);
        List<GridRow> body = new BodyGrid(diags, leaves).rows(frozen);
        return new DataTable(columns, frozen, header, body, landscape, m.loc());
    }

    // ---- columns ----

    private List<ColumnSpec> columns(YNode n, int depth) {
        List<ColumnSpec> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        for (YNode c : nodes.list(n, "cot")) {
            ColumnSpec col = column(c, depth);
            if (col != null) {
                out.add(col);
            }
        }
        return out;
    }

    private ColumnSpec column(YNode n, int depth) {
        if (n instanceof YScalar s && !s.isNull()) {
            // A bare title: a text column keyed by nothing (values cannot be given to it).
            return new ColumnSpec(null, nodes.text(s, "ten"), null, 1, CellAlign.LEFT, false, 0, false, null,
                    List.of(), s.loc(), false);
        }
        if (!(n instanceof YMap m)) {
            diags.error(n.loc(), "value.map", "cot", n.kindKey(), "- {ten: Kết quả năm 2023, ma: kq}");
            return null;
        }
        MapReader r = new MapReader(m, diags, "cot", COLUMN_KEYS);
        String title = nodes.text(r.get("ten"), "ten");
        String key = nodes.text(r.get("ma"), "ma");
        if (key != null && !COLUMN_CODE.matcher(key).matches()) {
            diags.error(r.get("ma").loc(), "bang.ma.dang", key);
        }
        List<ColumnSpec> children = r.get("cot-con") == null ? List.of() : columns(r.get("cot-con"), depth + 1);
        double weight = r.get("rong") == null ? 1 : nodes.positive(r.get("rong"), "rong", MAX_WIDTH, 1);
        String unit = nodes.text(r.get("don-vi"), "don-vi");
        Formula formula = r.get("tinh") == null ? null : formula(r.get("tinh"));
        boolean special = ColumnSpec.NUMBER.equals(key) || ColumnSpec.NAME.equals(key);
        boolean numeric = !special;
        if (r.get("kieu") != null) {
            String k = nodes.oneOf(r.get("kieu"), "kieu", List.of("so", "chu"));
            numeric = k == null ? numeric : k.equals("so");
        }
        if (formula instanceof Formula.Grade v && !v.showPercent()) {
            numeric = false;
        }
        int decimals = r.get("thap-phan") == null ? (formula instanceof Formula.Ratio
                || formula instanceof Formula.Grade ? 1 : 0)
                : nodes.integer(r.get("thap-phan"), "thap-phan", 0, MAX_DECIMALS, 0);
        boolean percent = "%".equals(unit) || "‰".equals(unit);
        boolean summed = numeric && formula == null && !percent;
        if (r.get("cong") != null) {
            summed = nodes.bool(r.get("cong"), "cong");
        }
        CellAlign align = ColumnSpec.NUMBER.equals(key) ? CellAlign.CENTER
                : numeric ? CellAlign.RIGHT : formula != null ? CellAlign.CENTER : CellAlign.LEFT;
        if (r.get("can") != null) {
            String a = nodes.oneOf(r.get("can"), "can", ALIGNS);
            if (a != null) {
                align = switch (a) {
                    case "giua" -> CellAlign.CENTER;
                    case "phai" -> CellAlign.RIGHT;
                    default -> CellAlign.LEFT;
                };
            }
        }
        if (children.isEmpty() && title == null && depth == 1) {
            diags.error(m.loc(), "key.missing", "ten", "cot");
        }
        if (!children.isEmpty() && key != null) {
            diags.error(r.keyLoc("ma"), "bang.ma.cot-cha", key);
        }
        boolean twoDigits = r.get("hai-chu-so") == null ? twoDigitsDefault : nodes.bool(r.get("hai-chu-so"), "hai-chu-so");
        // "{ten: Tờ rơi, sách mỏng}": the comma ends the title and "sách mỏng" becomes a key (as in rows).
        List<YNode.Entry> prose = m.entries().values().stream()
                .filter(e -> !COLUMN_KEYS.contains(e.key()) && !KEY_LIKE.matcher(e.key()).matches()).toList();
        prose.forEach(e -> diags.error(e.keyLoc(), "bang.cot.dau-phay", e.key()));
        if (prose.isEmpty()) {
            r.finish();
        }
        boolean asTyped = numeric && formula == null && r.get("thap-phan") == null && !fromSource;
        return new ColumnSpec(key, title == null ? "" : title, unit, weight, align, numeric, decimals, summed,
                formula, children, m.loc(), twoDigits, asTyped);
    }

    private Formula formula(YNode n) {
        if (!(n instanceof YMap m)) {
            diags.error(n.loc(), "value.map", "tinh", n.kindKey(), "tinh: {ty-le: kq/kh, nhan: 100}");
            return null;
        }
        MapReader r = new MapReader(m, diags, "tinh", List.of("cong", "ty-le", "nhan", "danh-gia", "so-sanh", "hien"));
        Formula f = null;
        if (r.get("cong") != null) {
            List<String> keys = new ArrayList<>();
            for (YNode k : nodes.list(r.get("cong"), "cong")) {
                String s = nodes.text(k, "cong");
                if (s != null) {
                    keys.add(s);
                }
            }
            f = new Formula.Sum(keys);
        } else if (r.get("ty-le") != null) {
            String[] pair = pair(r.get("ty-le"), "ty-le");
            BigDecimal factor = BigDecimal.valueOf(100);
            if (r.get("nhan") != null) {
                String v = nodes.oneOf(r.get("nhan"), "nhan", List.of("1", "100", "1000"));
                factor = v == null ? factor : new BigDecimal(v);
            }
            f = pair == null ? null : new Formula.Ratio(pair[0], pair[1], factor);
        } else if (r.get("danh-gia") != null) {
            String v = nodes.oneOf(r.get("danh-gia"), "danh-gia", List.of("dat", "khong-dat", "vuot"));
            YNode cmp = r.require("so-sanh");
            String[] pair = cmp == null ? null : pair(cmp, "so-sanh");
            boolean percent = false;
            if (r.get("hien") != null) {
                String h = nodes.oneOf(r.get("hien"), "hien", List.of("x", "ty-le"));
                percent = "ty-le".equals(h);
            }
            if (v != null && pair != null) {
                Verdict kind = switch (v) {
                    case "dat" -> Verdict.MET;
                    case "vuot" -> Verdict.EXCEEDED;
                    default -> Verdict.NOT_MET;
                };
                f = new Formula.Grade(kind, pair[0], pair[1], percent);
            }
        } else {
            diags.error(m.loc(), "bang.tinh.thieu");
        }
        r.finish();
        return f;
    }

    /** {@code kq/kh}: two column keys. */
    private String[] pair(YNode n, String key) {
        String v = nodes.text(n, key);
        if (v == null) {
            return null;
        }
        String[] p = v.split("\\s*/\\s*");
        if (p.length != 2 || p[0].isEmpty() || p[1].isEmpty()) {
            diags.error(n.loc(), "bang.tinh.cap", key, v);
            return null;
        }
        return p;
    }

    private void checkFormulaKeys(List<ColumnSpec> leaves, Map<String, ColumnSpec> byKey) {
        for (ColumnSpec c : leaves) {
            List<String> used = switch (c.formula()) {
                case null -> List.of();
                case Formula.Sum s -> s.keys();
                case Formula.Ratio q -> List.of(q.numerator(), q.denominator());
                case Formula.Grade v -> List.of(v.result(), v.plan());
            };
            for (String k : used) {
                ColumnSpec target = byKey.get(k);
                if (target == null) {
                    String near = MapReader.closest(k, byKey.keySet());
                    diags.error(c.loc(), near == null ? "bang.ma.khong-co" : "bang.ma.khong-co.goi-y", k,
                            String.join(", ", byKey.keySet()), near);
                } else if (!target.numeric()) {
                    diags.error(c.loc(), "bang.ma.khong-phai-so", k, target.title());
                }
            }
        }
    }

    // ---- rows ----

    private List<RowDraft> rows(YNode n, Map<String, ColumnSpec> byKey) {
        List<RowDraft> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        for (YNode item : nodes.list(n, "dong")) {
            if (item instanceof YMap m && m.has("dong-trong")) {
                MapReader r = new MapReader(m, diags, "dong", List.of("dong-trong"));
                int count = nodes.integer(r.get("dong-trong"), "dong-trong", 1, MAX_BLANK_ROWS, 1);
                r.finish();
                if (count > budget.rowsLeft() - blankRows) {
                    budget.tooManyRows(r.get("dong-trong").loc());
                    break;
                }
                blankRows += count;
                for (int i = 0; i < count; i++) {
                    RowDraft d = new RowDraft();
                    d.kind = RowKind.BLANK;
                    d.givenLabel = "";
                    d.loc = m.loc();
                    out.add(d);
                }
                continue;
            }
            RowDraft d = row(item, byKey);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    private RowDraft row(YNode n, Map<String, ColumnSpec> byKey) {
        if (n instanceof YScalar s && !s.isNull()) {
            RowDraft d = new RowDraft();
            d.name = nodes.text(s, "ten");
            d.loc = s.loc();
            return d;
        }
        if (!(n instanceof YMap m)) {
            diags.error(n.loc(), "value.map", "dong", n.kindKey(), "- {ten: Tỉnh ủy, gia-tri: {so-luong: 3}}");
            return null;
        }
        MapReader r = new MapReader(m, diags, "dong", ROW_KEYS);
        RowDraft d = new RowDraft();
        d.loc = m.loc();
        d.id = nodes.text(r.get("id"), "id");
        if (r.has("so")) {
            String s = nodes.text(r.get("so"), "so");
            // "so: auto" (or "tu-dong") asks for the automatic number, same as leaving it out.
            d.givenLabel = s == null ? "" : s.equals("auto") || s.equals("tu-dong") ? null : s;
        }
        d.name = nodes.text(r.get("ten"), "ten");
        if (r.get("loai") != null) {
            String k = nodes.oneOf(r.get("loai"), "loai", ROW_KINDS);
            if (k != null) {
                d.kind = switch (k) {
                    case "nhom" -> RowKind.GROUP;
                    case "tong" -> RowKind.TOTAL;
                    default -> RowKind.BREAKDOWN;
                };
            }
        }
        d.bold = d.kind == RowKind.GROUP || d.kind == RowKind.TOTAL || r.get("dam") != null && nodes.bool(r.get("dam"), "dam");
        d.italic = d.kind == RowKind.BREAKDOWN || r.get("nghieng") != null && nodes.bool(r.get("nghieng"), "nghieng");
        if (d.kind == RowKind.TOTAL && d.name == null) {
            d.name = "Tổng cộng";
        }
        if (r.get("tinh") != null) {
            d.sumsChildren = nodes.oneOf(r.get("tinh"), "tinh", List.of("tong")) != null;
        }
        if (r.get("cong") != null) {
            if (d.kind != RowKind.TOTAL) {
                diags.error(r.keyLoc("cong"), "bang.cong.khong-phai-tong");
            }
            d.totalOf = nodes.list(r.get("cong"), "cong");
        }
        if (r.get("chieu") != null) {
            d.decreasing = "giam".equals(nodes.oneOf(r.get("chieu"), "chieu", List.of("tang", "giam")));
        }
        values(r.get("gia-tri"), byKey, d);
        merges(r.get("gop"), byKey, d);
        rowSpans(r.get("gop-dong"), byKey, d);
        d.children.addAll(rows(r.get("con"), byKey));
        if (d.sumsChildren && d.children.isEmpty()) {
            diags.error(r.keyLoc("tinh"), "bang.tinh.khong-con");
        }
        // "{ten: Tờ rơi, sách mỏng}": the comma ends the name and "sách mỏng" becomes a key.
        List<YNode.Entry> prose = m.entries().values().stream()
                .filter(e -> !ROW_KEYS.contains(e.key()) && !KEY_LIKE.matcher(e.key()).matches()).toList();
        prose.forEach(e -> diags.error(e.keyLoc(), "bang.dong.dau-phay", e.key()));
        if (prose.isEmpty()) {
            r.finish();
        }
        return d;
    }

    private void values(YNode n, Map<String, ColumnSpec> byKey, RowDraft d) {
        if (n == null) {
            return;
        }
        if (!(n instanceof YMap m)) {
            diags.error(n.loc(), "value.map", "gia-tri", n.kindKey(), "gia-tri: {kq: 1200, dvt: Người}");
            return;
        }
        YNode.Entry previous = null;
        for (YNode.Entry e : m.entries().values()) {
            ColumnSpec col = byKey.get(e.key());
            if (col == null && previous != null && e.key().matches("\\d+") && e.value() instanceof YScalar ev
                    && ev.isNull() && previous.value() instanceof YScalar pv && pv.value().strip().matches("-?\\d+")) {
                // "{kh: 13,8}": YAML reads a value 13 and a key "8"; the clerk meant 13.8.
                diags.error(previous.value().loc(), "bang.so.dau-phay", pv.value().strip() + "," + e.key(),
                        pv.value().strip() + "." + e.key());
                d.values.remove(previous.key());
                previous = e;
                continue;
            }
            previous = e;
            if (col == null || ColumnSpec.NUMBER.equals(e.key()) || ColumnSpec.NAME.equals(e.key())) {
                String near = MapReader.closest(e.key(), byKey.keySet());
                diags.error(e.keyLoc(), col != null ? "bang.gia-tri.so-ten"
                        : near == null ? "bang.ma.khong-co" : "bang.ma.khong-co.goi-y", e.key(),
                        String.join(", ", byKey.keySet()), near);
                continue;
            }
            CellValue v = value(e.value(), col);
            if (v != null) {
                d.values.put(e.key(), v);
            }
        }
    }

    /** A typed value: text in a text column, a bare number in a number column; empty stays blank. */
    CellValue value(YNode n, ColumnSpec col) {
        if (!(n instanceof YScalar s)) {
            nodes.text(n, col.key());
            return null;
        }
        if (s.isNull() || s.value().isBlank()) {
            return null;
        }
        if (col.formula() instanceof Formula.Grade && s.value().strip().equalsIgnoreCase("x")) {
            return new CellValue.Mark(s.loc());
        }
        if (!col.numeric()) {
            return new CellValue.Text(nodes.text(s, col.key()), s.loc());
        }
        if (col.formula() == null) {
            // Words beside numbers ("Không", "Có", "< 10"): printed as typed, a bound's number Vietnamese style.
            String word = numbers.word(s.value(), col);
            if (word != null) {
                return new CellValue.Text(word, s.loc());
            }
        }
        BigDecimal v = numbers.read(s.value(), s.plain(), s.loc(), col);
        return v == null ? null : new CellValue.Number(v, s.loc(), false);
    }

    private void merges(YNode n, Map<String, ColumnSpec> byKey, RowDraft d) {
        if (n == null) {
            return;
        }
        if (n instanceof YScalar s) {
            if (!"het".equals(nodes.text(s, "gop"))) {
                diags.error(s.loc(), "bang.gop.dang");
            } else {
                d.merges.add(new TableRow.KeyRange(null, null, s.loc()));
            }
            return;
        }
        List<YNode> items = nodes.list(n, "gop");
        if (!items.isEmpty() && items.get(0) instanceof YSeq) {
            for (YNode i : items) {
                merges(i, byKey, d);
            }
            return;
        }
        if (items.size() != 2) {
            diags.error(n.loc(), "bang.gop.dang");
            return;
        }
        String from = key(items.get(0), byKey);
        String to = key(items.get(1), byKey);
        if (from != null && to != null) {
            d.merges.add(new TableRow.KeyRange(from, to, n.loc()));
        }
    }

    private void rowSpans(YNode n, Map<String, ColumnSpec> byKey, RowDraft d) {
        if (n == null) {
            return;
        }
        if (!(n instanceof YMap m)) {
            diags.error(n.loc(), "value.map", "gop-dong", n.kindKey(), "gop-dong: {co-quan: 4}");
            return;
        }
        for (YNode.Entry e : m.entries().values()) {
            if (key(new YScalar(e.keyLoc(), e.key(), true, false), byKey) == null) {
                continue;
            }
            if (e.value() instanceof YScalar s && "con".equals(s.value())) {
                d.spanOverChildren.add(e.key());
            } else {
                d.rowSpans.put(e.key(), nodes.integer(e.value(), "gop-dong", 2, 1));
            }
        }
    }

    private String key(YNode n, Map<String, ColumnSpec> byKey) {
        String k = nodes.text(n, "gop");
        if (k == null) {
            return null;
        }
        if (!byKey.containsKey(k)) {
            String near = MapReader.closest(k, byKey.keySet());
            diags.error(n.loc(), near == null ? "bang.ma.khong-co" : "bang.ma.khong-co.goi-y", k,
                    String.join(", ", byKey.keySet()), near);
            return null;
        }
        return k;
    }

    /** Rows with all their sub-rows. */
    private static int count(List<RowDraft> rows) {
        int n = 0;
        List<RowDraft> stack = new ArrayList<>(rows);
        while (!stack.isEmpty()) {
            RowDraft r = stack.remove(stack.size() - 1);
            n++;
            stack.addAll(r.children);
        }
        return n;
    }

    /** Where the {@code n}th row (from 0, sub-rows after their row, as printed) was written. */
    private static Loc nth(List<RowDraft> rows, int n) {
        List<RowDraft> stack = new ArrayList<>(rows.reversed());
        int i = 0;
        while (!stack.isEmpty()) {
            RowDraft r = stack.remove(stack.size() - 1);
            if (i++ == n) {
                return r.loc;
            }
            stack.addAll(r.children.reversed());
        }
        return null;
    }

    /** Ids of rows, for totals that name what they add. */
    static Map<String, RowDraft> byId(List<RowDraft> rows) {
        Map<String, RowDraft> out = new HashMap<>();
        List<RowDraft> stack = new ArrayList<>(rows);
        while (!stack.isEmpty()) {
            RowDraft r = stack.remove(stack.size() - 1);
            if (r.id != null) {
                out.put(r.id, r);
            }
            stack.addAll(r.children);
        }
        return out;
    }
}
