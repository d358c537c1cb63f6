package vn.vanban.json;

import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers, booleans and null as JSON with two-space indentation and a
 * final newline. Map order is kept, so the same input always gives the same bytes; non-ASCII text
 * stays as it is (UTF-8) so the schema remains readable in Vietnamese. Used for the JSON Schema and
 * the benchmark report.
 */
public final class JsonWriter {
    private JsonWriter() {
    }

    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        value(sb, value, 0);
        return sb.append('\n').toString();
    }

    private static void value(StringBuilder sb, Object v, int depth) {
        switch (v) {
            case null -> sb.append("null");
            case CharSequence s -> string(sb, s.toString());
            case Boolean b -> sb.append(b);
            case Double d -> sb.append(d.isNaN() || d.isInfinite() ? "null" : number(d));
            case Float f -> value(sb, f.doubleValue(), depth);
            case Number n -> sb.append(n);
            case Map<?, ?> m -> object(sb, m, depth);
            case List<?> l -> array(sb, l, depth);
            default -> throw new IllegalArgumentException("not JSON: " + v.getClass());
        }
    }

    private static void object(StringBuilder sb, Map<?, ?> m, int depth) {
        if (m.isEmpty()) {
            sb.append("{}");
            return;
        }
        sb.append('{');
        String sep = "\n";
        for (Map.Entry<?, ?> e : m.entrySet()) {
            sb.append(sep);
            indent(sb, depth + 1);
            string(sb, String.valueOf(e.getKey()));
            sb.append(": ");
            value(sb, e.getValue(), depth + 1);
            sep = ",\n";
        }
        sb.append('\n');
        indent(sb, depth);
        sb.append('}');
    }

    private static void array(StringBuilder sb, List<?> l, int depth) {
        if (l.isEmpty()) {
            sb.append("[]");
            return;
        }
        sb.append('[');
        String sep = "\n";
        for (Object o : l) {
            sb.append(sep);
            indent(sb, depth + 1);
            value(sb, o, depth + 1);
            sep = ",\n";
        }
        sb.append('\n');
        indent(sb, depth);
        sb.append(']');
    }

    /** Whole numbers without ".0"; JSON has no NaN or infinity, so those are written as null above. */
    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static void indent(StringBuilder sb, int depth) {
        sb.append("  ".repeat(depth));
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
