package vn.vanban.layout.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy line breaking as Word and LibreOffice do it: a line takes as many whole words as fit, spaces at
 * the end of a line hang outside it, and only a word longer than a whole line is cut between characters.
 */
public final class LineBreaker {
    /** Width tolerance for floating-point sums; far below anything visible. */
    private static final double EPSILON = 1e-6;

    /** A broken line: words and the gaps between them; {@code last} when it ends the paragraph. */
    public record BrokenLine(List<Token> items, boolean last) {
        public BrokenLine {
            items = List.copyOf(items);
        }

        public double naturalWidth() {
            double w = 0;
            // indexed and instanceof, not an iterator and a pattern switch: both cost much under C1
            for (int i = 0; i < items.size(); i++) {
                Token t = items.get(i);
                if (t instanceof Token.Word wd) {
                    w += wd.width();
                } else if (t instanceof Token.Gap g) {
                    w += g.width();
                }
            }
            return w;
        }
    }

    /** Available width of line {@code index} (the first line may be narrower by its indent). */
    public interface Widths {
        double of(int lineIndex);
    }

    private final TextMetrics measurer;

    LineBreaker(TextMetrics measurer) {
        this.measurer = measurer;
    }

    List<BrokenLine> breakLines(List<Token> tokens, Widths widths) {
        List<BrokenLine> lines = new ArrayList<>();
        List<Token> cur = new ArrayList<>();
        double curWidth = 0;
        Token.Gap pending = null;
        // indexed and instanceof, not an iterator and a pattern switch: both cost much under C1
        for (int ti = 0; ti < tokens.size(); ti++) {
            Token t = tokens.get(ti);
            if (t instanceof Token.Gap g) {
                if (!cur.isEmpty() || lines.isEmpty()) {
                    // leading spaces are kept on a paragraph's first line only
                    pending = pending == null ? g : join(pending, g);
                }
            } else if (t instanceof Token.Break) {
                lines.add(new BrokenLine(cur, false));
                cur = new ArrayList<>();
                curWidth = 0;
                pending = null;
            } else if (t instanceof Token.Word w) {
                double gap = pending == null ? 0 : pending.width();
                double avail = widths.of(lines.size());
                if (!cur.isEmpty() && curWidth + gap + w.width() > avail + EPSILON) {
                    lines.add(new BrokenLine(cur, false));
                    cur = new ArrayList<>();
                    curWidth = 0;
                    pending = null;
                    gap = 0;
                    avail = widths.of(lines.size());
                }
                if (cur.isEmpty() && gap + w.width() > avail + EPSILON) {
                    // a word wider than the line: cut it between characters
                    List<Token.Word> parts = cut(w, avail - gap, widths, lines.size());
                    for (int i = 0; i < parts.size() - 1; i++) {
                        if (pending != null && i == 0) {
                            cur.add(pending);
                        }
                        cur.add(parts.get(i));
                        lines.add(new BrokenLine(cur, false));
                        cur = new ArrayList<>();
                        pending = null;
                    }
                    w = parts.get(parts.size() - 1);
                    gap = pending == null ? 0 : pending.width();
                }
                if (pending != null) {
                    cur.add(pending);
                    curWidth += gap;
                    pending = null;
                }
                cur.add(w);
                curWidth += w.width();
            }
        }
        lines.add(new BrokenLine(cur, true));
        return lines;
    }

    private static Token.Gap join(Token.Gap a, Token.Gap b) {
        return new Token.Gap(a.text() + b.text(), a.style(), a.width() + b.width(), a.spaces() + b.spaces());
    }

    /** Cuts {@code w} into parts filling successive lines; the last part is what remains. */
    private List<Token.Word> cut(Token.Word w, double firstAvail, Widths widths, int lineIndex) {
        List<Token.Word> parts = new ArrayList<>();
        List<Token.Piece> part = new ArrayList<>();
        double partWidth = 0;
        double avail = firstAvail;
        for (Token.Piece p : w.pieces()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < p.text().length(); ) {
                int cp = p.text().codePointAt(i);
                String ch = new String(Character.toChars(cp));
                double cw = measurer.width(ch, p.style());
                double sbw = measurer.width(sb.toString(), p.style());
                if (partWidth + sbw + cw > avail + EPSILON && (partWidth > 0 || !sb.isEmpty())) {
                    if (!sb.isEmpty()) {
                        part.add(new Token.Piece(sb.toString(), p.style(), sbw, 0));
                    }
                    parts.add(word(part));
                    part = new ArrayList<>();
                    partWidth = 0;
                    sb.setLength(0);
                    avail = widths.of(lineIndex + parts.size());
                }
                sb.append(ch);
                i += ch.length();
            }
            if (!sb.isEmpty()) {
                String s = sb.toString();
                double sw = measurer.width(s, p.style());
                part.add(new Token.Piece(s, p.style(), sw, p.footnote()));
                partWidth += sw;
            }
        }
        parts.add(word(part));
        return parts;
    }

    private static Token.Word word(List<Token.Piece> pieces) {
        return Token.Word.of(pieces);
    }
}
