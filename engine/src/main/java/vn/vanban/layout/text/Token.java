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

        /** A word of these pieces, as wide as they are together. */
        static Word of(List<Piece> pieces) {
            return new Word(pieces, width(pieces));
        }

        /**
         * The pieces' widths summed exactly as {@code DoubleStream.sum()} does (Kahan compensated, JDK 25's
         * {@code Collectors.sumWithCompensation}), so line breaks and positions stay bit for bit what they
         * were; a plain loop because the stream cost 4 % of a render under C1, the launcher's compiler.
         */
        static double width(List<Piece> pieces) {
            double sum = 0;
            double lowBits = 0; // negated low-order bits, as the JDK keeps them
            double simple = 0;
            for (int i = 0; i < pieces.size(); i++) {
                double w = pieces.get(i).width();
                double tmp = w - lowBits;
                double velvel = sum + tmp;
                lowBits = (velvel - sum) - tmp;
                sum = velvel;
                simple += w;
            }
            double result = sum - lowBits;
            return Double.isNaN(result) && Double.isInfinite(simple) ? simple : result;
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
