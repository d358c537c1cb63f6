package vn.vanban.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as Vietnamese documents print them: thousands grouped with {@code .}, decimals after
 * {@code ,} ({@code 332.600}, {@code 25,6}, {@code 1,04}). Formats numbers only: text is never parsed
 * back, so {@code 1.234} can never silently mean two different things.
 */
public final class VnNumber {
    private VnNumber() {
    }

    /** {@code value} rounded half-up to exactly {@code decimals} places. */
    public static String format(BigDecimal value, int decimals) {
        BigDecimal v = value.setScale(decimals, RoundingMode.HALF_UP);
        boolean negative = v.signum() < 0;
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append('.');
            }
            sb.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            sb.append(',').append(fraction);
        }
        return (negative ? "-" : "") + sb;
    }

    public static String format(long value) {
        return format(BigDecimal.valueOf(value), 0);
    }

    /** At most {@code maxDecimals} decimals, trailing zeros dropped: figures in running text ({@code 13,6}, {@code 1.250}). */
    public static String formatTrimmed(BigDecimal v, int maxDecimals) {
        BigDecimal r = v.setScale(maxDecimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return format(r.scale() < 0 ? r.setScale(0) : r, Math.max(0, r.scale()));
    }

    /** With an explicit sign for differences: "+1.250", "-0,3", "0". */
    public static String signed(BigDecimal v, int maxDecimals) {
        String s = formatTrimmed(v, maxDecimals);
        return v.setScale(maxDecimals, RoundingMode.HALF_UP).signum() > 0 ? "+" + s : s;
    }

    /** Signed with exactly {@code decimals} decimals. */
    public static String signedFixed(BigDecimal v, int decimals) {
        String s = format(v, decimals);
        return v.setScale(decimals, RoundingMode.HALF_UP).signum() > 0 ? "+" + s : s;
    }

    /**
     * A number as a clerk types it in a figures file: {@code 1250}, {@code 13.6} or {@code 13,6}.
     * {@code 332.600} is refused (thousands or decimals?), so is anything else: null then.
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

    /** Decimal places the number was written with ({@code 25.60} → 2, {@code 1200} → 0). */
    public static int decimalsOf(BigDecimal value) {
        return Math.max(0, value.scale());
    }
}
