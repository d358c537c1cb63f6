package vn.vanban.check.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.xwpf.usermodel.XWPFRun;

import vn.vanban.check.docx.RuleResult.Place;
import vn.vanban.check.docx.RuleResult.Problem;

/**
 * Times New Roman throughout (ND30: Unicode Times New Roman). A run whose font nothing sets is not held
 * against the document; any other font is, with the first paragraph that uses it.
 */
final class FontRule {
    static final String RULE = "check.rule.font";
    private static final String TNR = "Times New Roman";

    RuleResult check(DocxView v) {
        Set<String> others = new TreeSet<>();
        Place first = Place.DOCUMENT;
        for (DocxView.Para para : v.paras) {
            for (XWPFRun r : para.p().getRuns()) {
                String t = r.text();
                if (t == null || t.isBlank()) {
                    continue;
                }
                for (String f : v.format.fonts(para.p(), r)) {
                    if (!f.equalsIgnoreCase(TNR)) {
                        if (others.isEmpty()) {
                            first = para.place();
                        }
                        others.add(f);
                    }
                }
            }
        }
        List<Problem> problems = new ArrayList<>();
        if (!others.isEmpty()) {
            problems.add(Problem.of("check.font.other", String.join(", ", others)));
        }
        return new RuleResult(RULE, first, problems);
    }
}
