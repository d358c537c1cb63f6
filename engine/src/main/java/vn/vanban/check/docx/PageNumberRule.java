package vn.vanban.check.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;

import vn.vanban.check.docx.RuleResult.Place;
import vn.vanban.check.docx.RuleResult.Problem;

/**
 * Page numbers in the top margin as a PAGE field (so they follow edits), and none on page 1: the first
 * section either has a different first page (titlePg) whose header has no number, or no header at all.
 */
final class PageNumberRule {
    static final String RULE = "check.rule.so-trang";
    private static final Pattern PAGE_FIELD = Pattern.compile("(?s).*instr(Text[^>]*>|=\")\\s*PAGE\\b.*");

    RuleResult check(DocxView v) {
        boolean anyNumber = false;
        for (CTSectPr s : v.sections) {
            for (CTHdrFtrRef ref : s.getHeaderReferenceList()) {
                anyNumber |= hasPageField(v, ref);
            }
        }
        List<Problem> p = new ArrayList<>();
        if (!anyNumber) {
            p.add(Problem.of("check.so-trang.none"));
        }
        CTSectPr first = v.sections.get(0);
        boolean titlePage = first.isSetTitlePg() && FormatResolver.on(first.getTitlePg());
        CTHdrFtrRef firstRef = ref(first, titlePage ? STHdrFtr.FIRST : STHdrFtr.DEFAULT);
        if (firstRef != null && hasPageField(v, firstRef)) {
            p.add(Problem.of("check.so-trang.page-one"));
        }
        return new RuleResult(RULE, new Place(1, null), p);
    }

    private static CTHdrFtrRef ref(CTSectPr s, STHdrFtr.Enum type) {
        for (CTHdrFtrRef r : s.getHeaderReferenceList()) {
            if (r.getType() == type) {
                return r;
            }
        }
        return null;
    }

    private static boolean hasPageField(DocxView v, CTHdrFtrRef ref) {
        POIXMLDocumentPart part = v.doc.getRelationById(ref.getId());
        return part instanceof XWPFHeader h && PAGE_FIELD.matcher(h._getHdrFtr().xmlText()).matches();
    }
}
