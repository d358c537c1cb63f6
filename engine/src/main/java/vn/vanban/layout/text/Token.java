package vn.vanban.layout.text;

import java.util.List;

/** What the line breaker works on: words, the gaps a line may break at, forced breaks. */
public sealed interface Token permits Token.Word, Token.Gap, Token.Break {

    /** Text drawn in one font; {@code footnote} is the note number it marks, 0 when none. */
    record Piece(String text, RunStyle style, double width, int footnote) {
    }

    /** Text no line may break inside (except a word longer than a line); possibly several fonts. */
    record Word(List<Piece> pieces, double width) implements Token {
        public Word {
            pieces = List.copyOf(pieces);
        }
    }

    /**
     * A break opportunity: the spaces between words ({@code spaces} of them, which justification
     * widens), or an empty one after a hyphen.
     */
    record Gap(String text, RunStyle style, double width, int spaces) implements Token {
    }

    /** A line break inside a paragraph. */
    record Break() implements Token {
    }
}
