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
                       Map<String, String> refLabels, List<String> recipientsTo) {
    public Document {
        recipientsTo = List.copyOf(recipientsTo);
        subject = List.copyOf(subject);
        bases = List.copyOf(bases);
        opening = List.copyOf(opening);
        body = List.copyOf(body);
        recipients = List.copyOf(recipients);
        appendices = List.copyOf(appendices);
        refLabels = Map.copyOf(refLabels);
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

    /** The number of the item with this id, as cited in text ("2.3.1"). */
    public String ref(String id) {
        return refLabels.getOrDefault(id, "?");
    }

    /** File name without extension, used for output names. */
    public String baseName() {
        String n = source.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
