package vn.vanban.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.error.Mark;

import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Loc;

/**
 * Characters a clerk cannot see, in the values of one content file. Word, LibreOffice and the PDF writer
 * treat them differently (a right-to-left override reverses "1000" into "0001" in Word but not in the PDF; a
 * soft hyphen prints as "-" in the PDF; a zero-width joiner is drawn as a mark), so they never reach the
 * writers:
 * <ul>
 * <li>those that change what a reader sees in Word — right-to-left marks, embeddings, overrides and
 *     isolates — are errors: removing them would print something else than the clerk's own editor shows;</li>
 * <li>control characters (U+0000–U+001F but tab and line ends, U+007F–U+009F), usually an escape such as
 *     {@code "\x0B"} written by a YAML library from Excel data, are errors: no document format can hold them;</li>
 * <li>every other invisible format character — zero-width space, joiner and non-joiner, word joiner, a BOM
 *     inside the text, left-to-right marks and embeddings (no effect in a Vietnamese text), the soft hyphen —
 *     is removed with a warning. The soft hyphen is a hyphenation point, but the two writers cannot break a
 *     line at it the same way (Word would, the PDF line breaker does not), so it is removed too.</li>
 * </ul>
 * Each code point is reported once per file, at its first place, with the number of places.
 */
final class Invisibles {
    /** What becomes of a character. */
    enum Fate { KEEP, REMOVE, REFUSE_BIDI, REFUSE_CONTROL }

    private final Path file;
    private final String text;
    private int[] codePoints;
    /** Per code point, in order of first appearance: where first, how many. */
    private final Map<Integer, Seen> seen = new LinkedHashMap<>();

    private static final class Seen {
        final Loc first;
        int count;

        Seen(Loc first) {
            this.first = first;
        }
    }

    Invisibles(Path file, String text) {
        this.file = file;
        this.text = text;
    }

    static Fate fate(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return Fate.KEEP;
        }
        if (Character.getType(cp) == Character.CONTROL) {
            return Fate.REFUSE_CONTROL;
        }
        switch (cp) {
            case 0x200F, 0x061C, 0x202B, 0x202E, 0x2067 -> {
                return Fate.REFUSE_BIDI;
            }
            case 0x2028, 0x2029 -> {
                // Line and paragraph separators: a line break in Word, nothing in the PDF.
                return Fate.REFUSE_CONTROL;
            }
            default -> {
                return Character.getType(cp) == Character.FORMAT ? Fate.REMOVE : Fate.KEEP;
            }
        }
    }

    /** Quick test before any work: almost every value has none of these. */
    private static boolean clean(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x20 || c >= 0x7F && c <= 0xAD || c >= 0x0600 && c <= 0x070F || c == 0x180E || c == 0x08E2
                    || c >= 0x200B && c <= 0x206F || c >= 0xD800 && c <= 0xDFFF || c >= 0xFEFF) {
                return false;
            }
        }
        return true;
    }

    /**
     * The value with removable characters taken out; every invisible character is noted against the place
     * of the node ({@code start}..{@code end}) it came from.
     */
    String check(String value, Mark start, Mark end) {
        if (clean(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            Fate f = fate(cp);
            if (f == Fate.KEEP) {
                out.appendCodePoint(cp);
                continue;
            }
            Seen s = seen.get(cp);
            if (s == null) {
                seen.put(cp, s = new Seen(locate(cp, start, end)));
            }
            s.count++;
            if (f != Fate.REMOVE) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** Errors for refused characters (empty when none); warnings for removed ones go to {@code diags}. */
    List<Diagnostic> report(Diagnostics diags) {
        List<Diagnostic> errors = new ArrayList<>();
        seen.forEach((cp, s) -> {
            String code = String.format(Locale.ROOT, "U+%04X", cp);
            switch (fate(cp)) {
                case REFUSE_BIDI -> errors.add(Diagnostic.error(s.first, "text.bidi", code, s.count));
                case REFUSE_CONTROL -> errors.add(Diagnostic.error(s.first, "text.control", code, s.count,
                        escapeOf(cp)));
                case REMOVE -> diags.warning(s.first, cp == 0xAD ? "text.soft-hyphen" : "text.invisible",
                        code, s.count, kindOf(cp));
                default -> {
                }
            }
        });
        return errors;
    }

    /** The message key naming a removable character's kind. */
    private static String kindOf(int cp) {
        return switch (cp) {
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF -> "kind.zero-width";
            case 0x200E, 0x202A, 0x202C, 0x202D, 0x2066, 0x2068, 0x2069 -> "kind.bidi";
            default -> "kind.format";
        };
    }

    /** How a YAML library writes the character, as a clerk may find it in the file. */
    private static String escapeOf(int cp) {
        return cp <= 0xFF ? String.format(Locale.ROOT, "\\x%02X", cp) : String.format(Locale.ROOT, "\\u%04X", cp);
    }

    /**
     * Where the character is in the file: the character itself between the node's start and end, else the
     * escape that wrote it in a double-quoted value ({@code "\x0B"}, {@code "\u202E"}), else the node's start.
     */
    private Loc locate(int cp, Mark start, Mark end) {
        if (start == null) {
            return Loc.of(file);
        }
        if (codePoints == null) {
            codePoints = text.codePoints().toArray();
        }
        int from = Math.max(0, Math.min(start.getIndex(), codePoints.length));
        int to = end == null ? codePoints.length : Math.max(from, Math.min(end.getIndex(), codePoints.length));
        int at = -1;
        for (int i = from; i < to && at < 0; i++) {
            if (codePoints[i] == cp) {
                at = i;
            }
        }
        for (int i = from; i < to && at < 0; i++) {
            if (codePoints[i] == '\\' && escapeValue(i) == cp) {
                at = i;
            }
        }
        if (at < 0) {
            return new Loc(file, start.getLine() + 1, start.getColumn() + 1);
        }
        int line = start.getLine() + 1;
        int col = start.getColumn() + 1;
        for (int i = from; i < at; i++) {
            if (codePoints[i] == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new Loc(file, line, col);
    }

    /** The character a YAML escape starting at {@code i} (a backslash) stands for; -1 if none. */
    private int escapeValue(int i) {
        if (i + 1 >= codePoints.length) {
            return -1;
        }
        int c = codePoints[i + 1];
        int digits = switch (c) {
            case 'x' -> 2;
            case 'u' -> 4;
            case 'U' -> 8;
            default -> 0;
        };
        if (digits == 0) {
            return switch (c) {
                case '0' -> 0;
                case 'a' -> 7;
                case 'b' -> 8;
                case 'v' -> 0x0B;
                case 'f' -> 0x0C;
                case 'e' -> 0x1B;
                case 'N' -> 0x85;
                case 'L' -> 0x2028;
                case 'P' -> 0x2029;
                default -> -1;
            };
        }
        int v = 0;
        for (int k = 0; k < digits; k++) {
            int idx = i + 2 + k;
            if (idx >= codePoints.length) {
                return -1;
            }
            int d = Character.digit(codePoints[idx], 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }
}
