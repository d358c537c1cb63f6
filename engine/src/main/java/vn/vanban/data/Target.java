package vn.vanban.data;

import java.math.BigDecimal;

/**
 * A plan's target (chỉ tiêu) and, in a report, what was achieved.
 *
 * @param planned    the value the plan set (kế hoạch)
 * @param achieved   the value reached (thực hiện), or null until the clerk fills it
 * @param decreasing {@code chieu: giam}: lower is better (suy dinh dưỡng, tai nạn)
 */
public record Target(String name, String unit, BigDecimal planned, BigDecimal achieved, boolean decreasing) {
    public static final String MET = "Đạt KH";
    public static final String MISSED = "Không đạt KH";
    public static final String EXCEEDED = "Vượt KH";

    /** Đạt KH / Không đạt KH / Vượt KH, or "" while not filled in. */
    public String verdict() {
        if (achieved == null) {
            return "";
        }
        int c = achieved.compareTo(planned);
        if (c == 0) {
            return MET;
        }
        boolean better = decreasing ? c < 0 : c > 0;
        return better ? EXCEEDED : MISSED;
    }
}
