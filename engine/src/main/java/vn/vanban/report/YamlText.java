package vn.vanban.report;

import java.util.List;

/** Writes YAML by hand, so the skeleton keeps its comments and reads like a file a clerk wrote. */
final class YamlText {
    private final StringBuilder sb = new StringBuilder();

    YamlText comment(String indent, String text) {
        for (String l : text.split("\n")) {
            sb.append(indent).append(l.isEmpty() ? "#" : "# " + l).append('\n');
        }
        return this;
    }

    YamlText line(String s) {
        sb.append(s).append('\n');
        return this;
    }

    YamlText key(String indent, String key, String value) {
        sb.append(indent).append(key).append(": ").append(q(value)).append('\n');
        return this;
    }

    YamlText list(String indent, String key, List<String> values) {
        sb.append(indent).append(key).append(":\n");
        values.forEach(v -> sb.append(indent).append("  - ").append(q(v)).append('\n'));
        return this;
    }

    /**
     * A double-quoted scalar holding the text exactly: inline marks and "{{" escaped so a plan's
     * words never turn into bold, notes or figure references in the report.
     */
    static String q(String text) {
        return quoted(escapeMarks(text));
    }

    /** Clerk text with its bold, italic and superscript written back as marks; footnotes are left out. */
    static String q(vn.vanban.content.RichText text) {
        StringBuilder t = new StringBuilder();
        for (vn.vanban.content.RichText.Part p : text.parts()) {
            if (p instanceof vn.vanban.content.RichText.Text x) {
                String open = (x.bold() ? "**" : "") + (x.italic() ? "*" : "") + (x.superscript() ? "^" : "");
                String close = new StringBuilder(open).reverse().toString();
                t.append(open).append(escapeMarks(x.text())).append(close);
            }
        }
        return quoted(t.toString());
    }

    private static String escapeMarks(String text) {
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("*^[\\".indexOf(c) >= 0 || c == '{' && text.startsWith("{{", i)) {
                t.append('\\');
            }
            t.append(c);
        }
        return t.toString();
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
