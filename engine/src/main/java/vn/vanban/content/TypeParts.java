package vn.vanban.content;

import java.util.List;

/**
 * The parts only some document types have: the decision maker's line above the căn cứ of a
 * Quyết định ({@code tham-quyen}), "Theo đề nghị của ..." ({@code de-nghi}), a meeting ({@code hop}).
 * Any template may print them; none is tied to one type in Java.
 *
 * @param authority lines, printed in capitals ("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN BẢO LÂM"), empty when none
 * @param proposer  who proposed ("Trưởng phòng Văn hóa và Thông tin huyện"), or null
 * @param meeting   or null
 * @param issued    the document this decision issues ({@code ban-hanh}), printed as its attachment, or null
 */
public record TypeParts(List<String> authority, RichText proposer, Meeting meeting, Document issued) {
    public static final TypeParts NONE = new TypeParts(List.of(), null, null, null);

    public TypeParts(List<String> authority, RichText proposer, Meeting meeting) {
        this(authority, proposer, meeting, null);
    }

    public TypeParts {
        authority = List.copyOf(authority);
    }
}
