package vn.vanban.check.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import vn.vanban.check.docx.RuleResult.Place;
import vn.vanban.check.docx.RuleResult.Problem;

/**
 * A4 paper and ND30 margins, section by section. Portrait: top and bottom 20–25 mm, left 30–35, right
 * 15–20. A landscape section (a wide appendix table) may also use the practice margins 20/15/30/15,
 * so its bottom may go down to 15 mm.
 */
final class PageSetupRule {
    static final String RULE = "check.rule.page";
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    /** Word stores whole twips; 0.2 mm absorbs the rounding of any mm value. */
    private static final double SLACK_MM = 0.2;

    List<RuleResult> check(DocxView v) {
        List<RuleResult> out = new ArrayList<>();
        for (int i = 0; i < v.sections.size(); i++) {
            out.add(section(v.sections.get(i), i + 1));
        }
        return out;
    }

    private RuleResult section(CTSectPr s, int number) {
        List<Problem> problems = new ArrayList<>();
        CTPageSz size = s.getPgSz();
        double w = size == null ? 0 : mm(size.getW());
        double h = size == null ? 0 : mm(size.getH());
        boolean landscape = w > h;
        double shortSide = Math.min(w, h);
        double longSide = Math.max(w, h);
        if (Math.abs(shortSide - 210) > 1 || Math.abs(longSide - 297) > 1) {
            problems.add(Problem.of("check.page.not-a4", Look.pt(round(w)), Look.pt(round(h))));
        }
        CTPageMar m = s.getPgMar();
        if (m == null) {
            problems.add(Problem.of("check.page.no-margins"));
        } else {
            margin(problems, "kind.margin.top", mm(m.getTop()), 20, 25);
            margin(problems, "kind.margin.bottom", mm(m.getBottom()), landscape ? 15 : 20, 25);
            margin(problems, "kind.margin.left", mm(m.getLeft()), 30, 35);
            margin(problems, "kind.margin.right", mm(m.getRight()), 15, 20);
        }
        return new RuleResult(RULE, new Place(number, null), problems);
    }

    private static void margin(List<Problem> problems, String side, double mm, double min, double max) {
        if (mm < min - SLACK_MM || mm > max + SLACK_MM) {
            // The side is a "kind." key: Messages translates such arguments too.
            problems.add(Problem.of("check.page.margin", side, Look.pt(round(mm)),
                    Look.range(min, max)));
        }
    }

    private static double round(double mm) {
        return Math.round(mm * 10) / 10.0;
    }

    private static double mm(Object twips) {
        if (twips == null) {
            return 0;
        }
        BigInteger b = twips instanceof BigInteger bi ? bi : new BigInteger(twips.toString());
        return b.doubleValue() / TWIPS_PER_MM;
    }
}
