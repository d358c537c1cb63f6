package vn.vanban.data;

import java.math.BigDecimal;

import vn.vanban.diag.Loc;

/**
 * What a figure is, from the catalogue {@code so-lieu/chi-tieu.yaml}: its printed name, its unit
 * (ĐVT), the noun counted ("trẻ em" in "tăng 12 trẻ em"), and for a rate the figures it is computed
 * from, so a roll-up recomputes it from sums instead of averaging rates.
 *
 * @param numerator   tử số figure of a rate, or null
 * @param denominator mẫu số figure of a rate, or null
 * @param scale       the rate is numerator / denominator × scale (100 for a percentage)
 * @param partOf      the figure this one is a part of (never larger), or null
 * @param decimals    decimals printed
 */
public record FigureDef(String key, String name, String unit, String noun, String numerator, String denominator,
                        BigDecimal scale, String partOf, int decimals, Loc loc) {

    /** A figure nobody described: printed as a plain number. */
    public static FigureDef plain(String key) {
        return new FigureDef(key, key, "", "", null, null, BigDecimal.ONE, null, 2, null);
    }

    public boolean isRate() {
        return numerator != null || "%".equals(unit);
    }

    public boolean isComputed() {
        return numerator != null && denominator != null;
    }
}
