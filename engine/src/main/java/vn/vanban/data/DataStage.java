package vn.vanban.data;

import vn.vanban.format.Period;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Severity;
import vn.vanban.diag.Loc;
import vn.vanban.load.YNode;

/**
 * Between loading and reading: finds the figures a report names ({@code so-lieu:}) for the period
 * asked for ({@code --ky}, else {@code ky-mac-dinh}), puts a unit's own names into the header when
 * rendering per unit, and replaces every data reference in the text. Documents without
 * {@code so-lieu} pass through, except that a reference in them is an error.
 *
 * <pre>
 * so-lieu: bao-linh                       # figures in so-lieu/bao-linh/KỲ.yaml
 * so-lieu: {tong-hop: [a, b, c]}          # a roll-up of those units' files
 * </pre>
 */
public final class DataStage {
    /** The data folder, beside the content files. */
    public static final String DIR = "so-lieu";

    private DataStage() {
    }

    /** What the command line asked for; both may be null. */
    public record Request(Period period, Unit unit) {
        public static final Request NONE = new Request(null, null);
    }

    /** The tree the content reader should read, and the data for the template (null without data). */
    public record Prepared(YNode root, ReportData data) {
    }

    public static Prepared prepare(Path file, YNode root, Request req, Diagnostics diags) {
        if (!(root instanceof YNode.YMap map)) {
            return new Prepared(root, null);
        }
        YNode soLieu = map.get("so-lieu");
        if (soLieu == null && req.unit() == null) {
            return new Prepared(new ReferenceExpander(file, null, diags).expand(root), null);
        }
        Loc where = soLieu == null ? map.loc() : soLieu.loc();
        Source source = req.unit() != null ? new OfUnit(req.unit()) : source(soLieu, diags);
        Period period = period(map, req, where, diags);
        if (source == null || period == null) {
            return new Prepared(root, null);
        }
        Path dataDir = relativeIfPossible(file.toAbsolutePath().getParent().resolve(DIR));
        Catalogue cat = withDecimals(Catalogue.load(dataDir, diags), map.get("so-le"), diags);
        Figures figures = figures(source, dataDir, period, cat, where, diags);
        FigureSet current = figures.current();
        if (current == null) {
            return new Prepared(root, null);
        }
        YNode.YMap base = map;
        Map<String, String> text = new HashMap<>();
        for (String k : List.of("ten-co-quan", "dia-danh")) {
            String v = source instanceof OfUnit u ? u.unit().text(k)
                    : map.get(k) instanceof YNode.YScalar s && !s.isNull() && !Reference.mentions(s.value())
                    ? s.value().trim() : null;
            if (v != null) {
                text.put(k, v);
            }
        }
        if (source instanceof OfUnit u) {
            base = withHeader(map, u.unit());
        }
        base = withDate(base, current);
        ReportData data = new ReportData(period, current, figures.previous(), cat, dataDir, text);
        return new Prepared(new ReferenceExpander(file, data, diags).expand(base), data);
    }

    /** Where a report's figures come from. */
    private sealed interface Source permits Single, RollUpOf, OfUnit {
    }

    /** {@code so-lieu: bao-linh}. */
    private record Single(String code) implements Source {
    }

    /** {@code so-lieu: {don-vi: dinh-hoa, tong-hop: [...]}}. */
    private record RollUpOf(String code, List<RollUp.Member> members) implements Source {
    }

    /** A row of a units file ({@code --don-vi}), which wins over the report's own {@code so-lieu}. */
    private record OfUnit(Unit unit) implements Source {
    }

    private static Source source(YNode soLieu, Diagnostics diags) {
        if (soLieu instanceof YNode.YScalar s && !s.isNull()) {
            return new Single(s.value().trim());
        }
        if (soLieu instanceof YNode.YMap m && m.get("tong-hop") instanceof YNode.YSeq seq) {
            List<RollUp.Member> members = new ArrayList<>();
            for (YNode n : seq.items()) {
                if (n instanceof YNode.YScalar s && !s.isNull()) {
                    members.add(new RollUp.Member(s.value().trim(), s.loc()));
                }
            }
            String code = m.get("don-vi") instanceof YNode.YScalar dv && !dv.isNull() ? dv.value().trim() : "tong-hop";
            return new RollUpOf(code, members);
        }
        diags.error(soLieu.loc(), "data.so-lieu.form");
        return null;
    }

    /** This period's figures (null after reporting why there are none) and last year's (null if absent). */
    private record Figures(FigureSet current, FigureSet previous) {
    }

