package vn.vanban.importer;

/**
 * The inline marks of the content format (docs/noi-dung.md §2): source text is escaped so that a
 * "*" or "[" in a plan prints as itself, and marks added by the readers are removed for matching.
 */
public final class Marks {
    private Marks() {
    }

    /** Source text as content markup that prints exactly this text. */
    public static String escape(String text) {
        StringBuilder t = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '^' || c == '[' || c == '\\' || c == '{' && text.startsWith("{{", i)) {
                t.append('\\');
            }
            t.append(c);
        }
        return t.toString();
    }

    /** What markup prints, without footnote references: for recognising and measuring. */
    public static String plain(String markup) {
        StringBuilder t = new StringBuilder(markup.length());
        for (int i = 0; i < markup.length(); i++) {
            char c = markup.charAt(i);
            if (c == '\\' && i + 1 < markup.length()) {
                t.append(markup.charAt(++i));
            } else if (c == '[' && markup.startsWith("[^", i) && markup.indexOf(']', i) > 0) {
                i = markup.indexOf(']', i);
            } else if (c != '*' && c != '^') {
                t.append(c);
            }
        }
        return t.toString();
    }

    /**
     * Plain text typed with markdown-like marks (text copied from a web page, a chat, a converter):
     * balanced {@code **bold**} and {@code *italic*} stay marks, everything else is escaped.
     */
    public static String fromMarkdown(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            String mark = text.startsWith("**", i) ? "**" : text.charAt(i) == '*' ? "*" : null;
            if (mark != null) {
                int end = text.indexOf(mark, i + mark.length());
                // "*" alone must not close on the first half of a "**".
                if (end > i + mark.length() && !(mark.equals("*") && text.startsWith("**", end))
                        && !Character.isWhitespace(text.charAt(i + mark.length()))
                        && !Character.isWhitespace(text.charAt(end - 1))) {
                    String inner = text.substring(i + mark.length(), end);
                    if (!inner.contains("*")) {
                        out.append(mark).append(escape(inner)).append(mark);
                        i = end + mark.length();
                        continue;
                    }
                }
                out.append("\\*");
                i++;
                continue;
            }
            int next = text.indexOf('*', i);
            if (next < 0) {
                next = text.length();
            }
            out.append(escape(text.substring(i, next)));
            i = next;
        }
        return out.toString();
    }

    /** Collapses white space (no-break spaces too) to single spaces. */
    public static String squash(String s) {
        StringBuilder t = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                space = t.length() > 0;
            } else {
                if (space) {
                    t.append(' ');
                    space = false;
                }
                t.append(c);
            }
        }
        return t.toString();
    }
}
