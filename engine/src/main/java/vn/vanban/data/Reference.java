package vn.vanban.data;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to data in a clerk's text: {@code {{ten}}}, {@code {{ten|%}}}, {@code {{so-sanh ten}}},
 * {@code {{chenh-lech ten}}}, {@code {{ky-truoc ten}}}, {@code {{ky}}}, {@code {{ky-truoc}}}, {@code {{ky-sau}}}, {@code {{nam}}}. Nothing
 * else is evaluated; {@code \{{} writes "{{" literally.
 *
 * @param start offset of "{{" in the text; {@code source} is the reference as typed
 */
public record Reference(String op, String name, String format, int start, String source) {
    /** Operations a reference may start with. */
    public static final List<String> OPS = List.of("so-sanh", "chenh-lech", "ky-truoc");
    /** Names that are not figures. */
    public static final List<String> WORDS = List.of("ky", "ky-truoc", "ky-sau", "nam", "ngay", "ten-co-quan", "dia-danh");

    private static final Pattern REF = Pattern.compile("\\{\\{\\s*(?:([a-z0-9-]+)\\s+)?([a-z0-9-]+)\\s*(?:\\|\\s*(%)\\s*)?}}");

    /** A piece of text: literal, a reference, or a "{{" that is not a well-formed reference. */
    public sealed interface Piece permits Literal, Ref, Malformed {
    }

    public record Literal(String text) implements Piece {
    }

    public record Ref(Reference ref) implements Piece {
    }

    public record Malformed(int start, String source) implements Piece {
    }

    public static boolean mentions(String s) {
        return s.contains("{{");
    }

    public static List<Piece> split(String s) {
        List<Piece> out = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("\\{{", i)) {
                lit.append("{{");
                i += 3;
                continue;
            }
            if (s.startsWith("{{", i)) {
                Matcher m = REF.matcher(s).region(i, s.length());
                if (m.lookingAt()) {
                    flush(out, lit);
                    out.add(new Ref(new Reference(m.group(1), m.group(2), m.group(3), i, m.group())));
                    i = m.end();
                    continue;
                }
                int end = s.indexOf("}}", i);
                flush(out, lit);
                String src = end < 0 ? s.substring(i, Math.min(s.length(), i + 30)) : s.substring(i, end + 2);
                out.add(new Malformed(i, src));
                i += src.length();
                continue;
            }
            lit.append(s.charAt(i++));
        }
        flush(out, lit);
        return out;
    }

    private static void flush(List<Piece> out, StringBuilder lit) {
        if (!lit.isEmpty()) {
            out.add(new Literal(lit.toString()));
            lit.setLength(0);
        }
    }
}
