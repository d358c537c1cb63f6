package vn.vanban.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.vanban.layout.Block;
import vn.vanban.layout.Inline;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.Line;
import vn.vanban.layout.PageSection;
import vn.vanban.layout.Revisions;
import vn.vanban.layout.Revisions.Change;
import vn.vanban.layout.Role;
import vn.vanban.layout.Table;

/**
 * Compares two layout models block by block and gives the redline: the new document with the old
 * one's removed material put back and marked deleted, and what is new marked inserted. Blocks are
 * first aligned on their role and text with the item number left out (so a section inserted before
 * others, which renumbers them, still lines them up), then blocks left over between two aligned ones
 * are paired when they are of one kind and share at least half their words; paired blocks are
 * compared word by word ({@link WordDiff}), table rows row by row and cell by cell.
 */
public final class LayoutDiff {
    /** The redline and how many changes it shows. */
    public record Redline(LayoutDocument document, Revisions revisions, int insertions, int deletions,
                          int formatting) {
    }

    /** Paragraphs sharing less than this share of their words are a deletion and an insertion. */
    private static final double PAIR_SIMILARITY = 0.5;
    /** Table rows are paired more readily: a row of figures with one figure changed is still that row. */
    private static final double ROW_SIMILARITY = 0.3;
    /** How far ahead the pairing looks for a block like the one removed. */
    private static final int PAIR_WINDOW = 20;
    /** An item number at the start of a paragraph: "II.", "2.3.", "a)", "Phần A.". */
    private static final Pattern NUMBER = Pattern.compile(
            "^(?:[IVXLCDM]+\\.|\\d+(?:\\.\\d+)*\\.?|[a-zđ]\\)|[A-Z]\\.)\\s+");

    private final Revisions.Builder marks = new Revisions.Builder();
    private final WordDiff words = new WordDiff(marks);

    private LayoutDiff() {
    }

    public static Redline diff(LayoutDocument older, LayoutDocument newer, Revisions.Author author) {
        LayoutDiff d = new LayoutDiff();
        List<PageSection> sections = new ArrayList<>();
        int n = Math.max(older.sections().size(), newer.sections().size());
        for (int i = 0; i < n; i++) {
            PageSection o = i < older.sections().size() ? older.sections().get(i) : null;
            PageSection s = i < newer.sections().size() ? newer.sections().get(i) : null;
            PageSection shape = s != null ? s : o;
            List<Block> blocks = d.blocks(o == null ? List.of() : o.blocks(), s == null ? List.of() : s.blocks());
            sections.add(new PageSection(shape.orientation(), shape.restartNumbering(), blocks));
        }
        LayoutDocument doc = new LayoutDocument(newer.title(), newer.date(), sections);
        Revisions revisions = d.marks.build(author);
        Counts counts = RedlineCounter.count(doc, revisions);
        return new Redline(doc, revisions, counts.insertions, counts.deletions, counts.formatting);
    }

    // ---- blocks

    private enum Kind { PARA, ITEM, TABLE, HEADER, TITLE, SIGNATURE, BREAK, SPACER }

    /** A block (a list's item counts as one) with the key it is aligned on. */
    private record Unit(Kind kind, Object source, String key, Role role, List<String> words) {
    }

    private static List<Unit> units(List<Block> blocks) {
        List<Unit> out = new ArrayList<>();
        for (Block b : blocks) {
            switch (b) {
                case Block.Paragraph p -> out.add(textUnit(Kind.PARA, p, p.role(), p.text()));
                case Block.ListBlock l -> {
                    for (Block.ListItem item : l.items()) {
                        out.add(textUnit(Kind.ITEM, item, Role.LIST_ITEM,
                                item.marker() + item.level() + " " + Inline.plainText(item.content())));
                    }
                }
                case Block.TableBlock t -> out.add(new Unit(Kind.TABLE, t, "T" + t.table().columns().size() + ":"
                        + rowsText(t.table().headerRows()), null, List.of()));
                case Block.HeaderBlock h -> out.add(new Unit(Kind.HEADER, h, "H", null, List.of()));
                case Block.TitleBlock t -> out.add(new Unit(Kind.TITLE, t, "TT", null, List.of()));
                case Block.SignatureBlock s -> out.add(new Unit(Kind.SIGNATURE, s, "S", null, List.of()));
                case Block.PageBreak p -> out.add(new Unit(Kind.BREAK, p, "PB", null, List.of()));
                case Block.Spacer s -> out.add(new Unit(Kind.SPACER, s, "SP" + s.lines(), null, List.of()));
            }
        }
        return out;
    }

