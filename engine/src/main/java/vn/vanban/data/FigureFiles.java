package vn.vanban.data;

import vn.vanban.format.Period;

import vn.vanban.format.VnNumber;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.vanban.diag.Diagnostics;
import vn.vanban.load.YNode;
import vn.vanban.load.YamlLoader;

/**
 * Reads data files: {@code so-lieu/<unit>/<period>.yaml} with the figures under {@code so-lieu:}.
 * Every value must be a number; {@code 332.600} is refused as ambiguous (thousands or decimals?).
 */
public final class FigureFiles {
    private FigureFiles() {
    }

    /** The forms a period's figures may take, in the order they are looked for. */
    static final java.util.List<String> EXTENSIONS = java.util.List.of(".yaml", ".csv", ".xlsx");

    /** Where a unit's figures for a period are kept: the first existing of .yaml, .csv, .xlsx (else .yaml). */
    public static Path path(Path dataDir, String unit, Period p) {
        for (String ext : EXTENSIONS) {
            Path f = dataDir.resolve(unit).resolve(p.code() + ext);
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        return dataDir.resolve(unit).resolve(p.code() + ".yaml");
    }

    /** The unit's figures for a period, or null if there is no such file. */
    public static FigureSet load(Path dataDir, String unit, Period p, Diagnostics diags) {
        Path file = path(dataDir, unit, p);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        if (!file.toString().endsWith(".yaml")) {
            return FigureSheets.load(file, unit, p, diags);
        }
        YNode root = new YamlLoader().load(file, diags);
        if (!(root instanceof YNode.YMap m)) {
            diags.error(root.loc(), "data.file.not-map", file);
            return new FigureSet(unit, p, Map.of(), file);
        }
        if (m.get("ky") instanceof YNode.YScalar k && !k.isNull() && !p.equals(Period.parse(k.value()))) {
            diags.error(k.loc(), "data.file.period", k.value(), p.code(), file.getFileName());
        }
        YNode figures = m.get("so-lieu");
        if (figures == null) {
            diags.error(m.loc(), "data.file.no-figures", file);
            return new FigureSet(unit, p, Map.of(), file);
        }
        YNode.YScalar date = m.get("ngay") instanceof YNode.YScalar d && !d.isNull() ? d : null;
        return new FigureSet(unit, p, figures(figures, diags), file, date);
    }

    /** A {@code so-lieu:} mapping of figure name → number. */
    public static Map<String, Figure> figures(YNode n, Diagnostics diags) {
        Map<String, Figure> out = new LinkedHashMap<>();
        if (!(n instanceof YNode.YMap m)) {
            diags.error(n.loc(), "data.figures.not-map");
            return out;
        }
        for (YNode.Entry e : m.entries().values()) {
            if (e.value() instanceof YNode.YScalar s && !s.isNull()) {
                BigDecimal v = VnNumber.parse(s.value());
                if (v == null) {
                    diags.error(s.loc(), "data.figure.not-number", e.key(), s.value());
                } else {
                    out.put(e.key(), new Figure(e.key(), v, s.loc()));
                }
            } else {
                diags.error(e.value().loc(), "data.figure.not-number", e.key(), "");
            }
        }
        return out;
    }
}
