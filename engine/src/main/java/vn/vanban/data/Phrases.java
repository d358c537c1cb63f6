package vn.vanban.data;

import vn.vanban.format.Period;

import vn.vanban.format.VnNumber;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The sentences reports use for figures: "332.600", "25,6%", "giảm từ 13,9% năm 2022 xuống 13,6%
 * năm 2023", "tăng 2,1 điểm phần trăm", "tăng 1.250 trẻ em (10,2%) so với năm 2023". Differences
 * are taken between the values as printed, so the sentence adds up for a reader.
 */
public final class Phrases {
    private Phrases() {
    }

    public static BigDecimal shown(FigureDef d, BigDecimal v) {
        return v.setScale(d.decimals(), RoundingMode.HALF_UP);
    }

    /** The number, with "%" after a percentage when {@code percentSign}. */
    public static String value(FigureDef d, BigDecimal v, boolean percentSign) {
        return number(d, v) + (percentSign ? "%" : "");
    }

    /** Rates keep their decimals ("16,0"), counts and amounts drop trailing zeros ("21"). */
    static String number(FigureDef d, BigDecimal v) {
        return d.isRate() ? VnNumber.format(v, d.decimals()) : VnNumber.formatTrimmed(v, d.decimals());
    }

    private static String pct(FigureDef d, BigDecimal v) {
        return value(d, v, "%".equals(d.unit()));
    }

    /** Full comparison with the same period a year earlier. */
    public static String compare(FigureDef d, BigDecimal cur, BigDecimal prev, Period now, Period before) {
        int sign = shown(d, cur).compareTo(shown(d, prev));
        if (d.isRate()) {
            if (sign == 0) {
                return "giữ ở mức " + pct(d, cur) + " như " + before.label();
            }
            return (sign < 0 ? "giảm từ " : "tăng từ ") + pct(d, prev) + " " + before.label()
                    + (sign < 0 ? " xuống " : " lên ") + pct(d, cur) + " " + now.label();
        }
        if (sign == 0) {
            return "bằng " + before.label();
        }
        String out = change(d, cur, prev);
        if (prev.signum() != 0) {
            BigDecimal rel = shown(d, cur).subtract(shown(d, prev)).abs().multiply(BigDecimal.valueOf(100))
                    .divide(shown(d, prev).abs(), 1, RoundingMode.HALF_UP);
            out += " (" + VnNumber.formatTrimmed(rel, 1) + "%)";
        }
        return out + " so với " + before.label();
    }

    /** Only the change: "tăng 2,1 điểm phần trăm", "giảm 12 trẻ em", "không thay đổi". */
    public static String change(FigureDef d, BigDecimal cur, BigDecimal prev) {
        BigDecimal diff = shown(d, cur).subtract(shown(d, prev));
        if (diff.signum() == 0) {
            return "không thay đổi";
        }
        String amount = number(d, diff.abs());
        String what;
        if ("%".equals(d.unit())) {
            what = " điểm phần trăm";
        } else if (d.isRate()) {
            what = d.unit().isEmpty() ? "" : " " + d.unit();
        } else {
            what = d.noun().isEmpty() ? "" : " " + d.noun();
        }
        return (diff.signum() < 0 ? "giảm " : "tăng ") + amount + what;
    }
}
