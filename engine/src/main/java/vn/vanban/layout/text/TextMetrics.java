package vn.vanban.layout.text;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.openpdf.text.pdf.BaseFont;

import vn.vanban.fonts.FontSet;
import vn.vanban.layout.Inline;
import vn.vanban.layout.Revisions;

/**
 * The one place text is measured and broken into lines, with one font set's exact glyph advances:
 * the PDF writer sets its lines with it, and every decision taken before or beside it (a section's
 * orientation, an issuing-body line's size, a DOCX row's height or rule's length, the wide-table
 * warning) asks it the same question, so no decision can disagree with the lines the PDF draws.
 *
 * <p>One instance per font set ({@link #of}), shared by all threads: the glyph tables are read once.
 */
public final class TextMetrics {
    /**
     * A process sees the bundled set and at most the few sets named by {@code --phong-chu}; keeping
     * their metrics here lets each stage ask for them without carrying an instance through.
     */
    private static final Map<FontSet, TextMetrics> BY_FONTS = new ConcurrentHashMap<>();

    /** Decisions taken before footnotes are numbered count a reference as one digit. */
    private static final FootnoteSink UNNUMBERED = ref -> 1;

    private final FontSet fonts;
    private final GlyphAdvances.Cache advances = new GlyphAdvances.Cache();
    private final Tokenizer plain = new Tokenizer(this, Revisions.NONE);
    private final LineBreaker breaker = new LineBreaker(this);

    private TextMetrics(FontSet fonts) {
        this.fonts = fonts;
    }

    /** The metrics of {@code fonts}, made on first use. */
    public static TextMetrics of(FontSet fonts) {
        return BY_FONTS.computeIfAbsent(fonts, TextMetrics::new);
    }

    public FontSet fonts() {
        return fonts;
    }

    /** Advance width of {@code text} in points, from the font's hmtx table (OpenPDF's rounded widths if unreadable). */
    public double width(String text, RunStyle style) {
        GlyphAdvances exact = advances.of(style.bold(), style.italic(), font(style));
        return exact != null ? exact.width(text, style.size())
                : font(style).getWidthPoint(text, (float) style.size());
    }

    /** Whether the style's face has a glyph for this code point. */
    public boolean canDraw(int codePoint, RunStyle style) {
        return fonts.canDraw(codePoint, style.bold(), style.italic());
    }

    /** The font's descent (hhea) as a share of the font size. */
    public double descent(boolean bold, boolean italic) {
        return fonts.descent(bold, italic);
    }

    /** The font's ascent (hhea, as LibreOffice uses it) as a share of the font size. */
    public double ascent(RunStyle style) {
        return font(style).getFontDescriptor(BaseFont.AWT_ASCENT, 1f);
    }

    public BaseFont font(RunStyle style) {
        return fonts.font(style.bold(), style.italic());
    }

    /**
     * Inlines as tokens in {@code base} and the spans' own emphasis: words (never broken but at a
     * hyphen between letters, or when longer than a line), the gaps between them, forced breaks;
     * footnote references numbered by {@code notes}, inserted and deleted text marked from {@code revisions}.
     */
    public List<Token> tokens(List<Inline> inlines, RunStyle base, FootnoteSink notes, Revisions revisions) {
        return (revisions == Revisions.NONE ? plain : new Tokenizer(this, revisions)).tokenize(inlines, base, notes);
    }

    /** Greedy line breaking as Word and LibreOffice do it; {@code widths} gives each line's room. */
    public List<LineBreaker.BrokenLine> breakLines(List<Token> tokens, LineBreaker.Widths widths) {
        return breaker.breakLines(tokens, widths);
    }

    /** The lines the inlines make, the first {@code firstWidth} wide (its indent taken off), the others {@code width}. */
    public List<LineBreaker.BrokenLine> lines(List<Inline> content, RunStyle base, double firstWidth, double width) {
        return breakLines(plain.tokenize(content, base, UNNUMBERED), i -> i == 0 ? firstWidth : width);
    }

    /** How many lines the inlines take, as the PDF sets them (at least one). */
    public int lineCount(List<Inline> content, RunStyle base, double firstWidth, double width) {
        return lines(content, base, firstWidth, width).size();
    }

    /** Width of the longest line the inlines make within {@code maxWidth}, spaces at line ends not counted. */
    public double longestLine(List<Inline> content, RunStyle base, double maxWidth) {
        double longest = 0;
        for (LineBreaker.BrokenLine l : lines(content, base, maxWidth, maxWidth)) {
            longest = Math.max(longest, l.naturalWidth());
        }
        return longest;
    }

    /**
     * The widest run of text no line may break inside: the least width the inlines fit without a word
     * cut between its letters ("KH-UBND" counts as "KH-" and "UBND", as lines may break after the hyphen).
     */
    public double widestWord(List<Inline> content, RunStyle base) {
        return plain.widestWord(content, base, UNNUMBERED);
    }
}
