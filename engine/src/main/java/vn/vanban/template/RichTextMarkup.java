package vn.vanban.template;

import vn.vanban.content.RichText;

/** Clerk text → layout markup ({@code <b>}, {@code <i>}, {@code <sup>}, {@code <fn>}), escaping every character. */
final class RichTextMarkup {
    private RichTextMarkup() {
    }

    static String toMarkup(RichText rt) {
        StringBuilder sb = new StringBuilder();
        append(sb, rt);
        return sb.toString();
    }

    private static void append(StringBuilder sb, RichText rt) {
        for (RichText.Part p : rt.parts()) {
            switch (p) {
                case RichText.Text t -> {
                    if (t.bold()) {
                        sb.append("<b>");
                    }
                    if (t.italic()) {
                        sb.append("<i>");
                    }
                    if (t.superscript()) {
                        sb.append("<sup>");
                    }
                    escape(sb, t.text());
                    if (t.superscript()) {
                        sb.append("</sup>");
                    }
                    if (t.italic()) {
                        sb.append("</i>");
                    }
                    if (t.bold()) {
                        sb.append("</b>");
                    }
                }
                case RichText.Ref r -> {
                    sb.append(r.bold() ? "<b>" : "").append(r.italic() ? "<i>" : "");
                    escape(sb, r.text());
                    sb.append(r.italic() ? "</i>" : "").append(r.bold() ? "</b>" : "");
                }
                case RichText.Note n -> {
                    sb.append("<fn>");
                    append(sb, n.text());
                    sb.append("</fn>");
                }
            }
        }
    }

    static void escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                // A control character is kept: the loader refuses those in YAML, so one here came from a data
                // file (a spreadsheet cell), and the markup reader's refusal is reported against the content
                // file (render.Engine) instead of printing a space where the clerk's data had something else.
                default -> sb.append(c);
            }
        }
    }
}
