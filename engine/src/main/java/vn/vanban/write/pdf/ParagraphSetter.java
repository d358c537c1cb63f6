package vn.vanban.write.pdf;

import java.util.List;

import vn.vanban.layout.Inline;
import vn.vanban.layout.Revisions;
import vn.vanban.layout.text.FootnoteSink;
import vn.vanban.layout.text.RunStyle;
import vn.vanban.layout.text.TextMetrics;

/** Inlines to set lines: checks every character has a glyph, tokenizes in the frame's base font, then breaks and places. */
final class ParagraphSetter {
    /** Footnote numbering and the laid-out notes, shared by everything set in one document. */
    interface Notes extends FootnoteSink {
        /** The notes with these numbers, in order. */
        List<Flow.Note> take(List<Integer> numbers);
    }

    private final TextMetrics metrics;
    private final Revisions revisions;
    private final TextSetter setter;

    /** A setter for a redline: text inserted or deleted is set in a marked style. */
    ParagraphSetter(TextMetrics metrics, Revisions revisions) {
        this.metrics = metrics;
        this.revisions = revisions;
        this.setter = new TextSetter(metrics);
    }

    /** The font's descent below the baseline, as a share of the size, in this style's face. */
    double descent(vn.vanban.profile.TextStyle style) {
        return metrics.descent(style.bold(), style.italic());
    }

    List<TextSetter.SetLine> set(List<Inline> content, TextSetter.Frame frame, FootnoteSink notes) {
        requireDrawable(content, frame.base());
        return setter.set(metrics.tokens(content, frame.base(), notes, revisions), frame);
    }

    /** Throws if a character cannot be drawn in its span's face: an empty box must never be printed. */
    private void requireDrawable(List<Inline> content, RunStyle base) {
        for (Inline inline : content) {
            if (inline instanceof Inline.Span s) {
                RunStyle st = RunStyle.of(base.bold() || s.bold(), base.italic() || s.italic(), base.size());
                String text = s.text();
                // a loop, not codePoints().forEach: streams are slow under C1, the launcher's compiler
                for (int i = 0; i < text.length(); ) {
                    int cp = text.codePointAt(i);
                    if (!metrics.canDraw(cp, st) && !Character.isWhitespace(cp)) { // the cheap remembered answer first
                        throw new UnsupportedCharacterException(cp, metrics.fonts().name(), Inline.plainText(content));
                    }
                    i += Character.charCount(cp);
                }
            }
        }
    }
}
