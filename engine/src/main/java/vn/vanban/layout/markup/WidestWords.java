package vn.vanban.layout.markup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.vanban.fonts.FontSet;
import vn.vanban.layout.Inline;
import vn.vanban.layout.text.RunStyle;
import vn.vanban.layout.text.TextMetrics;

/**
 * The widest word of a table cell's text, measured once per document: the wide-table warning (on the
 * content) and the choice of a landscape page (on the markup) ask it of the same cells, and measuring
 * means tokenizing every word. One instance per document, used by one thread.
 *
 * <p>Only unformatted cells (one plain span, nearly all of them) are remembered, keyed by their text
 * within their style: a key of records would be compared through their generated {@code equals},
 * which costs as much as the measuring it saves under the launcher's C1 compiler.
 */
public final class WidestWords {
    /** The cells of one style measured so far: few styles per document, so a list. */
    private record Face(RunStyle style, Map<String, Double> widths) {
    }

    private final TextMetrics metrics;
    private final List<Face> faces = new ArrayList<>();

    public WidestWords(FontSet fonts) {
        this.metrics = TextMetrics.of(fonts);
    }

    public TextMetrics metrics() {
        return metrics;
    }

    /** {@link TextMetrics#widestWord}, remembered for a cell of plain text. */
    public double of(List<Inline> content, RunStyle base) {
        if (content.size() == 1 && content.get(0) instanceof Inline.Span s
                && !s.bold() && !s.italic() && !s.superscript()) {
            return widths(base).computeIfAbsent(s.text(), text -> metrics.widestWord(content, base));
        }
        return metrics.widestWord(content, base);
    }

    private Map<String, Double> widths(RunStyle style) {
        for (Face f : faces) {
            RunStyle s = f.style();
            if (s.bold() == style.bold() && s.italic() == style.italic() && s.size() == style.size()
                    && s.rise() == style.rise() && s.change() == style.change()) {
                return f.widths();
            }
        }
        Face f = new Face(style, new HashMap<>());
        faces.add(f);
        return f.widths();
    }
}