    private static Unit textUnit(Kind kind, Object source, Role role, String text) {
        String unnumbered = NUMBER.matcher(text.strip()).replaceFirst("");
        return new Unit(kind, source, kind + ":" + role + ":" + unnumbered, role, WordDiff.words(unnumbered));
    }

    private static String rowsText(List<Table.Row> rows) {
        StringBuilder sb = new StringBuilder();
        for (Table.Row r : rows) {
            for (Table.Cell c : r.cells()) {
                sb.append(c.text()).append('\u0001');
            }
            sb.append('\u0002');
        }
        return sb.toString();
    }

    private List<Block> blocks(List<Block> older, List<Block> newer) {
        List<Unit> a = units(older);
        List<Unit> b = units(newer);
        List<Block> out = new ArrayList<>();
        List<Lcs.Op> ops = Lcs.script(a.stream().map(Unit::key).toList(), b.stream().map(Unit::key).toList());
        List<Unit> gapOld = new ArrayList<>();
        List<Unit> gapNew = new ArrayList<>();
        for (Lcs.Op op : ops) {
            switch (op.type()) {
                case DELETE -> gapOld.add(a.get(op.oldIndex()));
                case INSERT -> gapNew.add(b.get(op.newIndex()));
                case EQUAL -> {
                    gap(gapOld, gapNew, out);
                    out.addAll(changed(a.get(op.oldIndex()), b.get(op.newIndex())));
                }
            }
        }
        gap(gapOld, gapNew, out);
        return out;
    }

    /** Blocks between two aligned ones: pair what is alike, the rest is deleted or inserted. */
    private void gap(List<Unit> older, List<Unit> newer, List<Block> out) {
        int j = 0;
        for (Unit o : older) {
            int match = -1;
            for (int k = j; k < newer.size() && k < j + PAIR_WINDOW; k++) {
                if (alike(o, newer.get(k))) {
                    match = k;
                    break;
                }
            }
            if (match < 0) {
                out.addAll(whole(o, Change.DELETED));
                continue;
            }
            for (; j < match; j++) {
                out.addAll(whole(newer.get(j), Change.INSERTED));
            }
            out.addAll(changed(o, newer.get(match)));
            j = match + 1;
        }
        for (; j < newer.size(); j++) {
            out.addAll(whole(newer.get(j), Change.INSERTED));
        }
        older.clear();
        newer.clear();
    }

    private static boolean alike(Unit o, Unit n) {
        if (o.kind() != n.kind()) {
            return false;
        }
        return switch (o.kind()) {
            case PARA, ITEM -> o.role() == n.role() && WordDiff.similarity(o.words(), n.words()) >= PAIR_SIMILARITY;
            case TABLE -> ((Block.TableBlock) o.source()).table().columns().size()
                    == ((Block.TableBlock) n.source()).table().columns().size();
            case HEADER, TITLE, SIGNATURE -> true;
            case BREAK, SPACER -> o.key().equals(n.key());
        };
    }

    /** A block wholly inserted or deleted: fresh objects, so marks never reach a shared instance. */
    private List<Block> whole(Unit u, Change c) {
        return switch (u.kind()) {
            case PARA -> {
                Block.Paragraph p = (Block.Paragraph) u.source();
                yield List.of(marks.mark(new Block.Paragraph(p.role(), inlines(p.content(), c)), c));
            }
            case ITEM -> {
                Block.ListItem i = (Block.ListItem) u.source();
                yield List.of(new Block.ListBlock(List.of(marks.mark(
                        new Block.ListItem(i.marker(), i.level(), inlines(i.content(), c)), c))));
            }
            case TABLE -> {
                Table t = ((Block.TableBlock) u.source()).table();
                yield List.of(new Block.TableBlock(new Table(t.columns(), markRows(t.headerRows(), c),
                        markRows(t.bodyRows(), c))));
            }
            case HEADER -> {
                Block.HeaderBlock h = (Block.HeaderBlock) u.source();
                yield List.of(new Block.HeaderBlock(markLines(h.left(), c), markLines(h.right(), c),
                        markLines(h.leftBelow(), c), markLines(h.rightBelow(), c)));
            }
            case TITLE -> List.of(new Block.TitleBlock(markLines(((Block.TitleBlock) u.source()).lines(), c)));
            case SIGNATURE -> {
                Block.SignatureBlock s = (Block.SignatureBlock) u.source();
                yield List.of(new Block.SignatureBlock(markLines(s.left(), c), markLines(s.right(), c)));
            }
            // A page break has no text to mark: the redline keeps the new document's breaks.
            case BREAK -> c.kind() == Revisions.Kind.INSERTED ? List.of(new Block.PageBreak()) : List.of();
            case SPACER -> List.of(marks.mark(new Block.Spacer(((Block.Spacer) u.source()).lines()), c));
        };
    }

