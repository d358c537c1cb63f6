package vn.vanban.check.docx;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import vn.vanban.check.docx.RuleResult.Problem;

/**
 * The signature block: "Nơi nhận:" bold italic 12 pt, recipients 11 pt, one per line starting "- ",
 * the last "- Lưu: ..." ending "."; the signer's lines (authority and title) bold capitals, the name bold.
 */
final class SignatureRules {
    static final String RECIPIENTS = "check.rule.noi-nhan";
    static final String SIGNER = "check.rule.nguoi-ky";

    List<RuleResult> check(DocxView v) {
        if ("BIÊN BẢN".equals(TypeRules.typeOf(v))) {
            return minutes(v);
        }
        DocxView.Para title = v.paras.stream().filter(x -> x.text().equals("Nơi nhận:")).reduce((a, b) -> b)
                .orElse(null);
        if (title == null) {
            return List.of(HeaderRules.missing(RECIPIENTS, "Nơi nhận:"), HeaderRules.missing(SIGNER, "TM./KT. ..."));
        }
        return List.of(recipients(v, title), signer(v, title));
    }

    private static RuleResult recipients(DocxView v, DocxView.Para title) {
        List<Problem> p = new ArrayList<>(Look.of(v, title).problems(12, 12, true, true, false));
        List<DocxView.Para> items = new ArrayList<>();
        for (DocxView.Para x = v.next(title); x != null; x = v.next(x)) {
            if (!x.text().isEmpty()) {
                items.add(x);
            }
        }
        if (items.isEmpty()) {
            p.add(Problem.of("check.noi-nhan.empty"));
            return new RuleResult(RECIPIENTS, title.place(), p);
        }
        for (DocxView.Para item : items) {
            List<Problem> ip = Look.of(v, item).problems(11, 11, false, false, false);
            if (!ip.isEmpty()) {
                return new RuleResult(RECIPIENTS, item.place(), ip);
            }
        }
        DocxView.Para last = items.get(items.size() - 1);
        if (!last.text().startsWith("- Lưu:") || !last.text().endsWith(".")) {
            return new RuleResult(RECIPIENTS, last.place(), List.of(Problem.of("check.noi-nhan.luu")));
        }
        return new RuleResult(RECIPIENTS, title.place(), p);
    }

    /** The cell beside Nơi nhận holds the signer's lines; the last one with text is the name. */
    private static RuleResult signer(DocxView v, DocxView.Para title) {
        XWPFTableCell right = rightOf(title.cell());
        if (right == null) {
            return HeaderRules.missing(SIGNER, "TM./KT. ...");
        }
        if (v.paras.stream().noneMatch(x -> x.cell() == right && !x.text().isEmpty())) {
            return HeaderRules.missing(SIGNER, "TM./KT. ...");
        }
        return signerLines(v, right);
    }

    /**
     * A biên bản: no Nơi nhận; THƯ KÝ in a left cell and CHỦ TRÌ in the cell right of it, each signer's
     * lines bold, the title in capitals.
     */
    private static List<RuleResult> minutes(DocxView v) {
        DocxView.Para noiNhan = v.paras.stream().filter(x -> x.text().equals("Nơi nhận:")).findFirst().orElse(null);
        RuleResult recipients = new RuleResult(RECIPIENTS, noiNhan == null ? RuleResult.Place.DOCUMENT : noiNhan.place(),
                noiNhan == null ? List.of() : List.of(Problem.of("check.bien-ban.noi-nhan")));
        DocxView.Para secretary = v.paras.stream().filter(x -> x.cell() != null && x.text().equals("THƯ KÝ"))
                .reduce((a, b) -> b).orElse(null);
        XWPFTableCell right = secretary == null ? null : rightOf(secretary.cell());
        boolean chairBeside = right != null && v.paras.stream()
                .anyMatch(x -> x.cell() == right && x.text().equals("CHỦ TRÌ"));
        if (!chairBeside) {
            return List.of(recipients, new RuleResult(SIGNER, secretary == null ? RuleResult.Place.DOCUMENT
                    : secretary.place(), List.of(Problem.of("check.bien-ban.signers"))));
        }
        RuleResult left = signerLines(v, secretary.cell());
        RuleResult signer = left.met() ? signerLines(v, right) : left;
        return List.of(recipients, signer);
    }

    private static RuleResult signerLines(DocxView v, XWPFTableCell cell) {
        List<DocxView.Para> lines = v.paras.stream().filter(x -> x.cell() == cell && !x.text().isEmpty()).toList();
        for (int i = 0; i < lines.size(); i++) {
            boolean name = i == lines.size() - 1 && lines.size() > 1;
            Look look = Look.of(v, lines.get(i));
            List<Problem> p = new ArrayList<>();
            if (!look.bold()) {
                p.add(Problem.of("check.not-bold"));
            }
            if (!name && !look.upper()) {
                p.add(Problem.of("check.not-upper"));
            }
            if (!p.isEmpty()) {
                return new RuleResult(SIGNER, lines.get(i).place(), p);
            }
        }
        return new RuleResult(SIGNER, lines.get(0).place(), List.of());
    }

    private static XWPFTableCell rightOf(XWPFTableCell cell) {
        if (cell == null) {
            return null;
        }
        XWPFTableRow row = cell.getTableRow();
        List<XWPFTableCell> cells = row.getTableCells();
        int i = cells.indexOf(cell);
        return i >= 0 && i + 1 < cells.size() ? cells.get(i + 1) : null;
    }
}