    private static Figures figures(Source source, Path dataDir, Period period, Catalogue cat, Loc where,
                                       Diagnostics diags) {
        FigureSet current;
        FigureSet previous;
        String code;
        switch (source) {
            case RollUpOf r -> {
                current = RollUp.sum(dataDir, r.code(), r.members(), period, cat, where, diags);
                Diagnostics quiet = new Diagnostics();
                previous = RollUp.sum(dataDir, r.code(), r.members(), period.previous(), cat, where, quiet);
                if (quiet.hasErrors()) {
                    // Last year is only for comparison: say what is missing, but render this year's figures.
                    previous = null;
                    quiet.all().forEach(d -> diags.add(new Diagnostic(Severity.WARNING, d.loc(), d.key(), d.args())));
                }
                return new Figures(current, previous);
            }
            case OfUnit u -> {
                code = u.unit().code();
                current = u.unit().figures() != null
                        ? new FigureSet(code, period, FigureFiles.figures(u.unit().figures(), diags), u.unit().loc().file())
                        : FigureFiles.load(dataDir, code, period, diags);
            }
            case Single s -> {
                code = s.code();
                current = FigureFiles.load(dataDir, code, period, diags);
            }
        }
        previous = FigureFiles.load(dataDir, code, period.previous(), diags);
        if (current == null) {
            diags.error(where, "data.file.missing", code, period.label(), FigureFiles.path(dataDir, code, period));
        } else {
            Consistency.check(current, cat, diags);
            current = Consistency.withDerivedRates(current, cat);
        }
        return new Figures(current, previous == null ? null : Consistency.withDerivedRates(previous, cat));
    }

    private static Period period(YNode.YMap map, Request req, Loc where, Diagnostics diags) {
        if (req.period() != null) {
            return req.period();
        }
        if (map.get("ky-mac-dinh") instanceof YNode.YScalar k && !k.isNull()) {
            Period p = Period.parse(k.value());
            if (p == null) {
                diags.error(k.loc(), "data.period.format", k.value());
            }
            return p;
        }
        diags.error(where, "data.period.none");
        return null;
    }

    /** The unit's own names replace the report's header lines. */
    private static YNode.YMap withHeader(YNode.YMap map, Unit unit) {
        Map<String, YNode.Entry> es = new LinkedHashMap<>(map.entries());
        es.putAll(unit.header());
        return new YNode.YMap(map.loc(), es);
    }

    /** A report dated in its period's data file ({@code ngay:}) unless it gives its own date. */
    private static YNode.YMap withDate(YNode.YMap map, FigureSet current) {
        if (map.has("ngay") || current.date() == null) {
            return map;
        }
        Map<String, YNode.Entry> es = new LinkedHashMap<>(map.entries());
        es.put("ngay", new YNode.Entry("ngay", current.date().loc(), current.date()));
        return new YNode.YMap(map.loc(), es);
    }

    /** Messages name data files as the clerk would type them, relative to where vanban runs. */
    private static Path relativeIfPossible(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        return p.startsWith(cwd) ? cwd.relativize(p) : p;
    }

    /**
     * The document's own decimals per figure ({@code so-le: {ty-le-x: 2}}), over the shared catalogue's:
     * one report may print a rate to two places without changing it for every other report.
     */
    static Catalogue withDecimals(Catalogue cat, YNode soLe, Diagnostics diags) {
        if (soLe == null) {
            return cat;
        }
        if (!(soLe instanceof YNode.YMap m)) {
            diags.error(soLe.loc(), "value.map", "so-le", soLe.kindKey(), "so-le: {ty-le-suy-dinh-duong-thap-coi: 2}");
            return cat;
        }
        Map<String, FigureDef> defs = new java.util.LinkedHashMap<>(cat.defs());
        for (YNode.Entry e : m.entries().values()) {
            String v = e.value() instanceof YNode.YScalar s && !s.isNull() ? s.value().strip() : "";
            if (!v.matches("[0-6]")) {
                diags.error(e.value().loc(), "data.so-le.value", e.key(), v);
                continue;
            }
            FigureDef d = defs.get(e.key());
            if (d == null) {
                String near = Names.closeOrNull(e.key(), defs.keySet());
                diags.error(e.keyLoc(), near == null ? "data.so-le.unknown" : "data.so-le.unknown.suggest", e.key(), near);
                continue;
            }
            defs.put(e.key(), new FigureDef(d.key(), d.name(), d.unit(), d.noun(), d.numerator(), d.denominator(),
                    d.scale(), d.partOf(), Integer.parseInt(v), d.loc()));
        }
        return new Catalogue(defs, cat.source());
    }
}
