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
    /** Đạt KH / Không đạt KH / Vượt KH, or "" while not filled in. */
    public String verdict() {
        return achieved == null ? "" : vn.vanban.format.Verdict.of(achieved, planned, decreasing).label();
    }
}
