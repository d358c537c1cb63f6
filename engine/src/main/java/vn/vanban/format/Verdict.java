package vn.vanban.format;

import java.math.BigDecimal;

/**
 * How a result compares with its plan, as plans and reports grade targets (Đạt KH, Không đạt KH,
 * Vượt KH). For a decreasing target (suy dinh dưỡng, tai nạn) lower is better: at the plan is met,
 * below it is exceeded. Tables and report targets both grade with this one rule.
 */
public enum Verdict {
    MET("Đạt KH"), NOT_MET("Không đạt KH"), EXCEEDED("Vượt KH");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Verdict of(BigDecimal result, BigDecimal plan, boolean decreasing) {
        int cmp = result.compareTo(plan);
        if (decreasing) {
            cmp = -cmp;
        }
        return cmp == 0 ? MET : cmp > 0 ? EXCEEDED : NOT_MET;
    }
}
