package vn.vanban.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Prints a {@link Draft} as a content file a clerk can read: block style, plain scalars where YAML
 * allows them, double quotes elsewhere, and a "# nhập: ..." comment above whatever needs a look.
 * Written by hand (as {@code report.YamlText} does) because SnakeYAML's emitter cannot place comments.
 */
final class YamlWriter {
    private static final Pattern PLAIN_START = Pattern.compile("^[\\p{L}(“‘][\\s\\S]*");
    private static final Pattern YAML_WORDS = Pattern.compile("(?i)true|false|yes|no|on|off|null|y|n|~");
    private final StringBuilder sb = new StringBuilder();

    static String write(Draft d, List<String> headComments) {
        YamlWriter w = new YamlWriter();
        w.line("# yaml-language-server: $schema=../schema/vanban.schema.json");
        headComments.forEach(c -> w.comment("", c));
        w.doc(d);
        return w.sb.toString();
    }

    private void doc(Draft d) {
        key("", "loai", d.loai);
        strings("", "co-quan-chu-quan", d.parentBody, null);
        strings("", "co-quan-ban-hanh", d.issuingBody, d.headerComments.get("co-quan-ban-hanh"));
        if (d.number != null) {
            line("so: " + d.number);
        }
        commentIf("", d.headerComments.get("ky-hieu"));
        key("", "ky-hieu", d.code);
        if (d.place != null && !d.place.isEmpty()) {
            key("", "dia-danh", d.place);
        }
        if (d.date != null) {
            line("ngay: \"" + d.date + "\"");
        }
        commentIf("", d.headerComments.get("trich-yeu"));
        if (d.subject.size() == 1) {
            key("", "trich-yeu", d.subject.get(0));
        } else {
            line("trich-yeu: |");
            d.subject.forEach(s -> line("  " + s));
        }
        strings("", "kinh-gui", d.addressees, null);
        if (!d.bases.isEmpty()) {
            line("can-cu:");
            d.bases.forEach(b -> line("  - " + q(b)));
        }
        blocks("", "mo-dau", d.opening);
        commentIf("", d.headerComments.get("noi-dung"));
        blocks("", "noi-dung", d.body);
        if (d.closing != null) {
            key("", "ket-thuc", d.closing);
        }
        commentIf("", d.headerComments.get("noi-nhan"));
        line("noi-nhan:");
        d.recipients.forEach(r -> line("  - " + q(r)));
        line("ky:");
        Draft.Signature s = d.signature;
        optional("  ", "thay-mat", s.onBehalf);
        optional("  ", "ky-thay", s.deputyFor);
        optional("  ", "quyen", s.acting);
        optional("  ", "thua-lenh", s.byOrder);
        optional("  ", "thua-uy-quyen", s.byAuthority);
        commentIf("  ", d.headerComments.get("chuc-vu"));
        key("  ", "chuc-vu", String.join(" ", s.title));
        commentIf("  ", d.headerComments.get("ho-ten"));
        optional("  ", "ho-ten", s.name);
        if (!d.notes.isEmpty()) {
            line("chu-thich:");
            d.notes.forEach((k, v) -> key("  ", k, v));
        }
        if (!d.appendices.isEmpty()) {
            if (d.appendixNumbering != null && !d.appendixNumbering.equals("la-ma")) {
                key("", "kieu-so-phu-luc", d.appendixNumbering);
            }
            line("phu-luc:");
            for (Draft.Appendix a : d.appendices) {
                commentIf("  ", a.comment);
                key("  - ", "tieu-de", a.title);
                if (!a.subtitle.isEmpty()) {
                    line("    phu-de:");
                    a.subtitle.forEach(x -> line("      - " + q(x)));
                }
                if (!a.numbered) {
                    line("    danh-so: false");
                }
                if (a.unitLine) {
                    line("    don-vi-bao-cao: true");
                }
                optional("    ", "kem-theo", a.attachedTo);
                optional("    ", "don-vi-tinh", a.measure);
                blocks("    ", "noi-dung", a.body);
            }
        }
    }

    private void blocks(String indent, String key, List<Draft.Block> blocks) {
        if (blocks.isEmpty()) {
            return;
        }
        line(indent + key + ":");
        blocks.forEach(b -> block(indent + "  ", b));
    }

    private void block(String in, Draft.Block b) {
        String more = in + "  ";
        switch (b) {
            case Draft.Text t -> {
                commentIf(in, t.comment());
                if (t.centered()) {
                    key(in + "- ", "doan", t.text());
                    line(more + "can: giua");
                } else {
                    line(in + "- " + q(t.text()));
                }
            }
            case Draft.Note n -> key(in + "- ", "ghi-chu", n.text());
            case Draft.Numbered n -> {
                key(in + "- ", n.kind, n.title.isEmpty() ? "<điền tên mục>" : n.title);
                optional(more, "id", n.id);
                blocks(more, "noi-dung", n.children);
                if (n.duty != null) {
                    optional(more, "chu-tri", n.duty.lead);
                    optional(more, "phoi-hop", n.duty.partners);
                    optional(more, "thoi-gian", n.duty.time);
                }
            }
            case Draft.Part p -> {
                key(in + "- ", "phan", p.title);
                if (p.subLevel == 2) {
                    line(more + "cap-con: 2");
                }
                blocks(more, "noi-dung", p.children);
            }
            case Draft.Points p -> {
                line(in + "- diem:");
                p.items().forEach(i -> item(more + "  ", i));
            }
            case Draft.Bullets bs -> {
                line(in + "- gach:");
                bs.items().forEach(i -> item(more + "  ", i));
                if (bs.mark().equals("*")) {
                    line(more + "dau: \"*\"");
                }
            }
            case Draft.Duty dd -> {
                line(in + "- trach-nhiem:");
                optional(more + "  ", "tu", dd.from);
                optional(more + "  ", "den", dd.to);
                optional(more + "  ", "chu-tri", dd.lead);
                optional(more + "  ", "phoi-hop", dd.partners);
                optional(more + "  ", "thoi-gian", dd.time);
            }
            case Draft.Table t -> table(in, t);
        }
    }

