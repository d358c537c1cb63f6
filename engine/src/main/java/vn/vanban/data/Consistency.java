package vn.vanban.data;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.vanban.diag.Diagnostics;

/**
 * Checks one unit's figures against the catalogue: a rate must agree with its own numerator and
 * denominator (to the precision it is printed with), and a part must not exceed its total.
 */
public final class Consistency {
    private Consistency() {
    }

    public static void check(FigureSet set, Catalogue cat, Diagnostics diags) {
        for (Figure f : set.figures().values()) {
            FigureDef d = cat.def(f.key());
            if (d.isComputed()) {
                BigDecimal expected = rate(set, d);
                if (expected != null && Phrases.shown(d, expected).compareTo(Phrases.shown(d, f.value())) != 0) {
                    diags.error(f.loc(), "data.check.rate", f.key(), Phrases.value(d, f.value(), false),
                            Phrases.value(d, expected, false), d.numerator(), d.denominator());
                }
            }
            if (d.partOf() != null && set.has(d.partOf()) && f.value().compareTo(set.get(d.partOf()).value()) > 0) {
                diags.error(f.loc(), "data.check.part", f.key(), Phrases.value(d, f.value(), false), d.partOf(),
                        Phrases.value(cat.def(d.partOf()), set.get(d.partOf()).value(), false));
            }
        }
    }

    /** numerator / denominator × scale, or null when a part is missing or the denominator is 0. */
    public static BigDecimal rate(FigureSet set, FigureDef d) {
        Figure num = set.get(d.numerator());
        Figure den = set.get(d.denominator());
        if (num == null || den == null || den.value().signum() == 0) {
            return null;
        }
        return num.value().multiply(d.scale()).divide(den.value(), 6, RoundingMode.HALF_UP);
    }
}
