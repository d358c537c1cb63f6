package vn.vanban.content.table;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import vn.vanban.format.VnNumber;
import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Loc;

/**
 * Reads a value meant for a number column. Only a bare number is a number (YAML's {@code 1234} or
 * {@code 25.6}); text that looks like a formatted number ({@code "1.234"}, {@code "25,6"}) is refused
 * with the bare number to write instead, because guessing which dot is a thousands separator is
 * exactly how 1.234 becomes one point two.
 */
final class NumberReader {
    private static final Pattern BARE = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern FORMATTED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?|-?\\d+,\\d+");

    private final Diagnostics diags;

    NumberReader(Diagnostics diags) {
        this.diags = diags;
    }

    private static final Pattern BOUND = Pattern.compile("(<=|>=|[<>≤≥~≈])(\\s*)(-?\\d+(\\.\\d+)?)");

    /**
     * A word in a number column ("Không", "Có", "Đạt") or a bound ("< 10", "≥ 95.5"), as it prints;
     * null when the text is meant as a number (then {@link #read} checks it). A bound's number is
     * printed Vietnamese style with its decimals as typed and the column's two-digit rule, "<=" as "≤".
     */
    String word(String text, ColumnSpec col) {
        String t = text.strip();
        java.util.regex.Matcher m = BOUND.matcher(t);
        if (m.matches()) {
            String sign = m.group(1).equals("<=") ? "≤" : m.group(1).equals(">=") ? "≥" : m.group(1);
            BigDecimal v = new BigDecimal(m.group(3));
            String n = VnNumber.format(v, VnNumber.decimalsOf(v));
            return sign + m.group(2) + (col.twoDigits() && n.matches("\\d") ? "0" + n : n);
        }
        return t.codePoints().anyMatch(Character::isLetter) ? t : null;
    }

    /**
     * @param bare the value was written as a bare YAML scalar (or a CSV field), not in quotes
     * @return the number, or null (reported) when the text is not one
     */
    BigDecimal read(String text, boolean bare, Loc loc, ColumnSpec col) {
        String t = text.strip();
        if (bare && BARE.matcher(t).matches()) {
            BigDecimal v = new BigDecimal(t);
            String hint = col.decimals() == 0 && t.matches("-?\\d{1,3}\\.\\d{3}") ? t.replace(".", "") : null;
            // A column without "thap-phan" prints each typed number with its own decimals, except the
            // ambiguous "332.600" (thousands, or 332,6?), which stays an error with its hint.
            if (VnNumber.decimalsOf(v) > col.decimals() && (!col.asTyped() || hint != null)) {
                diags.error(loc, hint == null ? "bang.so.thap-phan" : "bang.so.thap-phan.nghin", t, col.title(),
                        col.decimals(), hint);
                return null;
            }
            return v;
        }
        if (FORMATTED.matcher(t).matches() || BARE.matcher(t).matches()) {
            String suggestion = t.matches("-?\\d+,\\d+") ? t.replace(',', '.')
                    : t.replace(".", "").replace(',', '.');
            diags.error(loc, "bang.so.chuoi", t, col.title(), suggestion);
            return null;
        }
        diags.error(loc, "bang.so.khong-phai-so", t, col.title());
        return null;
    }
}
