package vn.vanban.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vanban.format.Numbering;

/**
 * The numbered body: nests paragraphs by their numbering (I. → 1. → 1.1. → 1.1.1., a), -, +),
 * recognises tasks ("Đơn vị chủ trì / phối hợp / Thời gian thực hiện") and range duties ("Từ mục
 * 2.3.1 đến 2.3.4"), and warns where the source's numbering slips.
 */
final class BodyBuilder {
    private static final Pattern ROMAN = Pattern.compile("^([IVXLC]+)\\s*\\.\\s*(\\S.*)");
    private static final Pattern PART = Pattern.compile("^([A-H])\\.\\s+(\\p{Lu}.*)");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)(\\.?)\\s+(\\S.*)");
    private static final Pattern POINT = Pattern.compile("^([a-zđ])\\s*\\)\\s*(.*)");
    private static final Pattern BULLET = Pattern.compile("^([-–•*])\\s+(.*)");
    private static final Pattern SUB_BULLET = Pattern.compile("^\\+\\s+(.*)");
    private static final Pattern DUTY = Pattern.compile(
            "^(?:[a-zđ]\\s*\\)\\s*)?(Đơn vị chủ trì|Cơ quan chủ trì|Đơn vị phối hợp|Cơ quan phối hợp|Thời gian thực hiện)\\s*:\\s*(.*)",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile(
            "^Từ (?:mục|nhiệm vụ|tiểu mục)\\s+(\\d+(?:\\.\\d+)*)\\.?\\s+đến(?:\\s+mục)?\\s+(\\d+(?:\\.\\d+)*)\\.?\\s*:?$");

    private enum Kind { ROOT, PART, NUM, POINT, BULLET, SUB }

    /** One open container while reading: where the next blocks go. */
    private static final class Frame {
        final Kind kind;
        final List<Draft.Block> blocks;
        final Draft.Numbered num;
        final int rank;
        final String where;
        /** Last child number seen per child kind ("num", "point"), for slips. */
        final Map<String, String> last = new HashMap<>();

        Frame(Kind kind, List<Draft.Block> blocks, Draft.Numbered num, int rank, String where) {
            this.kind = kind;
            this.blocks = blocks;
            this.num = num;
            this.rank = rank;
            this.where = where;
        }
    }

    private final List<Recogniser.Warning> warnings;
    private final Recogniser.Counts counts;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final List<Draft.Block> root = new ArrayList<>();
    private final List<Draft.Duty> ranges = new ArrayList<>();
    private Draft.Duty filling;

    BodyBuilder(List<Recogniser.Warning> warnings, Recogniser.Counts counts) {
        this.warnings = warnings;
        this.counts = counts;
    }

    List<Draft.Block> build(List<Src> items) {
        stack.push(new Frame(Kind.ROOT, root, null, 0, ""));
        for (Src s : items) {
            if (s instanceof Src.Table t) {
                filling = null;
                popTo(Kind.ROOT, Kind.PART, Kind.NUM);
                top().blocks.add(TableBuilder.build(t, warnings));
                counts.tables++;
            } else {
                para((Src.Para) s);
            }
        }
        resolveRanges();
        finish(root);
        return root;
    }

    private Frame top() {
        return stack.peek();
    }

    private void popTo(Kind... kinds) {
        while (stack.size() > 1 && !List.of(kinds).contains(top().kind)) {
            stack.pop();
        }
    }

    private void para(Src.Para p) {
        String markup = Recogniser.stripEnd(p.text().strip());
        String label = p.autoLabel();
        String text = label == null ? markup : label + " " + markup;
        String plain = Marks.plain(text).strip();
        if (plain.isEmpty()) {
            return;
        }
        Matcher m;
        if ((m = DUTY.matcher(plain)).matches()) {
            duty(m.group(1), textAfter(text, m.group(2)), p);
            return;
        }
        filling = null;
        if ((m = RANGE.matcher(plain)).matches()) {
            int rank = 1 + m.group(1).split("\\.").length;
            while (stack.size() > 1 && !(top().kind == Kind.NUM && top().rank < rank) && top().kind != Kind.PART) {
                stack.pop();
            }
            Draft.Duty d = new Draft.Duty();
            d.from = m.group(1);
            d.to = m.group(2);
            top().blocks.add(d);
            ranges.add(d);
            filling = d;
            return;
        }
        boolean heading = p.role() == Src.Role.HEADING || p.bold();
        if ((m = PART.matcher(plain)).matches() && (heading || plain.equals(plain.toUpperCase()))) {
            stack.clear();
            stack.push(new Frame(Kind.ROOT, root, null, 0, ""));
            Draft.Part part = new Draft.Part(textAfter(text, m.group(2)));
            root.add(part);
            stack.push(new Frame(Kind.PART, part.children, null, 0, p.where()));
            return;
        }
        if ((m = ROMAN.matcher(plain)).matches() && romanValue(m.group(1)) > 0) {
            numbered(m.group(1) + ".", textAfter(text, m.group(2)), 1, p, heading);
            return;
        }
        if ((m = ARABIC.matcher(plain)).matches() && (!m.group(2).isEmpty() || m.group(1).contains("."))) {
            String lbl = m.group(1);
            if (m.group(2).isEmpty()) {
                warnings.add(new Recogniser.Warning(p.where(), "import.slip.no-dot", lbl));
            }
            numbered(lbl + ".", textAfter(text, m.group(3)), 1 + lbl.split("\\.").length, p, heading);
            return;
        }
        if ((m = POINT.matcher(plain)).matches() && !m.group(2).isEmpty()) {
            point(m.group(1), textAfter(text, m.group(2)), p);
            return;
        }
        if ((m = SUB_BULLET.matcher(plain)).matches()) {
            subBullet(textAfter(text, m.group(1)));
            return;
        }
        if ((m = BULLET.matcher(plain)).matches()) {
            bullet(textAfter(text, m.group(2)), m.group(1));
            return;
        }
        popTo(Kind.ROOT, Kind.PART, Kind.NUM);
        String s = text.strip();
        if (p.role() == Src.Role.NOTE || plain.startsWith("(") && plain.matches("(?s).*\\)\\.?$") && plain.length() < 400
                && (p.italic() || p.role() != Src.Role.BODY)) {
            top().blocks.add(new Draft.Note(s));
        } else {
            top().blocks.add(new Draft.Text(s, p.role() == Src.Role.CENTERED, null));
        }
    }


    private void numbered(String label, String title, int rank, Src.Para p, boolean heading) {
        while (stack.size() > 1 && !(top().kind == Kind.NUM && top().rank < rank) && top().kind != Kind.PART) {
            stack.pop();
        }
        Frame parent = top();
        checkSequence(parent, label, rank, p);
        Draft.Numbered n = new Draft.Numbered(heading ? "muc" : null, title, label, rank);
        parent.blocks.add(n);
        stack.push(new Frame(Kind.NUM, n.children, n, rank, p.where()));
    }

    /** Warns when a number repeats, goes back, skips, or does not belong under its parent's number. */
    private void checkSequence(Frame parent, String label, int rank, Src.Para p) {
        String key = "num" + rank;
        String prev = parent.last.get(key);
        parent.last.put(key, label);
        int value = lastValue(label);
        if (rank > 2 && parent.num != null && parent.num.rank == rank - 1 && !label.startsWith(parent.num.label)) {
            warnings.add(new Recogniser.Warning(p.where(), "import.slip.not-under", label, parent.num.label));
        }
        if (prev == null) {
            if (value != 1) {
                warnings.add(new Recogniser.Warning(p.where(), "import.slip.not-one", label));
            }
            return;
        }
        int pv = lastValue(prev);
        if (value == pv) {
            warnings.add(new Recogniser.Warning(p.where(), "import.slip.repeat", label));
        } else if (value < pv) {
            warnings.add(new Recogniser.Warning(p.where(), "import.slip.back", label, prev));
        } else if (value > pv + 1) {
            warnings.add(new Recogniser.Warning(p.where(), "import.slip.jump", prev, label));
        }
    }

    private static int lastValue(String label) {
        String l = label.replaceAll("\\.$", "");
        if (l.matches("[IVXLC]+")) {
            return romanValue(l);
        }
        String[] parts = l.split("\\.");
        return Integer.parseInt(parts[parts.length - 1]);
    }

    static int romanValue(String r) {
        for (int i = 1; i < 40; i++) {
            if (Numbering.roman(i).equals(r)) {
                return i;
            }
        }
        return 0;
    }

    private void point(String letter, String text, Src.Para p) {
        popTo(Kind.ROOT, Kind.PART, Kind.NUM);
        Frame parent = top();
        Draft.Points points;
        if (!parent.blocks.isEmpty() && parent.blocks.get(parent.blocks.size() - 1) instanceof Draft.Points pts) {
            points = pts;
        } else {
            points = new Draft.Points(new ArrayList<>());
            parent.blocks.add(points);
            parent.last.remove("point");
        }
        String expected = Numbering.letter(points.items().size() + 1);
        if (!letter.equals(expected)) {
            String prev = parent.last.get("point");
            warnings.add(new Recogniser.Warning(p.where(),
                    letter.equals(prev) ? "import.slip.point-repeat" : "import.slip.point-place", letter, expected));
        }
        parent.last.put("point", letter);
        Draft.Item item = new Draft.Item(text);
        points.items().add(item);
        stack.push(new Frame(Kind.POINT, item.children, null, 99, p.where()));
    }

    private void bullet(String text, String mark) {
        popTo(Kind.ROOT, Kind.PART, Kind.NUM, Kind.POINT);
        Frame parent = top();
        Draft.Bullets bullets;
        if (!parent.blocks.isEmpty() && parent.blocks.get(parent.blocks.size() - 1) instanceof Draft.Bullets b
                && b.mark().equals(markOf(mark))) {
            bullets = b;
        } else {
            bullets = new Draft.Bullets(new ArrayList<>(), markOf(mark));
            parent.blocks.add(bullets);
        }
        Draft.Item item = new Draft.Item(text);
        bullets.items().add(item);
        stack.push(new Frame(Kind.BULLET, item.children, null, 100, ""));
    }

    private static String markOf(String m) {
        return m.equals("*") ? "*" : "-";
    }

    private void subBullet(String text) {
        while (top().kind == Kind.SUB) {
            stack.pop();
        }
        if (top().kind != Kind.BULLET) {
            bullet(text, "-");
            return;
        }
        Frame parent = top();
        Draft.Bullets bullets;
        if (!parent.blocks.isEmpty() && parent.blocks.get(parent.blocks.size() - 1) instanceof Draft.Bullets b) {
            bullets = b;
        } else {
            bullets = new Draft.Bullets(new ArrayList<>(), "+");
            parent.blocks.add(bullets);
        }
        Draft.Item item = new Draft.Item(text);
        bullets.items().add(item);
        stack.push(new Frame(Kind.SUB, item.children, null, 101, ""));
    }

    private void duty(String what, String value, Src.Para p) {
        if (filling == null) {
            popTo(Kind.ROOT, Kind.PART, Kind.NUM);
            filling = new Draft.Duty();
            top().blocks.add(filling);
        }
        String v = Recogniser.trimEnd(value.strip());
        String w = what.toLowerCase(java.util.Locale.ROOT);
        if (w.contains("chủ trì")) {
            filling.lead = v;
        } else if (w.contains("phối hợp")) {
            filling.partners = v;
        } else {
            filling.time = v;
        }
    }

    /** The markup after a label: the plain text's tail located in the markup. */
    private static String textAfter(String markup, String plainTail) {
        if (plainTail.isEmpty()) {
            return "";
        }
        String probe = plainTail.length() > 12 ? plainTail.substring(0, 12) : plainTail;
        int at = markup.indexOf(Marks.escape(probe));
        if (at < 0) {
            // Marks inside the first words: drop everything up to the label's end instead.
            int cut = Marks.plain(markup).strip().length() - plainTail.length();
            int seen = 0;
            for (int i = 0; i < markup.length(); i++) {
                if (seen >= cut) {
                    return markup.substring(i).strip();
                }
                char c = markup.charAt(i);
                if (c == '\\') {
                    i++;
                    seen++;
                } else if (c != '*' && c != '^') {
                    seen++;
                }
            }
            return Marks.escape(plainTail);
        }
        String head = markup.substring(0, at);
        // Keep a bold/italic mark opened just before the tail.
        int marks = 0;
        while (head.endsWith("*".repeat(marks + 1))) {
            marks++;
        }
        return markup.substring(at - marks).strip();
    }

    private void resolveRanges() {
        for (Draft.Duty d : ranges) {
            Draft.Numbered from = find(root, d.from + ".");
            Draft.Numbered to = find(root, d.to + ".");
            if (from == null || to == null) {
                warnings.add(new Recogniser.Warning("Từ mục " + d.from + " đến " + d.to,
                        "import.range.missing", from == null ? d.from : d.to));
                d.from = null;
                d.to = null;
                continue;
            }
            from.id = idOf(from.label);
            to.id = idOf(to.label);
            from.kind = "nhiem-vu";
            to.kind = "nhiem-vu";
            d.from = from.id;
            d.to = to.id;
        }
    }

    private static String idOf(String label) {
        return "muc-" + label.replaceAll("\\.$", "").replace('.', '-');
    }

    private static Draft.Numbered find(List<Draft.Block> blocks, String label) {
        for (Draft.Block b : blocks) {
            List<Draft.Block> kids = b instanceof Draft.Numbered n ? n.children
                    : b instanceof Draft.Part p ? p.children : null;
            if (b instanceof Draft.Numbered n && n.label.equals(label)) {
                return n;
            }
            if (kids != null) {
                Draft.Numbered f = find(kids, label);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /** Decides muc / khoan / nhiem-vu once children are known; a task's trailing duty becomes its keys. */
    private void finish(List<Draft.Block> blocks) {
        for (Draft.Block b : blocks) {
            if (b instanceof Draft.Part p) {
                finish(p.children);
                p.subLevel = p.children.stream().filter(c -> c instanceof Draft.Numbered).map(c -> (Draft.Numbered) c)
                        .findFirst().map(n -> n.rank >= 2 ? 2 : 1).orElse(1);
            } else if (b instanceof Draft.Numbered n) {
                finish(n.children);
                boolean hasDuty = n.children.stream().anyMatch(c -> c instanceof Draft.Duty dd && dd.from == null);
                if (!n.children.isEmpty() && n.children.get(n.children.size() - 1) instanceof Draft.Duty last
                        && last.from == null) {
                    n.duty = last;
                    n.children.remove(n.children.size() - 1);
                }
                String plain = Marks.plain(n.title);
                if (hasDuty || "nhiem-vu".equals(n.kind)) {
                    n.kind = "nhiem-vu";
                    counts.tasks++;
                } else if (n.rank == 1 || "muc".equals(n.kind)) {
                    n.kind = "muc";
                    counts.sections++;
                } else if (plain.length() <= 160 && !plain.matches(".*[.;]$") && !n.children.isEmpty()) {
                    n.kind = "muc";
                    counts.sections++;
                } else {
                    n.kind = "khoan";
                    counts.sections++;
                }
            } else if (b instanceof Draft.Points pts) {
                pts.items().forEach(i -> finish(i.children));
            } else if (b instanceof Draft.Bullets bs) {
                bs.items().forEach(i -> finish(i.children));
            }
        }
    }
}
