package vn.vanban.data;

import vn.vanban.format.Period;

import java.nio.file.Path;
import java.util.Map;

/**
 * The figures of one unit for one period, as read from {@code so-lieu/<unit>/<period>.yaml} (or a
 * row of a units file, or summed by a roll-up).
 *
 * @param source where they came from, for messages
 * @param date   the file's {@code ngay:} (the report's date for this period), or null
 */
public record FigureSet(String unit, Period period, Map<String, Figure> figures, Path source,
                        vn.vanban.load.YNode.YScalar date) {
    public FigureSet {
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
    }

    public FigureSet(String unit, Period period, Map<String, Figure> figures, Path source) {
        this(unit, period, figures, source, null);
    }

    public Figure get(String key) {
        return figures.get(key);
    }

    public boolean has(String key) {
        return figures.containsKey(key);
    }
}
