package vn.vanban.content;

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

    /** Decimal places the number was written with ({@code 25.60} → 2, {@code 1200} → 0). */
    public static int decimalsOf(BigDecimal value) {
        return Math.max(0, value.scale());
    }
}
