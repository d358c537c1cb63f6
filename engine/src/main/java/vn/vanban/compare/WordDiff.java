package vn.vanban.compare;

import java.util.ArrayList;
import java.util.List;

import vn.vanban.layout.Inline;
import vn.vanban.layout.Revisions;
import vn.vanban.layout.Revisions.Change;

/**
 * Compares two runs of inlines word by word (longest common subsequence on words, spaces and
 * footnote marks) and gives one run that holds both: common words as in the new text, removed words
 * marked deleted, added words marked inserted, words whose only change is bold/italic marked as a
 * formatting change. A footnote present in both is compared inside.
 */
final class WordDiff {
    private final Revisions.Builder marks;

    WordDiff(Revisions.Builder marks) {
        this.marks = marks;
    }

    /** A word, a run of spaces, a line break or a footnote mark, with the formatting it had. */
    record Token(String key, String text, boolean bold, boolean italic, boolean superscript, Inline source) {
        boolean sameFormat(Token o) {
            return bold == o.bold && italic == o.italic && superscript == o.superscript;
        }
    }

    static final String NOTE_KEY = "\u0000note";
    static final String BREAK_KEY = "\n";

    static List<Token> tokens(List<Inline> inlines) {
        List<Token> out = new ArrayList<>();
        for (Inline i : inlines) {
            switch (i) {
                case Inline.Span s -> {
                    String t = s.text();
                    int start = 0;
                    while (start < t.length()) {
                        boolean space = Character.isWhitespace(t.charAt(start));
                        int end = start + 1;
                        while (end < t.length() && Character.isWhitespace(t.charAt(end)) == space) {
                            end++;
                        }
                        String w = t.substring(start, end);
                        out.add(new Token(w, w, s.bold(), s.italic(), s.superscript(), s));
                        start = end;
                    }
                }
                case Inline.FootnoteRef f -> out.add(new Token(NOTE_KEY, "", false, false, false, f));
                case Inline.LineBreak b -> out.add(new Token(BREAK_KEY, "", false, false, false, b));
            }
        }
        return out;
    }

    /** The words of a text, spaces left out: what similarity and keys are measured on. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.trim().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Share of words in common, 0..1 (Dice coefficient over the longest common subsequence). */
    static double similarity(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = Lcs.common(a, b);
        return 2.0 * common / (a.size() + b.size());
    }

    /** The two runs merged into one with revision marks; {@code newer} itself when they are equal. */
    List<Inline> diff(List<Inline> older, List<Inline> newer) {
        if (older.equals(newer)) {
            return newer;
        }
        List<Token> a = tokens(older);
        List<Token> b = tokens(newer);
        List<Lcs.Op> ops = readable(Lcs.script(a.stream().map(Token::key).toList(),
                b.stream().map(Token::key).toList()), a);
        Runs runs = new Runs();
        for (Lcs.Op op : ops) {
            switch (op.type()) {
                case EQUAL -> {
                    Token ta = a.get(op.oldIndex());
                    Token tb = b.get(op.newIndex());
                    if (tb.source() instanceof Inline.FootnoteRef nf && ta.source() instanceof Inline.FootnoteRef of) {
                        List<Inline> note = diff(of.note(), nf.note());
                        runs.add(note == nf.note() ? nf : new Inline.FootnoteRef(note), null);
                    } else if (tb.source() instanceof Inline.LineBreak) {
                        runs.add(new Inline.LineBreak(), null);
                    } else if (ta.sameFormat(tb)) {
                        runs.text(tb, null);
                    } else if (ta.superscript() != tb.superscript()) {
                        runs.text(ta, Change.DELETED);
                        runs.text(tb, Change.INSERTED);
                    } else {
                        runs.text(tb, Change.formatted(ta.bold(), ta.italic()));
                    }
                }
                case DELETE -> runs.token(a.get(op.oldIndex()), Change.DELETED);
                case INSERT -> runs.token(b.get(op.newIndex()), Change.INSERTED);
            }
        }
        return runs.finish();
    }

    /**
     * A space kept between two changes is taken into them, so "kịp thời" → "nhanh chóng" reads as one
     * deletion and one insertion rather than two interleaved pairs; each run of changes then shows
     * its deletions before its insertions.
     */
    private static List<Lcs.Op> readable(List<Lcs.Op> ops, List<Token> a) {
        List<Lcs.Op> spread = new ArrayList<>(ops.size() + 8);
        for (int i = 0; i < ops.size(); i++) {
            Lcs.Op op = ops.get(i);
            if (op.type() == Lcs.Type.EQUAL && i > 0 && i + 1 < ops.size()
                    && ops.get(i - 1).type() != Lcs.Type.EQUAL && ops.get(i + 1).type() != Lcs.Type.EQUAL
                    && a.get(op.oldIndex()).text().isBlank() && !a.get(op.oldIndex()).text().isEmpty()) {
                spread.add(new Lcs.Op(Lcs.Type.DELETE, op.oldIndex(), -1));
                spread.add(new Lcs.Op(Lcs.Type.INSERT, -1, op.newIndex()));
            } else {
                spread.add(op);
            }
        }
        List<Lcs.Op> out = new ArrayList<>(spread.size());
        List<Lcs.Op> ins = new ArrayList<>();
        for (Lcs.Op op : spread) {
            switch (op.type()) {
                case DELETE -> out.add(op);
                case INSERT -> ins.add(op);
                case EQUAL -> {
                    out.addAll(ins);
                    ins.clear();
                    out.add(op);
                }
            }
        }
        out.addAll(ins);
        return out;
    }

    /** Joins neighbouring words of one formatting and one mark into one span. */
    private final class Runs {
        private final List<Inline> out = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private Token style;
        private Change change;

        void token(Token t, Change c) {
            if (t.source() instanceof Inline.FootnoteRef f) {
                add(new Inline.FootnoteRef(f.note()), c);
            } else if (t.source() instanceof Inline.LineBreak) {
                add(new Inline.LineBreak(), c);
            } else {
                text(t, c);
            }
        }

        void text(Token t, Change c) {
            if (style != null && !(style.sameFormat(t) && java.util.Objects.equals(change, c))) {
                flush();
            }
            if (style == null) {
                style = t;
                change = c;
            }
            text.append(t.text());
        }

        void add(Inline inline, Change c) {
            flush();
            out.add(marks.mark(inline, c));
        }

        private void flush() {
            if (style != null) {
                out.add(marks.mark(new Inline.Span(text.toString(), style.bold(), style.italic(), style.superscript()),
                        change));
                text.setLength(0);
                style = null;
                change = null;
            }
        }

        List<Inline> finish() {
            flush();
            return out;
        }
    }
}
