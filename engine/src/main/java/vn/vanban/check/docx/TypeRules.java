package vn.vanban.check.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vanban.check.docx.RuleResult.Problem;

/**
 * The rules of one document type, told from its printed type name (a công văn from its "V/v" line):
 * the ký hiệu's first part is that type's Phụ lục III abbreviation; a công văn's "V/v" line
 * (12–13 pt, not bold) and "Kính gửi"; a quyết định's căn cứ (italic, ending ";"), "QUYẾT ĐỊNH:"
 * (bold, centred) and articles "Điều 1.", "Điều 2." in order with a bold label; a tờ trình's
 * "Kính gửi" and its request "kính trình"; a công văn's Nơi nhận opening with "- Như trên;"; a giấy mời's time and place; a biên bản's two signers (THƯ KÝ, CHỦ TRÌ) and no Nơi nhận.
 */
final class TypeRules {
    static final String CODE = "check.rule.ky-hieu-loai";
    static final String TYPE = "check.rule.loai";
    private static final Locale VI = Locale.forLanguageTag("vi");
    /** Phụ lục III: the printed type name and the abbreviation its ký hiệu starts with. */
    static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("NGHỊ QUYẾT", "NQ"),
            Map.entry("QUYẾT ĐỊNH", "QĐ"), Map.entry("CHỈ THỊ", "CT"), Map.entry("QUY CHẾ", "QC"),
            Map.entry("QUY ĐỊNH", "QyĐ"), Map.entry("THÔNG CÁO", "TC"), Map.entry("THÔNG BÁO", "TB"),
            Map.entry("HƯỚNG DẪN", "HD"), Map.entry("CHƯƠNG TRÌNH", "CTr"), Map.entry("KẾ HOẠCH", "KH"),
            Map.entry("PHƯƠNG ÁN", "PA"), Map.entry("ĐỀ ÁN", "ĐA"), Map.entry("DỰ ÁN", "DA"),
            Map.entry("BÁO CÁO", "BC"), Map.entry("BIÊN BẢN", "BB"), Map.entry("TỜ TRÌNH", "TTr"),
            Map.entry("HỢP ĐỒNG", "HĐ"), Map.entry("CÔNG ĐIỆN", "CĐ"), Map.entry("BẢN GHI NHỚ", "BGN"),
            Map.entry("BẢN THỎA THUẬN", "BTT"), Map.entry("BẢN THOẢ THUẬN", "BTT"), Map.entry("GIẤY ỦY QUYỀN", "GUQ"),
            Map.entry("GIẤY UỶ QUYỀN", "GUQ"), Map.entry("GIẤY MỜI", "GM"), Map.entry("GIẤY GIỚI THIỆU", "GGT"),
            Map.entry("GIẤY NGHỈ PHÉP", "GNP"), Map.entry("PHIẾU GỬI", "PG"), Map.entry("PHIẾU CHUYỂN", "PC"),
            Map.entry("PHIẾU BÁO", "PB"));
    private static final Pattern NUMBER = Pattern.compile("^Số:[^/]*/\\s*([^\\s/-]+)(-\\S*)?");
    private static final Pattern ARTICLE = Pattern.compile("^Điều (\\d+)\\.");
    static final String CONG_VAN = "";

    /** The printed type name in capitals, {@link #CONG_VAN} for a công văn, or null when neither is found. */
    static String typeOf(DocxView v) {
        for (DocxView.Para p : v.paras) {
            String t = p.text().toUpperCase(VI);
            if (p.cell() == null && ABBREVIATIONS.containsKey(t)) {
                return t;
            }
        }
        return v.paras.stream().anyMatch(x -> x.text().startsWith("V/v")) ? CONG_VAN : null;
    }

    List<RuleResult> check(DocxView v) {
        String type = typeOf(v);
        List<RuleResult> out = new ArrayList<>();
        out.add(code(v, type));
        if (type == null) {
            return out;
        }
        switch (type) {
            case CONG_VAN -> out.add(congVan(v));
            case "QUYẾT ĐỊNH" -> out.add(quyetDinh(v));
            case "TỜ TRÌNH" -> out.add(toTrinh(v));
            case "GIẤY MỜI" -> out.add(giayMoi(v));
            default -> {
                // Other types: the ký hiệu rule and the common rules only.
            }
        }
        return out;
    }

    /** "Số: 05/KH-UBND": the part after "/" starts with the abbreviation of the printed type. */
    private static RuleResult code(DocxView v, String type) {
        DocxView.Para number = v.paras.stream().filter(p -> p.text().startsWith("Số:")).findFirst().orElse(null);
        if (number == null) {
            return HeaderRules.missing(CODE, "Số: .../KH-...");
        }
        if (type == null) {
            return new RuleResult(CODE, number.place(), List.of(Problem.of("check.ky-hieu.no-type")));
        }
        Matcher m = NUMBER.matcher(number.text());
        if (!m.find()) {
            return new RuleResult(CODE, number.place(), List.of(Problem.of("check.ky-hieu.unreadable")));
        }
        String first = m.group(1);
        if (type.equals(CONG_VAN)) {
            // Công văn: agency and unit, never a type's abbreviation.
            boolean isType = ABBREVIATIONS.containsValue(first);
            return new RuleResult(CODE, number.place(), isType
                    ? List.of(Problem.of("check.ky-hieu.cong-van", first)) : List.of());
        }
        String want = ABBREVIATIONS.get(type);
        return new RuleResult(CODE, number.place(), first.equals(want)
                ? List.of() : List.of(Problem.of("check.ky-hieu.type", first, want, type)));
    }

    private static RuleResult congVan(DocxView v) {
        DocxView.Para vv = v.paras.stream().filter(p -> p.text().startsWith("V/v")).findFirst().orElseThrow();
        List<Problem> p = new ArrayList<>(Look.of(v, vv).problems(12, 13, false, false, false));
        if (Look.of(v, vv).bold()) {
            p.add(Problem.of("check.bold"));
        }
        if (!v.format.alignment(vv.p()).equals("center")) {
            p.add(Problem.of("check.not-centred"));
        }
        if (!p.isEmpty()) {
            return new RuleResult(TYPE, vv.place(), p);
        }
        RuleResult to = kinhGui(v);
        if (!to.met()) {
            return to;
        }
        // Those under Kính gửi receive it: Nơi nhận opens with "- Như trên;" (ND30 Phụ lục I, mẫu 1.1).
        DocxView.Para title = v.paras.stream().filter(x -> x.text().equals("Nơi nhận:")).findFirst().orElse(null);
        DocxView.Para first = title == null ? null : v.next(title);
        if (first != null && !first.text().startsWith("- Như trên")) {
            return new RuleResult(TYPE, first.place(), List.of(Problem.of("check.cong-van.nhu-tren")));
        }
        return new RuleResult(TYPE, vv.place(), List.of());
    }

    /** Kính gửi the approving authority, and the request "... kính trình ... xem xét, quyết định". */
    private static RuleResult toTrinh(DocxView v) {
        RuleResult to = kinhGui(v);
        if (!to.met()) {
            return to;
        }
        boolean asks = v.paras.stream().anyMatch(p -> p.cell() == null && p.text().toLowerCase(VI).contains("kính trình"));
        return asks ? to : HeaderRules.missing(TYPE, "... kính trình ... xem xét, quyết định");
    }

    private static RuleResult kinhGui(DocxView v) {
        return v.paras.stream().filter(p -> p.cell() == null && p.text().startsWith("Kính gửi")).findFirst()
                .map(p -> new RuleResult(TYPE, p.place(), List.of()))
                .orElseGet(() -> HeaderRules.missing(TYPE, "Kính gửi: ..."));
    }

    private static RuleResult giayMoi(DocxView v) {
        for (String word : List.of("Thời gian", "Địa điểm")) {
            if (v.paras.stream().noneMatch(p -> p.cell() == null && p.text().startsWith(word))) {
                return HeaderRules.missing(TYPE, word + ": ...");
            }
        }
        return new RuleResult(TYPE, RuleResult.Place.DOCUMENT, List.of());
    }

    /** Căn cứ italic ending ";" (the last before "QUYẾT ĐỊNH:" may end "."), the heading, the articles. */
    private static RuleResult quyetDinh(DocxView v) {
        DocxView.Para heading = v.paras.stream().filter(p -> p.cell() == null && p.text().equals("QUYẾT ĐỊNH:"))
                .findFirst().orElse(null);
        if (heading == null) {
            return HeaderRules.missing(TYPE, "QUYẾT ĐỊNH:");
        }
        List<Problem> hp = new ArrayList<>();
        if (!Look.of(v, heading).bold()) {
            hp.add(Problem.of("check.not-bold"));
        }
        if (!v.format.alignment(heading.p()).equals("center")) {
            hp.add(Problem.of("check.not-centred"));
        }
        if (!hp.isEmpty()) {
            return new RuleResult(TYPE, heading.place(), hp);
        }
        for (DocxView.Para p : v.paras) {
            if (p == heading) {
                break;
            }
            if (p.cell() == null && p.text().startsWith("Căn cứ")) {
                List<Problem> bp = new ArrayList<>();
                if (!Look.of(v, p).italic()) {
                    bp.add(Problem.of("check.not-italic"));
                }
                if (!p.text().endsWith(";") && !p.text().endsWith(".")) {
                    bp.add(Problem.of("check.can-cu.end"));
                }
                if (!bp.isEmpty()) {
                    return new RuleResult(TYPE, p.place(), bp);
                }
            }
        }
        int expected = 1;
        boolean after = false;
        for (DocxView.Para p : v.paras) {
            after |= p == heading;
            Matcher m = ARTICLE.matcher(p.text());
            if (!after || p.cell() != null || !m.find()) {
                continue;
            }
            int n = Integer.parseInt(m.group(1));
            if (n != expected) {
                return new RuleResult(TYPE, p.place(), List.of(Problem.of("check.dieu.order", n, expected)));
            }
            if (!labelBold(v, p)) {
                return new RuleResult(TYPE, p.place(), List.of(Problem.of("check.not-bold")));
            }
            expected++;
        }
        if (expected == 1) {
            return HeaderRules.missing(TYPE, "Điều 1. ...");
        }
        return new RuleResult(TYPE, heading.place(), List.of());
    }

    /** The runs that make up "Điều N." are all bold. */
    private static boolean labelBold(DocxView v, DocxView.Para p) {
        int need = p.text().indexOf('.') + 1;
        int pos = 0;
        for (var r : p.p().getRuns()) {
            String t = r.text();
            if (t == null) {
                continue;
            }
            if (!t.isBlank() && !v.format.bold(p.p(), r)) {
                return false;
            }
            pos += t.length();
            if (pos >= need) {
                return true;
            }
        }
        return false;
    }
}
