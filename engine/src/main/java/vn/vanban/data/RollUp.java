package vn.vanban.data;

import vn.vanban.format.Period;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Loc;

/**
 * A district's figures from its units' data files: counts are summed; rates are recomputed from
 * the summed numerators and denominators (averaging rates would weigh a small commune like a
 * large one). Every unit whose data are missing or inconsistent is reported.
 */
public final class RollUp {
    private RollUp() {
    }

    /** A unit named in {@code tong-hop}, with where it was named. */
    public record Member(String code, Loc loc) {
    }

    /** The summed figures, or null when a unit's file is missing (each reported). */
    public static FigureSet sum(Path dataDir, String code, List<Member> members, Period p, Catalogue cat,
                                Loc where, Diagnostics diags) {
        List<FigureSet> sets = new ArrayList<>();
        boolean complete = true;
        for (Member m : members) {
            FigureSet s = FigureFiles.load(dataDir, m.code(), p, diags);
            if (s == null) {
                diags.error(m.loc(), "data.rollup.no-file", m.code(), p.label(), FigureFiles.path(dataDir, m.code(), p));
                complete = false;
                continue;
            }
            Consistency.check(s, cat, diags);
            sets.add(s);
        }
        if (!complete) {
            return null;
        }
        Set<String> keys = new LinkedHashSet<>();
        sets.forEach(s -> keys.addAll(s.figures().keySet()));
        Map<String, Figure> out = new LinkedHashMap<>();
        for (String k : keys) {
            FigureDef d = cat.def(k);
            if (d.isRate()) {
                continue;
            }
            BigDecimal total = BigDecimal.ZERO;
            for (FigureSet s : sets) {
                Figure f = s.get(k);
                if (f == null) {
                    diags.error(Loc.of(s.source()), "data.rollup.no-figure", s.unit(), k, s.source());
                } else {
                    total = total.add(f.value());
                }
            }
            out.put(k, new Figure(k, total, where));
        }
        FigureSet summed = new FigureSet(code, p, out, dataDir.resolve(code));
        Map<String, Figure> withRates = new LinkedHashMap<>(out);
        for (FigureDef d : cat.defs().values()) {
            BigDecimal r = d.isComputed() ? Consistency.rate(summed, d) : null;
            if (r != null) {
                withRates.put(d.key(), new Figure(d.key(), r, where));
            }
        }
        return new FigureSet(code, p, withRates, summed.source());
    }
}
