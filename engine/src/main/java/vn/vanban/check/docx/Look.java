package vn.vanban.check.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.apache.poi.xwpf.usermodel.XWPFRun;

import vn.vanban.check.docx.RuleResult.Problem;

/**
 * How a paragraph's visible text looks, over its runs that hold text: every size used, whether all of
 * it is bold or italic, whether it reads in capitals. The rules compare this with ND30's table.
 */
record Look(TreeSet<Double> sizes, boolean bold, boolean italic, boolean upper) {
    private static final Locale VI = Locale.forLanguageTag("vi");

    static Look of(DocxView v, DocxView.Para para) {
        TreeSet<Double> sizes = new TreeSet<>();
        boolean bold = true;
        boolean italic = true;
        boolean upper = true;
        boolean any = false;
        for (XWPFRun r : para.p().getRuns()) {
            String t = r.text();
            if (t == null || t.isBlank()) {
                continue;
            }
            any = true;
            Double size = v.format.size(para.p(), r);
            sizes.add(size == null ? 10.0 : size);
            bold &= v.format.bold(para.p(), r);
            italic &= v.format.italic(para.p(), r);
            upper &= v.format.caps(para.p(), r) || t.equals(t.toUpperCase(VI));
        }
        return new Look(sizes, any && bold, any && italic, any && upper);
    }

    /** The problems of this look against a size range and required styles. */
    List<Problem> problems(double minPt, double maxPt, boolean needBold, boolean needItalic, boolean needUpper) {
        List<Problem> out = new ArrayList<>();
        if (needBold && !bold) {
            out.add(Problem.of("check.not-bold"));
        }
        if (needItalic && !italic) {
            out.add(Problem.of("check.not-italic"));
        }
        if (needUpper && !upper) {
            out.add(Problem.of("check.not-upper"));
        }
        if (sizes.isEmpty() || sizes.first() < minPt - 0.01 || sizes.last() > maxPt + 0.01) {
            out.add(Problem.of("check.size", sizesText(), range(minPt, maxPt)));
        }
        return out;
    }

    String sizesText() {
        List<String> s = new ArrayList<>();
        for (double d : sizes) {
            s.add(pt(d));
        }
        return String.join(", ", s);
    }

    static String range(double min, double max) {
        return min == max ? pt(min) : pt(min) + "–" + pt(max);
    }

    static String pt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
