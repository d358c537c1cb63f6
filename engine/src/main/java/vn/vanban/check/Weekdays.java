package vn.vanban.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vanban.diag.Diagnostics;
import vn.vanban.format.VnFormat;
import vn.vanban.load.YNode;

/**
 * A weekday typed before its date ("thứ Năm, ngày 15 tháng 5 năm 2024") that is not that date's:
 * the usual slip of a hand-written invitation. vanban's own {@code hop} computes it; typed text is checked.
 */
final class Weekdays {
    private static final Pattern DAY = Pattern.compile(
            "(thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy|hai|ba|tư|năm|sáu|bảy)|[Cc]hủ nhật),?\\s+(?:ngày\\s+)?(\\d{1,2})(?:\\s+tháng\\s+|/)(\\d{1,2})(?:\\s+năm\\s+|/)(\\d{4})");
    private static final VnFormat VN = new VnFormat();

    private Weekdays() {
    }

    static void check(YNode n, Diagnostics diags) {
        switch (n) {
            case YNode.YMap m -> m.entries().values().forEach(e -> check(e.value(), diags));
            case YNode.YSeq s -> s.items().forEach(i -> check(i, diags));
            case YNode.YScalar s -> {
                if (!s.isNull()) {
                    scalar(s, diags);
                }
            }
            default -> {
            }
        }
    }

    private static void scalar(YNode.YScalar s, Diagnostics diags) {
        Matcher m = DAY.matcher(s.value());
        while (m.find()) {
            LocalDate d;
            try {
                d = LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)));
            } catch (DateTimeException e) {
                continue;
            }
            String right = VN.thu(d);
            if (!right.equalsIgnoreCase(m.group(1))) {
                diags.warning(s.loc(), "lint.weekday", m.group(1), m.group(2) + "/" + m.group(3) + "/" + m.group(4), right);
            }
        }
    }
}
