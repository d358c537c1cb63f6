package vn.vanban.content;

import vn.vanban.format.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text typed by a clerk, after its inline marks ({@code **bold**}, {@code *italic*}, {@code ^sup^},
 * {@code [^note]}) were read. Templates print it as layout markup; it is never evaluated.
 */
public record RichText(List<Part> parts) {
    /** Trailing spaces and {@code . ; ,}; compiled once, since every duty's time is trimmed. */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.;,]+$");

    public RichText {
        parts = List.copyOf(parts);
    }

    public sealed interface Part permits Text, Note, Ref {
    }

    /**
     * A cross-reference ({@code [#id]}, {@code [#a, b, c]}) to numbered things of the document. Its words
     * ("mục 2.3", "các chỉ tiêu 1, 2, 8") depend on numbers known only once the whole document is read,
     * so they are supplied then; nothing reads them before the read is over.
     */
    public record Ref(List<String> ids, java.util.function.Supplier<String> words, boolean bold, boolean italic)
            implements Part {
        public Ref {
            ids = List.copyOf(ids);
        }

        public String text() {
            return words.get();
        }
    }

    public record Text(String text, boolean bold, boolean italic, boolean superscript) implements Part {
    }

    /** A footnote, with its text already looked up. */
    public record Note(String id, RichText text) implements Part {
    }

    public static RichText plain(String s) {
        return new RichText(s.isEmpty() ? List.of() : List.of(new Text(s, false, false, false)));
    }

    public static final RichText EMPTY = new RichText(List.of());

    /** Visible text without footnotes. */
    public String plain() {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Text t) {
                sb.append(t.text());
            } else if (p instanceof Ref r) {
                sb.append(r.text());
            }
        }
        return sb.toString();
    }

    public boolean isEmpty() {
        return plain().isBlank() && parts.stream().noneMatch(p -> p instanceof Note);
    }

    /** Upper-cased copy (ND30 level-1 titles, signer titles). */
    public RichText upper() {
        return map(s -> s.toUpperCase(Locale.forLanguageTag("vi")));
    }

    /**
     * Upper-cased except a trailing parenthesised note, which keeps its case: a top-level heading
     * "Tổ chức thực hiện (có phụ lục kèm theo)" prints "TỔ CHỨC THỰC HIỆN (có phụ lục kèm theo)".
     */
    public RichText upperExceptNote() {
        String plain = plain().stripTrailing();
        if (!plain.endsWith(")") || plain.indexOf('(') <= 0) {
            return upper();
        }
        int open = plain.lastIndexOf('(');
        // Split the parts at the note's start: characters before it upper-cased, the rest as typed.
        List<Part> ps = new ArrayList<>();
        int at = 0;
        for (Part p : parts) {
            if (p instanceof Text t) {
                int start = at;
                int end = at + t.text().length();
                String before = t.text().substring(0, Math.max(0, Math.min(t.text().length(), open - start)));
                String after = t.text().substring(before.length());
                String up = before.toUpperCase(Locale.forLanguageTag("vi")) + after;
                ps.add(new Text(up, t.bold(), t.italic(), t.superscript()));
                at = end;
            } else if (p instanceof Ref r) {
                int start = at;
                at += r.text().length();
                ps.add(start < open ? new Ref(r.ids(), () -> r.text().toUpperCase(Locale.forLanguageTag("vi")), r.bold(),
                        r.italic()) : r);
            } else {
                ps.add(p);
            }
        }
        return new RichText(ps);
    }

    public RichText append(String s) {
        List<Part> ps = new ArrayList<>(parts);
        ps.add(new Text(s, false, false, false));
        return new RichText(ps);
    }

    /** The same text without trailing punctuation {@code . ; ,} and spaces, so a template can add its own. */
    public RichText trimEnd() {
        List<Part> ps = new ArrayList<>(parts);
        while (!ps.isEmpty() && ps.get(ps.size() - 1) instanceof Text t) {
            String s = TRAILING_PUNCTUATION.matcher(t.text()).replaceAll("");
            if (s.isEmpty()) {
                ps.remove(ps.size() - 1);
            } else {
                ps.set(ps.size() - 1, new Text(s, t.bold(), t.italic(), t.superscript()));
                break;
            }
        }
        return new RichText(ps);
    }

    /** Ends with the given suffix (ignoring trailing spaces). */
    public boolean endsWith(String suffix) {
        return plain().stripTrailing().endsWith(suffix);
    }

    public static RichText join(List<RichText> items, String separator) {
        List<Part> ps = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                ps.add(new Text(separator, false, false, false));
            }
            ps.addAll(items.get(i).parts());
        }
        return new RichText(ps);
    }

    private RichText map(java.util.function.UnaryOperator<String> f) {
        List<Part> ps = new ArrayList<>();
        for (Part p : parts) {
            ps.add(p instanceof Text t ? new Text(f.apply(t.text()), t.bold(), t.italic(), t.superscript())
                    : p instanceof Ref r ? new Ref(r.ids(), () -> f.apply(r.text()), r.bold(), r.italic()) : p);
        }
        return new RichText(ps);
    }

    @Override
    public String toString() {
        return plain();
    }
}
