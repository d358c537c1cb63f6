package vn.vanban.content.table;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.vanban.diag.Diagnostics;
import vn.vanban.load.YNode;
import vn.vanban.load.YNode.YScalar;
import vn.vanban.load.YNode.YSeq;

/** Small typed reads of YAML values for the table reader, each reporting its own slip. */
final class Nodes {
    // Compiled once: every column of every table is read through these.
    private static final Pattern UP_TO_4_DIGITS = Pattern.compile("\\d{1,4}");
    private static final Pattern UP_TO_9_DIGITS = Pattern.compile("\\d{1,9}");
    private static final Pattern WIDTH = Pattern.compile("\\d{1,3}(\\.\\d{1,3})?");

    private final Diagnostics diags;

    Nodes(Diagnostics diags) {
        this.diags = diags;
    }

    Diagnostics diags() {
        return diags;
    }

    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\n\\s*");

    /** Text of a scalar (null for an empty value); a list or mapping is reported. */
    String text(YNode n, String key) {
        if (n == null) {
            return null;
        }
        if (n instanceof YScalar s) {
            if (s.isNull()) {
                return null;
            }
            // Every cell of every table comes here: the regular expression only when there is a line break.
            String v = s.value().strip();
            return v.indexOf('\n') < 0 ? v : LINE_BREAK.matcher(v).replaceAll(" ");
        }
        if (n instanceof YNode.YMap m && m.entries().size() == 1) {
            diags.error(n.loc(), "value.colon", key, m.entries().keySet().iterator().next());
        } else {
            diags.error(n.loc(), "value.scalar", key, n.kindKey(), key + ": ...");
        }
        return null;
    }

    List<YNode> list(YNode n, String key) {
        if (n == null || n instanceof YScalar s && s.isNull()) {
            return List.of();
        }
        if (n instanceof YSeq s) {
            return s.items();
        }
        diags.error(n.loc(), "value.list", key, n.kindKey());
        return List.of();
    }

    /** A whole number from {@code min} up; reported and {@code dflt} otherwise. */
    int integer(YNode n, String key, int min, int dflt) {
        String v = text(n, key);
        if (v == null) {
            return dflt;
        }
        if (UP_TO_4_DIGITS.matcher(v).matches() && Integer.parseInt(v) >= min) {
            return Integer.parseInt(v);
        }
        diags.error(n.loc(), "bang.so-nguyen", key, v, min);
        return dflt;
    }

    /** A whole number from {@code min} to {@code max}, the range stated in the message; else {@code dflt}. */
    int integer(YNode n, String key, int min, int max, int dflt) {
        String v = text(n, key);
        if (v == null) {
            return dflt;
        }
        if (UP_TO_9_DIGITS.matcher(v).matches() && Integer.parseInt(v) >= min && Integer.parseInt(v) <= max) {
            return Integer.parseInt(v);
        }
        diags.error(n.loc(), "bang.so-nguyen.khoang", key, v, min, max);
        return dflt;
    }

    /** A positive number up to {@code max} (a width); reported and {@code dflt} otherwise. */
    double positive(YNode n, String key, int max, double dflt) {
        String v = text(n, key);
        if (v == null) {
            return dflt;
        }
        if (WIDTH.matcher(v).matches() && Double.parseDouble(v) > 0 && Double.parseDouble(v) <= max) {
            return Double.parseDouble(v);
        }
        diags.error(n.loc(), "bang.rong", v, max);
        return dflt;
    }

    boolean bool(YNode n, String key) {
        String v = text(n, key);
        if (v == null) {
            return false;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "co", "có", "yes" -> true;
            case "false", "khong", "không", "no" -> false;
            default -> {
                diags.error(n.loc(), "value.bool", key, v);
                yield false;
            }
        };
    }

    /** One of the allowed words, or null (reported) when something else. */
    String oneOf(YNode n, String key, List<String> allowed) {
        String v = text(n, key);
        if (v == null) {
            return null;
        }
        if (!allowed.contains(v)) {
            diags.error(n.loc(), "value.one-of", key, v, String.join(", ", allowed));
            return null;
        }
        return v;
    }
}
