package vn.vanban.check.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.vanban.check.docx.RuleResult.Problem;

/** The type name (KẾ HOẠCH, BÁO CÁO...): bold, capitals, 13–14 pt, centred. A công văn has none. */
final class TitleRule {
    static final String RULE = "check.rule.ten-loai";
    /** Phụ lục III's document types, as printed. */
    private static final Set<String> TYPES = Set.of("NGHỊ QUYẾT", "QUYẾT ĐỊNH", "CHỈ THỊ", "QUY CHẾ", "QUY ĐỊNH",
            "THÔNG CÁO", "THÔNG BÁO", "HƯỚNG DẪN", "CHƯƠNG TRÌNH", "KẾ HOẠCH", "PHƯƠNG ÁN", "ĐỀ ÁN", "DỰ ÁN",
            "BÁO CÁO", "BIÊN BẢN", "TỜ TRÌNH", "HỢP ĐỒNG", "CÔNG ĐIỆN", "BẢN GHI NHỚ", "BẢN THỎA THUẬN",
            "BẢN THOẢ THUẬN", "GIẤY ỦY QUYỀN", "GIẤY UỶ QUYỀN", "GIẤY MỜI", "GIẤY GIỚI THIỆU", "GIẤY NGHỈ PHÉP",
            "PHIẾU GỬI", "PHIẾU CHUYỂN", "PHIẾU BÁO");

    RuleResult check(DocxView v) {
        for (DocxView.Para para : v.paras) {
            if (para.cell() == null && TYPES.contains(para.text().toUpperCase(Locale.forLanguageTag("vi")))) {
                List<Problem> p = new ArrayList<>(Look.of(v, para).problems(13, 14, true, false, true));
                if (!v.format.alignment(para.p()).equals("center")) {
                    p.add(Problem.of("check.not-centred"));
                }
                return new RuleResult(RULE, para.place(), p);
            }
        }
        // A công văn carries "V/v ..." under Số instead of a type name.
        if (v.paras.stream().anyMatch(x -> x.text().startsWith("V/v"))) {
            return new RuleResult(RULE, RuleResult.Place.DOCUMENT, List.of());
        }
        return HeaderRules.missing(RULE, "KẾ HOẠCH, BÁO CÁO, ...");
    }
}
