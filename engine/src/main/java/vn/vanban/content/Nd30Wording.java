package vn.vanban.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.vanban.format.Numbering;
import vn.vanban.format.VnFormat;

/**
 * The sentences ND30 practice writes around what the clerk typed, in one place, so that templates
 * only arrange them: the note under an appendix title, the lines of a duty statement, a report's
 * usual closing sentence. Templates reach them through {@link Document}.
 */
final class Nd30Wording {
    private static final VnFormat VN = new VnFormat();

    private Nd30Wording() {
    }

    /**
     * "(Kèm theo Kế hoạch số 05/KH-UBND ngày 05 tháng 01 năm 2024 của Ủy ban nhân dân ...)", blanks
     * while the document is an unnumbered, undated draft; or the clerk's own {@code kem-theo} text;
     * null when {@code kem-theo: false}.
     */
    static String appendixNote(Document doc, Appendix a) {
        if (a.furniture().noNote()) {
            return null;
        }
        String own = a.furniture().attachedTo();
        if (own != null) {
            return "(" + own + ")";
        }
        String issuer = doc.header().issuerName();
        return "(Kèm theo " + doc.type().nameInText() + " số " + VN.soVaNgay(doc.header()) + " của "
                + (issuer == null ? VN.blank(20) : issuer) + ")";
    }

    /**
     * Who leads, who helps, when: "Từ mục 2.3.1 đến 2.3.4" when the statement covers a range of
     * tasks, then lettered a), b), c) in that order, only those given.
     */
    static List<RichText> dutyLines(Document doc, ContentBlock.Duty d) {
        List<RichText> out = new ArrayList<>();
        if (d.hasRange()) {
            out.add(RichText.plain("Từ mục " + doc.ref(d.fromId()) + " đến " + doc.ref(d.toId())));
        }
        int n = 0;
        if (!d.lead().isEmpty()) {
            out.add(lettered(++n, "Đơn vị chủ trì: ", d.leadText()));
        }
        if (!d.support().isEmpty()) {
            out.add(lettered(++n, "Đơn vị phối hợp: ", d.supportText()));
        }
        if (d.time() != null) {
            out.add(lettered(++n, "Thời gian thực hiện: ", d.timeText()));
        }
        return out;
    }

    private static RichText lettered(int n, String label, RichText text) {
        return RichText.join(List.of(RichText.plain(Numbering.letter(n) + ") " + label), text), "").append(".");
    }

    /**
     * The closing paragraph of a document that always has one (a report): the clerk's {@code ket-thuc},
     * else "Trên đây là Báo cáo {trích yếu} của {cơ quan}.".
     */
    static RichText closingOrUsual(Document doc) {
        if (doc.closing() != null) {
            return doc.closing();
        }
        String issuer = doc.header().issuerName();
        return RichText.plain("Trên đây là " + doc.type().nameInText() + " " + uncapFirst(String.join(" ", doc.subject()))
                + (issuer == null ? "" : " của " + issuer) + ".");
    }

    /** Căn cứ each ending ";", then "Theo đề nghị của ...", the last line ending "." (ND30 Phụ lục I, mẫu 1.4). */
    static List<RichText> basisLines(Document doc) {
        List<RichText> lines = new ArrayList<>(doc.bases());
        if (doc.parts().proposer() != null) {
            lines.add(RichText.join(List.of(RichText.plain("Theo đề nghị của "), doc.parts().proposer()), ""));
        }
        List<RichText> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(lines.get(i).trimEnd().append(i == lines.size() - 1 ? "." : ";"));
        }
        return out;
    }

    static String issuedWithNote(Document decision) {
        List<String> by = decision.parts().authority();
        String who = by.isEmpty() ? decision.header().issuerName() : String.join(" ", by);
        return "(Ban hành kèm theo " + decision.type().nameInText() + " số " + VN.soVaNgay(decision.header())
                + (who == null ? "" : " của " + who) + ")";
    }

    static RichText meetingClosing(Document doc) {
        Meeting m = doc.meeting();
        if (m == null || m.end() == null) {
            return null;
        }
        return RichText.plain("Cuộc họp kết thúc vào lúc " + m.endText()
                + " và nội dung cuộc họp đã được các thành viên dự họp thông qua.");
    }

    /** The first letter in lower case, as FreeMarker's {@code ?uncap_first} did. */
    private static String uncapFirst(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        int cp = s.codePointAt(i);
        return s.substring(0, i) + new String(Character.toChars(Character.toLowerCase(cp)))
                .toLowerCase(Locale.ROOT) + s.substring(i + Character.charCount(cp));
    }

    /**
     * A cross-reference as an ND30 document writes it: "mục 2.3", "chỉ tiêu 4", "Phụ lục II"; several of
     * one kind "các chỉ tiêu 1, 2, 8" (in the order typed); of several kinds each with its noun. An id
     * not known (already reported) prints as typed.
     */
    static String crossReference(List<String> ids, java.util.Map<String, String> numbers,
                                 java.util.Map<String, String> nouns) {
        java.util.Set<String> kinds = new java.util.LinkedHashSet<>();
        for (String id : ids) {
            kinds.add(nouns.getOrDefault(id, "?"));
        }
        if (ids.size() > 1 && kinds.size() == 1 && !kinds.contains("?")) {
            List<String> ns = ids.stream().map(numbers::get).toList();
            return "các " + kinds.iterator().next() + " " + String.join(", ", ns);
        }
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            String n = numbers.get(id);
            out.add(n == null ? "[#" + id + "]" : nouns.get(id) + " " + n);
        }
        return String.join(", ", out);
    }

    /** "nhiệm vụ tại mục 3", "các nhiệm vụ tại mục 1, 2 và 5": the tasks an agency leads or supports. */
    static String taskList(List<String> numbers) {
        if (numbers.size() == 1) {
            return "nhiệm vụ tại mục " + numbers.get(0);
        }
        return "các nhiệm vụ tại mục " + String.join(", ", numbers.subList(0, numbers.size() - 1)) + " và "
                + numbers.get(numbers.size() - 1);
    }
}