    private List<Table.Row> markRows(List<Table.Row> rows, Change c) {
        return rows.stream().map(r -> markRow(r, c)).toList();
    }

    private Table.Row markRow(Table.Row r, Change c) {
        List<Table.Cell> cells = r.cells().stream().map(x -> new Table.Cell(inlines(x.content(), c), x.colSpan(),
                x.rowSpan(), x.align(), x.bold(), x.italic())).toList();
        return marks.mark(new Table.Row(cells, r.bold()), c);
    }

    private List<Line> markLines(List<Line> lines, Change c) {
        return lines.stream().map(l -> markLine(l, c)).toList();
    }

    private Line markLine(Line l, Change c) {
        return marks.mark(new Line(l.role(), inlines(l.content(), c), l.rule()), c);
    }

    /**
     * Fresh copies of inlines, each marked: a writer that looks only at inlines (the PDF's) sees the
     * change, and no mark can reach an instance the model shares elsewhere.
     */
    private List<Inline> inlines(List<Inline> content, Change c) {
        List<Inline> out = new ArrayList<>(content.size());
        for (Inline i : content) {
            out.add(marks.mark(switch (i) {
                case Inline.Span s -> new Inline.Span(s.text(), s.bold(), s.italic(), s.superscript());
                case Inline.FootnoteRef f -> new Inline.FootnoteRef(inlines(f.note(), c));
                case Inline.LineBreak b -> new Inline.LineBreak();
            }, c));
        }
        return out;
    }

    /** Two aligned blocks: the new one as it is when nothing changed, else the two merged. */
    private List<Block> changed(Unit o, Unit n) {
        Object a = o.source();
        Object b = n.source();
        return switch (n.kind()) {
            case PARA -> {
                Block.Paragraph p = (Block.Paragraph) b;
                List<Inline> content = words.diff(((Block.Paragraph) a).content(), p.content());
                yield List.of(content == p.content() ? p : new Block.Paragraph(p.role(), content));
            }
            case ITEM -> {
                Block.ListItem i = (Block.ListItem) b;
                yield List.of(new Block.ListBlock(List.of(new Block.ListItem(i.marker(), i.level(),
                        words.diff(((Block.ListItem) a).content(), i.content())))));
            }
            case TABLE -> table(((Block.TableBlock) a).table(), ((Block.TableBlock) b).table(), o, n);
            case HEADER -> {
                Block.HeaderBlock x = (Block.HeaderBlock) a;
                Block.HeaderBlock y = (Block.HeaderBlock) b;
                yield List.of(new Block.HeaderBlock(lines(x.left(), y.left()), lines(x.right(), y.right()),
                        lines(x.leftBelow(), y.leftBelow()), lines(x.rightBelow(), y.rightBelow())));
            }
            case TITLE -> List.of(new Block.TitleBlock(lines(((Block.TitleBlock) a).lines(),
                    ((Block.TitleBlock) b).lines())));
            case SIGNATURE -> {
                Block.SignatureBlock x = (Block.SignatureBlock) a;
                Block.SignatureBlock y = (Block.SignatureBlock) b;
                yield List.of(new Block.SignatureBlock(lines(x.left(), y.left()), lines(x.right(), y.right())));
            }
            case BREAK, SPACER -> List.of((Block) b);
        };
    }

    // ---- lines of header, title and signature blocks

