package vn.vanban.write.pdf;

import java.util.List;

import vn.vanban.layout.Inline;

/** Inlines to set lines: tokenizes in the frame's base font, then breaks and places. */
final class ParagraphSetter {
    /** Footnote numbering and the laid-out notes, shared by everything set in one document. */
    interface Notes extends Tokenizer.FootnoteSink {
        /** The notes with these numbers, in order. */
        List<Flow.Note> take(List<Integer> numbers);
    }

    private final Tokenizer tokenizer;
    private final TextSetter setter;
    private final TextMeasurer measurer;

    ParagraphSetter(TextMeasurer measurer) {
        this(measurer, vn.vanban.layout.Revisions.NONE);
    }

    /** A setter for a redline: text inserted or deleted is set in a marked style. */
    ParagraphSetter(TextMeasurer measurer, vn.vanban.layout.Revisions revisions) {
        this.tokenizer = new Tokenizer(measurer, revisions);
        this.setter = new TextSetter(measurer);
        this.measurer = measurer;
    }

    /** The font's descent below the baseline, as a share of the size, in this style's face. */
    double descent(vn.vanban.profile.TextStyle style) {
        return measurer.descent(style.bold(), style.italic());
    }

    List<TextSetter.SetLine> set(List<Inline> content, TextSetter.Frame frame, Tokenizer.FootnoteSink notes) {
        return setter.set(tokenizer.tokenize(content, frame.base(), notes), frame);
    }
}
