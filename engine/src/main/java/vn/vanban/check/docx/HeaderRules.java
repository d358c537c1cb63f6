package vn.vanban.check.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.vanban.check.docx.RuleResult.Place;
import vn.vanban.check.docx.RuleResult.Problem;

/**
 * The header block of page 1: Quốc hiệu, Tiêu ngữ with its rule, their size set, the Số line, and the
 * place and date.
 */
final class HeaderRules {
    static final String NATIONAL = "check.rule.quoc-hieu";
    static final String MOTTO = "check.rule.tieu-ngu";
    static final String SIZE_SET = "check.rule.size-set";
    static final String NUMBER = "check.rule.so";
    static final String PLACE_DATE = "check.rule.dia-danh-ngay";

    /** "HÒA" and the older "HOÀ" are both found in real documents. */
    private static final Pattern NATIONAL_TEXT = Pattern.compile("CỘNG H(ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    private static final Pattern MOTTO_TEXT = Pattern.compile("Độc lập\\s*[-–]\\s*Tự do\\s*[-–]\\s*Hạnh phúc");
    /** "Số: 05/KH-UBND" (numbers under 10 with a leading zero), or the draft's blank "Số:      /KH-UBND". */
    private static final Pattern NUMBER_TEXT = Pattern.compile(
            "Số:( \\d{2,}| ?)/[A-ZĐ][A-Za-zĐđ]*(-[A-ZĐ0-9][A-Za-zĐđ0-9&.]*)*");
    /** "Hà Nội, ngày 05 tháng 01 năm 2020", blanks allowed where a draft has no day or month yet. */
    private static final Pattern PLACE_DATE_TEXT = Pattern.compile(
            "\\p{Lu}[^,]*, ngày( \\d{2})? tháng( \\d{1,2})? năm( \\d{4})?\\.?");

    /** A DrawingML shape or a VML picture/line: how Word's own templates draw the rule. */
    private static final Pattern DRAWING = Pattern.compile("<(\\w+:)?(drawing|pict)\\b|<v:line\\b");

    List<RuleResult> check(DocxView v) {
        List<RuleResult> out = new ArrayList<>();
        DocxView.Para national = find(v, NATIONAL_TEXT, true);
        DocxView.Para motto = find(v, MOTTO_TEXT, false);
        Look nl = national == null ? null : Look.of(v, national);
        Look ml = motto == null ? null : Look.of(v, motto);

        out.add(national == null ? missing(NATIONAL, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                : new RuleResult(NATIONAL, national.place(), nl.problems(12, 13, true, false, true)));
        if (motto == null) {
            out.add(missing(MOTTO, "Độc lập - Tự do - Hạnh phúc"));
        } else {
            List<Problem> p = ml.problems(13, 14, true, false, false);
            if (!hasRuleUnder(v, motto)) {
                p.add(Problem.of("check.no-rule-under"));
            }
            out.add(new RuleResult(MOTTO, motto.place(), p));
        }
        if (nl != null && ml != null) {
            out.add(sizeSet(national, nl, ml));
        }
        out.add(number(v));
        out.add(placeDate(v));
        return out;
    }

    /** ND30's two size sets: Quốc hiệu 13 with Tiêu ngữ 14, or 12 with 13; never mixed. */
    private static RuleResult sizeSet(DocxView.Para national, Look nl, Look ml) {
        List<Problem> p = new ArrayList<>();
        boolean single = nl.sizes().size() == 1 && ml.sizes().size() == 1;
        double q = nl.sizes().isEmpty() ? 0 : nl.sizes().first();
        double t = ml.sizes().isEmpty() ? 0 : ml.sizes().first();
        if (!single || !(q == 13 && t == 14 || q == 12 && t == 13)) {
            p.add(Problem.of("check.size-set", nl.sizesText(), ml.sizesText()));
        }
        return new RuleResult(SIZE_SET, national.place(), p);
    }

    private static RuleResult number(DocxView v) {
        DocxView.Para so = v.paras.stream().filter(x -> x.text().startsWith("Số:") || x.text().startsWith("Số :"))
                .findFirst().orElse(null);
        if (so == null) {
            return missing(NUMBER, "Số: .../...");
        }
        List<Problem> p = new ArrayList<>();
        if (!NUMBER_TEXT.matcher(so.text()).matches()) {
            p.add(Problem.of("check.so.format"));
        }
        p.addAll(Look.of(v, so).problems(13, 13, false, false, false));
        return new RuleResult(NUMBER, so.place(), p);
    }

    private static RuleResult placeDate(DocxView v) {
        DocxView.Para pd = v.paras.stream().filter(x -> x.text().contains(", ngày") && x.text().contains("năm"))
                .findFirst().orElse(null);
        if (pd == null) {
            return missing(PLACE_DATE, "..., ngày ... tháng ... năm ...");
        }
        List<Problem> p = new ArrayList<>();
        if (!PLACE_DATE_TEXT.matcher(pd.text()).matches()) {
            p.add(Problem.of("check.dia-danh-ngay.format"));
        }
        p.addAll(Look.of(v, pd).problems(13, 14, false, true, false));
        return new RuleResult(PLACE_DATE, pd.place(), p);
    }

    /** The first paragraph whose whole text matches, case-insensitively when asked. */
    private static DocxView.Para find(DocxView v, Pattern text, boolean anyCase) {
        for (DocxView.Para para : v.paras) {
            String t = anyCase ? para.text().toUpperCase(Locale.forLanguageTag("vi")) : para.text();
            if (text.matcher(t).matches()) {
                return para;
            }
        }
        return null;
    }

    /**
     * A solid line under the motto: its own bottom border, or the next paragraph in its cell being an
     * empty one with a bottom border (vanban's way), or a drawn line in either (Word templates' way).
     */
    private static boolean hasRuleUnder(DocxView v, DocxView.Para motto) {
        if (v.format.bottomBorder(motto.p()) || hasDrawing(motto)) {
            return true;
        }
        DocxView.Para next = v.next(motto);
        return next != null && next.text().isEmpty() && (v.format.bottomBorder(next.p()) || hasDrawing(next));
    }

    private static boolean hasDrawing(DocxView.Para para) {
        return DRAWING.matcher(para.p().getCTP().xmlText()).find();
    }

    static RuleResult missing(String rule, String expected) {
        return new RuleResult(rule, Place.DOCUMENT, List.of(Problem.of("check.missing", expected)));
    }
}
