package vn.vanban.content;

import java.time.LocalDateTime;
import java.util.List;

import vn.vanban.format.VnFormat;

/**
 * A meeting as a Giấy mời announces it and a Biên bản records it: data, not free text, so the
 * date-time is printed the ND30 way ("08 giờ 00 phút, thứ Năm, ngày 15 tháng 5 năm 2024") with the
 * weekday computed from the date.
 *
 * @param end       when it closed (Biên bản), or null
 * @param chair     chủ trì, or null
 * @param secretary thư ký, or null
 */
public record Meeting(LocalDateTime start, LocalDateTime end, RichText place, Person chair, Person secretary,
                      List<RichText> participants) {
    private static final VnFormat VN = new VnFormat();

    public Meeting {
        participants = List.copyOf(participants);
    }

    /** "08 giờ 00 phút, thứ Năm, ngày 15 tháng 5 năm 2024". */
    public String startText() {
        return VN.thoiDiem(start);
    }

    /** "11 giờ 30 phút, ngày 15 tháng 5 năm 2024", or null when no end was given. */
    public String endText() {
        return end == null ? null : VN.thoiDiem(end);
    }

    public boolean hasEnd() {
        return end != null;
    }

    public boolean hasChair() {
        return chair != null;
    }

    public boolean hasSecretary() {
        return secretary != null;
    }

    /** A named person with their post: "Ông Nguyễn Văn An - Phó Chủ tịch Ủy ban nhân dân huyện". */
    public record Person(String name, String title) {
        public String text() {
            return title == null ? name : name + " - " + title;
        }
    }
}