    private List<Line> lines(List<Line> older, List<Line> newer) {
        if (older.equals(newer)) {
            return newer;
        }
        List<Line> out = new ArrayList<>();
        List<Lcs.Op> ops = Lcs.script(older.stream().map(l -> l.role() + ":" + l.text()).toList(),
                newer.stream().map(l -> l.role() + ":" + l.text()).toList());
        List<Line> gapOld = new ArrayList<>();
        List<Line> gapNew = new ArrayList<>();
        for (Lcs.Op op : ops) {
            switch (op.type()) {
                case DELETE -> gapOld.add(older.get(op.oldIndex()));
                case INSERT -> gapNew.add(newer.get(op.newIndex()));
                case EQUAL -> {
                    lineGap(gapOld, gapNew, out);
                    Line o = older.get(op.oldIndex());
                    Line l = newer.get(op.newIndex());
                    List<Inline> content = words.diff(o.content(), l.content());
                    out.add(content == l.content() ? l : new Line(l.role(), content, l.rule()));
                }
            }
        }
        lineGap(gapOld, gapNew, out);
        return out;
    }

    private void lineGap(List<Line> older, List<Line> newer, List<Line> out) {
        int j = 0;
        for (Line o : older) {
            int match = -1;
            for (int k = j; k < newer.size(); k++) {
                Line n = newer.get(k);
                if (n.role() == o.role() && WordDiff.similarity(WordDiff.words(o.text()),
                        WordDiff.words(n.text())) >= PAIR_SIMILARITY) {
                    match = k;
                    break;
                }
            }
            if (match < 0) {
                out.add(markLine(o, Change.DELETED));
                continue;
            }
            for (; j < match; j++) {
                Line n = newer.get(j);
                out.add(markLine(n, Change.INSERTED));
            }
            Line n = newer.get(match);
            out.add(new Line(n.role(), words.diff(o.content(), n.content()), n.rule()));
            j = match + 1;
        }
        for (; j < newer.size(); j++) {
            out.add(markLine(newer.get(j), Change.INSERTED));
        }
        older.clear();
        newer.clear();
    }

    // ---- tables

    /** Two tables of as many columns: rows aligned and compared; a whole-table swap when rows merged vertically would break. */
    private List<Block> table(Table older, Table newer, Unit o, Unit n) {
        if (older.equals(newer)) {
            return List.of((Block) n.source());
        }
        List<Table.Row> header = rows(older.headerRows(), newer.headerRows());
        List<Table.Row> body = rows(older.bodyRows(), newer.bodyRows());
        if (header == null || body == null) {
            List<Block> out = new ArrayList<>(whole(o, Change.DELETED));
            out.addAll(whole(n, Change.INSERTED));
            return out;
        }
        return List.of(new Block.TableBlock(new Table(newer.columns(), header, body)));
    }

    /** Rows merged; null when a row inserted or deleted takes part in a vertical merge. */
    private List<Table.Row> rows(List<Table.Row> older, List<Table.Row> newer) {
        if (older.equals(newer)) {
            return newer;
        }
        boolean[] mergedOld = merged(older);
        boolean[] mergedNew = merged(newer);
        List<Lcs.Op> ops = Lcs.script(older.stream().map(LayoutDiff::rowKey).toList(),
                newer.stream().map(LayoutDiff::rowKey).toList());
        // Pair leftover rows first, then check no unpaired row is part of a vertical merge.
        List<Object[]> plan = new ArrayList<>(); // {old index or -1, new index or -1}
        List<Integer> gapOld = new ArrayList<>();
        List<Integer> gapNew = new ArrayList<>();
        for (Lcs.Op op : ops) {
            switch (op.type()) {
                case DELETE -> gapOld.add(op.oldIndex());
                case INSERT -> gapNew.add(op.newIndex());
                case EQUAL -> {
                    rowGap(older, newer, gapOld, gapNew, plan);
                    plan.add(new Object[] {op.oldIndex(), op.newIndex()});
                }
            }
        }
        rowGap(older, newer, gapOld, gapNew, plan);
        for (Object[] p : plan) {
            int i = (int) p[0];
            int j = (int) p[1];
            if ((i < 0 || j < 0) && ((i >= 0 && mergedOld[i]) || (j >= 0 && mergedNew[j]))) {
                return null;
            }
            if (i >= 0 && j >= 0 && mergedOld[i] != mergedNew[j]) {
                return null;
            }
        }
        List<Table.Row> out = new ArrayList<>();
        for (Object[] p : plan) {
            int i = (int) p[0];
            int j = (int) p[1];
            if (j < 0) {
                out.add(markRow(older.get(i), Change.DELETED));
            } else if (i < 0) {
                out.add(markRow(newer.get(j), Change.INSERTED));
            } else {
                out.add(row(older.get(i), newer.get(j)));
            }
        }
        return out;
    }