    private void item(String in, Draft.Item i) {
        if (i.children.isEmpty()) {
            line(in + "- " + q(i.text.isEmpty() ? "<điền>" : i.text));
            return;
        }
        key(in + "- ", "doan", i.text);
        if (i.children.size() == 1 && i.children.get(0) instanceof Draft.Bullets b && b.mark().equals("+")) {
            line(in + "  gach:");
            b.items().forEach(x -> item(in + "    ", x));
        } else {
            blocks(in + "  ", "noi-dung", i.children);
        }
    }

    private void table(String in, Draft.Table t) {
        commentIf(in, t.comment());
        line(in + "- bang:");
        String more = in + "    ";
        line(more + "cot:");
        t.columns().forEach(c -> column(more + "  ", c, true));
        line(more + "dong:");
        t.rows().forEach(r -> row(more + "  ", r));
    }

    private void row(String ri, Draft.Row r) {
        if (r.values().isEmpty() && r.spans().isEmpty() && r.children().isEmpty()) {
            line(ri + "- dong-trong: 1");
            return;
        }
        line(ri + "- gia-tri:" + (r.values().isEmpty() ? " {}" : ""));
        for (Map.Entry<String, Object> e : r.values().entrySet()) {
            String v = e.getValue() instanceof BigDecimal n ? n.toPlainString() : q((String) e.getValue());
            line(ri + "    " + e.getKey() + ": " + v);
        }
        if (r.spans().size() == 1) {
            line(ri + "  gop: [" + r.spans().get(0)[0] + ", " + r.spans().get(0)[1] + "]");
        } else if (r.spans().size() > 1) {
            StringBuilder g = new StringBuilder();
            for (String[] s : r.spans()) {
                g.append(g.isEmpty() ? "" : ", ").append('[').append(s[0]).append(", ").append(s[1]).append(']');
            }
            line(ri + "  gop: [" + g + "]");
        }
        if (!r.down().isEmpty()) {
            StringBuilder g = new StringBuilder();
            r.down().forEach((k, n) -> g.append(g.isEmpty() ? "" : ", ").append(k).append(": ").append(n));
            line(ri + "  gop-dong: {" + g + "}");
        }
        if (r.group()) {
            line(ri + "  loai: nhom");
        } else if (r.bold()) {
            line(ri + "  dam: true");
        }
        if (!r.children().isEmpty()) {
            line(ri + "  con:");
            r.children().forEach(c -> row(ri + "    ", c));
        }
    }

    /** A column; an untitled child only splits its parent, but a top-level column needs its (maybe empty) title. */
    private void column(String in, Draft.Column c, boolean top) {
        boolean first = true;
        String more = in + "  ";
        if (c.title() != null && (!c.title().isEmpty() || c.key() == null || top)) {
            line(in + "- ten: " + q(c.title()));
            first = false;
        }
        if (c.key() != null) {
            line((first ? in + "- " : more) + "ma: " + c.key());
            first = false;
            if (c.width() != 1) {
                double w = c.width();
                line(more + "rong: " + (w == Math.rint(w) ? String.valueOf((long) w) : String.valueOf(w)));
            }
            if (c.text()) {
                line(more + "kieu: chu");
            } else if (c.decimals() > 0) {
                line(more + "thap-phan: " + c.decimals());
            }
        }
        if (!c.children().isEmpty()) {
            line((first ? in + "- " : more) + "cot-con:");
            c.children().forEach(k -> column(more + "  ", k, false));
        }
    }

    private void strings(String indent, String key, List<String> values, String comment) {
        if (values.isEmpty()) {
            return;
        }
        commentIf(indent, comment);
        if (values.size() == 1) {
            key(indent, key, values.get(0));
        } else {
            line(indent + key + ":");
            values.forEach(v -> line(indent + "  - " + q(v)));
        }
    }

    private void optional(String indent, String key, String value) {
        if (value != null && !value.isEmpty()) {
            key(indent, key, value);
        }
    }

    private void key(String indent, String key, String value) {
        line(indent + key + ": " + q(value));
    }

    private void commentIf(String indent, String text) {
        if (text != null) {
            comment(indent, "nhập: " + text);
        }
    }

    private void comment(String indent, String text) {
        line(indent.replace("- ", "  ") + "# " + text.replace("\n", " "));
    }

    private void line(String s) {
        sb.append(s).append('\n');
    }

    /** A scalar: plain when YAML reads it back unchanged as text, else double-quoted. */
    static String q(String s) {
        boolean plain = PLAIN_START.matcher(s).matches() && !s.contains(": ") && !s.contains(" #")
                && !s.endsWith(":") && s.equals(s.strip()) && s.indexOf('\t') < 0 && s.indexOf('\n') < 0
                && !YAML_WORDS.matcher(s).matches() && !s.toLowerCase(Locale.ROOT).startsWith("<");
        if (plain) {
            return s;
        }
        StringBuilder t = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> t.append("\\\\");
                case '"' -> t.append("\\\"");
                case '\n' -> t.append("\\n");
                case '\t' -> t.append("\\t");
                default -> t.append(c);
            }
        }
        return t.append('"').toString();
    }
}
