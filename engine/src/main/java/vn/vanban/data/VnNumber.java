package vn.vanban.data;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as Vietnamese documents write them: "." between thousands, "," before decimals
 * ({@code 332.600}, {@code 25,6}). Kept here until the shared number class lands.
 */
public final class VnNumber {
    private VnNumber() {
    }

    /** At most {@code maxDecimals} decimals, trailing zeros dropped. */
    public static String format(BigDecimal v, int maxDecimals) {
        BigDecimal r = v.setScale(maxDecimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (r.scale() < 0) {
            r = r.setScale(0);
        }
        return write(r);
    }

    /** Exactly {@code decimals} decimals, as rates are printed so a column lines up: {@code 16,0}. */
    public static String fixed(BigDecimal v, int decimals) {
        return write(v.setScale(decimals, RoundingMode.HALF_UP));
    }

    private static String write(BigDecimal r) {
        String plain = r.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append('.');
            }
            sb.append(whole.charAt(i));
        }
        if (!frac.isEmpty()) {
            sb.append(',').append(frac);
        }
        return (r.signum() < 0 ? "-" : "") + sb;
    }

    /** With an explicit sign for differences: "+1.250", "-0,3", "0". */
    public static String signed(BigDecimal v, int maxDecimals) {
        String s = format(v, maxDecimals);
        return v.setScale(maxDecimals, RoundingMode.HALF_UP).signum() > 0 ? "+" + s : s;
    }

    /** Signed with exactly {@code decimals} decimals. */
    public static String signedFixed(BigDecimal v, int decimals) {
        String s = fixed(v, decimals);
        return v.setScale(decimals, RoundingMode.HALF_UP).signum() > 0 ? "+" + s : s;
    }

    /**
     * A number as a clerk types it in a data file: {@code 1250}, {@code 13.6} or {@code 13,6}.
     * {@code 332.600} is refused (thousands or decimals?), so is anything else; null then.
     */
    public static BigDecimal parse(String s) {
        String t = s.trim().replace(" ", "");
        if (t.matches("-?\\d+")) {
            return new BigDecimal(t);
        }
        if (t.matches("-?\\d+[.,]\\d+") && !t.matches("-?\\d{1,3}\\.\\d{3}")) {
            return new BigDecimal(t.replace(',', '.'));
        }
        return null;
    }
}