    private void rowGap(List<Table.Row> older, List<Table.Row> newer, List<Integer> gapOld, List<Integer> gapNew,
                        List<Object[]> plan) {
        int j = 0;
        for (int i : gapOld) {
            int match = -1;
            for (int k = j; k < gapNew.size() && k < j + PAIR_WINDOW; k++) {
                if (sameShape(older.get(i), newer.get(gapNew.get(k))) && WordDiff.similarity(
                        WordDiff.words(rowText(older.get(i))), WordDiff.words(rowText(newer.get(gapNew.get(k)))))
                        >= ROW_SIMILARITY) {
                    match = k;
                    break;
                }
            }
            if (match < 0) {
                plan.add(new Object[] {i, -1});
                continue;
            }
            for (; j < match; j++) {
                plan.add(new Object[] {-1, gapNew.get(j)});
            }
            plan.add(new Object[] {i, gapNew.get(match)});
            j = match + 1;
        }
        for (; j < gapNew.size(); j++) {
            plan.add(new Object[] {-1, gapNew.get(j)});
        }
        gapOld.clear();
        gapNew.clear();
    }

    private Table.Row row(Table.Row older, Table.Row newer) {
        if (older.equals(newer)) {
            return newer;
        }
        List<Table.Cell> cells = new ArrayList<>();
        for (int c = 0; c < newer.cells().size(); c++) {
            Table.Cell a = older.cells().get(c);
            Table.Cell b = newer.cells().get(c);
            List<Inline> content = words.diff(a.content(), b.content());
            cells.add(content == b.content() ? b
                    : new Table.Cell(content, b.colSpan(), b.rowSpan(), b.align(), b.bold(), b.italic()));
        }
        return new Table.Row(cells, newer.bold());
    }

    private static boolean sameShape(Table.Row a, Table.Row b) {
        if (a.cells().size() != b.cells().size() || a.bold() != b.bold()) {
            return false;
        }
        for (int c = 0; c < a.cells().size(); c++) {
            Table.Cell x = a.cells().get(c);
            Table.Cell y = b.cells().get(c);
            if (x.colSpan() != y.colSpan() || x.rowSpan() != y.rowSpan()) {
                return false;
            }
        }
        return true;
    }

    /** Rows that start, continue or end a vertical merge. */
    private static boolean[] merged(List<Table.Row> rows) {
        boolean[] m = new boolean[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (Table.Cell c : rows.get(r).cells()) {
                if (c.rowSpan() > 1) {
                    for (int k = r; k < Math.min(rows.size(), r + c.rowSpan()); k++) {
                        m[k] = true;
                    }
                }
            }
        }
        return m;
    }

    /** A row's number ("1", "2.3", "a", "II") in its first cell: renumbered rows still align. */
    private static final Pattern ROW_NUMBER = Pattern.compile("^(?:[IVXLCDM]+|\\d+(?:\\.\\d+)*|[a-zđ])\\.?$");

    private static String rowKey(Table.Row r) {
        StringBuilder sb = new StringBuilder(r.bold() ? "B" : "N");
        for (int i = 0; i < r.cells().size(); i++) {
            Table.Cell c = r.cells().get(i);
            String text = c.text().strip();
            sb.append(c.colSpan()).append('x').append(c.rowSpan()).append(':')
                    .append(i == 0 && ROW_NUMBER.matcher(text).matches() ? "#" : text).append('\u0001');
        }
        return sb.toString();
    }

    private static String rowText(Table.Row r) {
        StringBuilder sb = new StringBuilder();
        for (Table.Cell c : r.cells()) {
            sb.append(c.text()).append(' ');
        }
        return sb.toString();
    }
}
