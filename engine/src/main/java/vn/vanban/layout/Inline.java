package vn.vanban.layout;

import java.util.List;

/** A piece of text inside a line or paragraph. */
public sealed interface Inline permits Inline.Span, Inline.FootnoteRef, Inline.LineBreak {

    /** Plain text with character formatting. */
    record Span(String text, boolean bold, boolean italic, boolean superscript) implements Inline {
        public static Span plain(String text) {
            return new Span(text, false, false, false);
        }
    }

    /** A footnote: the writer numbers it in order of appearance and places the note. */
    record FootnoteRef(List<Inline> note) implements Inline {
        public FootnoteRef {
            note = List.copyOf(note);
        }
    }

    /** A forced line break inside one paragraph. */
    record LineBreak() implements Inline {
    }

    /** The visible text of inlines, footnotes left out, line breaks as "\n". */
    static String plainText(List<? extends Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : inlines) {
            switch (i) {
                case Span s -> sb.append(s.text());
                case LineBreak b -> sb.append('\n');
                case FootnoteRef f -> { }
            }
        }
        return sb.toString();
    }
}
