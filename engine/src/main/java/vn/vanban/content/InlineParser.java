package vn.vanban.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the few inline marks a clerk may type: {@code **bold**}, {@code *italic*}, {@code ^sup^},
 * {@code [^id]} for a footnote, {@code [#id]} or {@code [#a, b]} for a cross-reference, and backslash to escape any of them. Anything else is literal text,
 * including {@code ${...}} or {@code <#...>}: content is data, never a template.
 */
public final class InlineParser {
    private final Map<String, RichText> notes;
    private final Function<List<String>, Supplier<String>> refs;

    public InlineParser(Map<String, RichText> notes) {
        this(notes, null);
    }

    /**
     * @param refs the words of a cross-reference {@code [#id, ...]} to the given ids, supplied once the
     *             document is read; null to leave {@code [#...]} as typed
     */
    public InlineParser(Map<String, RichText> notes, Function<List<String>, Supplier<String>> refs) {
        this.notes = notes;
        this.refs = refs;
    }

    /**
     * @param onUnknownNote called with the id of a footnote that {@code chu-thich} does not define
     * @param onUnclosed    called with the mark left open ({@code **}, {@code *}, {@code ^})
     */
    public RichText parse(String s, Consumer<String> onUnknownNote, Consumer<String> onUnclosed) {
        List<RichText.Part> parts = new ArrayList<>();
        StringBuilder buf = new StringBuilder();
        boolean bold = false;
        boolean italic = false;
        boolean sup = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && "*^[\\".indexOf(s.charAt(i + 1)) >= 0) {
                buf.append(s.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '*' && s.startsWith("**", i)) {
                flush(parts, buf, bold, italic, sup);
                bold = !bold;
                i += 2;
                continue;
            }
            if (c == '*' && isItalicMark(s, i, italic)) {
                flush(parts, buf, bold, italic, sup);
                italic = !italic;
                i++;
                continue;
            }
            if (c == '^') {
                flush(parts, buf, bold, italic, sup);
                sup = !sup;
                i++;
                continue;
            }
            if (c == '[' && refs != null && s.startsWith("[#", i)) {
                int end = s.indexOf(']', i);
                if (end > i + 2) {
                    List<String> ids = java.util.Arrays.stream(s.substring(i + 2, end).split("[,;]"))
                            .map(String::strip).filter(x -> !x.isEmpty()).toList();
                    // Only ids, so FreeMarker's "[#assign x=1]" and other bracketed text stay literal.
                    if (!ids.isEmpty() && ids.stream().allMatch(x -> x.matches("[\\p{L}\\p{N}_.-]+"))) {
                        flush(parts, buf, bold, italic, sup);
                        parts.add(new RichText.Ref(ids, refs.apply(ids), bold, italic));
                        i = end + 1;
                        continue;
                    }
                }
            }
            if (c == '[' && s.startsWith("[^", i)) {
                int end = s.indexOf(']', i);
                if (end > i + 2) {
                    String id = s.substring(i + 2, end).trim();
                    flush(parts, buf, bold, italic, sup);
                    RichText note = notes.get(id);
                    if (note == null) {
                        onUnknownNote.accept(id);
                    } else {
                        parts.add(new RichText.Note(id, note));
                    }
                    i = end + 1;
                    continue;
                }
            }
            buf.append(c);
            i++;
        }
        flush(parts, buf, bold, italic, sup);
        if (bold) {
            onUnclosed.accept("**");
        }
        if (italic) {
            onUnclosed.accept("*");
        }
        if (sup) {
            onUnclosed.accept("^");
        }
        return new RichText(parts);
    }

    /**
     * A single star opens italics only before a non-space and closes only after one, so
     * "5 * 3" or a lone "*" bullet stays literal.
     */
    private static boolean isItalicMark(String s, int i, boolean open) {
        if (open) {
            return i > 0 && !Character.isWhitespace(s.charAt(i - 1));
        }
        return i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1)) && s.indexOf('*', i + 1) > i + 1;
    }

    private static void flush(List<RichText.Part> parts, StringBuilder buf, boolean b, boolean it, boolean sup) {
        if (!buf.isEmpty()) {
            parts.add(new RichText.Text(buf.toString(), b, it, sup));
            buf.setLength(0);
        }
    }
}
