package vn.vanban.layout.text;

import java.util.ArrayList;
import java.util.List;

import vn.vanban.layout.Inline;
import vn.vanban.layout.Revisions;

/**
 * Turns inlines into tokens: words measured in their fonts, gaps at spaces and after hyphens, forced
 * breaks. Footnote references become superscript numbers attached to the preceding word.
 */
final class Tokenizer {
    private final TextMetrics measurer;
    private final Revisions revisions;

    Tokenizer(TextMetrics measurer, Revisions revisions) {
        this.measurer = measurer;
        this.revisions = revisions;
    }

    /** The redline mark of an inline, else its paragraph's. */
    private Revisions.Kind change(Inline inline, RunStyle base) {
        Revisions.Change c = revisions.of(inline);
        return c != null ? c.kind() : base.change();
    }

    List<Token> tokenize(List<Inline> inlines, RunStyle base, FootnoteSink notes) {
        return feed(new Builder(false), inlines, base, notes).finish();
    }

    /**
     * The width of the widest word {@link #tokenize} would make, without making the tokens: the table
     * checks ask this of every cell, and the gaps' measuring and the tokens were half the work.
     */
    double widestWord(List<Inline> inlines, RunStyle base, FootnoteSink notes) {
        Builder b = feed(new Builder(true), inlines, base, notes);
        b.finish();
        return b.widest;
    }

    private Builder feed(Builder b, List<Inline> inlines, RunStyle base, FootnoteSink notes) {
        for (Inline inline : inlines) {
            switch (inline) {
                case Inline.Span s -> {
                    RunStyle st = RunStyle.of(base.bold() || s.bold(), base.italic() || s.italic(), base.size())
                            .withChange(change(s, base));
                    b.text(s.text(), s.superscript() ? st.superscript(measurer.ascent(st)) : st);
                }
                case Inline.LineBreak lb -> b.lineBreak();
                case Inline.FootnoteRef f -> {
                    int n = notes.add(f);
                    b.piece(Integer.toString(n), base.superscript(measurer.ascent(base)).withChange(change(f, base)), n);
                }
            }
        }
        return b;
    }

    private final class Builder {
        /** Only {@link #widest} is wanted: words are measured, no token is kept. */
        private final boolean widestOnly;
        private double widest;
        private final List<Token> tokens = new ArrayList<>();
        private final List<Token.Piece> word = new ArrayList<>();
        private final StringBuilder run = new StringBuilder();
        private RunStyle runStyle;

        Builder(boolean widestOnly) {
            this.widestOnly = widestOnly;
        }

        void text(String text, RunStyle style) {
            // Characters go into the run a stretch at a time ([from, i) of this text), not one by one:
            // per-character appends were a tenth of the tokenizer's time under C1.
            int from = -1;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                int next = i + Character.charCount(cp);
                if (cp == ' ' || cp == '\t') {
                    take(text, from, i);
                    from = -1;
                    int end = next;
                    while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
                        end++;
                    }
                    flushWord();
                    if (!widestOnly) {
                        String spaces = " ".repeat(end - i);
                        tokens.add(new Token.Gap(spaces, style, measurer.width(spaces, style), end - i));
                    }
                    next = end;
                } else if (cp == '\n') {
                    take(text, from, i);
                    from = -1;
                    lineBreak();
                } else {
                    if (from < 0) {
                        startRun(style);
                        from = i;
                    }
                    if (isHyphen(cp) && next < text.length() && Character.isLetter(text.codePointAt(next))
                            && i > 0 && Character.isLetter(text.codePointBefore(i))) {
                        // Office suites may break a line after a hyphen between letters (KH-UBND).
                        take(text, from, next);
                        from = -1;
                        flushWord();
                        if (!widestOnly) {
                            tokens.add(new Token.Gap("", style, 0, 0));
                        }
                    }
                }
                i = next;
            }
            take(text, from, text.length());
        }

        void piece(String text, RunStyle style, int footnote) {
            flushRun();
            word.add(new Token.Piece(text, style, measurer.width(text, style), footnote));
        }

        void lineBreak() {
            flushWord();
            if (!widestOnly) {
                tokens.add(new Token.Break());
            }
        }

        /** Text in {@code style} follows: the run so far ends here unless it has the same style. */
        private void startRun(RunStyle style) {
            // identity first: a span's characters share one style object, and a record's equals is slow under C1
            if (runStyle != null && runStyle != style && !runStyle.equals(style)) {
                flushRun();
            }
            runStyle = style;
        }

        /** Adds {@code text[from, to)} to the run ({@code from} -1: nothing pending). */
        private void take(String text, int from, int to) {
            if (from >= 0 && from < to) {
                run.append(text, from, to);
            }
        }

        private void flushRun() {
            if (!run.isEmpty()) {
                String t = run.toString();
                word.add(new Token.Piece(t, runStyle, measurer.width(t, runStyle), 0));
                run.setLength(0);
            }
            runStyle = null;
        }

        private void flushWord() {
            flushRun();
            if (!word.isEmpty()) {
                double width = Token.Word.width(word);
                if (widestOnly) {
                    widest = Math.max(widest, width);
                } else {
                    tokens.add(new Token.Word(word, width));
                }
                word.clear();
            }
        }

        List<Token> finish() {
            flushWord();
            return tokens;
        }
    }

    private static boolean isHyphen(int cp) {
        return cp == '-' || cp == '\u2010' || cp == '\u2013';
    }
}
