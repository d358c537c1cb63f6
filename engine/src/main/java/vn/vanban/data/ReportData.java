package vn.vanban.data;

import vn.vanban.format.Period;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

/**
 * The data one report is rendered with: the period, this period's and last year's figures of its
 * unit (or of the units it rolls up), the catalogue, and the unit's own names. Templates see it
 * as {@code data}; the text references read it through {@link ReferenceExpander}.
 *
 * @param previous null when last year's file does not exist
 * @param unitText the unit's names for text ({@code ten-co-quan}, {@code dia-danh}), may be empty
 */
public record ReportData(Period period, FigureSet current, FigureSet previous, Catalogue catalogue,
                         Path dataDir, Map<String, String> unitText) {
    public ReportData {
        unitText = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unitText));
    }

    /** "6 tháng đầu năm 2024". */
    public String getKy() {
        return period.label();
    }

    /** "6 tháng đầu năm 2023". */
    public String getKyTruoc() {
        return period.previous().label();
    }

    public FigureDef def(String key) {
        return catalogue.def(key);
    }

    public BigDecimal value(String key) {
        Figure f = current.get(key);
        return f == null ? null : f.value();
    }

    public BigDecimal previousValue(String key) {
        Figure f = previous == null ? null : previous.get(key);
        return f == null ? null : f.value();
    }

    /** Where last year's figures are expected, for messages. */
    public Path previousFile() {
        return previous != null ? previous.source()
                : FigureFiles.path(dataDir, current.unit(), period.previous());
    }

    /** For templates: a figure as printed ("332.600"), or "-" when missing. */
    public String so(String key) {
        BigDecimal v = value(key);
        return v == null ? "-" : Phrases.value(def(key), v, false);
    }
}
