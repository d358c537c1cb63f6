package vn.vanban.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Stage 2: the typed content of one document, read from YAML, numbered and checked. Templates
 * read it; nothing here knows about pages or file formats.
 *
 * @param refLabels    id → number without its final dot ("2.3.1"), for cross references
 * @param recipientsTo {@code kinh-gui}: those a report is addressed to ("Kính gửi: ..."), empty when none
 */
public record Document(Path source, DocType type, Header header, List<String> subject, List<RichText> bases,
                       List<ContentBlock> opening, List<ContentBlock> body, RichText closing,
                       List<String> recipients, Signature signature, List<Appendix> appendices,
                       Map<String, String> refLabels, List<String> recipientsTo, TypeParts parts) {
    public Document {
        parts = parts == null ? TypeParts.NONE : parts;
        recipientsTo = List.copyOf(recipientsTo);
        subject = List.copyOf(subject);
        bases = List.copyOf(bases);
        opening = List.copyOf(opening);
        body = List.copyOf(body);
        recipients = List.copyOf(recipients);
        appendices = List.copyOf(appendices);
        refLabels = Map.copyOf(refLabels);
    }

    /** A document without the parts of decisions and meetings. */
    public Document(Path source, DocType type, Header header, List<String> subject, List<RichText> bases,
                    List<ContentBlock> opening, List<ContentBlock> body, RichText closing,
                    List<String> recipients, Signature signature, List<Appendix> appendices,
                    Map<String, String> refLabels, List<String> recipientsTo) {
        this(source, type, header, subject, bases, opening, body, closing, recipients, signature, appendices,
                refLabels, recipientsTo, TypeParts.NONE);
    }

    /** A document addressed to no one in particular (plans). */
    public Document(Path source, DocType type, Header header, List<String> subject, List<RichText> bases,
                    List<ContentBlock> opening, List<ContentBlock> body, RichText closing,
                    List<String> recipients, Signature signature, List<Appendix> appendices,
                    Map<String, String> refLabels) {
        this(source, type, header, subject, bases, opening, body, closing, recipients, signature, appendices,
                refLabels, List.of());
    }

    /** The note under an appendix's title: "(Kèm theo Kế hoạch số ... của ...)" or the clerk's own. */
    public String appendixNote(Appendix a) {
        return Nd30Wording.appendixNote(this, a);
    }

    /** The lines of a duty statement: "Từ mục ... đến ...", then "a) Đơn vị chủ trì: ...." and so on. */
    public List<RichText> dutyLines(ContentBlock.Duty d) {
        return Nd30Wording.dutyLines(this, d);
    }

    /** The closing paragraph: the clerk's {@code ket-thuc}, else ND30's usual "Trên đây là Báo cáo ... của ...". */
    public RichText closingOrUsual() {
        return Nd30Wording.closingOrUsual(this);
    }

    /** The decision maker's line above the căn cứ, in capitals ({@code tham-quyen}); empty when none. */
    public List<String> authority() {
        return parts.authority().stream().map(a -> a.toUpperCase(java.util.Locale.forLanguageTag("vi"))).toList();
    }

    /** The plan (or other document) this decision issues ({@code ban-hanh}), or null. */
    public Document issued() {
        return parts.issued();
    }

    /**
     * The note under the title of a document issued by this decision: "(Ban hành kèm theo Quyết định
     * số 58/QĐ-UBND ngày 25 tháng 4 năm 2024 của Chủ tịch Ủy ban nhân dân xã Bảo Linh)".
     */
    public String issuedWithNote() {
        return Nd30Wording.issuedWithNote(this);
    }

    /** The meeting of a Giấy mời or Biên bản, or null. */
    public Meeting meeting() {
        return parts.meeting();
    }

    /**
     * The căn cứ as a decision prints them, each ending ";", then "Theo đề nghị của ...." ({@code de-nghi});
     * the last line ends with ".".
     */
    public List<RichText> basisLines() {
        return Nd30Wording.basisLines(this);
    }

    /**
     * A Biên bản's last sentence: "Cuộc họp kết thúc vào lúc 11 giờ 30 phút, ... và nội dung cuộc họp đã
     * được các thành viên dự họp thông qua." (ND30 Phụ lục I); null without a meeting end.
     */
    public RichText meetingClosing() {
        return Nd30Wording.meetingClosing(this);
    }

    /** The number of the item with this id, as cited in text ("2.3.1"). */
    public String ref(String id) {
        String own = refLabels.get(id);
        if (own != null) {
            return own;
        }
        // A decision prints the plan it issues with the same template calls: its ids are the plan's.
        return parts.issued() != null ? parts.issued().ref(id) : "?";
    }

    /** File name without extension, used for output names. */
    public String baseName() {
        String n = source.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
