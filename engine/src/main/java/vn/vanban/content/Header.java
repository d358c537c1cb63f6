package vn.vanban.content;

import vn.vanban.format.PartialDate;
import vn.vanban.format.VnFormat;

import java.util.List;

/**
 * The header data of an ND30 document.
 *
 * @param number     số, or null for an unnumbered draft
 * @param code       ký hiệu, e.g. {@code KH-UBND}
 * @param issuerName the issuing body's name as written in running text ("Ủy ban nhân dân tỉnh Nghệ An"), or null
 * @param date       null when not dated at all
 */
public record Header(List<String> parentBody, List<String> issuingBody, String issuerName, Integer number,
                     String code, String place, PartialDate date) implements VnFormat.Heading {
    public Header {
        parentBody = List.copyOf(parentBody);
        issuingBody = List.copyOf(issuingBody);
    }

    public boolean hasParentBody() {
        return !parentBody.isEmpty();
    }
}
